<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Agree an action</source>
        <translation>Maßnahme vereinbaren</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Was getan wird</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Gesamte Organisation</translation>
    </message>
    <message>
        <source>No target level</source>
        <translation>Keine Zielstufe</translation>
    </message>
    <message>
        <source>Toward {level}</source>
        <translation>In Richtung {level}</translation>
    </message>
    <message>
        <source>Who makes sure it happens</source>
        <translation>Wer dafür sorgt, dass es geschieht</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Mit Fälligkeit</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Details, context, first steps</source>
        <translation>Details, Kontext, erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Aspect</source>
        <translation>&amp;Aspekt</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>Ta&amp;rget</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>For the whole organisation: choose the level this action moves toward.</source>
        <translation>Für die gesamte Organisation: Wählen Sie die Stufe, auf die diese Maßnahme hinarbeitet.</translation>
    </message>
    <message>
        <source>{team} is not placed on this aspect yet, so there is no default target.</source>
        <translation>{team} ist auf diesem Aspekt noch nicht eingeordnet, daher gibt es kein vorgeschlagenes Ziel.</translation>
    </message>
    <message>
        <source>{team}: {standing}, the highest level. There is no level to move toward.</source>
        <translation>{team}: {standing}, die höchste Stufe. Es gibt keine weitere Stufe.</translation>
    </message>
    <message>
        <source>{team}: {standing}, so heading toward {level}.</source>
        <translation>{team}: {standing}, also in Richtung {level}.</translation>
    </message>
</context>
<context>
    <name>ActionList</name>
    <message>
        <source>Actions on this aspect</source>
        <translation>Maßnahmen zu diesem Aspekt</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add action on this aspect</source>
        <translation>Maßnahme zu diesem Aspekt hinzufügen</translation>
    </message>
    <message>
        <source>Edit the selected action on this aspect</source>
        <translation>Die gewählte Maßnahme zu diesem Aspekt bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected action on this aspect</source>
        <translation>Die gewählte Maßnahme zu diesem Aspekt löschen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark the selected action done</source>
        <translation>Die gewählte Maßnahme als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark the selected action on this aspect done</source>
        <translation>Die gewählte Maßnahme zu diesem Aspekt als erledigt markieren</translation>
    </message>
    <message>
        <source>→ no target</source>
        <translation>→ kein Ziel</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Gesamte Organisation</translation>
    </message>
</context>
<context>
    <name>ActionReviewDialog</name>
    <message>
        <source>Review of carried actions</source>
        <translation>Durchsicht der übernommenen Maßnahmen</translation>
    </message>
    <message>
        <source>These actions were still open at the end of the previous workshop ({when}). For each: was it done, is it still open (carried on), or was it dropped? Keys: D done · C carried on · X dropped · 0 not reviewed · N a note first (Enter keeps it) · Ctrl+Z undo</source>
        <translation>Diese Maßnahmen waren am Ende des vorigen Workshops ({when}) noch offen. Für jede: Wurde sie erledigt, ist sie noch offen (weitergeführt) oder wurde sie verworfen? Tasten: D erledigt · C weitergeführt · X verworfen · 0 nicht geprüft · N zuerst eine Notiz (Enter übernimmt sie) · Ctrl+Z rückgängig</translation>
    </message>
    <message>
        <source>Carried actions</source>
        <translation>Übernommene Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;Done (D)</source>
        <translation>&amp;Erledigt (D)</translation>
    </message>
    <message>
        <source>&amp;Carried on (C)</source>
        <translation>&amp;Weitergeführt (C)</translation>
    </message>
    <message>
        <source>Dr&amp;opped (X)</source>
        <translation>&amp;Verworfen (X)</translation>
    </message>
    <message>
        <source>&amp;Not reviewed (0)</source>
        <translation>&amp;Nicht geprüft (0)</translation>
    </message>
    <message>
        <source>A note, e.g. what was done or why it was dropped (Enter keeps it)</source>
        <translation>Eine Notiz, z. B. was getan wurde oder warum sie verworfen wurde (Enter übernimmt sie)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>{done} of {count} reviewed</source>
        <translation>Geprüft: {done} von {count}</translation>
    </message>
    <message>
        <source>No action was carried from the previous workshop.</source>
        <translation>Aus dem vorigen Workshop wurde keine Maßnahme übernommen.</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Gesamte Organisation</translation>
    </message>
    <message>
        <source>a team no longer here</source>
        <translation>ein nicht mehr vorhandenes Team</translation>
    </message>
    <message>
        <source>toward {level}</source>
        <translation>in Richtung {level}</translation>
    </message>
    <message>
        <source>owner: {owner}</source>
        <translation>verantwortlich: {owner}</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>niemand verantwortlich</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>fällig am {date}</translation>
    </message>
    <message>
        <source>last time: {status}</source>
        <translation>beim letzten Mal: {status}</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Erledigt</translation>
    </message>
    <message>
        <source>→ Carried on: still open in this workshop</source>
        <translation>→ Weitergeführt: in diesem Workshop noch offen</translation>
    </message>
    <message>
        <source>✗ Dropped</source>
        <translation>✗ Verworfen</translation>
    </message>
    <message>
        <source>• Not reviewed yet</source>
        <translation>• Noch nicht geprüft</translation>
    </message>
    <message>
        <source>{outcome} (its action was removed from this workshop)</source>
        <translation>{outcome} (die Maßnahme wurde aus diesem Workshop entfernt)</translation>
    </message>
</context>
<context>
    <name>ChangeModelLanguageCommand</name>
    <message>
        <source>show the model in {language}</source>
        <translation>Modell auf {language} anzeigen</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Export PDF report…</source>
        <translation>PDF-Bericht exportieren…</translation>
    </message>
    <message>
        <source>Export the trend (PDF report)</source>
        <translation>Verlauf exportieren (PDF-Bericht)</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF-Dokumente</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export the trend (Markdown)</source>
        <translation>Verlauf exportieren (Markdown)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the trend (CSV)</source>
        <translation>Verlauf exportieren (CSV)</translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation>CSV-Tabellen</translation>
    </message>
    <message>
        <source>Compare workshops</source>
        <translation>Workshops vergleichen</translation>
    </message>
    <message>
        <source>Workshops compared</source>
        <translation>Verglichene Workshops</translation>
    </message>
    <message>
        <source>&amp;Add workshops…</source>
        <translation>Workshops &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>In workshops</source>
        <translation>In Workshops</translation>
    </message>
    <message>
        <source>Same team as</source>
        <translation>Dasselbe Team wie</translation>
    </message>
    <message>
        <source>Teams matched across the workshops</source>
        <translation>Über die Workshops zugeordnete Teams</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspekt</translation>
    </message>
    <message>
        <source>Positions over time</source>
        <translation>Positionen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Positions on</source>
        <translation>Positionen bei</translation>
    </message>
    <message>
        <source>Workshops of the same model, oldest first. Teams are matched by their identity (a follow-up keeps it) or by name; if a team goes by another name in another workshop, say which with “Same team as”.</source>
        <translation>Workshops desselben Modells, die ältesten zuerst. Teams werden über ihre Identität (ein Folge-Workshop behält sie) oder ihren Namen zugeordnet; heißt ein Team in einem anderen Workshop anders, geben Sie es unter „Dasselbe Team wie“ an.</translation>
    </message>
    <message>
        <source>Workshops to compare</source>
        <translation>Zu vergleichende Workshops</translation>
    </message>
    <message>
        <source>Some workshops cannot be compared</source>
        <translation>Einige Workshops lassen sich nicht vergleichen</translation>
    </message>
    <message numerus="yes">
        <source>{title} — {file} and %n earlier workshop(s) inside it</source>
        <translation>
            <numerusform>{title} — {file} mit %n früheren Workshop darin</numerusform>
            <numerusform>{title} — {file} mit %n früheren Workshops darin</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — {file}</source>
        <translation>{title} — {file}</translation>
    </message>
    <message>
        <source>Add the workshops to compare.</source>
        <translation>Fügen Sie die zu vergleichenden Workshops hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n Workshop</numerusform>
            <numerusform>%n Workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n Team</numerusform>
            <numerusform>%n Teams</numerusform>
        </translation>
    </message>
    <message>
        <source>{workshops}, {teams}.</source>
        <translation>{workshops}, {teams}.</translation>
    </message>
    <message>
        <source>Also called: {names}</source>
        <translation>Auch genannt: {names}</translation>
    </message>
    <message>
        <source>— itself —</source>
        <translation>— es selbst —</translation>
    </message>
    <message>
        <source>Same team as, for {team}</source>
        <translation>Dasselbe Team wie, für {team}</translation>
    </message>
    <message>
        <source>The trend was not exported</source>
        <translation>Der Verlauf wurde nicht exportiert</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
</context>
<context>
    <name>DisagreementDialog</name>
    <message>
        <source>Edit a disagreement — {aspect}</source>
        <translation>Meinungsverschiedenheit bearbeiten — {aspect}</translation>
    </message>
    <message>
        <source>Record a disagreement — {aspect}</source>
        <translation>Meinungsverschiedenheit festhalten — {aspect}</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Gesamte Organisation</translation>
    </message>
    <message>
        <source>What is disputed, in a few words</source>
        <translation>Worum es geht, in wenigen Worten</translation>
    </message>
    <message>
        <source>Add a &amp;viewpoint</source>
        <translation>&amp;Sichtweise hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Resolved: the room agreed</source>
        <translation>Ge&amp;klärt: Die Runde hat sich geeinigt</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Worauf man sich geeinigt hat</translation>
    </message>
    <message>
        <source>Agreed position</source>
        <translation>Vereinbarte Position</translation>
    </message>
    <message>
        <source>Agreed position, another one</source>
        <translation>Vereinbarte Position, eine andere</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>Viewpoints</source>
        <translation>Sichtweisen</translation>
    </message>
    <message>
        <source>Re&amp;solution</source>
        <translation>&amp;Einigung</translation>
    </message>
    <message>
        <source>A&amp;greed position</source>
        <translation>&amp;Vereinbarte Position</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Noch nicht gewählt</translation>
    </message>
    <message>
        <source>{position} (as {who} argued)</source>
        <translation>{position} (wie von {who} vertreten)</translation>
    </message>
    <message>
        <source>{position} (as someone argued)</source>
        <translation>{position} (wie von jemandem vertreten)</translation>
    </message>
    <message>
        <source>Another position…</source>
        <translation>Eine andere Position…</translation>
    </message>
    <message>
        <source>Move {team}’s card there</source>
        <translation>Karte von {team} dorthin verschieben</translation>
    </message>
    <message>
        <source>A disagreement needs at least two viewpoints.</source>
        <translation>Eine Meinungsverschiedenheit braucht mindestens zwei Sichtweisen.</translation>
    </message>
</context>
<context>
    <name>DisagreementList</name>
    <message>
        <source>Disagreements on this aspect</source>
        <translation>Meinungsverschiedenheiten zu diesem Aspekt</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Festhalten…</translation>
    </message>
    <message>
        <source>Record disagreement on this aspect</source>
        <translation>Meinungsverschiedenheit zu diesem Aspekt festhalten</translation>
    </message>
    <message>
        <source>Edit the selected disagreement on this aspect</source>
        <translation>Die gewählte Meinungsverschiedenheit zu diesem Aspekt bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected disagreement on this aspect</source>
        <translation>Die gewählte Meinungsverschiedenheit zu diesem Aspekt löschen</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Gesamte Organisation</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>Meinungsverschiedenheit</translation>
    </message>
    <message>
        <source>{team} — {topic}</source>
        <translation>{team} — {topic}</translation>
    </message>
    <message>
        <source>{team} — {topic}  ✓ resolved</source>
        <translation>{team} — {topic}  ✓ geklärt</translation>
    </message>
    <message>
        <source>Agreed: {resolution}{end}</source>
        <translation>Einigung: {resolution}{end}</translation>
    </message>
    <message>
        <source>Agreed position: {position}.</source>
        <translation>Vereinbarte Position: {position}.</translation>
    </message>
    <message>
        <source>{who} ({position}): {reason}</source>
        <translation>{who} ({position}): {reason}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export the PDF roadmap ({page_size})</source>
        <translation>PDF-Roadmap exportieren ({page_size})</translation>
    </message>
    <message>
        <source>Export the PDF roadmap</source>
        <translation>PDF-Roadmap exportieren</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF-Dokumente</translation>
    </message>
    <message>
        <source>Export CSV tables (ZIP of placements, actions, disagreements, votes, answers)</source>
        <translation>CSV-Tabellen exportieren (ZIP mit Einordnungen, Maßnahmen, Meinungsverschiedenheiten, Stimmen, Antworten)</translation>
    </message>
    <message>
        <source>ZIP archives of CSV tables</source>
        <translation>ZIP-Archive mit CSV-Tabellen</translation>
    </message>
    <message>
        <source>Export the Markdown summary</source>
        <translation>Markdown-Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>Export JSON (the whole workshop, for import)</source>
        <translation>JSON exportieren (der ganze Workshop, zum Import)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>That is the workshop file itself; choose another name.</source>
        <translation>Das ist die Workshop-Datei selbst; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <source>Roadmap exported</source>
        <translation>Roadmap exportiert</translation>
    </message>
    <message>
        <source>The roadmap is saved as {file} in {folder}.</source>
        <translation>Die Roadmap ist als {file} in {folder} gespeichert.</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>Ordner anzeigen</translation>
    </message>
    <message>
        <source>Import a workshop from JSON</source>
        <translation>Workshop aus JSON importieren</translation>
    </message>
    <message>
        <source>Save the imported workshop as</source>
        <translation>Importierten Workshop speichern unter</translation>
    </message>
    <message>
        <source>Cannot import the workshop</source>
        <translation>Der Workshop lässt sich nicht importieren</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} wird geschrieben…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Could not start the export: {reason}</source>
        <translation>Der Export ließ sich nicht starten: {reason}</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly ({reason}); nothing was written.</source>
        <translation>Der Export wurde unerwartet beendet ({reason}); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly; nothing was written.</source>
        <translation>Der Export wurde unerwartet beendet; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The export ended with status {status}; nothing was written.</source>
        <translation>Der Export endete mit Status {status}; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Start a follow-up</source>
        <translation>Folge-Workshop beginnen</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message numerus="yes">
        <source>A new workshop that starts from “{title}” ({when}): the same model, teams and targets; its %n open action(s) carried in for review; and the previous workshop kept inside the new file as its history, so the new one shows what moved even if the old file is gone. The previous file is not changed.</source>
        <translation>
            <numerusform>Ein neuer Workshop, der auf „{title}“ ({when}) aufbaut: dasselbe Modell, dieselben Teams und Ziele; die %n offene Maßnahme wird zur Durchsicht übernommen; und der vorige Workshop bleibt als Verlauf in der neuen Datei, sodass der neue zeigt, was sich bewegt hat, auch wenn die alte Datei fehlt. Die vorige Datei wird nicht verändert.</numerusform>
            <numerusform>Ein neuer Workshop, der auf „{title}“ ({when}) aufbaut: dasselbe Modell, dieselben Teams und Ziele; die %n offenen Maßnahmen werden zur Durchsicht übernommen; und der vorige Workshop bleibt als Verlauf in der neuen Datei, sodass der neue zeigt, was sich bewegt hat, auch wenn die alte Datei fehlt. Die vorige Datei wird nicht verändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Where they were last time</source>
        <translation>&amp;Wo sie beim letzten Mal standen</translation>
    </message>
    <message>
        <source>In the &amp;tray, to place them afresh (last time&apos;s positions still show)</source>
        <translation>In der &amp;Ablage, zum neuen Einordnen (letzte Positionen bleiben sichtbar)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Cards start</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Use version {new} of the model (this workshop used {old})</source>
        <translation>Version {new} des Modells verwenden (dieser Workshop verwendete {old})</translation>
    </message>
    <message>
        <source>What changes in the newer version</source>
        <translation>Was sich in der neueren Version ändert</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>Speichern &amp;unter</translation>
    </message>
    <message>
        <source>Start follow-up</source>
        <translation>Folge-Workshop beginnen</translation>
    </message>
    <message>
        <source>Save the follow-up as</source>
        <translation>Folge-Workshop speichern unter</translation>
    </message>
</context>
<context>
    <name>ModelError</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>This model translation cannot be used</source>
        <translation>Diese Modellübersetzung ist nicht verwendbar</translation>
    </message>
    <message numerus="yes">
        <source>{file} is not a valid model translation (%n problem(s)).</source>
        <translation>
            <numerusform>{file} ist keine gültige Modellübersetzung (%n Problem).</numerusform>
            <numerusform>{file} ist keine gültige Modellübersetzung (%n Probleme).</numerusform>
        </translation>
    </message>
    <message>
        <source>This maturity model cannot be used</source>
        <translation>Dieses Reifegradmodell ist nicht verwendbar</translation>
    </message>
    <message numerus="yes">
        <source>{file} is not a valid maturity model (%n problem(s)).</source>
        <translation>
            <numerusform>{file} ist kein gültiges Reifegradmodell (%n Problem).</numerusform>
            <numerusform>{file} ist kein gültiges Reifegradmodell (%n Probleme).</numerusform>
        </translation>
    </message>
    <message>
        <source>• line {line}: {path}: {message}</source>
        <translation>• Zeile {line}: {path}: {message}</translation>
    </message>
    <message>
        <source>• line {line}: {message}</source>
        <translation>• Zeile {line}: {message}</translation>
    </message>
</context>
<context>
    <name>ModelLanguageCombo</name>
    <message>
        <source>Model language</source>
        <translation>Modellsprache</translation>
    </message>
    <message>
        <source>The language of the model&apos;s texts on the board and in the exports</source>
        <translation>Die Sprache der Modelltexte auf dem Board und in den Exporten</translation>
    </message>
    <message>
        <source>{language} — the model&apos;s own</source>
        <translation>{language} — Originalsprache des Modells</translation>
    </message>
</context>
<context>
    <name>ModelLanguageMenu</name>
    <message>
        <source>Model &amp;language</source>
        <translation>Modell&amp;sprache</translation>
    </message>
    <message>
        <source>The bundled translation is of another version of the model than this workshop&apos;s copy ({why})</source>
        <translation>Die mitgelieferte Übersetzung gehört zu einer anderen Version des Modells als die Kopie in diesem Workshop ({why})</translation>
    </message>
    <message>
        <source>From a translation file…</source>
        <translation>Aus einer Übersetzungsdatei…</translation>
    </message>
    <message>
        <source>Model translations</source>
        <translation>Modellübersetzungen</translation>
    </message>
    <message>
        <source>Choose a model translation</source>
        <translation>Modellübersetzung auswählen</translation>
    </message>
    <message>
        <source>{language} (the model&apos;s own)</source>
        <translation>{language} (Originalsprache des Modells)</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <source>e.g. Acme platform maturity workshop</source>
        <translation>z. B. Reifegrad-Workshop Plattform Acme</translation>
    </message>
    <message>
        <source>Who is in the room (names or roles)</source>
        <translation>Wer im Raum ist (Namen oder Rollen)</translation>
    </message>
    <message>
        <source>Another model file…</source>
        <translation>Andere Modelldatei…</translation>
    </message>
    <message>
        <source>Team name, then Enter</source>
        <translation>Teamname, dann Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>Mode&amp;ration</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>Tei&amp;lnehmende</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>Model &amp;language</source>
        <translation>Modell&amp;sprache</translation>
    </message>
    <message>
        <source>T&amp;eams</source>
        <translation>T&amp;eams</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>Speichern &amp;unter</translation>
    </message>
    <message>
        <source>Create workshop</source>
        <translation>Workshop anlegen</translation>
    </message>
    <message>
        <source>Create the workshop ({keys})</source>
        <translation>Den Workshop anlegen ({keys})</translation>
    </message>
    <message>
        <source>Team already listed</source>
        <translation>Team bereits aufgeführt</translation>
    </message>
    <message>
        <source>There is already a team called “{name}”.</source>
        <translation>Es gibt bereits ein Team namens „{name}“.</translation>
    </message>
    <message>
        <source>Colour of {team}</source>
        <translation>Farbe von {team}</translation>
    </message>
    <message>
        <source>Maturity models</source>
        <translation>Reifegradmodelle</translation>
    </message>
    <message>
        <source>Choose a maturity model</source>
        <translation>Reifegradmodell auswählen</translation>
    </message>
    <message>
        <source>Save the workshop as</source>
        <translation>Workshop speichern unter</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups of {file}, newest first. The one you choose is restored as a new file; the original stays as it is.</source>
        <translation>Sicherungen von {file}, die neueste zuerst. Die gewählte wird als neue Datei wiederhergestellt; das Original bleibt unverändert.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>{made}   ({size} KB)</source>
        <translation>{made}   ({size} KB)</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>Wiederherstellen als</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups of this workshop yet.</source>
        <translation>Von diesem Workshop gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Restore &amp;as:</source>
        <translation>Wiederherstellen &amp;als:</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Target on {aspect}</source>
        <translation>Ziel bei {aspect}</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Gesamte Organisation</translation>
    </message>
    <message>
        <source>Exact position in level units</source>
        <translation>Genaue Position in Stufeneinheiten</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Für</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Ziel setzen</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>The organisation&apos;s target is what every team works toward unless it has one of its own.</source>
        <translation>Auf das Ziel der Organisation arbeitet jedes Team hin, das kein eigenes hat.</translation>
    </message>
    <message>
        <source>{team} is not placed on {aspect} yet.</source>
        <translation>{team} ist bei {aspect} noch nicht eingeordnet.</translation>
    </message>
    <message>
        <source>{team} is at {position} ({number}): {distance} levels to go.</source>
        <translation>{team} steht bei {position} ({number}): noch {distance} Stufen.</translation>
    </message>
    <message>
        <source>{team} is at {position} ({number}): already reached.</source>
        <translation>{team} steht bei {position} ({number}): bereits erreicht.</translation>
    </message>
    <message>
        <source>{note} It works toward the organisation&apos;s target until it has one of its own.</source>
        <translation>{note} Es arbeitet auf das Ziel der Organisation hin, bis es ein eigenes hat.</translation>
    </message>
</context>
<context>
    <name>TimeboxButton</name>
    <message>
        <source>Timebox, not running</source>
        <translation>Timebox, läuft nicht</translation>
    </message>
    <message>
        <source>Opens a menu: start a countdown of 5 to 30 minutes, or stop it</source>
        <translation>Öffnet ein Menü: einen Countdown von 5 bis 30 Minuten starten oder anhalten</translation>
    </message>
    <message>
        <source>Timebox the discussion</source>
        <translation>Die Diskussion zeitlich begrenzen</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation>Timebox</translation>
    </message>
    <message>
        <source>Time is up (+{time})</source>
        <translation>Zeit ist um (+{time})</translation>
    </message>
    <message>
        <source>Timebox: time is up</source>
        <translation>Timebox: Zeit ist um</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Zeit ist um</translation>
    </message>
    <message numerus="yes">
        <source>Timebox: %n minute(s) left</source>
        <translation>
            <numerusform>Timebox: noch %n Minute</numerusform>
            <numerusform>Timebox: noch %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>One minute left</source>
        <translation>Noch eine Minute</translation>
    </message>
</context>
<context>
    <name>ViewpointRow</name>
    <message>
        <source>Who (e.g. SRE leads)</source>
        <translation>Wer (z. B. SRE-Leads)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Viewpoint {number}: who holds it</source>
        <translation>Sichtweise {number}: wer sie vertritt</translation>
    </message>
    <message>
        <source>Viewpoint {number}: position</source>
        <translation>Sichtweise {number}: Position</translation>
    </message>
    <message>
        <source>Viewpoint {number}: why</source>
        <translation>Sichtweise {number}: warum</translation>
    </message>
    <message>
        <source>Remove viewpoint {number}</source>
        <translation>Sichtweise {number} entfernen</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsDialog</name>
    <message>
        <source>Workshop details</source>
        <translation>Workshop-Details</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>Mode&amp;ration</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>Tei&amp;lnehmende</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
</context>
<context>
    <name>WorkshopPath</name>
    <message>
        <source>PEM workshops</source>
        <translation>PEM-Workshops</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Datei vorhanden</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name.</source>
        <translation>{path} ist bereits vorhanden. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Cannot save there</source>
        <translation>Speichern dort nicht möglich</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation>Der Ordner {folder} lässt sich nicht anlegen: {reason}</translation>
    </message>
</context>
</TS>
