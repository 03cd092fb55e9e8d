<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>PEM Desktop hit an unexpected problem. Every change you made before this is saved in the workshop file.</source>
        <translation>In PEM Desktop ist ein unerwarteter Fehler aufgetreten. Alle Änderungen, die Sie zuvor vorgenommen haben, sind in der Workshop-Datei gespeichert.</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>{title} — {app} (audience view)</source>
        <translation>{title} — {app} (Publikumsansicht)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>&amp;System default ({language})</source>
        <translation>&amp;Systemstandard ({language})</translation>
    </message>
    <message>
        <source>The language of menus and dialogs; the model&apos;s has its own menu</source>
        <translation>Die Sprache der Menüs und Dialoge; die des Modells hat ein eigenes Menü</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>PEM Desktop will be in {language} from its next start.</source>
        <translation>PEM Desktop erscheint ab dem nächsten Start auf {language}.</translation>
    </message>
    <message>
        <source>Restart now? The open workshop opens again as it is: every change is already saved.</source>
        <translation>Jetzt neu starten? Der geöffnete Workshop wird unverändert wieder geöffnet: Alle Änderungen sind bereits gespeichert.</translation>
    </message>
    <message>
        <source>The room for votes from phones closes.</source>
        <translation>Der Raum für die Abstimmung per Smartphone wird geschlossen.</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>Jetzt neu starten?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>PEM Desktop could not be started again. Quit it and start it yourself to change the language.</source>
        <translation>PEM Desktop konnte nicht neu gestartet werden. Beenden Sie es und starten Sie es selbst neu, um die Sprache zu wechseln.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Find where each team stands in the Platform Engineering Maturity Model, and agree what to do next.</source>
        <translation>Ermitteln Sie, wo jedes Team im Reifegradmodell für Platform Engineering steht, und vereinbaren Sie die nächsten Schritte.</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Neuer Workshop…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>A fresh copy of a realistic example workshop, to try things out</source>
        <translation>Eine frische Kopie eines realistischen Beispiel-Workshops zum Ausprobieren</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Start follow-up of the selected workshop…</source>
        <translation>Folge-Workshop zum ausgewählten Workshop starten…</translation>
    </message>
    <message>
        <source>A new workshop that starts from the selected one and keeps it as its history</source>
        <translation>Ein neuer Workshop, der vom ausgewählten ausgeht und ihn als Verlauf behält</translation>
    </message>
    <message>
        <source>No recent workshops yet. Create one, or open the demo to look around.</source>
        <translation>Noch keine zuletzt geöffneten Workshops. Legen Sie einen an, oder öffnen Sie die Demo, um sich umzusehen.</translation>
    </message>
    <message>
        <source>missing: {path}</source>
        <translation>nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>last opened {when}</source>
        <translation>zuletzt geöffnet am {when}</translation>
    </message>
    <message>
        <source>Start &amp;follow-up…</source>
        <translation>&amp;Folge-Workshop starten…</translation>
    </message>
    <message>
        <source>&amp;Remove from this list</source>
        <translation>Aus dieser Liste &amp;entfernen</translation>
    </message>
</context>
</TS>
