<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActionStatus</name>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>vereinbart</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Aspect</source>
        <translation>Aspekt</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Gesamte Organisation</translation>
    </message>
</context>
<context>
    <name>AllActionsView</name>
    <message>
        <source>All actions</source>
        <translation>Alle Maßnahmen</translation>
    </message>
    <message>
        <source>Filter by aspect</source>
        <translation>Nach Aspekt filtern</translation>
    </message>
    <message>
        <source>All aspects</source>
        <translation>Alle Aspekte</translation>
    </message>
    <message>
        <source>Filter by team</source>
        <translation>Nach Team filtern</translation>
    </message>
    <message>
        <source>Owner contains…</source>
        <translation>Name enthält…</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Nach Verantwortlichen filtern</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>&amp;Aspect</source>
        <translation>As&amp;pekt</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>Tea&amp;m</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>Ve&amp;rantwortlich</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>button: mark the action done</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Gesamte Organisation</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n action(s)</source>
        <translation>
            <numerusform>{shown} von %n Maßnahme</numerusform>
            <numerusform>{shown} von %n Maßnahmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerButton</name>
    <message>
        <source>Answer {number}; press {number} to choose it</source>
        <translation>Antwort {number}; drücken Sie {number}, um sie zu wählen</translation>
    </message>
    <message>
        <source>{level} (key {number})</source>
        <translation>{level} (Taste {number})</translation>
    </message>
    <message>
        <source>Key {number}</source>
        <translation>Taste {number}</translation>
    </message>
</context>
<context>
    <name>GuidedQuestions</name>
    <message>
        <source>Whole organisation</source>
        <translation>Gesamte Organisation</translation>
    </message>
    <message>
        <source>Questions ({answered}/{asked})</source>
        <translation>Fragen ({answered}/{asked})</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>No answers yet for {whose} on {aspect}. Read a question out; click the answer the room chooses, or press its number.</source>
        <translation>Noch keine Antworten für {whose} zu {aspect}. Lesen Sie eine Frage vor und klicken Sie auf die Antwort, die der Raum wählt, oder drücken Sie ihre Nummer.</translation>
    </message>
    <message numerus="yes">
        <source>{whose}: {answered} of %n question(s) answered; the answers suggest {words} ({position}).</source>
        <translation>
            <numerusform>{whose}: {answered} von %n Frage beantwortet; die Antworten sprechen für {words} ({position}).</numerusform>
            <numerusform>{whose}: {answered} von %n Fragen beantwortet; die Antworten sprechen für {words} ({position}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The card is at {words}.</source>
        <translation>Die Karte steht bei {words}.</translation>
    </message>
    <message>
        <source>The card is not placed yet.</source>
        <translation>Die Karte ist noch nicht eingeordnet.</translation>
    </message>
</context>
<context>
    <name>QrCodeView</name>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>QR-Code der Raumadresse</translation>
    </message>
</context>
<context>
    <name>QuestionStage</name>
    <message>
        <source>Guided question for the room</source>
        <translation>Leitfrage für den Raum</translation>
    </message>
    <message>
        <source>Up and Down: previous and next question; 1 to 9: choose an answer, again or 0 to clear it; P: place the team where the answers suggest; T: answers for the next team</source>
        <translation>Pfeil hoch und runter: vorherige und nächste Frage; 1 bis 9: eine Antwort wählen, erneut oder 0 hebt sie auf; P: das Team dort einordnen, wohin die Antworten weisen; T: Antworten für das nächste Team</translation>
    </message>
    <message>
        <source>Answer {number}: {answer}</source>
        <translation>Antwort {number}: {answer}</translation>
    </message>
    <message>
        <source>Question {number} of {count} · {aspect} · answers for {whose}</source>
        <translation>Frage {number} von {count} · {aspect} · Antworten für {whose}</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Answers for</source>
        <translation>Antworten für</translation>
    </message>
    <message>
        <source>Answers &amp;for:</source>
        <translation>Antworten &amp;für:</translation>
    </message>
    <message>
        <source>Suggested position</source>
        <translation>Vorgeschlagene Position</translation>
    </message>
    <message>
        <source>Place here</source>
        <translation>Hier einordnen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear every answer for this team on this aspect (Ctrl+Z brings them back)</source>
        <translation>Alle Antworten dieses Teams zu diesem Aspekt löschen (Ctrl+Z stellt sie wieder her)</translation>
    </message>
    <message>
        <source>Clear the answers</source>
        <translation>Antworten löschen</translation>
    </message>
    <message>
        <source>Show to the room</source>
        <translation>Dem Raum zeigen</translation>
    </message>
    <message>
        <source>One question at a time above the board, in large type (F8)</source>
        <translation>Eine Frage nach der anderen über dem Board, in großer Schrift (F8)</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Gesamte Organisation</translation>
    </message>
    <message>
        <source>The model asks no guided questions about {aspect}.</source>
        <translation>Das Modell stellt zu {aspect} keine Leitfragen.</translation>
    </message>
    <message>
        <source>Question {number}, {level}: {answer}</source>
        <translation>Frage {number}, {level}: {answer}</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <source>this workshop is open read-only; a room needs to store the votes</source>
        <translation>dieser Workshop ist schreibgeschützt geöffnet; ein Raum muss die Stimmen speichern können</translation>
    </message>
    <message>
        <source>The room stopped unexpectedly; open it again to go on (the votes are saved).</source>
        <translation>Der Raum wurde unerwartet beendet; öffnen Sie ihn erneut, um fortzufahren (die Stimmen sind gespeichert).</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Room: votes from phones</source>
        <translation>Raum: Abstimmung per Smartphone</translation>
    </message>
    <message>
        <source>Let the room vote from their phones</source>
        <translation>Lassen Sie den Raum per Smartphone abstimmen</translation>
    </message>
    <message>
        <source>A small web server starts on this computer, on the network you choose (the room&apos;s Wi-Fi, or this laptop&apos;s hotspot). Participants scan the QR code or type the address in their phone&apos;s browser and enter the join code: nothing to install, no account, no internet. They see only the vote you open, and every vote is saved in this workshop file.</source>
        <translation>Auf diesem Computer startet ein kleiner Webserver im Netzwerk Ihrer Wahl (dem WLAN des Raums oder dem Hotspot dieses Laptops). Die Teilnehmenden scannen den QR-Code oder geben die Adresse im Browser ihres Smartphones ein und dann den Beitrittscode: nichts zu installieren, kein Konto, kein Internet. Sie sehen nur die Abstimmung, die Sie öffnen, und jede Stimme wird in dieser Workshop-Datei gespeichert.</translation>
    </message>
    <message>
        <source>Network to open the room on</source>
        <translation>Netzwerk für den Raum</translation>
    </message>
    <message>
        <source>automatic (8765 or the next free one)</source>
        <translation>automatisch (8765 oder der nächste freie)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>List the networks again (after joining a Wi-Fi or starting a hotspot)</source>
        <translation>Netzwerke erneut auflisten (nach dem Verbinden mit einem WLAN oder dem Start eines Hotspots)</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>Raum öffnen</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Beitrittscode</translation>
    </message>
    <message>
        <source>Participants who joined</source>
        <translation>Beigetretene Teilnehmende</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>Who the vote is about</source>
        <translation>Wen die Abstimmung betrifft</translation>
    </message>
    <message>
        <source>Open vote</source>
        <translation>Abstimmung öffnen</translation>
    </message>
    <message>
        <source>Open a vote on the aspect shown on the board (closes any other)</source>
        <translation>Eine Abstimmung zum Aspekt auf dem Board öffnen (schließt jede andere)</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>Abstimmung schließen</translation>
    </message>
    <message>
        <source>Stop taking votes; they stay hidden until you reveal them</source>
        <translation>Keine Stimmen mehr annehmen; sie bleiben verborgen, bis Sie sie aufdecken</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <source>Close the vote and show its results</source>
        <translation>Abstimmung schließen und Ergebnisse zeigen</translation>
    </message>
    <message>
        <source>Clear votes</source>
        <translation>Stimmen löschen</translation>
    </message>
    <message>
        <source>Remove this vote and its votes, to run it again (Ctrl+Z undoes it)</source>
        <translation>Diese Abstimmung samt Stimmen entfernen, um sie erneut durchzuführen (Ctrl+Z macht dies rückgängig)</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Clear these votes and open the same vote afresh</source>
        <translation>Diese Stimmen löschen und dieselbe Abstimmung neu öffnen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Lowest to highest</source>
        <translation>Min. – Max.</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>Results of the vote</source>
        <translation>Ergebnisse der Abstimmung</translation>
    </message>
    <message>
        <source>Place at median</source>
        <translation>Am Median einordnen</translation>
    </message>
    <message>
        <source>Put the selected team where the votes&apos; median is (one undo step)</source>
        <translation>Das gewählte Team am Median der Stimmen einordnen (ein Schritt zum Rückgängigmachen)</translation>
    </message>
    <message>
        <source>Record disagreement</source>
        <translation>Meinungsverschiedenheit erfassen</translation>
    </message>
    <message>
        <source>Record the voters&apos; positions as the viewpoints of a disagreement</source>
        <translation>Die Positionen der Abstimmenden als Sichtweisen einer Meinungsverschiedenheit erfassen</translation>
    </message>
    <message>
        <source>Name the voters</source>
        <translation>Abstimmende nennen</translation>
    </message>
    <message>
        <source>Unticked, viewpoints are Voter 1, Voter 2…</source>
        <translation>Ohne Häkchen heißen die Sichtweisen „Voter 1“, „Voter 2“…</translation>
    </message>
    <message>
        <source> levels</source>
        <translation> Stufen</translation>
    </message>
    <message>
        <source>Spread that counts as a disagreement</source>
        <translation>Streuung, die als Meinungsverschiedenheit gilt</translation>
    </message>
    <message>
        <source>A disagreement when the votes spread more than</source>
        <translation>Meinungsverschiedenheit, wenn die Stimmen weiter streuen als</translation>
    </message>
    <message>
        <source>Join screen only</source>
        <translation>Nur Beitrittsansicht</translation>
    </message>
    <message>
        <source>Hide these controls, to show the room how to join</source>
        <translation>Diese Bedienelemente ausblenden, um dem Raum zu zeigen, wie man beitritt</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Raum schließen</translation>
    </message>
    <message>
        <source>Stop the server; the phones are told the room has closed</source>
        <translation>Server beenden; die Smartphones erfahren, dass der Raum geschlossen ist</translation>
    </message>
    <message>
        <source>Choose the network the participants are on</source>
        <translation>Netzwerk der Teilnehmenden wählen</translation>
    </message>
    <message>
        <source>Choose the network the participants&apos; phones are on.</source>
        <translation>Wählen Sie das Netzwerk, in dem die Smartphones der Teilnehmenden sind.</translation>
    </message>
    <message>
        <source>The room could not open: {error}.</source>
        <translation>Der Raum konnte nicht geöffnet werden: {error}.</translation>
    </message>
    <message>
        <source>Show an aspect on the board first.</source>
        <translation>Zeigen Sie zuerst einen Aspekt auf dem Board.</translation>
    </message>
    <message numerus="yes">
        <source>Joined: %n ({connected} connected)</source>
        <translation>
            <numerusform>Beigetreten: %n ({connected} verbunden)</numerusform>
            <numerusform>Beigetreten: %n ({connected} verbunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>On the board: {aspect}</source>
        <translation>Auf dem Board: {aspect}</translation>
    </message>
    <message>
        <source>No aspect on the board</source>
        <translation>Kein Aspekt auf dem Board</translation>
    </message>
    <message>
        <source>Every team (and the whole organisation)</source>
        <translation>Alle Teams (und die gesamte Organisation)</translation>
    </message>
    <message>
        <source>{team} only</source>
        <translation>Nur {team}</translation>
    </message>
    <message>
        <source>No vote open. Show an aspect on the board, then open a vote on it.</source>
        <translation>Keine Abstimmung offen. Zeigen Sie einen Aspekt auf dem Board und öffnen Sie dazu eine Abstimmung.</translation>
    </message>
    <message>
        <source>every team</source>
        <translation>alle Teams</translation>
    </message>
    <message>
        <source>Vote open: {aspect}, {about}. {votes} from {people}.</source>
        <translation>Abstimmung offen: {aspect}, {about}. {votes} von {people}.</translation>
    </message>
    <message>
        <source>Vote closed: {aspect}, {about}. {votes} from {people}.</source>
        <translation>Abstimmung geschlossen: {aspect}, {about}. {votes} von {people}.</translation>
    </message>
    <message>
        <source>Vote revealed: {aspect}, {about}. {votes} from {people}.</source>
        <translation>Abstimmung aufgedeckt: {aspect}, {about}. {votes} von {people}.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Gesamte Organisation</translation>
    </message>
    <message>
        <source>{spread} (wide)</source>
        <translation>{spread} (breit)</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Aspects</source>
        <translation>Aspekte</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>All teams on all aspects (Ctrl+Shift+O)</source>
        <translation>Alle Teams in allen Aspekten (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Every action, with filters (Ctrl+L)</source>
        <translation>Alle Maßnahmen, mit Filtern (Ctrl+L)</translation>
    </message>
    <message>
        <source>Read-only: {name} {note}. You can look at everything and export it.</source>
        <translation>Schreibgeschützt: {name} {note}. Sie können alles ansehen und exportieren.</translation>
    </message>
    <message>
        <source>Read-only — {reason}: {name} cannot be changed here. You can look at everything and export it.</source>
        <translation>Schreibgeschützt – {reason}: {name} kann hier nicht geändert werden. Sie können alles ansehen und exportieren.</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Dissens</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message numerus="yes">
        <source>Disagreements (%n open)</source>
        <translation>
            <numerusform>Dissens (%n offen)</numerusform>
            <numerusform>Dissens (%n offen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>Maßnahmen ({count})</translation>
    </message>
    <message>
        <source>the whole organisation</source>
        <translation>die gesamte Organisation</translation>
    </message>
    <message>
        <source>resolve disagreement on {team}</source>
        <translation>Meinungsverschiedenheit zu {team} klären</translation>
    </message>
    <message>
        <source>edit disagreement on {team}</source>
        <translation>Meinungsverschiedenheit zu {team} bearbeiten</translation>
    </message>
    <message>
        <source>edit action {title}</source>
        <translation>Maßnahme bearbeiten: {title}</translation>
    </message>
    <message>
        <source>change target of {title}</source>
        <translation>Ziel ändern: {title}</translation>
    </message>
    <message>
        <source>change title of {title}</source>
        <translation>Titel ändern: {title}</translation>
    </message>
    <message>
        <source>change owner of {title}</source>
        <translation>Verantwortlich ändern: {title}</translation>
    </message>
    <message>
        <source>change due date of {title}</source>
        <translation>Fälligkeit ändern: {title}</translation>
    </message>
    <message>
        <source>change status of {title}</source>
        <translation>Status ändern: {title}</translation>
    </message>
    <message>
        <source>mark done {title}</source>
        <translation>Als erledigt markieren: {title}</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Maßnahme löschen</translation>
    </message>
    <message>
        <source>Delete the action “{title}”?

You can undo this with Ctrl+Z.</source>
        <translation>Die Maßnahme „{title}“ löschen?

Sie können dies mit Ctrl+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>{team}: {standing}, the highest level</source>
        <translation>{team}: {standing}, die höchste Stufe</translation>
    </message>
    <message>
        <source>{team} ({standing}) is heading toward {level}</source>
        <translation>{team} ({standing}) bewegt sich in Richtung {level}</translation>
    </message>
</context>
</TS>
