<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Modifier l’action</translation>
    </message>
    <message>
        <source>Agree an action</source>
        <translation>Convenir d’une action</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Ce qui sera fait</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toute l’organisation</translation>
    </message>
    <message>
        <source>No target level</source>
        <translation>Aucun niveau visé</translation>
    </message>
    <message>
        <source>Toward {level}</source>
        <translation>Vers {level}</translation>
    </message>
    <message>
        <source>Who makes sure it happens</source>
        <translation>Qui veille à ce que cela se fasse</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Avec échéance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Details, context, first steps</source>
        <translation>Détails, contexte, premières étapes</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Aspect</source>
        <translation>&amp;Aspect</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>Éq&amp;uipe</translation>
    </message>
    <message>
        <source>Ta&amp;rget</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>&amp;Détail</translation>
    </message>
    <message>
        <source>For the whole organisation: choose the level this action moves toward.</source>
        <translation>Pour toute l’organisation : choisissez le niveau vers lequel cette action progresse.</translation>
    </message>
    <message>
        <source>{team} is not placed on this aspect yet, so there is no default target.</source>
        <translation>{team} n’est pas encore positionnée sur cet aspect ; il n’y a donc pas d’objectif proposé.</translation>
    </message>
    <message>
        <source>{team}: {standing}, the highest level. There is no level to move toward.</source>
        <translation>{team} : {standing}, le niveau le plus élevé. Il n’y a pas de niveau suivant.</translation>
    </message>
    <message>
        <source>{team}: {standing}, so heading toward {level}.</source>
        <translation>{team} : {standing}, donc en route vers {level}.</translation>
    </message>
</context>
<context>
    <name>ActionList</name>
    <message>
        <source>Actions on this aspect</source>
        <translation>Actions sur cet aspect</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add action on this aspect</source>
        <translation>Ajouter une action sur cet aspect</translation>
    </message>
    <message>
        <source>Edit the selected action on this aspect</source>
        <translation>Modifier l’action sélectionnée sur cet aspect</translation>
    </message>
    <message>
        <source>Delete the selected action on this aspect</source>
        <translation>Supprimer l’action sélectionnée sur cet aspect</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Mark the selected action done</source>
        <translation>Marquer l’action sélectionnée comme faite</translation>
    </message>
    <message>
        <source>Mark the selected action on this aspect done</source>
        <translation>Marquer comme faite l’action sélectionnée sur cet aspect</translation>
    </message>
    <message>
        <source>→ no target</source>
        <translation>→ aucun objectif</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toute l’organisation</translation>
    </message>
</context>
<context>
    <name>ActionReviewDialog</name>
    <message>
        <source>Review of carried actions</source>
        <translation>Revue des actions reprises</translation>
    </message>
    <message>
        <source>These actions were still open at the end of the previous workshop ({when}). For each: was it done, is it still open (carried on), or was it dropped? Keys: D done · C carried on · X dropped · 0 not reviewed · N a note first (Enter keeps it) · Ctrl+Z undo</source>
        <translation>Ces actions étaient encore ouvertes à la fin de l’atelier précédent ({when}). Pour chacune : a-t-elle été réalisée, est-elle toujours ouverte (poursuivie) ou a-t-elle été abandonnée ? Touches : D faite · C poursuivie · X abandonnée · 0 non examinée · N d’abord une note (Entrée la conserve) · Ctrl+Z annuler</translation>
    </message>
    <message>
        <source>Carried actions</source>
        <translation>Actions reprises</translation>
    </message>
    <message>
        <source>&amp;Done (D)</source>
        <translation>&amp;Faite (D)</translation>
    </message>
    <message>
        <source>&amp;Carried on (C)</source>
        <translation>&amp;Poursuivie (C)</translation>
    </message>
    <message>
        <source>Dr&amp;opped (X)</source>
        <translation>&amp;Abandonnée (X)</translation>
    </message>
    <message>
        <source>&amp;Not reviewed (0)</source>
        <translation>&amp;Non examinée (0)</translation>
    </message>
    <message>
        <source>A note, e.g. what was done or why it was dropped (Enter keeps it)</source>
        <translation>Une note, p. ex. ce qui a été fait ou pourquoi l’action a été abandonnée (Entrée la conserve)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>{done} of {count} reviewed</source>
        <translation>Examinées : {done} sur {count}</translation>
    </message>
    <message>
        <source>No action was carried from the previous workshop.</source>
        <translation>Aucune action n’a été reprise de l’atelier précédent.</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toute l’organisation</translation>
    </message>
    <message>
        <source>a team no longer here</source>
        <translation>une équipe qui n’existe plus</translation>
    </message>
    <message>
        <source>toward {level}</source>
        <translation>vers {level}</translation>
    </message>
    <message>
        <source>owner: {owner}</source>
        <translation>responsable : {owner}</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>échéance : {date}</translation>
    </message>
    <message>
        <source>last time: {status}</source>
        <translation>la dernière fois : {status}</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Faite</translation>
    </message>
    <message>
        <source>→ Carried on: still open in this workshop</source>
        <translation>→ Poursuivie : toujours ouverte dans cet atelier</translation>
    </message>
    <message>
        <source>✗ Dropped</source>
        <translation>✗ Abandonnée</translation>
    </message>
    <message>
        <source>• Not reviewed yet</source>
        <translation>• Pas encore examinée</translation>
    </message>
    <message>
        <source>{outcome} (its action was removed from this workshop)</source>
        <translation>{outcome} (son action a été retirée de cet atelier)</translation>
    </message>
</context>
<context>
    <name>ChangeModelLanguageCommand</name>
    <message>
        <source>show the model in {language}</source>
        <translation>afficher le modèle en {language}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Export PDF report…</source>
        <translation>Exporter le rapport PDF…</translation>
    </message>
    <message>
        <source>Export the trend (PDF report)</source>
        <translation>Exporter l’évolution (rapport PDF)</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Documents PDF</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <source>Export the trend (Markdown)</source>
        <translation>Exporter l’évolution (Markdown)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the trend (CSV)</source>
        <translation>Exporter l’évolution (CSV)</translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation>Tableaux CSV</translation>
    </message>
    <message>
        <source>Compare workshops</source>
        <translation>Comparer des ateliers</translation>
    </message>
    <message>
        <source>Workshops compared</source>
        <translation>Ateliers comparés</translation>
    </message>
    <message>
        <source>&amp;Add workshops…</source>
        <translation>&amp;Ajouter des ateliers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>In workshops</source>
        <translation>Dans les ateliers</translation>
    </message>
    <message>
        <source>Same team as</source>
        <translation>Même équipe que</translation>
    </message>
    <message>
        <source>Teams matched across the workshops</source>
        <translation>Équipes rapprochées entre les ateliers</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Positions over time</source>
        <translation>Positions dans le temps</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Positions on</source>
        <translation>Positions sur</translation>
    </message>
    <message>
        <source>Workshops of the same model, oldest first. Teams are matched by their identity (a follow-up keeps it) or by name; if a team goes by another name in another workshop, say which with “Same team as”.</source>
        <translation>Ateliers du même modèle, du plus ancien au plus récent. Les équipes sont rapprochées par leur identité (un atelier de suivi la conserve) ou par leur nom ; si une équipe porte un autre nom dans un autre atelier, indiquez-le avec « Même équipe que ».</translation>
    </message>
    <message>
        <source>Workshops to compare</source>
        <translation>Ateliers à comparer</translation>
    </message>
    <message>
        <source>Some workshops cannot be compared</source>
        <translation>Certains ateliers ne peuvent pas être comparés</translation>
    </message>
    <message numerus="yes">
        <source>{title} — {file} and %n earlier workshop(s) inside it</source>
        <translation>
            <numerusform>{title} — {file}, avec %n atelier précédent qu’il contient</numerusform>
            <numerusform>{title} — {file}, avec %n ateliers précédents qu’il contient</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — {file}</source>
        <translation>{title} — {file}</translation>
    </message>
    <message>
        <source>Add the workshops to compare.</source>
        <translation>Ajoutez les ateliers à comparer.</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n atelier</numerusform>
            <numerusform>%n ateliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n équipe</numerusform>
            <numerusform>%n équipes</numerusform>
        </translation>
    </message>
    <message>
        <source>{workshops}, {teams}.</source>
        <translation>{workshops}, {teams}.</translation>
    </message>
    <message>
        <source>Also called: {names}</source>
        <translation>Également appelée : {names}</translation>
    </message>
    <message>
        <source>— itself —</source>
        <translation>— elle-même —</translation>
    </message>
    <message>
        <source>Same team as, for {team}</source>
        <translation>Même équipe que, pour {team}</translation>
    </message>
    <message>
        <source>The trend was not exported</source>
        <translation>L’évolution n’a pas été exportée</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} enregistré</translation>
    </message>
</context>
<context>
    <name>DisagreementDialog</name>
    <message>
        <source>Edit a disagreement — {aspect}</source>
        <translation>Modifier un désaccord — {aspect}</translation>
    </message>
    <message>
        <source>Record a disagreement — {aspect}</source>
        <translation>Consigner un désaccord — {aspect}</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toute l’organisation</translation>
    </message>
    <message>
        <source>What is disputed, in a few words</source>
        <translation>Ce qui est débattu, en quelques mots</translation>
    </message>
    <message>
        <source>Add a &amp;viewpoint</source>
        <translation>Ajouter un &amp;point de vue</translation>
    </message>
    <message>
        <source>&amp;Resolved: the room agreed</source>
        <translation>Ré&amp;solu : le groupe s’est accordé</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Ce qui a été convenu</translation>
    </message>
    <message>
        <source>Agreed position</source>
        <translation>Position convenue</translation>
    </message>
    <message>
        <source>Agreed position, another one</source>
        <translation>Position convenue, une autre</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>Éq&amp;uipe</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Viewpoints</source>
        <translation>Points de vue</translation>
    </message>
    <message>
        <source>Re&amp;solution</source>
        <translation>&amp;Résolution</translation>
    </message>
    <message>
        <source>A&amp;greed position</source>
        <translation>Position &amp;convenue</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Pas encore choisie</translation>
    </message>
    <message>
        <source>{position} (as {who} argued)</source>
        <translation>{position} (défendue par {who})</translation>
    </message>
    <message>
        <source>{position} (as someone argued)</source>
        <translation>{position} (défendue par quelqu’un)</translation>
    </message>
    <message>
        <source>Another position…</source>
        <translation>Une autre position…</translation>
    </message>
    <message>
        <source>Move {team}’s card there</source>
        <translation>Y déplacer la carte de {team}</translation>
    </message>
    <message>
        <source>A disagreement needs at least two viewpoints.</source>
        <translation>Un désaccord nécessite au moins deux points de vue.</translation>
    </message>
</context>
<context>
    <name>DisagreementList</name>
    <message>
        <source>Disagreements on this aspect</source>
        <translation>Désaccords sur cet aspect</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Consigner…</translation>
    </message>
    <message>
        <source>Record disagreement on this aspect</source>
        <translation>Consigner un désaccord sur cet aspect</translation>
    </message>
    <message>
        <source>Edit the selected disagreement on this aspect</source>
        <translation>Modifier le désaccord sélectionné sur cet aspect</translation>
    </message>
    <message>
        <source>Delete the selected disagreement on this aspect</source>
        <translation>Supprimer le désaccord sélectionné sur cet aspect</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toute l’organisation</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>désaccord</translation>
    </message>
    <message>
        <source>{team} — {topic}</source>
        <translation>{team} — {topic}</translation>
    </message>
    <message>
        <source>{team} — {topic}  ✓ resolved</source>
        <translation>{team} — {topic}  ✓ résolu</translation>
    </message>
    <message>
        <source>Agreed: {resolution}{end}</source>
        <translation>Convenu : {resolution}{end}</translation>
    </message>
    <message>
        <source>Agreed position: {position}.</source>
        <translation>Position convenue : {position}.</translation>
    </message>
    <message>
        <source>{who} ({position}): {reason}</source>
        <translation>{who} ({position}) : {reason}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export the PDF roadmap ({page_size})</source>
        <translation>Exporter la feuille de route PDF ({page_size})</translation>
    </message>
    <message>
        <source>Export the PDF roadmap</source>
        <translation>Exporter la feuille de route PDF</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Documents PDF</translation>
    </message>
    <message>
        <source>Export CSV tables (ZIP of placements, actions, disagreements, votes, answers)</source>
        <translation>Exporter les tableaux CSV (ZIP des positionnements, actions, désaccords, votes, réponses)</translation>
    </message>
    <message>
        <source>ZIP archives of CSV tables</source>
        <translation>Archives ZIP de tableaux CSV</translation>
    </message>
    <message>
        <source>Export the Markdown summary</source>
        <translation>Exporter la synthèse Markdown</translation>
    </message>
    <message>
        <source>Export JSON (the whole workshop, for import)</source>
        <translation>Exporter en JSON (tout l’atelier, pour import)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>That is the workshop file itself; choose another name.</source>
        <translation>C’est le fichier de l’atelier lui-même ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Export annulé ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <source>Roadmap exported</source>
        <translation>Feuille de route exportée</translation>
    </message>
    <message>
        <source>The roadmap is saved as {file} in {folder}.</source>
        <translation>La feuille de route est enregistrée sous {file} dans {folder}.</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <source>Import a workshop from JSON</source>
        <translation>Importer un atelier depuis JSON</translation>
    </message>
    <message>
        <source>Save the imported workshop as</source>
        <translation>Enregistrer l’atelier importé sous</translation>
    </message>
    <message>
        <source>Cannot import the workshop</source>
        <translation>Impossible d’importer l’atelier</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export en cours</translation>
    </message>
    <message>
        <source>Could not start the export: {reason}</source>
        <translation>Impossible de lancer l’export : {reason}</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly ({reason}); nothing was written.</source>
        <translation>L’export s’est arrêté de façon inattendue ({reason}) ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly; nothing was written.</source>
        <translation>L’export s’est arrêté de façon inattendue ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The export ended with status {status}; nothing was written.</source>
        <translation>L’export s’est terminé avec le code {status} ; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Start a follow-up</source>
        <translation>Lancer un atelier de suivi</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message numerus="yes">
        <source>A new workshop that starts from “{title}” ({when}): the same model, teams and targets; its %n open action(s) carried in for review; and the previous workshop kept inside the new file as its history, so the new one shows what moved even if the old file is gone. The previous file is not changed.</source>
        <translation>
            <numerusform>Un nouvel atelier qui part de « {title} » ({when}) : le même modèle, les mêmes équipes et objectifs ; %n action ouverte reprise pour revue ; et l’atelier précédent conservé dans le nouveau fichier comme historique, de sorte que le nouveau montre ce qui a bougé même si l’ancien fichier a disparu. Le fichier précédent n’est pas modifié.</numerusform>
            <numerusform>Un nouvel atelier qui part de « {title} » ({when}) : le même modèle, les mêmes équipes et objectifs ; %n actions ouvertes reprises pour revue ; et l’atelier précédent conservé dans le nouveau fichier comme historique, de sorte que le nouveau montre ce qui a bougé même si l’ancien fichier a disparu. Le fichier précédent n’est pas modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Where they were last time</source>
        <translation>&amp;Là où elles étaient la dernière fois</translation>
    </message>
    <message>
        <source>In the &amp;tray, to place them afresh (last time&apos;s positions still show)</source>
        <translation>Dans le &amp;bac, pour les repositionner (les positions précédentes restent visibles)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Cards start</source>
        <translation>Départ des cartes</translation>
    </message>
    <message>
        <source>Use version {new} of the model (this workshop used {old})</source>
        <translation>Utiliser la version {new} du modèle (cet atelier utilisait la {old})</translation>
    </message>
    <message>
        <source>What changes in the newer version</source>
        <translation>Ce qui change dans la nouvelle version</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Enregistrer sous</translation>
    </message>
    <message>
        <source>Start follow-up</source>
        <translation>Lancer le suivi</translation>
    </message>
    <message>
        <source>Save the follow-up as</source>
        <translation>Enregistrer l’atelier de suivi sous</translation>
    </message>
</context>
<context>
    <name>ModelError</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>This model translation cannot be used</source>
        <translation>Cette traduction de modèle est inutilisable</translation>
    </message>
    <message numerus="yes">
        <source>{file} is not a valid model translation (%n problem(s)).</source>
        <translation>
            <numerusform>{file} n’est pas une traduction de modèle valide (%n problème).</numerusform>
            <numerusform>{file} n’est pas une traduction de modèle valide (%n problèmes).</numerusform>
        </translation>
    </message>
    <message>
        <source>This maturity model cannot be used</source>
        <translation>Ce modèle de maturité est inutilisable</translation>
    </message>
    <message numerus="yes">
        <source>{file} is not a valid maturity model (%n problem(s)).</source>
        <translation>
            <numerusform>{file} n’est pas un modèle de maturité valide (%n problème).</numerusform>
            <numerusform>{file} n’est pas un modèle de maturité valide (%n problèmes).</numerusform>
        </translation>
    </message>
    <message>
        <source>• line {line}: {path}: {message}</source>
        <translation>• ligne {line} : {path} : {message}</translation>
    </message>
    <message>
        <source>• line {line}: {message}</source>
        <translation>• ligne {line} : {message}</translation>
    </message>
</context>
<context>
    <name>ModelLanguageCombo</name>
    <message>
        <source>Model language</source>
        <translation>Langue du modèle</translation>
    </message>
    <message>
        <source>The language of the model&apos;s texts on the board and in the exports</source>
        <translation>La langue des textes du modèle sur le tableau et dans les exports</translation>
    </message>
    <message>
        <source>{language} — the model&apos;s own</source>
        <translation>{language} — langue d’origine du modèle</translation>
    </message>
</context>
<context>
    <name>ModelLanguageMenu</name>
    <message>
        <source>Model &amp;language</source>
        <translation>&amp;Langue du modèle</translation>
    </message>
    <message>
        <source>The bundled translation is of another version of the model than this workshop&apos;s copy ({why})</source>
        <translation>La traduction fournie porte sur une autre version du modèle que la copie de cet atelier ({why})</translation>
    </message>
    <message>
        <source>From a translation file…</source>
        <translation>À partir d’un fichier de traduction…</translation>
    </message>
    <message>
        <source>Model translations</source>
        <translation>Traductions de modèle</translation>
    </message>
    <message>
        <source>Choose a model translation</source>
        <translation>Choisir une traduction de modèle</translation>
    </message>
    <message>
        <source>{language} (the model&apos;s own)</source>
        <translation>{language} (langue d’origine du modèle)</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>e.g. Acme platform maturity workshop</source>
        <translation>p. ex. Atelier maturité plateforme Acme</translation>
    </message>
    <message>
        <source>Who is in the room (names or roles)</source>
        <translation>Qui est présent (noms ou rôles)</translation>
    </message>
    <message>
        <source>Another model file…</source>
        <translation>Un autre fichier de modèle…</translation>
    </message>
    <message>
        <source>Team name, then Enter</source>
        <translation>Nom de l’équipe, puis Entrée</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Animation</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Model &amp;language</source>
        <translation>&amp;Langue du modèle</translation>
    </message>
    <message>
        <source>T&amp;eams</source>
        <translation>Éq&amp;uipes</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Enregistrer sous</translation>
    </message>
    <message>
        <source>Create workshop</source>
        <translation>Créer l’atelier</translation>
    </message>
    <message>
        <source>Create the workshop ({keys})</source>
        <translation>Créer l’atelier ({keys})</translation>
    </message>
    <message>
        <source>Team already listed</source>
        <translation>Équipe déjà présente</translation>
    </message>
    <message>
        <source>There is already a team called “{name}”.</source>
        <translation>Il existe déjà une équipe nommée « {name} ».</translation>
    </message>
    <message>
        <source>Colour of {team}</source>
        <translation>Couleur de {team}</translation>
    </message>
    <message>
        <source>Maturity models</source>
        <translation>Modèles de maturité</translation>
    </message>
    <message>
        <source>Choose a maturity model</source>
        <translation>Choisir un modèle de maturité</translation>
    </message>
    <message>
        <source>Save the workshop as</source>
        <translation>Enregistrer l’atelier sous</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups of {file}, newest first. The one you choose is restored as a new file; the original stays as it is.</source>
        <translation>Sauvegardes de {file}, de la plus récente à la plus ancienne. Celle que vous choisissez est restaurée dans un nouveau fichier ; l’original reste tel quel.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>{made}   ({size} KB)</source>
        <translation>{made}   ({size} Ko)</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>Restaurer sous</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>There are no backups of this workshop yet.</source>
        <translation>Il n’existe pas encore de sauvegarde de cet atelier.</translation>
    </message>
    <message>
        <source>Restore &amp;as:</source>
        <translation>Restaurer &amp;sous :</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Target on {aspect}</source>
        <translation>Objectif sur {aspect}</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toute l’organisation</translation>
    </message>
    <message>
        <source>Exact position in level units</source>
        <translation>Position exacte en unités de niveau</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;D’ici le</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date visée</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Pour</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>P&amp;osition</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Fixer l’objectif</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Retirer l’objectif</translation>
    </message>
    <message>
        <source>The organisation&apos;s target is what every team works toward unless it has one of its own.</source>
        <translation>L’objectif de l’organisation est celui de chaque équipe qui n’a pas le sien.</translation>
    </message>
    <message>
        <source>{team} is not placed on {aspect} yet.</source>
        <translation>{team} n’est pas encore positionnée sur {aspect}.</translation>
    </message>
    <message>
        <source>{team} is at {position} ({number}): {distance} levels to go.</source>
        <translation>{team} est à {position} ({number}) : encore {distance} niveaux.</translation>
    </message>
    <message>
        <source>{team} is at {position} ({number}): already reached.</source>
        <translation>{team} est à {position} ({number}) : déjà atteint.</translation>
    </message>
    <message>
        <source>{note} It works toward the organisation&apos;s target until it has one of its own.</source>
        <translation>{note} Elle vise l’objectif de l’organisation tant qu’elle n’a pas le sien.</translation>
    </message>
</context>
<context>
    <name>TimeboxButton</name>
    <message>
        <source>Timebox, not running</source>
        <translation>Minuteur, arrêté</translation>
    </message>
    <message>
        <source>Opens a menu: start a countdown of 5 to 30 minutes, or stop it</source>
        <translation>Ouvre un menu : lancer un compte à rebours de 5 à 30 minutes, ou l’arrêter</translation>
    </message>
    <message>
        <source>Timebox the discussion</source>
        <translation>Limiter la durée de la discussion</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <source>Time is up (+{time})</source>
        <translation>Temps écoulé (+{time})</translation>
    </message>
    <message>
        <source>Timebox: time is up</source>
        <translation>Minuteur : temps écoulé</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message numerus="yes">
        <source>Timebox: %n minute(s) left</source>
        <translation>
            <numerusform>Minuteur : %n minute restante</numerusform>
            <numerusform>Minuteur : %n minutes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>One minute left</source>
        <translation>Plus qu’une minute</translation>
    </message>
</context>
<context>
    <name>ViewpointRow</name>
    <message>
        <source>Who (e.g. SRE leads)</source>
        <translation>Qui (p. ex. responsables SRE)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Viewpoint {number}: who holds it</source>
        <translation>Point de vue {number} : qui le défend</translation>
    </message>
    <message>
        <source>Viewpoint {number}: position</source>
        <translation>Point de vue {number} : position</translation>
    </message>
    <message>
        <source>Viewpoint {number}: why</source>
        <translation>Point de vue {number} : pourquoi</translation>
    </message>
    <message>
        <source>Remove viewpoint {number}</source>
        <translation>Retirer le point de vue {number}</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsDialog</name>
    <message>
        <source>Workshop details</source>
        <translation>Détails de l’atelier</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Animation</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>WorkshopPath</name>
    <message>
        <source>PEM workshops</source>
        <translation>Ateliers PEM</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Le fichier existe</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name.</source>
        <translation>{path} existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot save there</source>
        <translation>Impossible d’enregistrer ici</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation>Impossible de créer le dossier {folder} : {reason}</translation>
    </message>
</context>
</TS>
