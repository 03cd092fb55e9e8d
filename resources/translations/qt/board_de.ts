<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BoardAccessibility</name>
    <message>
        <source>{position} of {count}</source>
        <translation>{position} von {count}</translation>
    </message>
    <message>
        <source>not placed on {aspect}</source>
        <translation>für {aspect} nicht eingeordnet</translation>
    </message>
    <message>
        <source>{position}, {numbers}</source>
        <translation>{position}, {numbers}</translation>
    </message>
    <message>
        <source>{team} moved: {position}</source>
        <translation>{team} verschoben: {position}</translation>
    </message>
    <message>
        <source>Board: {aspect}</source>
        <translation>Board: {aspect}</translation>
    </message>
    <message numerus="yes">
        <source>{placed} of %n team(s) placed on {aspect}.</source>
        <translation>
            <numerusform>{placed} von %n Team für {aspect} eingeordnet.</numerusform>
            <numerusform>{placed} von %n Teams für {aspect} eingeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab goes through the teams; Left and Right move the selected team (with Shift, a whole level); Escape clears the selection, then Left and Right go through the levels.</source>
        <translation>Mit Tab gehen Sie durch die Teams; Pfeil links und rechts verschieben das ausgewählte Team (mit Umschalt um eine ganze Stufe); Esc hebt die Auswahl auf, danach gehen Pfeil links und rechts durch die Stufen.</translation>
    </message>
    <message>
        <source>Every team is placed on {aspect}</source>
        <translation>Alle Teams sind für {aspect} eingeordnet</translation>
    </message>
    <message numerus="yes">
        <source>Not yet placed on {aspect}: %n team(s)</source>
        <translation>
            <numerusform>Für {aspect} noch nicht eingeordnet: %n Team</numerusform>
            <numerusform>Für {aspect} noch nicht eingeordnet: %n Teams</numerusform>
        </translation>
    </message>
    <message>
        <source>{team}, {position}</source>
        <translation>{team}, {position}</translation>
    </message>
    <message>
        <source>{team}, {position}, disputed</source>
        <translation>{team}, {position}, umstritten</translation>
    </message>
    <message>
        <source>Disputed ({topic}): {viewpoints}. Enter edits the disagreement.</source>
        <translation>Umstritten ({topic}): {viewpoints}. Mit der Eingabetaste bearbeiten Sie die Meinungsverschiedenheit.</translation>
    </message>
    <message>
        <source>Disputed: {viewpoints}. Enter edits the disagreement.</source>
        <translation>Umstritten: {viewpoints}. Mit der Eingabetaste bearbeiten Sie die Meinungsverschiedenheit.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) on {aspect}.</source>
        <translation>
            <numerusform>%n Maßnahme zu {aspect}.</numerusform>
            <numerusform>%n Maßnahmen zu {aspect}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Noch keine Maßnahmen.</translation>
    </message>
    <message>
        <source>{team} ({position})</source>
        <translation>{team} ({position})</translation>
    </message>
    <message>
        <source>Here: {teams}.</source>
        <translation>Hier: {teams}.</translation>
    </message>
    <message>
        <source>No team here.</source>
        <translation>Kein Team hier.</translation>
    </message>
    <message>
        <source>Level {number} of {count}.</source>
        <translation>Stufe {number} von {count}.</translation>
    </message>
    <message>
        <source>{level}: {label}</source>
        <translation>{level}: {label}</translation>
    </message>
    <message>
        <source>no topic</source>
        <translation>kein Thema</translation>
    </message>
    <message>
        <source>Disagreement on the whole organisation: {topic}</source>
        <translation>Meinungsverschiedenheit zur ganzen Organisation: {topic}</translation>
    </message>
    <message>
        <source>Disagreement on {team}: {topic}</source>
        <translation>Meinungsverschiedenheit zu {team}: {topic}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>{holder} argues {position} because {reason}</source>
        <translation>{holder} vertritt {position} (Begründung: {reason})</translation>
    </message>
    <message>
        <source>{holder} argues {position}</source>
        <translation>{holder} vertritt {position}</translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <source>Organisation: {topic}</source>
        <translation>Organisation: {topic}</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>umstritten</translation>
    </message>
    <message>
        <source>Not yet placed on {aspect} — drag a team onto the continuum</source>
        <translation>Für {aspect} noch nicht eingeordnet – ziehen Sie ein Team auf das Kontinuum</translation>
    </message>
    <message>
        <source>Not yet placed on {aspect}</source>
        <translation>Für {aspect} noch nicht eingeordnet</translation>
    </message>
    <message>
        <source>Every team is placed on {aspect}</source>
        <translation>Alle Teams sind für {aspect} eingeordnet</translation>
    </message>
    <message>
        <source>Argued: {position}</source>
        <translation>Sichtweise: {position}</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
</context>
<context>
    <name>BoardVotes</name>
    <message>
        <source>{team} is at the votes&apos; median already.</source>
        <translation>{team} steht bereits am Median der Stimmen.</translation>
    </message>
    <message>
        <source>The votes spread {spread} levels, not more than {threshold}: no disagreement to record.</source>
        <translation>Die Stimmen streuen über {spread} Stufen, nicht mehr als {threshold}: Es gibt keine Meinungsverschiedenheit zu erfassen.</translation>
    </message>
    <message>
        <source>Show an aspect on the board first.</source>
        <translation>Zeigen Sie zuerst einen Aspekt auf dem Board.</translation>
    </message>
    <message>
        <source>Select a team first: click its card or its votes, or press Tab.</source>
        <translation>Wählen Sie zuerst ein Team: Klicken Sie auf seine Karte oder seine Stimmen, oder drücken Sie Tab.</translation>
    </message>
    <message>
        <source>No revealed votes on the whole organisation here: open a vote in the room panel (Ctrl+R), then reveal it.</source>
        <translation>Hier gibt es keine aufgedeckten Stimmen zur ganzen Organisation: Öffnen Sie eine Abstimmung im Raumbereich (Ctrl+R) und decken Sie sie dann auf.</translation>
    </message>
    <message>
        <source>No revealed votes on {team} here: open a vote in the room panel (Ctrl+R), then reveal it.</source>
        <translation>Hier gibt es keine aufgedeckten Stimmen zu {team}: Öffnen Sie eine Abstimmung im Raumbereich (Ctrl+R) und decken Sie sie dann auf.</translation>
    </message>
    <message>
        <source>At the votes&apos; median already ({position})</source>
        <translation>Bereits am Median der Stimmen ({position})</translation>
    </message>
    <message>
        <source>Place at the votes&apos; median ({position})</source>
        <translation>Am Median der Stimmen einordnen ({position})</translation>
    </message>
    <message>
        <source>Record disagreement from the votes, naming the voters</source>
        <translation>Meinungsverschiedenheit aus den Stimmen erfassen, mit Namen der Abstimmenden</translation>
    </message>
    <message>
        <source>Record disagreement from the votes (spread {spread} levels)</source>
        <translation>Meinungsverschiedenheit aus den Stimmen erfassen (Streuung {spread} Stufen)</translation>
    </message>
</context>
<context>
    <name>DisagreementBand</name>
    <message>
        <source>no topic</source>
        <translation>kein Thema</translation>
    </message>
    <message>
        <source>Disagreement on {team}: {topic}</source>
        <translation>Meinungsverschiedenheit zu {team}: {topic}</translation>
    </message>
    <message>
        <source>Disagreement (whole organisation): {topic}</source>
        <translation>Meinungsverschiedenheit (ganze Organisation): {topic}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>• {holder}: {position} — {reason}</source>
        <translation>• {holder}: {position} – {reason}</translation>
    </message>
    <message>
        <source>• {holder}: {position}</source>
        <translation>• {holder}: {position}</translation>
    </message>
    <message>
        <source>Double-click to edit.</source>
        <translation>Doppelklick zum Bearbeiten.</translation>
    </message>
</context>
<context>
    <name>LevelColumn</name>
    <message>
        <source>{level}: {label}
{summary}</source>
        <translation>{level}: {label}
{summary}</translation>
    </message>
</context>
<context>
    <name>LevelDetailPanel</name>
    <message>
        <source>Level detail</source>
        <translation>Stufendetails</translation>
    </message>
    <message>
        <source>Point at a level, or select a team, to read that level here.</source>
        <translation>Zeigen Sie auf eine Stufe oder wählen Sie ein Team, um diese Stufe hier zu lesen.</translation>
    </message>
    <message>
        <source>+ action</source>
        <translation>+ Maßnahme</translation>
    </message>
    <message>
        <source>{aspect} · Level {number} of {count}</source>
        <translation>{aspect} · Stufe {number} von {count}</translation>
    </message>
    <message>
        <source>{level}: {label}</source>
        <translation>{level}: {label}</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Example scenarios</source>
        <translation>Beispielszenarien</translation>
    </message>
    <message>
        <source>{topic}:</source>
        <translation>{topic}:</translation>
    </message>
    <message>
        <source>+ action: add a draft action toward {level}: {characteristic}</source>
        <translation>+ Maßnahme: einen Maßnahmenentwurf in Richtung {level} anlegen: {characteristic}</translation>
    </message>
</context>
<context>
    <name>OverviewTable</name>
    <message>
        <source>Overview of all teams and aspects</source>
        <translation>Übersicht aller Teams und Aspekte</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>nicht eingeordnet</translation>
    </message>
    <message>
        <source>{team} — {aspect}: not placed</source>
        <translation>{team} – {aspect}: nicht eingeordnet</translation>
    </message>
    <message>
        <source>its own</source>
        <translation>eigenes</translation>
    </message>
    <message>
        <source>the organisation&apos;s</source>
        <translation>das der Organisation</translation>
    </message>
    <message>
        <source>{distance} levels to go</source>
        <translation>noch {distance} Stufen</translation>
    </message>
    <message>
        <source>; target {position} ({whose}), {to_go}</source>
        <translation>; Ziel {position} ({whose}), {to_go}</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>, heading toward {level}</source>
        <translation>, in Richtung {level}</translation>
    </message>
    <message>
        <source>; last time {position}</source>
        <translation>; letztes Mal {position}</translation>
    </message>
    <message>
        <source>{team} — {aspect}: {position}</source>
        <translation>{team} – {aspect}: {position}</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>The organisation&apos;s target on each aspect</source>
        <translation>Das Ziel der Organisation für jeden Aspekt</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>the format of a target&apos;s month (QDate)</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>{position} by {date}</source>
        <translation>{position} bis {date}</translation>
    </message>
    <message>
        <source>The organisation&apos;s target on {aspect}: {target}</source>
        <translation>Ziel der Organisation für {aspect}: {target}</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= gleich</translation>
    </message>
    <message>
        <source>new</source>
        <comment>a team placed for the first time</comment>
        <translation>neu</translation>
    </message>
    <message>
        <source>was placed</source>
        <translation>war eingeordnet</translation>
    </message>
</context>
<context>
    <name>PositionEdit</name>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>between Operational and Scalable</source>
        <comment>the longest position in words: room for it</comment>
        <translation>zwischen Operativ und Skalierbar</translation>
    </message>
    <message>
        <source>{prefix}: {position}</source>
        <translation>{prefix}: {position}</translation>
    </message>
    <message>
        <source>{position} ({number} in level units)</source>
        <translation>{position} ({number} in Stufen gemessen)</translation>
    </message>
</context>
<context>
    <name>PreviousPositionsLayer</name>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); not placed yet this time</source>
        <translation>{team} bei {aspect}, {when}: {before} ({before_number}); diesmal noch nicht eingeordnet</translation>
    </message>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): stayed</source>
        <translation>{team} bei {aspect}, {when}: {before} ({before_number}); jetzt {now} ({now_number}): unverändert</translation>
    </message>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): moved up {amount} levels</source>
        <translation>{team} bei {aspect}, {when}: {before} ({before_number}); jetzt {now} ({now_number}): um {amount} Stufen aufgestiegen</translation>
    </message>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): moved down {amount} levels</source>
        <translation>{team} bei {aspect}, {when}: {before} ({before_number}); jetzt {now} ({now_number}): um {amount} Stufen abgestiegen</translation>
    </message>
</context>
<context>
    <name>SuggestionLayer</name>
    <message>
        <source>Answers for {whose} suggest {position} ({answered} of {asked} answered)</source>
        <translation>Die Antworten für {whose} deuten auf {position} ({answered} von {asked} beantwortet)</translation>
    </message>
    <message>
        <source>Answers suggest {position} ({answered} of {asked} answered)</source>
        <translation>Antworten deuten auf {position} ({answered} von {asked} beantwortet)</translation>
    </message>
    <message>
        <source>Answers suggest {position}</source>
        <translation>Antworten deuten auf {position}</translation>
    </message>
    <message>
        <source>Answers: {position}</source>
        <translation>Antworten: {position}</translation>
    </message>
    <message>
        <source>Place here</source>
        <translation>Hier einordnen</translation>
    </message>
    <message>
        <source>Place here (the Questions tab, or P on the question stage) moves the card there</source>
        <translation>„Hier einordnen“ (im Tab „Fragen“ oder mit P in der Fragenansicht) verschiebt die Karte dorthin</translation>
    </message>
</context>
<context>
    <name>TargetMarker</name>
    <message>
        <source>Drag to set a target</source>
        <translation>Ziehen, um ein Ziel zu setzen</translation>
    </message>
    <message>
        <source>Target: {position} · by {date}</source>
        <translation>Ziel: {position} · bis {date}</translation>
    </message>
    <message>
        <source>Target: {position}</source>
        <translation>Ziel: {position}</translation>
    </message>
    <message>
        <source>target {position}</source>
        <translation>Ziel {position}</translation>
    </message>
    <message>
        <source>{distance} to go</source>
        <translation>noch {distance}</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>the format of a target&apos;s date (QDate)</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>the organisation&apos;s target</source>
        <translation>das Ziel der Organisation</translation>
    </message>
    <message>
        <source>its own target</source>
        <translation>ein eigenes Ziel</translation>
    </message>
    <message>
        <source>{team}: {whose}, {position} by {date} ({label})</source>
        <translation>{team}: {whose}, {position} bis {date} ({label})</translation>
    </message>
    <message>
        <source>{team}: {whose}, {position} ({label})</source>
        <translation>{team}: {whose}, {position} ({label})</translation>
    </message>
    <message>
        <source>No target on {aspect} yet: drag the flag onto the continuum, or press Ctrl+Shift+T.</source>
        <translation>Noch kein Ziel für {aspect}: Ziehen Sie die Fahne auf das Kontinuum oder drücken Sie Ctrl+Shift+T.</translation>
    </message>
    <message>
        <source>{target}. Drag it, or click it and use Left and Right; Delete removes it, Enter edits it.</source>
        <translation>{target}. Ziehen Sie es, oder klicken Sie darauf und nutzen Sie Pfeil links und rechts; Entf entfernt es, die Eingabetaste bearbeitet es.</translation>
    </message>
</context>
<context>
    <name>TeamCard</name>
    <message>
        <source>{team}: not placed</source>
        <translation>{team}: nicht eingeordnet</translation>
    </message>
    <message>
        <source>{team}: {position}, heading toward {level}</source>
        <translation>{team}: {position}, in Richtung {level}</translation>
    </message>
    <message>
        <source>{team}: {position}</source>
        <translation>{team}: {position}</translation>
    </message>
</context>
<context>
    <name>VotesLayer</name>
    <message numerus="yes">
        <source>and %n more team(s) voted on: the room panel (Ctrl+R) lists them all</source>
        <translation>
            <numerusform>und %n weiteres Team mit Stimmen: Der Raumbereich (Ctrl+R) listet alle auf</numerusform>
            <numerusform>und %n weitere Teams mit Stimmen: Der Raumbereich (Ctrl+R) listet alle auf</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Ganze Organisation</translation>
    </message>
    <message>
        <source>{team}: median {position}, spread {spread}</source>
        <translation>{team}: Median {position}, Streuung {spread}</translation>
    </message>
    <message>
        <source>{team}: median {position}</source>
        <translation>{team}: Median {position}</translation>
    </message>
    <message numerus="yes">
        <source>{team}: %n vote(s), median {median}, from {lowest} to {highest}; they spread {spread}, wider than the threshold</source>
        <translation>
            <numerusform>{team}: %n Stimme, Median {median}, von {lowest} bis {highest}; Streuung {spread}, breiter als der Schwellenwert</numerusform>
            <numerusform>{team}: %n Stimmen, Median {median}, von {lowest} bis {highest}; Streuung {spread}, breiter als der Schwellenwert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{team}: %n vote(s), median {median}, from {lowest} to {highest}</source>
        <translation>
            <numerusform>{team}: %n Stimme, Median {median}, von {lowest} bis {highest}</numerusform>
            <numerusform>{team}: %n Stimmen, Median {median}, von {lowest} bis {highest}</numerusform>
        </translation>
    </message>
    <message>
        <source>1 level</source>
        <translation>1 Stufe</translation>
    </message>
    <message>
        <source>{levels} levels</source>
        <translation>{levels} Stufen</translation>
    </message>
    <message>
        <source>{aspect}, {team} only</source>
        <translation>{aspect}, nur {team}</translation>
    </message>
    <message>
        <source>no votes</source>
        <translation>keine Stimmen</translation>
    </message>
    <message>
        <source>{votes} from {people}</source>
        <translation>{votes} von {people}</translation>
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
        <source>Vote open on {about}: no votes yet; they stay hidden until revealed</source>
        <translation>Abstimmung zu {about} offen: noch keine Stimmen; sie bleiben bis zum Aufdecken verborgen</translation>
    </message>
    <message>
        <source>Vote open on {about}: {votes} so far, hidden until revealed</source>
        <translation>Abstimmung zu {about} offen: bisher {votes}, verborgen bis zum Aufdecken</translation>
    </message>
    <message>
        <source>Vote closed on {about}: {votes}, hidden until revealed</source>
        <translation>Abstimmung zu {about} geschlossen: {votes}, verborgen bis zum Aufdecken</translation>
    </message>
    <message>
        <source>The room&apos;s votes on {about}: {votes}; the bar marks each median</source>
        <translation>Die Stimmen des Raums zu {about}: {votes}; der Balken markiert jeweils den Median</translation>
    </message>
</context>
</TS>
