<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddActionCommand</name>
    <message>
        <source>add action {action}</source>
        <translation>agregar la acción {action}</translation>
    </message>
</context>
<context>
    <name>AddTeamCommand</name>
    <message>
        <source>add team {team}</source>
        <translation>agregar el equipo {team}</translation>
    </message>
</context>
<context>
    <name>AnswerQuestionCommand</name>
    <message>
        <source>clear the answer to “{question}” for the whole organisation</source>
        <translation>borrar la respuesta a «{question}» para toda la organización</translation>
    </message>
    <message>
        <source>clear the answer to “{question}” for {team}</source>
        <translation>borrar la respuesta a «{question}» para {team}</translation>
    </message>
    <message>
        <source>answer “{question}” for the whole organisation: {level}</source>
        <translation>responder «{question}» para toda la organización: {level}</translation>
    </message>
    <message>
        <source>answer “{question}” for {team}: {level}</source>
        <translation>responder «{question}» para {team}: {level}</translation>
    </message>
</context>
<context>
    <name>ClearAnswersCommand</name>
    <message>
        <source>clear the answers for the whole organisation on {aspect}</source>
        <translation>borrar las respuestas de toda la organización sobre {aspect}</translation>
    </message>
    <message>
        <source>clear the answers for {team} on {aspect}</source>
        <translation>borrar las respuestas de {team} sobre {aspect}</translation>
    </message>
</context>
<context>
    <name>ClearVotesCommand</name>
    <message>
        <source>clear the votes on {aspect}</source>
        <translation>borrar los votos sobre {aspect}</translation>
    </message>
</context>
<context>
    <name>DeleteActionCommand</name>
    <message>
        <source>delete action {action}</source>
        <translation>eliminar la acción {action}</translation>
    </message>
</context>
<context>
    <name>DeleteDisagreementCommand</name>
    <message>
        <source>delete disagreement</source>
        <translation>eliminar el desacuerdo</translation>
    </message>
</context>
<context>
    <name>DisagreementFromVotesCommand</name>
    <message>
        <source>record disagreement on the whole organisation from the votes</source>
        <translation>registrar el desacuerdo de toda la organización a partir de los votos</translation>
    </message>
    <message>
        <source>record disagreement on {team} from the votes</source>
        <translation>registrar el desacuerdo sobre {team} a partir de los votos</translation>
    </message>
    <message numerus="yes">
        <source>The room&apos;s votes spread {width} levels, from {low} to {high} (%n vote(s))</source>
        <translation>
            <numerusform>Los votos de la sala abarcan {width} niveles, de {low} a {high} (%n voto)</numerusform>
            <numerusform>Los votos de la sala abarcan {width} niveles, de {low} a {high} (%n votos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Start &amp;follow-up…</source>
        <translation>Iniciar &amp;seguimiento…</translation>
    </message>
    <message>
        <source>A new workshop that starts from this one, keeping it as its history</source>
        <translation>Un nuevo taller que parte de este y lo conserva como historial</translation>
    </message>
    <message>
        <source>Co&amp;mpare workshops…</source>
        <translation>Co&amp;mparar talleres…</translation>
    </message>
    <message>
        <source>Positions over time across workshops of the same model</source>
        <translation>Las posiciones a lo largo del tiempo en talleres del mismo modelo</translation>
    </message>
    <message>
        <source>&amp;Review carried actions…</source>
        <translation>&amp;Revisar acciones trasladadas…</translation>
    </message>
    <message>
        <source>Done, carried on or dropped: the actions carried from last time</source>
        <translation>Hechas, continuadas o descartadas: las acciones trasladadas de la vez anterior</translation>
    </message>
    <message>
        <source>&amp;Last time&apos;s positions</source>
        <translation>&amp;Posiciones de la vez anterior</translation>
    </message>
    <message>
        <source>Show where each team sat in the previous workshop (H)</source>
        <translation>Mostrar dónde estaba cada equipo en el taller anterior (H)</translation>
    </message>
    <message>
        <source>last time ({when})</source>
        <translation>la vez anterior ({when})</translation>
    </message>
    <message>
        <source>Last time&apos;s positions shown (H hides them)</source>
        <translation>Posiciones de la vez anterior visibles (H las oculta)</translation>
    </message>
    <message>
        <source>Last time&apos;s positions hidden (H)</source>
        <translation>Posiciones de la vez anterior ocultas (H)</translation>
    </message>
    <message>
        <source>Workshop not found</source>
        <translation>Taller no encontrado</translation>
    </message>
    <message>
        <source>{path} is not there any more.</source>
        <translation>{path} ya no está allí.</translation>
    </message>
    <message>
        <source>Cannot start a follow-up</source>
        <translation>No se puede iniciar un seguimiento</translation>
    </message>
    <message>
        <source>Cannot start the follow-up</source>
        <translation>No se puede iniciar el seguimiento</translation>
    </message>
    <message>
        <source>Follow-up started in {file}; {source} is unchanged</source>
        <translation>Seguimiento iniciado en {file}; {source} no cambia</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Cerrar taller</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurar copia de se&amp;guridad…</translation>
    </message>
    <message>
        <source>&amp;PDF roadmap ({size})…</source>
        <translation>Hoja de ruta en &amp;PDF ({size})…</translation>
    </message>
    <message>
        <source>Export the roadmap as a PDF</source>
        <translation>Exportar la hoja de ruta como PDF</translation>
    </message>
    <message>
        <source>PDF roadmap ({size})…</source>
        <translation>Hoja de ruta en PDF ({size})…</translation>
    </message>
    <message>
        <source>&amp;CSV tables…</source>
        <translation>Tablas &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Markdown summary…</source>
        <translation>Resumen en &amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;JSON (whole workshop)…</source>
        <translation>&amp;JSON (taller completo)…</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>Importar desde &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Add team…</source>
        <translation>&amp;Agregar equipo…</translation>
    </message>
    <message>
        <source>Add a team to the workshop</source>
        <translation>Agregar un equipo al taller</translation>
    </message>
    <message>
        <source>&amp;Rename team…</source>
        <translation>&amp;Renombrar equipo…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Color…</translation>
    </message>
    <message>
        <source>Move team &amp;later</source>
        <translation>&amp;Bajar equipo</translation>
    </message>
    <message>
        <source>&amp;Take off this aspect</source>
        <translation>&amp;Quitar de este aspecto</translation>
    </message>
    <message>
        <source>Re&amp;move team…</source>
        <translation>&amp;Eliminar equipo…</translation>
    </message>
    <message>
        <source>Record &amp;disagreement…</source>
        <translation>Re&amp;gistrar desacuerdo…</translation>
    </message>
    <message>
        <source>Record where the room disagrees (Ctrl+D)</source>
        <translation>Registrar en qué no está de acuerdo la sala (Ctrl+D)</translation>
    </message>
    <message>
        <source>Write down an action the room agreed (Ctrl+Shift+A)</source>
        <translation>Anotar una acción acordada por la sala (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Set &amp;target…</source>
        <translation>Fijar &amp;objetivo…</translation>
    </message>
    <message>
        <source>Where the room wants this aspect to be, for the organisation or the selected team (Ctrl+Shift+T)</source>
        <translation>Dónde quiere la sala que esté este aspecto, para la organización o el equipo seleccionado (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Votes from &amp;phones…</source>
        <translation>Votos desde el &amp;teléfono…</translation>
    </message>
    <message>
        <source>Let the room vote from their phones (Ctrl+R)</source>
        <translation>Que la sala vote desde sus teléfonos (Ctrl+R)</translation>
    </message>
    <message>
        <source>Place at the votes&apos; &amp;median</source>
        <translation>Ubicar en la &amp;mediana de los votos</translation>
    </message>
    <message>
        <source>Put the selected team at the median of the room&apos;s revealed votes (Ctrl+M)</source>
        <translation>Ubicar el equipo seleccionado en la mediana de los votos revelados de la sala (Ctrl+M)</translation>
    </message>
    <message>
        <source>Record disagreement from the v&amp;otes</source>
        <translation>Desacuerdo a partir de los &amp;votos</translation>
    </message>
    <message>
        <source>Record the spread of the selected team&apos;s revealed votes as a disagreement (Ctrl+Shift+D)</source>
        <translation>Registrar la dispersión de los votos revelados del equipo seleccionado como desacuerdo (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Room&apos;s &amp;votes on the board</source>
        <translation>Votos de la sala en el ta&amp;blero</translation>
    </message>
    <message>
        <source>Show the room&apos;s votes on the board: the count while hidden, the spread once revealed</source>
        <translation>Mostrar los votos de la sala en el tablero: el número mientras están ocultos, la dispersión una vez revelados</translation>
    </message>
    <message>
        <source>&amp;All actions</source>
        <translation>&amp;Todas las acciones</translation>
    </message>
    <message>
        <source>&amp;Next aspect</source>
        <translation>Aspecto &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous aspect</source>
        <translation>Aspecto &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vista general</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>Larger type</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <source>Smaller type</source>
        <translation>Letra más pequeña</translation>
    </message>
    <message>
        <source>Level &amp;detail panel</source>
        <translation>Panel de &amp;detalle del nivel</translation>
    </message>
    <message>
        <source>Show or hide it (F9)</source>
        <translation>Mostrarlo u ocultarlo (F9)</translation>
    </message>
    <message>
        <source>Guided &amp;questions for the room</source>
        <translation>Preguntas &amp;guiadas para la sala</translation>
    </message>
    <message>
        <source>One guided question at a time above the board, in large type (F8)</source>
        <translation>Una pregunta guiada a la vez sobre el tablero, en letra grande (F8)</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <source>Aspect {number}</source>
        <translation>Aspecto {number}</translation>
    </message>
    <message>
        <source>Full screen, large type, no editing chrome (F11)</source>
        <translation>Pantalla completa, letra grande, sin elementos de edición (F11)</translation>
    </message>
    <message>
        <source>Show the board on the projector</source>
        <translation>Mostrar el tablero en el proyector</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Salir de la presentación</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>A&amp;cerca de</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Deshacer: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rehacer: {step}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Workshop already open</source>
        <translation>El taller ya está abierto</translation>
    </message>
    <message>
        <source>Cannot open for writing</source>
        <translation>No se puede abrir para escribir</translation>
    </message>
    <message>
        <source>{problem}

Open it read-only? You can look at everything and export it, but not change it.</source>
        <translation>{problem}

¿Abrirlo en modo de solo lectura? Podrá verlo todo y exportarlo, pero no modificarlo.</translation>
    </message>
    <message>
        <source>Cannot open this workshop</source>
        <translation>No se puede abrir este taller</translation>
    </message>
    <message>
        <source>{problem}

There are backup copies of it. Restore one as a new file?</source>
        <translation>{problem}

Hay copias de seguridad. ¿Restaurar una como archivo nuevo?</translation>
    </message>
    <message>
        <source>Opened {path} (read-only)</source>
        <translation>{path} abierto (solo lectura)</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} abierto</translation>
    </message>
    <message>
        <source>is open for changes in another window ({holder}); this window follows its changes</source>
        <extracomment>The page&apos;s banner says &quot;Read-only: &lt;workshop name&gt; &lt;this text&gt;. You can look at everything…&quot;</extracomment>
        <translation>está abierto para cambios en otra ventana ({holder}); esta ventana sigue sus cambios</translation>
    </message>
    <message>
        <source>Workshop de&amp;tails…</source>
        <translation>De&amp;talles del taller…</translation>
    </message>
    <message>
        <source>Move team earl&amp;ier</source>
        <translation>&amp;Subir equipo</translation>
    </message>
    <message>
        <source>Agree an &amp;action…</source>
        <translation>Acordar una acció&amp;n…</translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Actual si&amp;ze</source>
        <translation>Tamaño r&amp;eal</translation>
    </message>
    <message>
        <source>P&amp;resentation mode</source>
        <translation>Modo prese&amp;ntación</translation>
    </message>
    <message>
        <source>Audi&amp;ence view on second screen</source>
        <translation>Vista del público en la seg&amp;unda pantalla</translation>
    </message>
    <message>
        <source>Lig&amp;ht theme</source>
        <translation>Tema c&amp;laro</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>Tema os&amp;curo</translation>
    </message>
    <message>
        <source>Backup not made: {problem}</source>
        <translation>No se hizo la copia de seguridad: {problem}</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>No se puede restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Cannot create the workshop</source>
        <translation>No se puede crear el taller</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Abrir un taller</translation>
    </message>
    <message>
        <source>Workshop not found</source>
        <translation>Taller no encontrado</translation>
    </message>
    <message>
        <source>{path} is not there any more (moved, renamed or on a drive that is not connected).

Remove it from the list of recent workshops?</source>
        <translation>{path} ya no está allí (se movió, se renombró o está en una unidad no conectada).

¿Quitarlo de la lista de talleres recientes?</translation>
    </message>
    <message>
        <source>Cannot write the demo workshop</source>
        <translation>No se puede escribir el taller de demostración</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>No hay talleres recientes</translation>
    </message>
    <message>
        <source>Could not read the latest changes: {problem}</source>
        <translation>No se pudieron leer los últimos cambios: {problem}</translation>
    </message>
    <message>
        <source>Updated with the latest changes to {file}</source>
        <translation>Actualizado con los últimos cambios de {file}</translation>
    </message>
    <message>
        <source>All changes saved · {file}</source>
        <translation>Todos los cambios guardados · {file}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>No funcionó</translation>
    </message>
    <message>
        <source>Select a team first: click its card, or press Tab</source>
        <translation>Seleccione primero un equipo: haga clic en su tarjeta o pulse Tab</translation>
    </message>
    <message>
        <source>&amp;Edit its disagreement…</source>
        <translation>Editar su &amp;desacuerdo…</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Agregar equipo</translation>
    </message>
    <message>
        <source>Team name:</source>
        <translation>Nombre del equipo:</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Renombrar equipo</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Colour of {team}</source>
        <translation>Color de {team}</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>Eliminar equipo</translation>
    </message>
    <message>
        <source>Remove {team} from the workshop, with its placements, disagreements and actions?

You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar {team} del taller, con sus ubicaciones, desacuerdos y acciones?

Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Board type at {percent} %</source>
        <translation>Letra del tablero al {percent} %</translation>
    </message>
    <message>
        <source>The model asks no guided questions about {aspect}</source>
        <translation>El modelo no plantea preguntas guiadas sobre {aspect}</translation>
    </message>
    <message>
        <source>Only one screen</source>
        <translation>Solo una pantalla</translation>
    </message>
    <message>
        <source>The audience view needs a second screen, and only one is connected.

Connect the projector and set it to extend the desktop (not to mirror it), then choose View &gt; Audience view again. To show the board on this screen, use presentation mode (F11).</source>
        <translation>La vista del público necesita una segunda pantalla y solo hay una conectada.

Conecte el proyector y configúrelo para extender el escritorio (no para duplicarlo); luego elija de nuevo Ver &gt; Vista del público. Para mostrar el tablero en esta pantalla, use el modo presentación (F11).</translation>
    </message>
    <message>
        <source>The second screen was disconnected: the audience view is closed.</source>
        <translation>Se desconectó la segunda pantalla: la vista del público se cerró.</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab: select the next / previous team card (round the board) · F6: next pane</source>
        <translation>Tab / Shift+Tab: seleccionar la tarjeta de equipo siguiente / anterior (recorriendo el tablero) · F6: panel siguiente</translation>
    </message>
    <message>
        <source>Left / Right: move the selected team a little; with Shift, a whole level</source>
        <translation>← / →: mover un poco el equipo seleccionado; con Shift, un nivel entero</translation>
    </message>
    <message>
        <source>1 … 9: put the selected team in the middle of that level</source>
        <translation>1 … 9: colocar el equipo seleccionado en el centro de ese nivel</translation>
    </message>
    <message>
        <source>Delete: take the selected team off this aspect (back to the tray)</source>
        <translation>Supr: quitar el equipo seleccionado de este aspecto (vuelve a la bandeja)</translation>
    </message>
    <message>
        <source>F2: rename the selected team · Ctrl+T: add a team · Ctrl+Del: remove the selected team</source>
        <translation>F2: renombrar el equipo seleccionado · Ctrl+T: agregar un equipo · Ctrl+Del: eliminar el equipo seleccionado</translation>
    </message>
    <message>
        <source>Ctrl+drag a card: record a disagreement with a second, argued position</source>
        <translation>Ctrl+arrastrar una tarjeta: registrar un desacuerdo con una segunda posición argumentada</translation>
    </message>
    <message>
        <source>Ctrl+D: record a disagreement · Ctrl+Shift+A: agree an action · Ctrl+L: all actions</source>
        <translation>Ctrl+D: registrar un desacuerdo · Ctrl+Shift+A: acordar una acción · Ctrl+L: todas las acciones</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T: set a target (the selected team&apos;s, else the organisation&apos;s); on a clicked target flag, Left / Right move it, Delete removes it, Enter edits it</source>
        <translation>Ctrl+Shift+T: fijar un objetivo (el del equipo seleccionado o, si no, el de la organización); en una bandera de objetivo pulsada, ← / → la mueve, Supr la elimina, Intro la edita</translation>
    </message>
    <message>
        <source>Ctrl+R: votes from phones (the room) · Ctrl+M: place the selected team at its votes&apos; median</source>
        <translation>Ctrl+R: votos desde el teléfono (la sala) · Ctrl+M: ubicar el equipo seleccionado en la mediana de sus votos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D: record a disagreement from the spread of its revealed votes</source>
        <translation>Ctrl+Shift+D: registrar un desacuerdo a partir de la dispersión de sus votos revelados</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F: start a follow-up · Ctrl+Shift+R: review the carried actions · H: last time&apos;s positions</source>
        <translation>Ctrl+Shift+F: iniciar un seguimiento · Ctrl+Shift+R: revisar las acciones trasladadas · H: posiciones de la vez anterior</translation>
    </message>
    <message>
        <source>N: select the next team not yet placed · Enter: edit the selected team&apos;s disagreement</source>
        <translation>N: seleccionar el siguiente equipo aún sin ubicar · Intro: editar el desacuerdo del equipo seleccionado</translation>
    </message>
    <message>
        <source>Esc: clear the selection; then Left / Right: go through the levels · Menu key or Shift+F10: card menu</source>
        <translation>Esc: borrar la selección; luego ← / →: recorrer los niveles · tecla de menú o Shift+F10: menú de la tarjeta</translation>
    </message>
    <message>
        <source>F2 in the table of all actions: edit the cell · Alt+underlined letter: go to that field</source>
        <translation>F2 en la tabla de todas las acciones: editar la celda · Alt+letra subrayada: ir a ese campo</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9: go to an aspect · Ctrl+Shift+O: overview · Page Up / Page Down: previous / next</source>
        <translation>Ctrl+1 … Ctrl+9: ir a un aspecto · Ctrl+Shift+O: vista general · Re Pág / Av Pág: anterior / siguiente</translation>
    </message>
    <message>
        <source>Ctrl+= / Ctrl+- / Ctrl+0: larger / smaller / actual-size board type · F9: level detail panel</source>
        <translation>Ctrl+= / Ctrl+- / Ctrl+0: letra del tablero más grande / más pequeña / tamaño real · F9: panel de detalle del nivel</translation>
    </message>
    <message>
        <source>F8: guided questions for the room — Up / Down: question · 1 … 9: answer (0 clears) · P: place the team where the answers point · T: next team</source>
        <translation>F8: preguntas guiadas para la sala — ↑ / ↓: pregunta · 1 … 9: respuesta (0 la borra) · P: ubicar el equipo donde indican las respuestas · T: equipo siguiente</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z: undo / redo</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z: deshacer / rehacer</translation>
    </message>
    <message>
        <source>F11: presentation mode · Esc: leave it</source>
        <translation>F11: modo presentación · Esc: salir</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Model: {title} {version}.</source>
        <translation>Modelo: {title} {version}.</translation>
    </message>
    <message>
        <source>Licensed under Apache-2.0.</source>
        <translation>Con licencia Apache-2.0.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>{title} [read-only]</source>
        <translation>{title} [solo lectura]</translation>
    </message>
</context>
<context>
    <name>MoveTeamCommand</name>
    <message>
        <source>take {team} off {aspect}</source>
        <translation>quitar {team} de {aspect}</translation>
    </message>
    <message>
        <source>place {team} at {position}</source>
        <translation>ubicar {team} en {position}</translation>
    </message>
    <message>
        <source>move {team} to {position}</source>
        <translation>mover {team} a {position}</translation>
    </message>
</context>
<context>
    <name>PlaceAtMedianCommand</name>
    <message>
        <source>place {team} at the votes&apos; median ({position})</source>
        <translation>ubicar {team} en la mediana de los votos ({position})</translation>
    </message>
</context>
<context>
    <name>PlaceWhereAnswersPointCommand</name>
    <message>
        <source>place {team} where the answers suggest ({position})</source>
        <translation>ubicar {team} donde indican las respuestas ({position})</translation>
    </message>
</context>
<context>
    <name>RecolourTeamCommand</name>
    <message>
        <source>recolour {team}</source>
        <translation>cambiar el color de {team}</translation>
    </message>
</context>
<context>
    <name>RecordDisagreementCommand</name>
    <message>
        <source>record disagreement on {team}</source>
        <translation>registrar el desacuerdo sobre {team}</translation>
    </message>
</context>
<context>
    <name>RemoveTargetCommand</name>
    <message>
        <source>remove {aspect} target of the organisation</source>
        <translation>quitar el objetivo de la organización para {aspect}</translation>
    </message>
    <message>
        <source>remove {aspect} target of {team}</source>
        <translation>quitar el objetivo de {team} para {aspect}</translation>
    </message>
</context>
<context>
    <name>RemoveTeamCommand</name>
    <message>
        <source>remove team {team}</source>
        <translation>eliminar el equipo {team}</translation>
    </message>
</context>
<context>
    <name>RenameTeamCommand</name>
    <message>
        <source>rename {team} to {name}</source>
        <translation>renombrar {team} como {name}</translation>
    </message>
</context>
<context>
    <name>ReorderTeamCommand</name>
    <message>
        <source>reorder {team}</source>
        <translation>reordenar {team}</translation>
    </message>
</context>
<context>
    <name>ReviewActionCommand</name>
    <message>
        <source>review note on {action}</source>
        <translation>nota de revisión sobre {action}</translation>
    </message>
    <message>
        <source>review done: {action}</source>
        <translation>revisión «hecha»: {action}</translation>
    </message>
    <message>
        <source>review carried on: {action}</source>
        <translation>revisión «continúa»: {action}</translation>
    </message>
    <message>
        <source>review dropped: {action}</source>
        <translation>revisión «descartada»: {action}</translation>
    </message>
    <message>
        <source>review not reviewed: {action}</source>
        <translation>revisión «sin revisar»: {action}</translation>
    </message>
</context>
<context>
    <name>SetTargetCommand</name>
    <message>
        <source>set {aspect} target of the organisation to {position}</source>
        <translation>fijar el objetivo de la organización para {aspect} en {position}</translation>
    </message>
    <message>
        <source>set {aspect} target of {team} to {position}</source>
        <translation>fijar el objetivo de {team} para {aspect} en {position}</translation>
    </message>
</context>
<context>
    <name>UpdateInfoCommand</name>
    <message>
        <source>edit workshop details</source>
        <translation>editar los detalles del taller</translation>
    </message>
</context>
</TS>
