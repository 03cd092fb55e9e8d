<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>PEM Desktop hit an unexpected problem. Every change you made before this is saved in the workshop file.</source>
        <translation>PEM Desktop a rencontré un problème inattendu. Toutes les modifications que vous avez faites auparavant sont enregistrées dans le fichier de l&apos;atelier.</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>{title} — {app} (audience view)</source>
        <translation>{title} — {app} (vue du public)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>&amp;System default ({language})</source>
        <translation>Langue du &amp;système ({language})</translation>
    </message>
    <message>
        <source>The language of menus and dialogs; the model&apos;s has its own menu</source>
        <translation>La langue des menus et des boîtes de dialogue&#xa0;; celle du modèle a son propre menu</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>PEM Desktop will be in {language} from its next start.</source>
        <translation>PEM Desktop sera en {language} à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>Restart now? The open workshop opens again as it is: every change is already saved.</source>
        <translation>Redémarrer maintenant&#xa0;? L&apos;atelier ouvert sera rouvert tel quel&#xa0;: toutes les modifications sont déjà enregistrées.</translation>
    </message>
    <message>
        <source>The room for votes from phones closes.</source>
        <translation>La salle de vote par téléphone sera fermée.</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>Redémarrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>PEM Desktop could not be started again. Quit it and start it yourself to change the language.</source>
        <translation>PEM Desktop n&apos;a pas pu être redémarré. Quittez-le et relancez-le vous-même pour changer de langue.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Find where each team stands in the Platform Engineering Maturity Model, and agree what to do next.</source>
        <translation>Situez chaque équipe dans le modèle de maturité de l&apos;ingénierie de plateforme et convenez des prochaines étapes.</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Nouvel atelier…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <source>A fresh copy of a realistic example workshop, to try things out</source>
        <translation>Une copie neuve d&apos;un atelier d&apos;exemple réaliste, pour faire des essais</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Ateliers récents</translation>
    </message>
    <message>
        <source>Start follow-up of the selected workshop…</source>
        <translation>Démarrer un atelier de suivi de l&apos;atelier sélectionné…</translation>
    </message>
    <message>
        <source>A new workshop that starts from the selected one and keeps it as its history</source>
        <translation>Un nouvel atelier qui part de l&apos;atelier sélectionné et le conserve comme historique</translation>
    </message>
    <message>
        <source>No recent workshops yet. Create one, or open the demo to look around.</source>
        <translation>Aucun atelier récent pour l&apos;instant. Créez-en un, ou ouvrez la démo pour découvrir l&apos;application.</translation>
    </message>
    <message>
        <source>missing: {path}</source>
        <translation>introuvable&#xa0;: {path}</translation>
    </message>
    <message>
        <source>last opened {when}</source>
        <translation>dernière ouverture&#xa0;: {when}</translation>
    </message>
    <message>
        <source>Start &amp;follow-up…</source>
        <translation>Démarrer un atelier de &amp;suivi…</translation>
    </message>
    <message>
        <source>&amp;Remove from this list</source>
        <translation>&amp;Retirer de cette liste</translation>
    </message>
</context>
</TS>
