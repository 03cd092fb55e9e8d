<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionStatus</name>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>convenue</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Organisation entière</translation>
    </message>
</context>
<context>
    <name>AllActionsView</name>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Filter by aspect</source>
        <translation>Filtrer par aspect</translation>
    </message>
    <message>
        <source>All aspects</source>
        <translation>Tous les aspects</translation>
    </message>
    <message>
        <source>Filter by team</source>
        <translation>Filtrer par équipe</translation>
    </message>
    <message>
        <source>Owner contains…</source>
        <translation>Le responsable contient…</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrer par responsable</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;Aspect</source>
        <translation>As&amp;pect</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>button: mark the action done</comment>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Organisation entière</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n action(s)</source>
        <translation>
            <numerusform>{shown} sur %n action</numerusform>
            <numerusform>{shown} sur %n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerButton</name>
    <message>
        <source>Answer {number}; press {number} to choose it</source>
        <translation>Réponse {number}&#xa0;; appuyez sur {number} pour la choisir</translation>
    </message>
    <message>
        <source>{level} (key {number})</source>
        <translation>{level} (touche {number})</translation>
    </message>
    <message>
        <source>Key {number}</source>
        <translation>Touche {number}</translation>
    </message>
</context>
<context>
    <name>GuidedQuestions</name>
    <message>
        <source>Whole organisation</source>
        <translation>Organisation entière</translation>
    </message>
    <message>
        <source>Questions ({answered}/{asked})</source>
        <translation>Questions ({answered}/{asked})</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>No answers yet for {whose} on {aspect}. Read a question out; click the answer the room chooses, or press its number.</source>
        <translation>Pas encore de réponse pour {whose} sur {aspect}. Lisez une question à voix haute, puis cliquez sur la réponse choisie par la salle ou appuyez sur son numéro.</translation>
    </message>
    <message numerus="yes">
        <source>{whose}: {answered} of %n question(s) answered; the answers suggest {words} ({position}).</source>
        <translation>
            <numerusform>{whose}&#xa0;: %n question, {answered} avec réponse&#xa0;; les réponses indiquent {words} ({position}).</numerusform>
            <numerusform>{whose}&#xa0;: %n questions, {answered} avec réponse&#xa0;; les réponses indiquent {words} ({position}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The card is at {words}.</source>
        <translation>La carte est à {words}.</translation>
    </message>
    <message>
        <source>The card is not placed yet.</source>
        <translation>La carte n’est pas encore positionnée.</translation>
    </message>
</context>
<context>
    <name>QrCodeView</name>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>Code QR de l’adresse de la salle</translation>
    </message>
</context>
<context>
    <name>QuestionStage</name>
    <message>
        <source>Guided question for the room</source>
        <translation>Question guidée pour la salle</translation>
    </message>
    <message>
        <source>Up and Down: previous and next question; 1 to 9: choose an answer, again or 0 to clear it; P: place the team where the answers suggest; T: answers for the next team</source>
        <translation>Haut et Bas&#xa0;: question précédente et suivante&#xa0;; 1 à 9&#xa0;: choisir une réponse, de nouveau ou 0 pour l’effacer&#xa0;; P&#xa0;: positionner l’équipe là où les réponses l’indiquent&#xa0;; T&#xa0;: réponses de l’équipe suivante</translation>
    </message>
    <message>
        <source>Answer {number}: {answer}</source>
        <translation>Réponse {number}&#xa0;: {answer}</translation>
    </message>
    <message>
        <source>Question {number} of {count} · {aspect} · answers for {whose}</source>
        <translation>Question {number} sur {count} · {aspect} · réponses pour {whose}</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Answers for</source>
        <translation>Réponses pour</translation>
    </message>
    <message>
        <source>Answers &amp;for:</source>
        <translation>Réponses &amp;pour&#xa0;:</translation>
    </message>
    <message>
        <source>Suggested position</source>
        <translation>Position suggérée</translation>
    </message>
    <message>
        <source>Place here</source>
        <translation>Positionner ici</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear every answer for this team on this aspect (Ctrl+Z brings them back)</source>
        <translation>Effacer toutes les réponses de cette équipe sur cet aspect (Ctrl+Z les rétablit)</translation>
    </message>
    <message>
        <source>Clear the answers</source>
        <translation>Effacer les réponses</translation>
    </message>
    <message>
        <source>Show to the room</source>
        <translation>Montrer à la salle</translation>
    </message>
    <message>
        <source>One question at a time above the board, in large type (F8)</source>
        <translation>Une question à la fois au-dessus du tableau, en grands caractères (F8)</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Organisation entière</translation>
    </message>
    <message>
        <source>The model asks no guided questions about {aspect}.</source>
        <translation>Le modèle ne pose aucune question guidée sur {aspect}.</translation>
    </message>
    <message>
        <source>Question {number}, {level}: {answer}</source>
        <translation>Question {number}, {level}&#xa0;: {answer}</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <source>this workshop is open read-only; a room needs to store the votes</source>
        <translation>cet atelier est ouvert en lecture seule&#xa0;; une salle doit pouvoir enregistrer les votes</translation>
    </message>
    <message>
        <source>The room stopped unexpectedly; open it again to go on (the votes are saved).</source>
        <translation>La salle s’est arrêtée de façon inattendue&#xa0;; rouvrez-la pour continuer (les votes sont enregistrés).</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Room: votes from phones</source>
        <translation>Salle&#xa0;: votes depuis les téléphones</translation>
    </message>
    <message>
        <source>Let the room vote from their phones</source>
        <translation>Faites voter la salle depuis les téléphones</translation>
    </message>
    <message>
        <source>A small web server starts on this computer, on the network you choose (the room&apos;s Wi-Fi, or this laptop&apos;s hotspot). Participants scan the QR code or type the address in their phone&apos;s browser and enter the join code: nothing to install, no account, no internet. They see only the vote you open, and every vote is saved in this workshop file.</source>
        <translation>Un petit serveur web démarre sur cet ordinateur, sur le réseau de votre choix (le Wi-Fi de la salle ou le point d’accès de cet ordinateur portable). Les participants scannent le code QR ou saisissent l’adresse dans le navigateur de leur téléphone, puis entrent le code d’accès&#xa0;: rien à installer, aucun compte, pas d’Internet. Ils ne voient que le vote que vous ouvrez, et chaque vote est enregistré dans ce fichier d’atelier.</translation>
    </message>
    <message>
        <source>Network to open the room on</source>
        <translation>Réseau sur lequel ouvrir la salle</translation>
    </message>
    <message>
        <source>automatic (8765 or the next free one)</source>
        <translation>automatique (8765 ou le suivant libre)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Rechercher à nouveau</translation>
    </message>
    <message>
        <source>List the networks again (after joining a Wi-Fi or starting a hotspot)</source>
        <translation>Relister les réseaux (après avoir rejoint un Wi-Fi ou démarré un point d’accès)</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Réseau&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>Ouvrir la salle</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Code d’accès</translation>
    </message>
    <message>
        <source>Participants who joined</source>
        <translation>Participants ayant rejoint la salle</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Who the vote is about</source>
        <translation>Sur qui porte le vote</translation>
    </message>
    <message>
        <source>Open vote</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message>
        <source>Open a vote on the aspect shown on the board (closes any other)</source>
        <translation>Ouvrir un vote sur l’aspect affiché au tableau (ferme tout autre vote)</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>Clore le vote</translation>
    </message>
    <message>
        <source>Stop taking votes; they stay hidden until you reveal them</source>
        <translation>Ne plus accepter de votes&#xa0;; ils restent masqués jusqu’à ce que vous les dévoiliez</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Dévoiler</translation>
    </message>
    <message>
        <source>Close the vote and show its results</source>
        <translation>Clore le vote et afficher ses résultats</translation>
    </message>
    <message>
        <source>Clear votes</source>
        <translation>Effacer les votes</translation>
    </message>
    <message>
        <source>Remove this vote and its votes, to run it again (Ctrl+Z undoes it)</source>
        <translation>Supprimer ce vote et ses voix, pour le refaire (Ctrl+Z l’annule)</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Refaire</translation>
    </message>
    <message>
        <source>Clear these votes and open the same vote afresh</source>
        <translation>Effacer ces voix et rouvrir le même vote</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Lowest to highest</source>
        <translation>Min. – max.</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersion</translation>
    </message>
    <message>
        <source>Results of the vote</source>
        <translation>Résultats du vote</translation>
    </message>
    <message>
        <source>Place at median</source>
        <translation>Positionner à la médiane</translation>
    </message>
    <message>
        <source>Put the selected team where the votes&apos; median is (one undo step)</source>
        <translation>Positionner l’équipe sélectionnée à la médiane des votes (une seule étape d’annulation)</translation>
    </message>
    <message>
        <source>Record disagreement</source>
        <translation>Consigner le désaccord</translation>
    </message>
    <message>
        <source>Record the voters&apos; positions as the viewpoints of a disagreement</source>
        <translation>Consigner les positions des votants comme points de vue d’un désaccord</translation>
    </message>
    <message>
        <source>Name the voters</source>
        <translation>Nommer les votants</translation>
    </message>
    <message>
        <source>Unticked, viewpoints are Voter 1, Voter 2…</source>
        <translation>Non coché, les points de vue s’appellent «&#xa0;Voter 1&#xa0;», «&#xa0;Voter 2&#xa0;»…</translation>
    </message>
    <message>
        <source> levels</source>
        <translation> niveaux</translation>
    </message>
    <message>
        <source>Spread that counts as a disagreement</source>
        <translation>Dispersion qui constitue un désaccord</translation>
    </message>
    <message>
        <source>A disagreement when the votes spread more than</source>
        <translation>Désaccord quand les votes s’écartent de plus de</translation>
    </message>
    <message>
        <source>Join screen only</source>
        <translation>Écran d’accès seul</translation>
    </message>
    <message>
        <source>Hide these controls, to show the room how to join</source>
        <translation>Masquer ces commandes pour montrer à la salle comment se connecter</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Fermer la salle</translation>
    </message>
    <message>
        <source>Stop the server; the phones are told the room has closed</source>
        <translation>Arrêter le serveur&#xa0;; les téléphones sont informés de la fermeture de la salle</translation>
    </message>
    <message>
        <source>Choose the network the participants are on</source>
        <translation>Choisissez le réseau des participants</translation>
    </message>
    <message>
        <source>Choose the network the participants&apos; phones are on.</source>
        <translation>Choisissez le réseau auquel sont connectés les téléphones des participants.</translation>
    </message>
    <message>
        <source>The room could not open: {error}.</source>
        <translation>La salle n’a pas pu s’ouvrir&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Show an aspect on the board first.</source>
        <translation>Affichez d’abord un aspect au tableau.</translation>
    </message>
    <message numerus="yes">
        <source>Joined: %n ({connected} connected)</source>
        <translation>
            <numerusform>Participants&#xa0;: %n ({connected} en ligne)</numerusform>
            <numerusform>Participants&#xa0;: %n ({connected} en ligne)</numerusform>
        </translation>
    </message>
    <message>
        <source>On the board: {aspect}</source>
        <translation>Au tableau&#xa0;: {aspect}</translation>
    </message>
    <message>
        <source>No aspect on the board</source>
        <translation>Aucun aspect au tableau</translation>
    </message>
    <message>
        <source>Every team (and the whole organisation)</source>
        <translation>Toutes les équipes (et l’organisation entière)</translation>
    </message>
    <message>
        <source>{team} only</source>
        <translation>{team} uniquement</translation>
    </message>
    <message>
        <source>No vote open. Show an aspect on the board, then open a vote on it.</source>
        <translation>Aucun vote ouvert. Affichez un aspect au tableau, puis ouvrez un vote dessus.</translation>
    </message>
    <message>
        <source>every team</source>
        <translation>toutes les équipes</translation>
    </message>
    <message>
        <source>Vote open: {aspect}, {about}. {votes} from {people}.</source>
        <translation>Vote ouvert&#xa0;: {aspect}, {about}. {votes} de {people}.</translation>
    </message>
    <message>
        <source>Vote closed: {aspect}, {about}. {votes} from {people}.</source>
        <translation>Vote clos&#xa0;: {aspect}, {about}. {votes} de {people}.</translation>
    </message>
    <message>
        <source>Vote revealed: {aspect}, {about}. {votes} from {people}.</source>
        <translation>Vote dévoilé&#xa0;: {aspect}, {about}. {votes} de {people}.</translation>
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
        <source>Whole organisation</source>
        <translation>Organisation entière</translation>
    </message>
    <message>
        <source>{spread} (wide)</source>
        <translation>{spread} (large)</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Aspects</source>
        <translation>Aspects</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>All teams on all aspects (Ctrl+Shift+O)</source>
        <translation>Toutes les équipes sur tous les aspects (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Every action, with filters (Ctrl+L)</source>
        <translation>Toutes les actions, avec filtres (Ctrl+L)</translation>
    </message>
    <message>
        <source>Read-only: {name} {note}. You can look at everything and export it.</source>
        <translation>Lecture seule&#xa0;: {name} {note}. Vous pouvez tout consulter et exporter.</translation>
    </message>
    <message>
        <source>Read-only — {reason}: {name} cannot be changed here. You can look at everything and export it.</source>
        <translation>Lecture seule — {reason}&#xa0;: {name} ne peut pas être modifié ici. Vous pouvez tout consulter et exporter.</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message numerus="yes">
        <source>Disagreements (%n open)</source>
        <translation>
            <numerusform>Désaccords (%n ouvert)</numerusform>
            <numerusform>Désaccords (%n ouverts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>Actions ({count})</translation>
    </message>
    <message>
        <source>the whole organisation</source>
        <translation>l’organisation entière</translation>
    </message>
    <message>
        <source>resolve disagreement on {team}</source>
        <translation>résoudre le désaccord sur {team}</translation>
    </message>
    <message>
        <source>edit disagreement on {team}</source>
        <translation>modifier le désaccord sur {team}</translation>
    </message>
    <message>
        <source>edit action {title}</source>
        <translation>modifier l’action&#xa0;: {title}</translation>
    </message>
    <message>
        <source>change target of {title}</source>
        <translation>modifier la cible&#xa0;: {title}</translation>
    </message>
    <message>
        <source>change title of {title}</source>
        <translation>modifier le titre&#xa0;: {title}</translation>
    </message>
    <message>
        <source>change owner of {title}</source>
        <translation>modifier le responsable&#xa0;: {title}</translation>
    </message>
    <message>
        <source>change due date of {title}</source>
        <translation>modifier l’échéance&#xa0;: {title}</translation>
    </message>
    <message>
        <source>change status of {title}</source>
        <translation>modifier le statut&#xa0;: {title}</translation>
    </message>
    <message>
        <source>mark done {title}</source>
        <translation>marquer comme terminée&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Supprimer l’action</translation>
    </message>
    <message>
        <source>Delete the action “{title}”?

You can undo this with Ctrl+Z.</source>
        <translation>Supprimer l’action «&#xa0;{title}&#xa0;»&#xa0;?

Vous pouvez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>{team}: {standing}, the highest level</source>
        <translation>{team}&#xa0;: {standing}, le niveau le plus élevé</translation>
    </message>
    <message>
        <source>{team} ({standing}) is heading toward {level}</source>
        <translation>{team} ({standing}) progresse vers {level}</translation>
    </message>
</context>
</TS>
