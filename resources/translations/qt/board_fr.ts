<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BoardAccessibility</name>
    <message>
        <source>{position} of {count}</source>
        <translation>{position} sur {count}</translation>
    </message>
    <message>
        <source>not placed on {aspect}</source>
        <translation>non positionnée pour {aspect}</translation>
    </message>
    <message>
        <source>{position}, {numbers}</source>
        <translation>{position}, {numbers}</translation>
    </message>
    <message>
        <source>{team} moved: {position}</source>
        <translation>{team} déplacée&#xa0;: {position}</translation>
    </message>
    <message>
        <source>Board: {aspect}</source>
        <translation>Tableau&#xa0;: {aspect}</translation>
    </message>
    <message numerus="yes">
        <source>{placed} of %n team(s) placed on {aspect}.</source>
        <translation>
            <numerusform>{placed} sur %n équipe positionnée pour {aspect}.</numerusform>
            <numerusform>{placed} sur %n équipes positionnées pour {aspect}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab goes through the teams; Left and Right move the selected team (with Shift, a whole level); Escape clears the selection, then Left and Right go through the levels.</source>
        <translation>Tab parcourt les équipes&#xa0;; Gauche et Droite déplacent l&apos;équipe sélectionnée (avec Maj, d&apos;un niveau entier)&#xa0;; Échap annule la sélection, puis Gauche et Droite parcourent les niveaux.</translation>
    </message>
    <message>
        <source>Every team is placed on {aspect}</source>
        <translation>Toutes les équipes sont positionnées pour {aspect}</translation>
    </message>
    <message numerus="yes">
        <source>Not yet placed on {aspect}: %n team(s)</source>
        <translation>
            <numerusform>Pas encore positionnée pour {aspect}&#xa0;: %n équipe</numerusform>
            <numerusform>Pas encore positionnées pour {aspect}&#xa0;: %n équipes</numerusform>
        </translation>
    </message>
    <message>
        <source>{team}, {position}</source>
        <translation>{team}, {position}</translation>
    </message>
    <message>
        <source>{team}, {position}, disputed</source>
        <translation>{team}, {position}, en désaccord</translation>
    </message>
    <message>
        <source>Disputed ({topic}): {viewpoints}. Enter edits the disagreement.</source>
        <translation>Désaccord ({topic})&#xa0;: {viewpoints}. Entrée permet de modifier le désaccord.</translation>
    </message>
    <message>
        <source>Disputed: {viewpoints}. Enter edits the disagreement.</source>
        <translation>Désaccord&#xa0;: {viewpoints}. Entrée permet de modifier le désaccord.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) on {aspect}.</source>
        <translation>
            <numerusform>%n action pour {aspect}.</numerusform>
            <numerusform>%n actions pour {aspect}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Aucune action pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{team} ({position})</source>
        <translation>{team} ({position})</translation>
    </message>
    <message>
        <source>Here: {teams}.</source>
        <translation>Ici&#xa0;: {teams}.</translation>
    </message>
    <message>
        <source>No team here.</source>
        <translation>Aucune équipe ici.</translation>
    </message>
    <message>
        <source>Level {number} of {count}.</source>
        <translation>Niveau {number} sur {count}.</translation>
    </message>
    <message>
        <source>{level}: {label}</source>
        <translation>{level}&#xa0;: {label}</translation>
    </message>
    <message>
        <source>no topic</source>
        <translation>sans thème</translation>
    </message>
    <message>
        <source>Disagreement on the whole organisation: {topic}</source>
        <translation>Désaccord sur l&apos;ensemble de l&apos;organisation&#xa0;: {topic}</translation>
    </message>
    <message>
        <source>Disagreement on {team}: {topic}</source>
        <translation>Désaccord sur {team}&#xa0;: {topic}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>{holder} argues {position} because {reason}</source>
        <translation>{holder} défend {position} (motif&#xa0;: {reason})</translation>
    </message>
    <message>
        <source>{holder} argues {position}</source>
        <translation>{holder} défend {position}</translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <source>Organisation: {topic}</source>
        <translation>Organisation&#xa0;: {topic}</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>désaccord</translation>
    </message>
    <message>
        <source>Not yet placed on {aspect} — drag a team onto the continuum</source>
        <translation>Pas encore positionnées pour {aspect} — faites glisser une équipe sur le continuum</translation>
    </message>
    <message>
        <source>Not yet placed on {aspect}</source>
        <translation>Pas encore positionnées pour {aspect}</translation>
    </message>
    <message>
        <source>Every team is placed on {aspect}</source>
        <translation>Toutes les équipes sont positionnées pour {aspect}</translation>
    </message>
    <message>
        <source>Argued: {position}</source>
        <translation>Point de vue&#xa0;: {position}</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
</context>
<context>
    <name>BoardVotes</name>
    <message>
        <source>{team} is at the votes&apos; median already.</source>
        <translation>{team} est déjà à la médiane des votes.</translation>
    </message>
    <message>
        <source>The votes spread {spread} levels, not more than {threshold}: no disagreement to record.</source>
        <translation>Les votes s&apos;étendent sur {spread} niveaux, pas plus de {threshold}&#xa0;: aucun désaccord à enregistrer.</translation>
    </message>
    <message>
        <source>Show an aspect on the board first.</source>
        <translation>Affichez d&apos;abord un aspect sur le tableau.</translation>
    </message>
    <message>
        <source>Select a team first: click its card or its votes, or press Tab.</source>
        <translation>Sélectionnez d&apos;abord une équipe&#xa0;: cliquez sur sa carte ou sur ses votes, ou appuyez sur Tab.</translation>
    </message>
    <message>
        <source>No revealed votes on the whole organisation here: open a vote in the room panel (Ctrl+R), then reveal it.</source>
        <translation>Aucun vote révélé ici sur l&apos;ensemble de l&apos;organisation&#xa0;: ouvrez un vote dans le panneau de la salle (Ctrl+R), puis révélez-le.</translation>
    </message>
    <message>
        <source>No revealed votes on {team} here: open a vote in the room panel (Ctrl+R), then reveal it.</source>
        <translation>Aucun vote révélé ici sur {team}&#xa0;: ouvrez un vote dans le panneau de la salle (Ctrl+R), puis révélez-le.</translation>
    </message>
    <message>
        <source>At the votes&apos; median already ({position})</source>
        <translation>Déjà à la médiane des votes ({position})</translation>
    </message>
    <message>
        <source>Place at the votes&apos; median ({position})</source>
        <translation>Positionner à la médiane des votes ({position})</translation>
    </message>
    <message>
        <source>Record disagreement from the votes, naming the voters</source>
        <translation>Enregistrer le désaccord issu des votes, en nommant les votants</translation>
    </message>
    <message>
        <source>Record disagreement from the votes (spread {spread} levels)</source>
        <translation>Enregistrer le désaccord issu des votes (écart de {spread} niveaux)</translation>
    </message>
</context>
<context>
    <name>DisagreementBand</name>
    <message>
        <source>no topic</source>
        <translation>sans thème</translation>
    </message>
    <message>
        <source>Disagreement on {team}: {topic}</source>
        <translation>Désaccord sur {team}&#xa0;: {topic}</translation>
    </message>
    <message>
        <source>Disagreement (whole organisation): {topic}</source>
        <translation>Désaccord (toute l&apos;organisation)&#xa0;: {topic}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>• {holder}: {position} — {reason}</source>
        <translation>• {holder}&#xa0;: {position} — {reason}</translation>
    </message>
    <message>
        <source>• {holder}: {position}</source>
        <translation>• {holder}&#xa0;: {position}</translation>
    </message>
    <message>
        <source>Double-click to edit.</source>
        <translation>Double-cliquez pour modifier.</translation>
    </message>
</context>
<context>
    <name>LevelColumn</name>
    <message>
        <source>{level}: {label}
{summary}</source>
        <translation>{level}&#xa0;: {label}
{summary}</translation>
    </message>
</context>
<context>
    <name>LevelDetailPanel</name>
    <message>
        <source>Level detail</source>
        <translation>Détail du niveau</translation>
    </message>
    <message>
        <source>Point at a level, or select a team, to read that level here.</source>
        <translation>Pointez un niveau ou sélectionnez une équipe pour lire ce niveau ici.</translation>
    </message>
    <message>
        <source>+ action</source>
        <translation>+ action</translation>
    </message>
    <message>
        <source>{aspect} · Level {number} of {count}</source>
        <translation>{aspect} · Niveau {number} sur {count}</translation>
    </message>
    <message>
        <source>{level}: {label}</source>
        <translation>{level}&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>Caractéristiques</translation>
    </message>
    <message>
        <source>Example scenarios</source>
        <translation>Exemples de scénarios</translation>
    </message>
    <message>
        <source>{topic}:</source>
        <translation>{topic}&#xa0;:</translation>
    </message>
    <message>
        <source>+ action: add a draft action toward {level}: {characteristic}</source>
        <translation>+ action&#xa0;: ajouter un projet d&apos;action vers {level}&#xa0;: {characteristic}</translation>
    </message>
</context>
<context>
    <name>OverviewTable</name>
    <message>
        <source>Overview of all teams and aspects</source>
        <translation>Vue d&apos;ensemble de toutes les équipes et de tous les aspects</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>non positionnée</translation>
    </message>
    <message>
        <source>{team} — {aspect}: not placed</source>
        <translation>{team} — {aspect}&#xa0;: non positionnée</translation>
    </message>
    <message>
        <source>its own</source>
        <translation>la sienne</translation>
    </message>
    <message>
        <source>the organisation&apos;s</source>
        <translation>celle de l&apos;organisation</translation>
    </message>
    <message>
        <source>{distance} levels to go</source>
        <translation>encore {distance} niveaux</translation>
    </message>
    <message>
        <source>; target {position} ({whose}), {to_go}</source>
        <translation>&#xa0;; cible {position} ({whose}), {to_go}</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atteinte</translation>
    </message>
    <message>
        <source>, heading toward {level}</source>
        <translation>, en route vers {level}</translation>
    </message>
    <message>
        <source>; last time {position}</source>
        <translation>&#xa0;; la dernière fois {position}</translation>
    </message>
    <message>
        <source>{team} — {aspect}: {position}</source>
        <translation>{team} — {aspect}&#xa0;: {position}</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>The organisation&apos;s target on each aspect</source>
        <translation>La cible de l&apos;organisation pour chaque aspect</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>aucune cible</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>the format of a target&apos;s month (QDate)</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>{position} by {date}</source>
        <translation>{position} d&apos;ici {date}</translation>
    </message>
    <message>
        <source>The organisation&apos;s target on {aspect}: {target}</source>
        <translation>Cible de l&apos;organisation pour {aspect}&#xa0;: {target}</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= identique</translation>
    </message>
    <message>
        <source>new</source>
        <comment>a team placed for the first time</comment>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>was placed</source>
        <translation>était positionnée</translation>
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
        <translation>entre Opérationnel et Évolutif</translation>
    </message>
    <message>
        <source>{prefix}: {position}</source>
        <translation>{prefix}&#xa0;: {position}</translation>
    </message>
    <message>
        <source>{position} ({number} in level units)</source>
        <translation>{position} ({number} en unités de niveau)</translation>
    </message>
</context>
<context>
    <name>PreviousPositionsLayer</name>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); not placed yet this time</source>
        <translation>{team} pour {aspect}, {when}&#xa0;: {before} ({before_number})&#xa0;; pas encore positionnée cette fois</translation>
    </message>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): stayed</source>
        <translation>{team} pour {aspect}, {when}&#xa0;: {before} ({before_number})&#xa0;; maintenant {now} ({now_number})&#xa0;: inchangée</translation>
    </message>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): moved up {amount} levels</source>
        <translation>{team} pour {aspect}, {when}&#xa0;: {before} ({before_number})&#xa0;; maintenant {now} ({now_number})&#xa0;: montée de {amount} niveaux</translation>
    </message>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): moved down {amount} levels</source>
        <translation>{team} pour {aspect}, {when}&#xa0;: {before} ({before_number})&#xa0;; maintenant {now} ({now_number})&#xa0;: descendue de {amount} niveaux</translation>
    </message>
</context>
<context>
    <name>SuggestionLayer</name>
    <message>
        <source>Answers for {whose} suggest {position} ({answered} of {asked} answered)</source>
        <translation>Les réponses de {whose} indiquent {position} ({answered} sur {asked} répondues)</translation>
    </message>
    <message>
        <source>Answers suggest {position} ({answered} of {asked} answered)</source>
        <translation>Les réponses indiquent {position} ({answered} sur {asked} répondues)</translation>
    </message>
    <message>
        <source>Answers suggest {position}</source>
        <translation>Les réponses indiquent {position}</translation>
    </message>
    <message>
        <source>Answers: {position}</source>
        <translation>Réponses&#xa0;: {position}</translation>
    </message>
    <message>
        <source>Place here</source>
        <translation>Positionner ici</translation>
    </message>
    <message>
        <source>Place here (the Questions tab, or P on the question stage) moves the card there</source>
        <translation>« Positionner ici » (l&apos;onglet Questions, ou P sur la scène des questions) déplace la carte à cet endroit</translation>
    </message>
</context>
<context>
    <name>TargetMarker</name>
    <message>
        <source>Drag to set a target</source>
        <translation>Faites glisser pour fixer une cible</translation>
    </message>
    <message>
        <source>Target: {position} · by {date}</source>
        <translation>Cible&#xa0;: {position} · d&apos;ici le {date}</translation>
    </message>
    <message>
        <source>Target: {position}</source>
        <translation>Cible&#xa0;: {position}</translation>
    </message>
    <message>
        <source>target {position}</source>
        <translation>cible {position}</translation>
    </message>
    <message>
        <source>{distance} to go</source>
        <translation>encore {distance}</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atteinte</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>the format of a target&apos;s date (QDate)</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>the organisation&apos;s target</source>
        <translation>la cible de l&apos;organisation</translation>
    </message>
    <message>
        <source>its own target</source>
        <translation>sa propre cible</translation>
    </message>
    <message>
        <source>{team}: {whose}, {position} by {date} ({label})</source>
        <translation>{team}&#xa0;: {whose}, {position} d&apos;ici le {date} ({label})</translation>
    </message>
    <message>
        <source>{team}: {whose}, {position} ({label})</source>
        <translation>{team}&#xa0;: {whose}, {position} ({label})</translation>
    </message>
    <message>
        <source>No target on {aspect} yet: drag the flag onto the continuum, or press Ctrl+Shift+T.</source>
        <translation>Pas encore de cible pour {aspect}&#xa0;: faites glisser le drapeau sur le continuum, ou appuyez sur Ctrl+Shift+T.</translation>
    </message>
    <message>
        <source>{target}. Drag it, or click it and use Left and Right; Delete removes it, Enter edits it.</source>
        <translation>{target}. Faites-la glisser, ou cliquez dessus et utilisez Gauche et Droite&#xa0;; Suppr la supprime, Entrée la modifie.</translation>
    </message>
</context>
<context>
    <name>TeamCard</name>
    <message>
        <source>{team}: not placed</source>
        <translation>{team}&#xa0;: non positionnée</translation>
    </message>
    <message>
        <source>{team}: {position}, heading toward {level}</source>
        <translation>{team}&#xa0;: {position}, en route vers {level}</translation>
    </message>
    <message>
        <source>{team}: {position}</source>
        <translation>{team}&#xa0;: {position}</translation>
    </message>
</context>
<context>
    <name>VotesLayer</name>
    <message numerus="yes">
        <source>and %n more team(s) voted on: the room panel (Ctrl+R) lists them all</source>
        <translation>
            <numerusform>et %n autre équipe a reçu des votes&#xa0;: le panneau de la salle (Ctrl+R) les liste toutes</numerusform>
            <numerusform>et %n autres équipes ont reçu des votes&#xa0;: le panneau de la salle (Ctrl+R) les liste toutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toute l&apos;organisation</translation>
    </message>
    <message>
        <source>{team}: median {position}, spread {spread}</source>
        <translation>{team}&#xa0;: médiane {position}, écart {spread}</translation>
    </message>
    <message>
        <source>{team}: median {position}</source>
        <translation>{team}&#xa0;: médiane {position}</translation>
    </message>
    <message numerus="yes">
        <source>{team}: %n vote(s), median {median}, from {lowest} to {highest}; they spread {spread}, wider than the threshold</source>
        <translation>
            <numerusform>{team}&#xa0;: %n vote, médiane {median}, de {lowest} à {highest}&#xa0;; écart de {spread}, au-delà du seuil</numerusform>
            <numerusform>{team}&#xa0;: %n votes, médiane {median}, de {lowest} à {highest}&#xa0;; écart de {spread}, au-delà du seuil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{team}: %n vote(s), median {median}, from {lowest} to {highest}</source>
        <translation>
            <numerusform>{team}&#xa0;: %n vote, médiane {median}, de {lowest} à {highest}</numerusform>
            <numerusform>{team}&#xa0;: %n votes, médiane {median}, de {lowest} à {highest}</numerusform>
        </translation>
    </message>
    <message>
        <source>1 level</source>
        <translation>1 niveau</translation>
    </message>
    <message>
        <source>{levels} levels</source>
        <translation>{levels} niveaux</translation>
    </message>
    <message>
        <source>{aspect}, {team} only</source>
        <translation>{aspect}, {team} uniquement</translation>
    </message>
    <message>
        <source>no votes</source>
        <translation>aucun vote</translation>
    </message>
    <message>
        <source>{votes} from {people}</source>
        <translation>{votes} de {people}</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote open on {about}: no votes yet; they stay hidden until revealed</source>
        <translation>Vote ouvert sur {about}&#xa0;: aucun vote pour l&apos;instant&#xa0;; ils restent masqués jusqu&apos;à leur révélation</translation>
    </message>
    <message>
        <source>Vote open on {about}: {votes} so far, hidden until revealed</source>
        <translation>Vote ouvert sur {about}&#xa0;: {votes} jusqu&apos;ici, masqués jusqu&apos;à leur révélation</translation>
    </message>
    <message>
        <source>Vote closed on {about}: {votes}, hidden until revealed</source>
        <translation>Vote clos sur {about}&#xa0;: {votes}, masqués jusqu&apos;à leur révélation</translation>
    </message>
    <message>
        <source>The room&apos;s votes on {about}: {votes}; the bar marks each median</source>
        <translation>Les votes de la salle sur {about}&#xa0;: {votes}&#xa0;; la barre marque chaque médiane</translation>
    </message>
</context>
</TS>
