<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddActionCommand</name>
    <message>
        <source>add action {action}</source>
        <translation>Maßnahme {action} hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddTeamCommand</name>
    <message>
        <source>add team {team}</source>
        <translation>Team {team} hinzufügen</translation>
    </message>
</context>
<context>
    <name>AnswerQuestionCommand</name>
    <message>
        <source>clear the answer to “{question}” for the whole organisation</source>
        <translation>Antwort auf „{question}“ für die ganze Organisation löschen</translation>
    </message>
    <message>
        <source>clear the answer to “{question}” for {team}</source>
        <translation>Antwort auf „{question}“ für {team} löschen</translation>
    </message>
    <message>
        <source>answer “{question}” for the whole organisation: {level}</source>
        <translation>„{question}“ für die ganze Organisation beantworten: {level}</translation>
    </message>
    <message>
        <source>answer “{question}” for {team}: {level}</source>
        <translation>„{question}“ für {team} beantworten: {level}</translation>
    </message>
</context>
<context>
    <name>ClearAnswersCommand</name>
    <message>
        <source>clear the answers for the whole organisation on {aspect}</source>
        <translation>Antworten der ganzen Organisation zu {aspect} löschen</translation>
    </message>
    <message>
        <source>clear the answers for {team} on {aspect}</source>
        <translation>Antworten von {team} zu {aspect} löschen</translation>
    </message>
</context>
<context>
    <name>ClearVotesCommand</name>
    <message>
        <source>clear the votes on {aspect}</source>
        <translation>Stimmen zu {aspect} löschen</translation>
    </message>
</context>
<context>
    <name>DeleteActionCommand</name>
    <message>
        <source>delete action {action}</source>
        <translation>Maßnahme {action} löschen</translation>
    </message>
</context>
<context>
    <name>DeleteDisagreementCommand</name>
    <message>
        <source>delete disagreement</source>
        <translation>Meinungsverschiedenheit löschen</translation>
    </message>
</context>
<context>
    <name>DisagreementFromVotesCommand</name>
    <message>
        <source>record disagreement on the whole organisation from the votes</source>
        <translation>Meinungsverschiedenheit der ganzen Organisation aus den Stimmen erfassen</translation>
    </message>
    <message>
        <source>record disagreement on {team} from the votes</source>
        <translation>Meinungsverschiedenheit zu {team} aus den Stimmen erfassen</translation>
    </message>
    <message numerus="yes">
        <source>The room&apos;s votes spread {width} levels, from {low} to {high} (%n vote(s))</source>
        <translation>
            <numerusform>Die Stimmen der Runde streuen über {width} Stufen, von {low} bis {high} (%n Stimme)</numerusform>
            <numerusform>Die Stimmen der Runde streuen über {width} Stufen, von {low} bis {high} (%n Stimmen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Start &amp;follow-up…</source>
        <translation>F&amp;olge-Workshop starten…</translation>
    </message>
    <message>
        <source>A new workshop that starts from this one, keeping it as its history</source>
        <translation>Ein neuer Workshop, der auf diesem aufbaut und ihn als Verlauf behält</translation>
    </message>
    <message>
        <source>Co&amp;mpare workshops…</source>
        <translation>Workshops &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Positions over time across workshops of the same model</source>
        <translation>Positionen im Zeitverlauf über Workshops desselben Modells</translation>
    </message>
    <message>
        <source>&amp;Review carried actions…</source>
        <translation>Übernommene Maßnahmen &amp;prüfen…</translation>
    </message>
    <message>
        <source>Done, carried on or dropped: the actions carried from last time</source>
        <translation>Erledigt, fortgeführt oder verworfen: die vom letzten Mal übernommenen Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;Last time&apos;s positions</source>
        <translation>Positionen vom &amp;letzten Mal</translation>
    </message>
    <message>
        <source>Show where each team sat in the previous workshop (H)</source>
        <translation>Zeigt, wo jedes Team im vorigen Workshop stand (H)</translation>
    </message>
    <message>
        <source>last time ({when})</source>
        <translation>letztes Mal ({when})</translation>
    </message>
    <message>
        <source>Last time&apos;s positions shown (H hides them)</source>
        <translation>Positionen vom letzten Mal eingeblendet (H blendet sie aus)</translation>
    </message>
    <message>
        <source>Last time&apos;s positions hidden (H)</source>
        <translation>Positionen vom letzten Mal ausgeblendet (H)</translation>
    </message>
    <message>
        <source>Workshop not found</source>
        <translation>Workshop nicht gefunden</translation>
    </message>
    <message>
        <source>{path} is not there any more.</source>
        <translation>{path} ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Cannot start a follow-up</source>
        <translation>Folge-Workshop kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Cannot start the follow-up</source>
        <translation>Der Folge-Workshop kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Follow-up started in {file}; {source} is unchanged</source>
        <translation>Folge-Workshop in {file} gestartet; {source} bleibt unverändert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Neuer Workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>Workshop s&amp;chließen</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;PDF roadmap ({size})…</source>
        <translation>&amp;PDF-Roadmap ({size})…</translation>
    </message>
    <message>
        <source>Export the roadmap as a PDF</source>
        <translation>Die Roadmap als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF roadmap ({size})…</source>
        <translation>PDF-Roadmap ({size})…</translation>
    </message>
    <message>
        <source>&amp;CSV tables…</source>
        <translation>&amp;CSV-Tabellen…</translation>
    </message>
    <message>
        <source>&amp;Markdown summary…</source>
        <translation>&amp;Markdown-Zusammenfassung…</translation>
    </message>
    <message>
        <source>&amp;JSON (whole workshop)…</source>
        <translation>&amp;JSON (ganzer Workshop)…</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>Aus JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add team…</source>
        <translation>Team &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a team to the workshop</source>
        <translation>Dem Workshop ein Team hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Rename team…</source>
        <translation>Team &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>Move team &amp;later</source>
        <translation>Team &amp;zurückstellen</translation>
    </message>
    <message>
        <source>&amp;Take off this aspect</source>
        <translation>Von diesem Aspekt &amp;nehmen</translation>
    </message>
    <message>
        <source>Re&amp;move team…</source>
        <translation>Team en&amp;tfernen…</translation>
    </message>
    <message>
        <source>Record &amp;disagreement…</source>
        <translation>Meinungsverschiedenheit &amp;erfassen…</translation>
    </message>
    <message>
        <source>Record where the room disagrees (Ctrl+D)</source>
        <translation>Festhalten, worin die Runde uneins ist (Ctrl+D)</translation>
    </message>
    <message>
        <source>Write down an action the room agreed (Ctrl+Shift+A)</source>
        <translation>Eine Maßnahme festhalten, auf die sich die Runde geeinigt hat (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Set &amp;target…</source>
        <translation>&amp;Ziel setzen…</translation>
    </message>
    <message>
        <source>Where the room wants this aspect to be, for the organisation or the selected team (Ctrl+Shift+T)</source>
        <translation>Wo die Runde diesen Aspekt sehen möchte, für die Organisation oder das ausgewählte Team (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Votes from &amp;phones…</source>
        <translation>&amp;Handy-Abstimmung…</translation>
    </message>
    <message>
        <source>Let the room vote from their phones (Ctrl+R)</source>
        <translation>Die Runde per Handy abstimmen lassen (Ctrl+R)</translation>
    </message>
    <message>
        <source>Place at the votes&apos; &amp;median</source>
        <translation>Am Me&amp;dian der Stimmen einordnen</translation>
    </message>
    <message>
        <source>Put the selected team at the median of the room&apos;s revealed votes (Ctrl+M)</source>
        <translation>Das ausgewählte Team am Median der aufgedeckten Stimmen der Runde einordnen (Ctrl+M)</translation>
    </message>
    <message>
        <source>Record disagreement from the v&amp;otes</source>
        <translation>Meinungsverschiedenheit aus den &amp;Stimmen erfassen</translation>
    </message>
    <message>
        <source>Record the spread of the selected team&apos;s revealed votes as a disagreement (Ctrl+Shift+D)</source>
        <translation>Die Streuung der aufgedeckten Stimmen zum ausgewählten Team als Meinungsverschiedenheit erfassen (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Room&apos;s &amp;votes on the board</source>
        <translation>&amp;Stimmen der Runde auf dem Board</translation>
    </message>
    <message>
        <source>Show the room&apos;s votes on the board: the count while hidden, the spread once revealed</source>
        <translation>Die Stimmen der Runde auf dem Board zeigen: verdeckt die Anzahl, aufgedeckt die Streuung</translation>
    </message>
    <message>
        <source>&amp;All actions</source>
        <translation>&amp;Alle Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;Next aspect</source>
        <translation>&amp;Nächster Aspekt</translation>
    </message>
    <message>
        <source>&amp;Previous aspect</source>
        <translation>&amp;Vorheriger Aspekt</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Larger type</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Smaller type</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>Level &amp;detail panel</source>
        <translation>Stufen-&amp;Detailbereich</translation>
    </message>
    <message>
        <source>Show or hide it (F9)</source>
        <translation>Ein- oder ausblenden (F9)</translation>
    </message>
    <message>
        <source>Guided &amp;questions for the room</source>
        <translation>Leit&amp;fragen für die Runde</translation>
    </message>
    <message>
        <source>One guided question at a time above the board, in large type (F8)</source>
        <translation>Jeweils eine Leitfrage über dem Board, in großer Schrift (F8)</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <source>Aspect {number}</source>
        <translation>Aspekt {number}</translation>
    </message>
    <message>
        <source>Full screen, large type, no editing chrome (F11)</source>
        <translation>Vollbild, große Schrift, ohne Bearbeitungselemente (F11)</translation>
    </message>
    <message>
        <source>Show the board on the projector</source>
        <translation>Das Board auf dem Projektor zeigen</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Präsentation beenden</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Rückgängig: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Wiederholen: {step}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
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
        <source>Workshop already open</source>
        <translation>Workshop bereits geöffnet</translation>
    </message>
    <message>
        <source>Cannot open for writing</source>
        <translation>Kann nicht zum Bearbeiten geöffnet werden</translation>
    </message>
    <message>
        <source>{problem}

Open it read-only? You can look at everything and export it, but not change it.</source>
        <translation>{problem}

Schreibgeschützt öffnen? Sie können alles ansehen und exportieren, aber nichts ändern.</translation>
    </message>
    <message>
        <source>Cannot open this workshop</source>
        <translation>Dieser Workshop kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{problem}

There are backup copies of it. Restore one as a new file?</source>
        <translation>{problem}

Es gibt Sicherungskopien davon. Eine als neue Datei wiederherstellen?</translation>
    </message>
    <message>
        <source>Opened {path} (read-only)</source>
        <translation>{path} geöffnet (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} geöffnet</translation>
    </message>
    <message>
        <source>is open for changes in another window ({holder}); this window follows its changes</source>
        <extracomment>The page&apos;s banner says &quot;Read-only: &lt;workshop name&gt; &lt;this text&gt;. You can look at everything…&quot;</extracomment>
        <translation>ist in einem anderen Fenster zum Bearbeiten geöffnet ({holder}); dieses Fenster folgt dessen Änderungen</translation>
    </message>
    <message>
        <source>Workshop de&amp;tails…</source>
        <translation>Works&amp;hop-Details…</translation>
    </message>
    <message>
        <source>Move team earl&amp;ier</source>
        <translation>Team &amp;vorziehen</translation>
    </message>
    <message>
        <source>Agree an &amp;action…</source>
        <translation>&amp;Maßnahme vereinbaren…</translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Actual si&amp;ze</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>P&amp;resentation mode</source>
        <translation>&amp;Präsentation</translation>
    </message>
    <message>
        <source>Audi&amp;ence view on second screen</source>
        <translation>Publikumsansicht auf &amp;zweitem Bildschirm</translation>
    </message>
    <message>
        <source>Lig&amp;ht theme</source>
        <translation>&amp;Helles Design</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>Dunkl&amp;es Design</translation>
    </message>
    <message>
        <source>Backup not made: {problem}</source>
        <translation>Keine Sicherung erstellt: {problem}</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Die Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Cannot create the workshop</source>
        <translation>Der Workshop kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Workshop öffnen</translation>
    </message>
    <message>
        <source>Workshop not found</source>
        <translation>Workshop nicht gefunden</translation>
    </message>
    <message>
        <source>{path} is not there any more (moved, renamed or on a drive that is not connected).

Remove it from the list of recent workshops?</source>
        <translation>{path} ist nicht mehr vorhanden (verschoben, umbenannt oder auf einem nicht verbundenen Laufwerk).

Aus der Liste der zuletzt geöffneten Workshops entfernen?</translation>
    </message>
    <message>
        <source>Cannot write the demo workshop</source>
        <translation>Der Demo-Workshop kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Keine zuletzt geöffneten Workshops</translation>
    </message>
    <message>
        <source>Could not read the latest changes: {problem}</source>
        <translation>Die neuesten Änderungen konnten nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>Updated with the latest changes to {file}</source>
        <translation>Mit den neuesten Änderungen an {file} aktualisiert</translation>
    </message>
    <message>
        <source>All changes saved · {file}</source>
        <translation>Alle Änderungen gespeichert · {file}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
    <message>
        <source>Select a team first: click its card, or press Tab</source>
        <translation>Wählen Sie zuerst ein Team aus: Klicken Sie auf seine Karte oder drücken Sie Tab</translation>
    </message>
    <message>
        <source>&amp;Edit its disagreement…</source>
        <translation>Meinungsverschiedenheit &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Team hinzufügen</translation>
    </message>
    <message>
        <source>Team name:</source>
        <translation>Teamname:</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Team umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Colour of {team}</source>
        <translation>Farbe von {team}</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>Team entfernen</translation>
    </message>
    <message>
        <source>Remove {team} from the workshop, with its placements, disagreements and actions?

You can undo this with Ctrl+Z.</source>
        <translation>{team} mit seinen Einordnungen, Meinungsverschiedenheiten und Maßnahmen aus dem Workshop entfernen?

Sie können das mit Ctrl+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Board type at {percent} %</source>
        <translation>Schrift auf dem Board: {percent}&#x202f;%</translation>
    </message>
    <message>
        <source>The model asks no guided questions about {aspect}</source>
        <translation>Das Modell stellt zu {aspect} keine Leitfragen</translation>
    </message>
    <message>
        <source>Only one screen</source>
        <translation>Nur ein Bildschirm</translation>
    </message>
    <message>
        <source>The audience view needs a second screen, and only one is connected.

Connect the projector and set it to extend the desktop (not to mirror it), then choose View &gt; Audience view again. To show the board on this screen, use presentation mode (F11).</source>
        <translation>Die Publikumsansicht braucht einen zweiten Bildschirm, und es ist nur einer angeschlossen.

Schließen Sie den Projektor an, stellen Sie ihn auf „Desktop erweitern“ (nicht „duplizieren“) und wählen Sie dann erneut Ansicht &gt; Publikumsansicht. Um das Board auf diesem Bildschirm zu zeigen, nutzen Sie den Präsentationsmodus (F11).</translation>
    </message>
    <message>
        <source>The second screen was disconnected: the audience view is closed.</source>
        <translation>Der zweite Bildschirm wurde getrennt: Die Publikumsansicht ist geschlossen.</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab: select the next / previous team card (round the board) · F6: next pane</source>
        <translation>Tab / Shift+Tab: nächste / vorige Teamkarte auswählen (rund um das Board) · F6: nächster Bereich</translation>
    </message>
    <message>
        <source>Left / Right: move the selected team a little; with Shift, a whole level</source>
        <translation>← / →: ausgewähltes Team ein wenig verschieben; mit Shift um eine ganze Stufe</translation>
    </message>
    <message>
        <source>1 … 9: put the selected team in the middle of that level</source>
        <translation>1 … 9: ausgewähltes Team in die Mitte dieser Stufe setzen</translation>
    </message>
    <message>
        <source>Delete: take the selected team off this aspect (back to the tray)</source>
        <translation>Entf: ausgewähltes Team von diesem Aspekt nehmen (zurück in die Ablage)</translation>
    </message>
    <message>
        <source>F2: rename the selected team · Ctrl+T: add a team · Ctrl+Del: remove the selected team</source>
        <translation>F2: ausgewähltes Team umbenennen · Ctrl+T: Team hinzufügen · Ctrl+Del: ausgewähltes Team entfernen</translation>
    </message>
    <message>
        <source>Ctrl+drag a card: record a disagreement with a second, argued position</source>
        <translation>Ctrl+Karte ziehen: Meinungsverschiedenheit mit einer zweiten, begründeten Position erfassen</translation>
    </message>
    <message>
        <source>Ctrl+D: record a disagreement · Ctrl+Shift+A: agree an action · Ctrl+L: all actions</source>
        <translation>Ctrl+D: Meinungsverschiedenheit erfassen · Ctrl+Shift+A: Maßnahme vereinbaren · Ctrl+L: alle Maßnahmen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T: set a target (the selected team&apos;s, else the organisation&apos;s); on a clicked target flag, Left / Right move it, Delete removes it, Enter edits it</source>
        <translation>Ctrl+Shift+T: Ziel setzen (für das ausgewählte Team, sonst für die Organisation); auf einer angeklickten Zielfahne verschiebt ← / → sie, Entf entfernt sie, Enter bearbeitet sie</translation>
    </message>
    <message>
        <source>Ctrl+R: votes from phones (the room) · Ctrl+M: place the selected team at its votes&apos; median</source>
        <translation>Ctrl+R: Abstimmung per Handy (die Runde) · Ctrl+M: ausgewähltes Team am Median seiner Stimmen einordnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D: record a disagreement from the spread of its revealed votes</source>
        <translation>Ctrl+Shift+D: Meinungsverschiedenheit aus der Streuung der aufgedeckten Stimmen erfassen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F: start a follow-up · Ctrl+Shift+R: review the carried actions · H: last time&apos;s positions</source>
        <translation>Ctrl+Shift+F: Folge-Workshop starten · Ctrl+Shift+R: übernommene Maßnahmen prüfen · H: Positionen vom letzten Mal</translation>
    </message>
    <message>
        <source>N: select the next team not yet placed · Enter: edit the selected team&apos;s disagreement</source>
        <translation>N: nächstes noch nicht eingeordnetes Team auswählen · Enter: Meinungsverschiedenheit des ausgewählten Teams bearbeiten</translation>
    </message>
    <message>
        <source>Esc: clear the selection; then Left / Right: go through the levels · Menu key or Shift+F10: card menu</source>
        <translation>Esc: Auswahl aufheben; dann ← / →: durch die Stufen gehen · Menütaste oder Shift+F10: Kartenmenü</translation>
    </message>
    <message>
        <source>F2 in the table of all actions: edit the cell · Alt+underlined letter: go to that field</source>
        <translation>F2 in der Tabelle aller Maßnahmen: Zelle bearbeiten · Alt+unterstrichener Buchstabe: zu diesem Feld</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9: go to an aspect · Ctrl+Shift+O: overview · Page Up / Page Down: previous / next</source>
        <translation>Ctrl+1 … Ctrl+9: zu einem Aspekt · Ctrl+Shift+O: Übersicht · Bild↑ / Bild↓: voriger / nächster</translation>
    </message>
    <message>
        <source>Ctrl+= / Ctrl+- / Ctrl+0: larger / smaller / actual-size board type · F9: level detail panel</source>
        <translation>Ctrl+= / Ctrl+- / Ctrl+0: größere / kleinere / normale Schrift auf dem Board · F9: Stufen-Detailbereich</translation>
    </message>
    <message>
        <source>F8: guided questions for the room — Up / Down: question · 1 … 9: answer (0 clears) · P: place the team where the answers point · T: next team</source>
        <translation>F8: Leitfragen für die Runde – ↑ / ↓: Frage · 1 … 9: Antwort (0 löscht) · P: Team dort einordnen, wohin die Antworten weisen · T: nächstes Team</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z: undo / redo</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z: rückgängig / wiederholen</translation>
    </message>
    <message>
        <source>F11: presentation mode · Esc: leave it</source>
        <translation>F11: Präsentationsmodus · Esc: beenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Model: {title} {version}.</source>
        <translation>Modell: {title} {version}.</translation>
    </message>
    <message>
        <source>Licensed under Apache-2.0.</source>
        <translation>Lizenziert unter Apache-2.0.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>{title} [read-only]</source>
        <translation>{title} [schreibgeschützt]</translation>
    </message>
</context>
<context>
    <name>MoveTeamCommand</name>
    <message>
        <source>take {team} off {aspect}</source>
        <translation>{team} von {aspect} nehmen</translation>
    </message>
    <message>
        <source>place {team} at {position}</source>
        <translation>{team} bei {position} einordnen</translation>
    </message>
    <message>
        <source>move {team} to {position}</source>
        <translation>{team} nach {position} verschieben</translation>
    </message>
</context>
<context>
    <name>PlaceAtMedianCommand</name>
    <message>
        <source>place {team} at the votes&apos; median ({position})</source>
        <translation>{team} am Median der Stimmen einordnen ({position})</translation>
    </message>
</context>
<context>
    <name>PlaceWhereAnswersPointCommand</name>
    <message>
        <source>place {team} where the answers suggest ({position})</source>
        <translation>{team} dort einordnen, wohin die Antworten weisen ({position})</translation>
    </message>
</context>
<context>
    <name>RecolourTeamCommand</name>
    <message>
        <source>recolour {team}</source>
        <translation>Farbe von {team} ändern</translation>
    </message>
</context>
<context>
    <name>RecordDisagreementCommand</name>
    <message>
        <source>record disagreement on {team}</source>
        <translation>Meinungsverschiedenheit zu {team} erfassen</translation>
    </message>
</context>
<context>
    <name>RemoveTargetCommand</name>
    <message>
        <source>remove {aspect} target of the organisation</source>
        <translation>Ziel der Organisation für {aspect} entfernen</translation>
    </message>
    <message>
        <source>remove {aspect} target of {team}</source>
        <translation>Ziel von {team} für {aspect} entfernen</translation>
    </message>
</context>
<context>
    <name>RemoveTeamCommand</name>
    <message>
        <source>remove team {team}</source>
        <translation>Team {team} entfernen</translation>
    </message>
</context>
<context>
    <name>RenameTeamCommand</name>
    <message>
        <source>rename {team} to {name}</source>
        <translation>{team} in {name} umbenennen</translation>
    </message>
</context>
<context>
    <name>ReorderTeamCommand</name>
    <message>
        <source>reorder {team}</source>
        <translation>Reihenfolge von {team} ändern</translation>
    </message>
</context>
<context>
    <name>ReviewActionCommand</name>
    <message>
        <source>review note on {action}</source>
        <translation>Prüfnotiz zu {action}</translation>
    </message>
    <message>
        <source>review done: {action}</source>
        <translation>Prüfung „erledigt“: {action}</translation>
    </message>
    <message>
        <source>review carried on: {action}</source>
        <translation>Prüfung „fortgeführt“: {action}</translation>
    </message>
    <message>
        <source>review dropped: {action}</source>
        <translation>Prüfung „verworfen“: {action}</translation>
    </message>
    <message>
        <source>review not reviewed: {action}</source>
        <translation>Prüfung zurückgesetzt: {action}</translation>
    </message>
</context>
<context>
    <name>SetTargetCommand</name>
    <message>
        <source>set {aspect} target of the organisation to {position}</source>
        <translation>Ziel der Organisation für {aspect} auf {position} setzen</translation>
    </message>
    <message>
        <source>set {aspect} target of {team} to {position}</source>
        <translation>Ziel von {team} für {aspect} auf {position} setzen</translation>
    </message>
</context>
<context>
    <name>UpdateInfoCommand</name>
    <message>
        <source>edit workshop details</source>
        <translation>Workshop-Details bearbeiten</translation>
    </message>
</context>
</TS>
