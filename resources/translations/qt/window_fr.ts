<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddActionCommand</name>
    <message>
        <source>add action {action}</source>
        <translation>ajout de l&apos;action {action}</translation>
    </message>
</context>
<context>
    <name>AddTeamCommand</name>
    <message>
        <source>add team {team}</source>
        <translation>ajout de l&apos;équipe {team}</translation>
    </message>
</context>
<context>
    <name>AnswerQuestionCommand</name>
    <message>
        <source>clear the answer to “{question}” for the whole organisation</source>
        <translation>effacement de la réponse à «&#xa0;{question}&#xa0;» pour toute l&apos;organisation</translation>
    </message>
    <message>
        <source>clear the answer to “{question}” for {team}</source>
        <translation>effacement de la réponse à «&#xa0;{question}&#xa0;» pour {team}</translation>
    </message>
    <message>
        <source>answer “{question}” for the whole organisation: {level}</source>
        <translation>réponse à «&#xa0;{question}&#xa0;» pour toute l&apos;organisation&#xa0;: {level}</translation>
    </message>
    <message>
        <source>answer “{question}” for {team}: {level}</source>
        <translation>réponse à «&#xa0;{question}&#xa0;» pour {team}&#xa0;: {level}</translation>
    </message>
</context>
<context>
    <name>ClearAnswersCommand</name>
    <message>
        <source>clear the answers for the whole organisation on {aspect}</source>
        <translation>effacement des réponses de toute l&apos;organisation sur {aspect}</translation>
    </message>
    <message>
        <source>clear the answers for {team} on {aspect}</source>
        <translation>effacement des réponses de {team} sur {aspect}</translation>
    </message>
</context>
<context>
    <name>ClearVotesCommand</name>
    <message>
        <source>clear the votes on {aspect}</source>
        <translation>effacement des votes sur {aspect}</translation>
    </message>
</context>
<context>
    <name>DeleteActionCommand</name>
    <message>
        <source>delete action {action}</source>
        <translation>suppression de l&apos;action {action}</translation>
    </message>
</context>
<context>
    <name>DeleteDisagreementCommand</name>
    <message>
        <source>delete disagreement</source>
        <translation>suppression du désaccord</translation>
    </message>
</context>
<context>
    <name>DisagreementFromVotesCommand</name>
    <message>
        <source>record disagreement on the whole organisation from the votes</source>
        <translation>consignation du désaccord sur toute l&apos;organisation d&apos;après les votes</translation>
    </message>
    <message>
        <source>record disagreement on {team} from the votes</source>
        <translation>consignation du désaccord sur {team} d&apos;après les votes</translation>
    </message>
    <message numerus="yes">
        <source>The room&apos;s votes spread {width} levels, from {low} to {high} (%n vote(s))</source>
        <translation>
            <numerusform>Les votes de la salle s&apos;étendent sur {width} niveaux, de {low} à {high} (%n vote)</numerusform>
            <numerusform>Les votes de la salle s&apos;étendent sur {width} niveaux, de {low} à {high} (%n votes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Start &amp;follow-up…</source>
        <translation>Démarrer un atelier de &amp;suivi…</translation>
    </message>
    <message>
        <source>A new workshop that starts from this one, keeping it as its history</source>
        <translation>Un nouvel atelier qui part de celui-ci et le garde comme historique</translation>
    </message>
    <message>
        <source>Co&amp;mpare workshops…</source>
        <translation>&amp;Comparer des ateliers…</translation>
    </message>
    <message>
        <source>Positions over time across workshops of the same model</source>
        <translation>Les positions dans le temps, d&apos;un atelier à l&apos;autre, pour un même modèle</translation>
    </message>
    <message>
        <source>&amp;Review carried actions…</source>
        <translation>&amp;Revoir les actions reportées…</translation>
    </message>
    <message>
        <source>Done, carried on or dropped: the actions carried from last time</source>
        <translation>Terminées, poursuivies ou abandonnées&#xa0;: les actions reportées de la fois précédente</translation>
    </message>
    <message>
        <source>&amp;Last time&apos;s positions</source>
        <translation>Positions de la &amp;fois précédente</translation>
    </message>
    <message>
        <source>Show where each team sat in the previous workshop (H)</source>
        <translation>Afficher où se trouvait chaque équipe lors de l&apos;atelier précédent (H)</translation>
    </message>
    <message>
        <source>last time ({when})</source>
        <translation>la fois précédente ({when})</translation>
    </message>
    <message>
        <source>Last time&apos;s positions shown (H hides them)</source>
        <translation>Positions de la fois précédente affichées (H pour les masquer)</translation>
    </message>
    <message>
        <source>Last time&apos;s positions hidden (H)</source>
        <translation>Positions de la fois précédente masquées (H)</translation>
    </message>
    <message>
        <source>Workshop not found</source>
        <translation>Atelier introuvable</translation>
    </message>
    <message>
        <source>{path} is not there any more.</source>
        <translation>{path} n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Cannot start a follow-up</source>
        <translation>Impossible de démarrer un atelier de suivi</translation>
    </message>
    <message>
        <source>Cannot start the follow-up</source>
        <translation>Impossible de démarrer l&apos;atelier de suivi</translation>
    </message>
    <message>
        <source>Follow-up started in {file}; {source} is unchanged</source>
        <translation>Atelier de suivi démarré dans {file}&#xa0;; {source} reste inchangé</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Fermer l&apos;atelier</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurer une sauve&amp;garde…</translation>
    </message>
    <message>
        <source>&amp;PDF roadmap ({size})…</source>
        <translation>Feuille de route &amp;PDF ({size})…</translation>
    </message>
    <message>
        <source>Export the roadmap as a PDF</source>
        <translation>Exporter la feuille de route en PDF</translation>
    </message>
    <message>
        <source>PDF roadmap ({size})…</source>
        <translation>Feuille de route PDF ({size})…</translation>
    </message>
    <message>
        <source>&amp;CSV tables…</source>
        <translation>Tableaux &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Markdown summary…</source>
        <translation>Synthèse &amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;JSON (whole workshop)…</source>
        <translation>&amp;JSON (atelier complet)…</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Importer depuis JSON…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Add team…</source>
        <translation>&amp;Ajouter une équipe…</translation>
    </message>
    <message>
        <source>Add a team to the workshop</source>
        <translation>Ajouter une équipe à l&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;Rename team…</source>
        <translation>&amp;Renommer l&apos;équipe…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>Move team &amp;later</source>
        <translation>Desce&amp;ndre l&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Take off this aspect</source>
        <translation>Re&amp;tirer de cet aspect</translation>
    </message>
    <message>
        <source>Re&amp;move team…</source>
        <translation>&amp;Supprimer l&apos;équipe…</translation>
    </message>
    <message>
        <source>Record &amp;disagreement…</source>
        <translation>Consigner un &amp;désaccord…</translation>
    </message>
    <message>
        <source>Record where the room disagrees (Ctrl+D)</source>
        <translation>Consigner le point sur lequel la salle n&apos;est pas d&apos;accord (Ctrl+D)</translation>
    </message>
    <message>
        <source>Write down an action the room agreed (Ctrl+Shift+A)</source>
        <translation>Noter une action convenue par la salle (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Set &amp;target…</source>
        <translation>Définir une &amp;cible…</translation>
    </message>
    <message>
        <source>Where the room wants this aspect to be, for the organisation or the selected team (Ctrl+Shift+T)</source>
        <translation>Où la salle veut voir cet aspect, pour l&apos;organisation ou l&apos;équipe sélectionnée (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Votes from &amp;phones…</source>
        <translation>Votes par &amp;téléphone…</translation>
    </message>
    <message>
        <source>Let the room vote from their phones (Ctrl+R)</source>
        <translation>Faire voter la salle depuis les téléphones (Ctrl+R)</translation>
    </message>
    <message>
        <source>Place at the votes&apos; &amp;median</source>
        <translation>Placer à la &amp;médiane des votes</translation>
    </message>
    <message>
        <source>Put the selected team at the median of the room&apos;s revealed votes (Ctrl+M)</source>
        <translation>Positionner l&apos;équipe sélectionnée à la médiane des votes révélés de la salle (Ctrl+M)</translation>
    </message>
    <message>
        <source>Record disagreement from the v&amp;otes</source>
        <translation>Désaccord d&apos;après les &amp;votes</translation>
    </message>
    <message>
        <source>Record the spread of the selected team&apos;s revealed votes as a disagreement (Ctrl+Shift+D)</source>
        <translation>Consigner la dispersion des votes révélés de l&apos;équipe sélectionnée comme un désaccord (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Room&apos;s &amp;votes on the board</source>
        <translation>V&amp;otes de la salle sur le tableau</translation>
    </message>
    <message>
        <source>Show the room&apos;s votes on the board: the count while hidden, the spread once revealed</source>
        <translation>Afficher les votes de la salle sur le tableau&#xa0;: leur nombre tant qu&apos;ils sont masqués, leur dispersion une fois révélés</translation>
    </message>
    <message>
        <source>&amp;All actions</source>
        <translation>&amp;Toutes les actions</translation>
    </message>
    <message>
        <source>&amp;Next aspect</source>
        <translation>Aspect &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous aspect</source>
        <translation>Aspect &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <source>Larger type</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Smaller type</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Level &amp;detail panel</source>
        <translation>Panneau de &amp;détail du niveau</translation>
    </message>
    <message>
        <source>Show or hide it (F9)</source>
        <translation>L&apos;afficher ou le masquer (F9)</translation>
    </message>
    <message>
        <source>Guided &amp;questions for the room</source>
        <translation>&amp;Questions guidées pour la salle</translation>
    </message>
    <message>
        <source>One guided question at a time above the board, in large type (F8)</source>
        <translation>Une question guidée à la fois au-dessus du tableau, en grands caractères (F8)</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>&amp;Panneau suivant</translation>
    </message>
    <message>
        <source>Aspect {number}</source>
        <translation>Aspect {number}</translation>
    </message>
    <message>
        <source>Full screen, large type, no editing chrome (F11)</source>
        <translation>Plein écran, grands caractères, sans les éléments d&apos;édition (F11)</translation>
    </message>
    <message>
        <source>Show the board on the projector</source>
        <translation>Afficher le tableau sur le projecteur</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Quitter la présentation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Annuler&#xa0;: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rétablir&#xa0;: {step}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
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
        <source>Workshop already open</source>
        <translation>Atelier déjà ouvert</translation>
    </message>
    <message>
        <source>Cannot open for writing</source>
        <translation>Ouverture en écriture impossible</translation>
    </message>
    <message>
        <source>{problem}

Open it read-only? You can look at everything and export it, but not change it.</source>
        <translation>{problem}

L&apos;ouvrir en lecture seule&#xa0;? Vous pourrez tout consulter et l&apos;exporter, mais pas le modifier.</translation>
    </message>
    <message>
        <source>Cannot open this workshop</source>
        <translation>Impossible d&apos;ouvrir cet atelier</translation>
    </message>
    <message>
        <source>{problem}

There are backup copies of it. Restore one as a new file?</source>
        <translation>{problem}

Il en existe des copies de sauvegarde. En restaurer une dans un nouveau fichier&#xa0;?</translation>
    </message>
    <message>
        <source>Opened {path} (read-only)</source>
        <translation>{path} ouvert (lecture seule)</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} ouvert</translation>
    </message>
    <message>
        <source>is open for changes in another window ({holder}); this window follows its changes</source>
        <extracomment>The page&apos;s banner says &quot;Read-only: &lt;workshop name&gt; &lt;this text&gt;. You can look at everything…&quot;</extracomment>
        <translation>est ouvert en modification dans une autre fenêtre ({holder})&#xa0;; cette fenêtre suit ses changements</translation>
    </message>
    <message>
        <source>Workshop de&amp;tails…</source>
        <translation>Dé&amp;tails de l&apos;atelier…</translation>
    </message>
    <message>
        <source>Move team earl&amp;ier</source>
        <translation>&amp;Monter l&apos;équipe</translation>
    </message>
    <message>
        <source>Agree an &amp;action…</source>
        <translation>Convenir d&apos;une acti&amp;on…</translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <source>Actual si&amp;ze</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>P&amp;resentation mode</source>
        <translation>&amp;Mode présentation</translation>
    </message>
    <message>
        <source>Audi&amp;ence view on second screen</source>
        <translation>Vue p&amp;ublic sur le second écran</translation>
    </message>
    <message>
        <source>Lig&amp;ht theme</source>
        <translation>Thème &amp;clair</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>Thème som&amp;bre</translation>
    </message>
    <message>
        <source>Backup not made: {problem}</source>
        <translation>Sauvegarde non effectuée&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Cannot create the workshop</source>
        <translation>Impossible de créer l&apos;atelier</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Ouvrir un atelier</translation>
    </message>
    <message>
        <source>Workshop not found</source>
        <translation>Atelier introuvable</translation>
    </message>
    <message>
        <source>{path} is not there any more (moved, renamed or on a drive that is not connected).

Remove it from the list of recent workshops?</source>
        <translation>{path} n&apos;existe plus (déplacé, renommé ou sur un disque non connecté).

Le retirer de la liste des ateliers récents&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot write the demo workshop</source>
        <translation>Impossible d&apos;écrire l&apos;atelier de démonstration</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Aucun atelier récent</translation>
    </message>
    <message>
        <source>Could not read the latest changes: {problem}</source>
        <translation>Impossible de lire les dernières modifications&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Updated with the latest changes to {file}</source>
        <translation>Mis à jour avec les dernières modifications de {file}</translation>
    </message>
    <message>
        <source>All changes saved · {file}</source>
        <translation>Toutes les modifications sont enregistrées · {file}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Cela n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <source>Select a team first: click its card, or press Tab</source>
        <translation>Sélectionnez d&apos;abord une équipe&#xa0;: cliquez sur sa carte ou appuyez sur Tab</translation>
    </message>
    <message>
        <source>&amp;Edit its disagreement…</source>
        <translation>Mod&amp;ifier son désaccord…</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Ajouter une équipe</translation>
    </message>
    <message>
        <source>Team name:</source>
        <translation>Nom de l&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Renommer l&apos;équipe</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Colour of {team}</source>
        <translation>Couleur de {team}</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>Supprimer l&apos;équipe</translation>
    </message>
    <message>
        <source>Remove {team} from the workshop, with its placements, disagreements and actions?

You can undo this with Ctrl+Z.</source>
        <translation>Retirer {team} de l&apos;atelier, avec ses positionnements, désaccords et actions&#xa0;?

Vous pourrez l&apos;annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Board type at {percent} %</source>
        <translation>Texte du tableau à {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>The model asks no guided questions about {aspect}</source>
        <translation>Le modèle ne pose aucune question guidée sur {aspect}</translation>
    </message>
    <message>
        <source>Only one screen</source>
        <translation>Un seul écran</translation>
    </message>
    <message>
        <source>The audience view needs a second screen, and only one is connected.

Connect the projector and set it to extend the desktop (not to mirror it), then choose View &gt; Audience view again. To show the board on this screen, use presentation mode (F11).</source>
        <translation>La vue public nécessite un second écran, et un seul est connecté.

Branchez le projecteur et réglez-le pour étendre le bureau (et non le dupliquer), puis choisissez de nouveau Affichage &gt; Vue public. Pour montrer le tableau sur cet écran, utilisez le mode présentation (F11).</translation>
    </message>
    <message>
        <source>The second screen was disconnected: the audience view is closed.</source>
        <translation>Le second écran a été déconnecté&#xa0;: la vue public est fermée.</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab: select the next / previous team card (round the board) · F6: next pane</source>
        <translation>Tab / Shift+Tab&#xa0;: sélectionner la carte d&apos;équipe suivante / précédente (en faisant le tour du tableau) · F6&#xa0;: panneau suivant</translation>
    </message>
    <message>
        <source>Left / Right: move the selected team a little; with Shift, a whole level</source>
        <translation>← / →&#xa0;: déplacer un peu l&apos;équipe sélectionnée&#xa0;; avec Shift, d&apos;un niveau entier</translation>
    </message>
    <message>
        <source>1 … 9: put the selected team in the middle of that level</source>
        <translation>1 … 9&#xa0;: placer l&apos;équipe sélectionnée au milieu de ce niveau</translation>
    </message>
    <message>
        <source>Delete: take the selected team off this aspect (back to the tray)</source>
        <translation>Suppr&#xa0;: retirer l&apos;équipe sélectionnée de cet aspect (retour dans le bac)</translation>
    </message>
    <message>
        <source>F2: rename the selected team · Ctrl+T: add a team · Ctrl+Del: remove the selected team</source>
        <translation>F2&#xa0;: renommer l&apos;équipe sélectionnée · Ctrl+T&#xa0;: ajouter une équipe · Ctrl+Del&#xa0;: supprimer l&apos;équipe sélectionnée</translation>
    </message>
    <message>
        <source>Ctrl+drag a card: record a disagreement with a second, argued position</source>
        <translation>Ctrl+glisser une carte&#xa0;: consigner un désaccord avec une seconde position argumentée</translation>
    </message>
    <message>
        <source>Ctrl+D: record a disagreement · Ctrl+Shift+A: agree an action · Ctrl+L: all actions</source>
        <translation>Ctrl+D&#xa0;: consigner un désaccord · Ctrl+Shift+A&#xa0;: convenir d&apos;une action · Ctrl+L&#xa0;: toutes les actions</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T: set a target (the selected team&apos;s, else the organisation&apos;s); on a clicked target flag, Left / Right move it, Delete removes it, Enter edits it</source>
        <translation>Ctrl+Shift+T&#xa0;: définir une cible (celle de l&apos;équipe sélectionnée, sinon celle de l&apos;organisation)&#xa0;; sur un drapeau de cible cliqué, ← / → le déplace, Suppr le supprime, Entrée le modifie</translation>
    </message>
    <message>
        <source>Ctrl+R: votes from phones (the room) · Ctrl+M: place the selected team at its votes&apos; median</source>
        <translation>Ctrl+R&#xa0;: votes par téléphone (la salle) · Ctrl+M&#xa0;: positionner l&apos;équipe sélectionnée à la médiane de ses votes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D: record a disagreement from the spread of its revealed votes</source>
        <translation>Ctrl+Shift+D&#xa0;: consigner un désaccord d&apos;après la dispersion de ses votes révélés</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F: start a follow-up · Ctrl+Shift+R: review the carried actions · H: last time&apos;s positions</source>
        <translation>Ctrl+Shift+F&#xa0;: démarrer un atelier de suivi · Ctrl+Shift+R&#xa0;: revoir les actions reportées · H&#xa0;: positions de la fois précédente</translation>
    </message>
    <message>
        <source>N: select the next team not yet placed · Enter: edit the selected team&apos;s disagreement</source>
        <translation>N&#xa0;: sélectionner la prochaine équipe non positionnée · Entrée&#xa0;: modifier le désaccord de l&apos;équipe sélectionnée</translation>
    </message>
    <message>
        <source>Esc: clear the selection; then Left / Right: go through the levels · Menu key or Shift+F10: card menu</source>
        <translation>Échap&#xa0;: effacer la sélection&#xa0;; puis ← / →&#xa0;: parcourir les niveaux · touche Menu ou Shift+F10&#xa0;: menu de la carte</translation>
    </message>
    <message>
        <source>F2 in the table of all actions: edit the cell · Alt+underlined letter: go to that field</source>
        <translation>F2 dans le tableau de toutes les actions&#xa0;: modifier la cellule · Alt+lettre soulignée&#xa0;: aller à ce champ</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9: go to an aspect · Ctrl+Shift+O: overview · Page Up / Page Down: previous / next</source>
        <translation>Ctrl+1 … Ctrl+9&#xa0;: aller à un aspect · Ctrl+Shift+O&#xa0;: vue d&apos;ensemble · Page préc. / Page suiv.&#xa0;: précédent / suivant</translation>
    </message>
    <message>
        <source>Ctrl+= / Ctrl+- / Ctrl+0: larger / smaller / actual-size board type · F9: level detail panel</source>
        <translation>Ctrl+= / Ctrl+- / Ctrl+0&#xa0;: texte du tableau plus grand / plus petit / taille normale · F9&#xa0;: panneau de détail du niveau</translation>
    </message>
    <message>
        <source>F8: guided questions for the room — Up / Down: question · 1 … 9: answer (0 clears) · P: place the team where the answers point · T: next team</source>
        <translation>F8&#xa0;: questions guidées pour la salle — ↑ / ↓&#xa0;: question · 1 … 9&#xa0;: réponse (0 l&apos;efface) · P&#xa0;: positionner l&apos;équipe là où pointent les réponses · T&#xa0;: équipe suivante</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z: undo / redo</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z&#xa0;: annuler / rétablir</translation>
    </message>
    <message>
        <source>F11: presentation mode · Esc: leave it</source>
        <translation>F11&#xa0;: mode présentation · Échap&#xa0;: le quitter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Model: {title} {version}.</source>
        <translation>Modèle&#xa0;: {title} {version}.</translation>
    </message>
    <message>
        <source>Licensed under Apache-2.0.</source>
        <translation>Sous licence Apache-2.0.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>{title} [read-only]</source>
        <translation>{title} [lecture seule]</translation>
    </message>
</context>
<context>
    <name>MoveTeamCommand</name>
    <message>
        <source>take {team} off {aspect}</source>
        <translation>retrait de {team} de {aspect}</translation>
    </message>
    <message>
        <source>place {team} at {position}</source>
        <translation>positionnement de {team} à {position}</translation>
    </message>
    <message>
        <source>move {team} to {position}</source>
        <translation>déplacement de {team} vers {position}</translation>
    </message>
</context>
<context>
    <name>PlaceAtMedianCommand</name>
    <message>
        <source>place {team} at the votes&apos; median ({position})</source>
        <translation>positionnement de {team} à la médiane des votes ({position})</translation>
    </message>
</context>
<context>
    <name>PlaceWhereAnswersPointCommand</name>
    <message>
        <source>place {team} where the answers suggest ({position})</source>
        <translation>positionnement de {team} là où pointent les réponses ({position})</translation>
    </message>
</context>
<context>
    <name>RecolourTeamCommand</name>
    <message>
        <source>recolour {team}</source>
        <translation>changement de couleur de {team}</translation>
    </message>
</context>
<context>
    <name>RecordDisagreementCommand</name>
    <message>
        <source>record disagreement on {team}</source>
        <translation>consignation du désaccord sur {team}</translation>
    </message>
</context>
<context>
    <name>RemoveTargetCommand</name>
    <message>
        <source>remove {aspect} target of the organisation</source>
        <translation>suppression de la cible de l&apos;organisation pour {aspect}</translation>
    </message>
    <message>
        <source>remove {aspect} target of {team}</source>
        <translation>suppression de la cible de {team} pour {aspect}</translation>
    </message>
</context>
<context>
    <name>RemoveTeamCommand</name>
    <message>
        <source>remove team {team}</source>
        <translation>suppression de l&apos;équipe {team}</translation>
    </message>
</context>
<context>
    <name>RenameTeamCommand</name>
    <message>
        <source>rename {team} to {name}</source>
        <translation>renommage de {team} en {name}</translation>
    </message>
</context>
<context>
    <name>ReorderTeamCommand</name>
    <message>
        <source>reorder {team}</source>
        <translation>changement de l&apos;ordre de {team}</translation>
    </message>
</context>
<context>
    <name>ReviewActionCommand</name>
    <message>
        <source>review note on {action}</source>
        <translation>note de revue sur {action}</translation>
    </message>
    <message>
        <source>review done: {action}</source>
        <translation>revue «&#xa0;terminée&#xa0;»&#xa0;: {action}</translation>
    </message>
    <message>
        <source>review carried on: {action}</source>
        <translation>revue «&#xa0;poursuivie&#xa0;»&#xa0;: {action}</translation>
    </message>
    <message>
        <source>review dropped: {action}</source>
        <translation>revue «&#xa0;abandonnée&#xa0;»&#xa0;: {action}</translation>
    </message>
    <message>
        <source>review not reviewed: {action}</source>
        <translation>revue «&#xa0;non revue&#xa0;»&#xa0;: {action}</translation>
    </message>
</context>
<context>
    <name>SetTargetCommand</name>
    <message>
        <source>set {aspect} target of the organisation to {position}</source>
        <translation>cible de l&apos;organisation pour {aspect} fixée à {position}</translation>
    </message>
    <message>
        <source>set {aspect} target of {team} to {position}</source>
        <translation>cible de {team} pour {aspect} fixée à {position}</translation>
    </message>
</context>
<context>
    <name>UpdateInfoCommand</name>
    <message>
        <source>edit workshop details</source>
        <translation>modification des détails de l&apos;atelier</translation>
    </message>
</context>
</TS>
