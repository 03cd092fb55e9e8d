<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionStatus</name>
    <message>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>acordada</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartada</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Aspect</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
</context>
<context>
    <name>AllActionsView</name>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Filter by aspect</source>
        <translation>Filtrar por aspecto</translation>
    </message>
    <message>
        <source>All aspects</source>
        <translation>Todos los aspectos</translation>
    </message>
    <message>
        <source>Filter by team</source>
        <translation>Filtrar por equipo</translation>
    </message>
    <message>
        <source>Owner contains…</source>
        <translation>El responsable contiene…</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrar por responsable</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>&amp;Aspect</source>
        <translation>As&amp;pecto</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Estad&amp;o</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>button: mark the action done</comment>
        <translation>Completar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n action(s)</source>
        <translation>
            <numerusform>{shown} de %n acción</numerusform>
            <numerusform>{shown} de %n acciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerButton</name>
    <message>
        <source>Answer {number}; press {number} to choose it</source>
        <translation>Respuesta {number}; pulse {number} para elegirla</translation>
    </message>
    <message>
        <source>{level} (key {number})</source>
        <translation>{level} (tecla {number})</translation>
    </message>
    <message>
        <source>Key {number}</source>
        <translation>Tecla {number}</translation>
    </message>
</context>
<context>
    <name>GuidedQuestions</name>
    <message>
        <source>Whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
    <message>
        <source>Questions ({answered}/{asked})</source>
        <translation>Preguntas ({answered}/{asked})</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>No answers yet for {whose} on {aspect}. Read a question out; click the answer the room chooses, or press its number.</source>
        <translation>Aún no hay respuestas de {whose} sobre {aspect}. Lea una pregunta en voz alta y haga clic en la respuesta que elija la sala, o pulse su número.</translation>
    </message>
    <message numerus="yes">
        <source>{whose}: {answered} of %n question(s) answered; the answers suggest {words} ({position}).</source>
        <translation>
            <numerusform>{whose}: %n pregunta, {answered} con respuesta; las respuestas sugieren {words} ({position}).</numerusform>
            <numerusform>{whose}: %n preguntas, {answered} con respuesta; las respuestas sugieren {words} ({position}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The card is at {words}.</source>
        <translation>La tarjeta está en {words}.</translation>
    </message>
    <message>
        <source>The card is not placed yet.</source>
        <translation>La tarjeta aún no está ubicada.</translation>
    </message>
</context>
<context>
    <name>QrCodeView</name>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>Código QR de la dirección de la sala</translation>
    </message>
</context>
<context>
    <name>QuestionStage</name>
    <message>
        <source>Guided question for the room</source>
        <translation>Pregunta guiada para la sala</translation>
    </message>
    <message>
        <source>Up and Down: previous and next question; 1 to 9: choose an answer, again or 0 to clear it; P: place the team where the answers suggest; T: answers for the next team</source>
        <translation>Arriba y Abajo: pregunta anterior y siguiente; 1 a 9: elegir una respuesta, otra vez o 0 para borrarla; P: ubicar el equipo donde sugieren las respuestas; T: respuestas del equipo siguiente</translation>
    </message>
    <message>
        <source>Answer {number}: {answer}</source>
        <translation>Respuesta {number}: {answer}</translation>
    </message>
    <message>
        <source>Question {number} of {count} · {aspect} · answers for {whose}</source>
        <translation>Pregunta {number} de {count} · {aspect} · respuestas de {whose}</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Answers for</source>
        <translation>Respuestas de</translation>
    </message>
    <message>
        <source>Answers &amp;for:</source>
        <translation>Respuestas &amp;de:</translation>
    </message>
    <message>
        <source>Suggested position</source>
        <translation>Posición sugerida</translation>
    </message>
    <message>
        <source>Place here</source>
        <translation>Ubicar aquí</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear every answer for this team on this aspect (Ctrl+Z brings them back)</source>
        <translation>Borrar todas las respuestas de este equipo sobre este aspecto (Ctrl+Z las recupera)</translation>
    </message>
    <message>
        <source>Clear the answers</source>
        <translation>Borrar las respuestas</translation>
    </message>
    <message>
        <source>Show to the room</source>
        <translation>Mostrar a la sala</translation>
    </message>
    <message>
        <source>One question at a time above the board, in large type (F8)</source>
        <translation>Una pregunta a la vez sobre el tablero, en letra grande (F8)</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
    <message>
        <source>The model asks no guided questions about {aspect}.</source>
        <translation>El modelo no plantea preguntas guiadas sobre {aspect}.</translation>
    </message>
    <message>
        <source>Question {number}, {level}: {answer}</source>
        <translation>Pregunta {number}, {level}: {answer}</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <source>this workshop is open read-only; a room needs to store the votes</source>
        <translation>este taller está abierto en modo de solo lectura; una sala necesita guardar los votos</translation>
    </message>
    <message>
        <source>The room stopped unexpectedly; open it again to go on (the votes are saved).</source>
        <translation>La sala se detuvo inesperadamente; vuelva a abrirla para continuar (los votos están guardados).</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Room: votes from phones</source>
        <translation>Sala: votos desde los teléfonos</translation>
    </message>
    <message>
        <source>Let the room vote from their phones</source>
        <translation>Deje que la sala vote desde sus teléfonos</translation>
    </message>
    <message>
        <source>A small web server starts on this computer, on the network you choose (the room&apos;s Wi-Fi, or this laptop&apos;s hotspot). Participants scan the QR code or type the address in their phone&apos;s browser and enter the join code: nothing to install, no account, no internet. They see only the vote you open, and every vote is saved in this workshop file.</source>
        <translation>Se inicia un pequeño servidor web en este equipo, en la red que usted elija (el wifi de la sala o el punto de acceso de este portátil). Los participantes escanean el código QR o escriben la dirección en el navegador de su teléfono e introducen el código de acceso: nada que instalar, sin cuenta, sin internet. Solo ven la votación que usted abre, y cada voto se guarda en este archivo del taller.</translation>
    </message>
    <message>
        <source>Network to open the room on</source>
        <translation>Red en la que abrir la sala</translation>
    </message>
    <message>
        <source>automatic (8765 or the next free one)</source>
        <translation>automático (8765 o el siguiente libre)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <source>List the networks again (after joining a Wi-Fi or starting a hotspot)</source>
        <translation>Volver a listar las redes (tras conectarse a un wifi o iniciar un punto de acceso)</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Red:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>Abrir la sala</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <source>Participants who joined</source>
        <translation>Participantes que se unieron</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votación</translation>
    </message>
    <message>
        <source>Who the vote is about</source>
        <translation>A quién se refiere la votación</translation>
    </message>
    <message>
        <source>Open vote</source>
        <translation>Abrir votación</translation>
    </message>
    <message>
        <source>Open a vote on the aspect shown on the board (closes any other)</source>
        <translation>Abrir una votación sobre el aspecto que muestra el tablero (cierra cualquier otra)</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>Cerrar votación</translation>
    </message>
    <message>
        <source>Stop taking votes; they stay hidden until you reveal them</source>
        <translation>Dejar de aceptar votos; permanecen ocultos hasta que usted los revele</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>Close the vote and show its results</source>
        <translation>Cerrar la votación y mostrar sus resultados</translation>
    </message>
    <message>
        <source>Clear votes</source>
        <translation>Borrar votos</translation>
    </message>
    <message>
        <source>Remove this vote and its votes, to run it again (Ctrl+Z undoes it)</source>
        <translation>Quitar esta votación y sus votos para repetirla (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Clear these votes and open the same vote afresh</source>
        <translation>Borrar estos votos y abrir de nuevo la misma votación</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Lowest to highest</source>
        <translation>Mín. – máx.</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <source>Results of the vote</source>
        <translation>Resultados de la votación</translation>
    </message>
    <message>
        <source>Place at median</source>
        <translation>Ubicar en la mediana</translation>
    </message>
    <message>
        <source>Put the selected team where the votes&apos; median is (one undo step)</source>
        <translation>Ubicar el equipo seleccionado en la mediana de los votos (un solo paso para deshacer)</translation>
    </message>
    <message>
        <source>Record disagreement</source>
        <translation>Registrar desacuerdo</translation>
    </message>
    <message>
        <source>Record the voters&apos; positions as the viewpoints of a disagreement</source>
        <translation>Registrar las posiciones de los votantes como puntos de vista de un desacuerdo</translation>
    </message>
    <message>
        <source>Name the voters</source>
        <translation>Nombrar a los votantes</translation>
    </message>
    <message>
        <source>Unticked, viewpoints are Voter 1, Voter 2…</source>
        <translation>Sin marcar, los puntos de vista se llaman «Voter 1», «Voter 2»…</translation>
    </message>
    <message>
        <source> levels</source>
        <translation> niveles</translation>
    </message>
    <message>
        <source>Spread that counts as a disagreement</source>
        <translation>Dispersión que cuenta como desacuerdo</translation>
    </message>
    <message>
        <source>A disagreement when the votes spread more than</source>
        <translation>Desacuerdo cuando los votos se dispersan más de</translation>
    </message>
    <message>
        <source>Join screen only</source>
        <translation>Solo pantalla de acceso</translation>
    </message>
    <message>
        <source>Hide these controls, to show the room how to join</source>
        <translation>Ocultar estos controles para mostrar a la sala cómo unirse</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Cerrar la sala</translation>
    </message>
    <message>
        <source>Stop the server; the phones are told the room has closed</source>
        <translation>Detener el servidor; los teléfonos reciben aviso de que la sala se cerró</translation>
    </message>
    <message>
        <source>Choose the network the participants are on</source>
        <translation>Elija la red de los participantes</translation>
    </message>
    <message>
        <source>Choose the network the participants&apos; phones are on.</source>
        <translation>Elija la red a la que están conectados los teléfonos de los participantes.</translation>
    </message>
    <message>
        <source>The room could not open: {error}.</source>
        <translation>No se pudo abrir la sala: {error}.</translation>
    </message>
    <message>
        <source>Show an aspect on the board first.</source>
        <translation>Muestre primero un aspecto en el tablero.</translation>
    </message>
    <message numerus="yes">
        <source>Joined: %n ({connected} connected)</source>
        <translation>
            <numerusform>Participantes: %n ({connected} conectados)</numerusform>
            <numerusform>Participantes: %n ({connected} conectados)</numerusform>
        </translation>
    </message>
    <message>
        <source>On the board: {aspect}</source>
        <translation>En el tablero: {aspect}</translation>
    </message>
    <message>
        <source>No aspect on the board</source>
        <translation>Ningún aspecto en el tablero</translation>
    </message>
    <message>
        <source>Every team (and the whole organisation)</source>
        <translation>Todos los equipos (y toda la organización)</translation>
    </message>
    <message>
        <source>{team} only</source>
        <translation>Solo {team}</translation>
    </message>
    <message>
        <source>No vote open. Show an aspect on the board, then open a vote on it.</source>
        <translation>No hay ninguna votación abierta. Muestre un aspecto en el tablero y abra una votación sobre él.</translation>
    </message>
    <message>
        <source>every team</source>
        <translation>todos los equipos</translation>
    </message>
    <message>
        <source>Vote open: {aspect}, {about}. {votes} from {people}.</source>
        <translation>Votación abierta: {aspect}, {about}. {votes} de {people}.</translation>
    </message>
    <message>
        <source>Vote closed: {aspect}, {about}. {votes} from {people}.</source>
        <translation>Votación cerrada: {aspect}, {about}. {votes} de {people}.</translation>
    </message>
    <message>
        <source>Vote revealed: {aspect}, {about}. {votes} from {people}.</source>
        <translation>Votación revelada: {aspect}, {about}. {votes} de {people}.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n voto</numerusform>
            <numerusform>%n votos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
    <message>
        <source>{spread} (wide)</source>
        <translation>{spread} (amplia)</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Aspects</source>
        <translation>Aspectos</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>All teams on all aspects (Ctrl+Shift+O)</source>
        <translation>Todos los equipos en todos los aspectos (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Every action, with filters (Ctrl+L)</source>
        <translation>Todas las acciones, con filtros (Ctrl+L)</translation>
    </message>
    <message>
        <source>Read-only: {name} {note}. You can look at everything and export it.</source>
        <translation>Solo lectura: {name} {note}. Puede consultarlo todo y exportarlo.</translation>
    </message>
    <message>
        <source>Read-only — {reason}: {name} cannot be changed here. You can look at everything and export it.</source>
        <translation>Solo lectura — {reason}: {name} no se puede modificar aquí. Puede consultarlo todo y exportarlo.</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Desacuerdos</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message numerus="yes">
        <source>Disagreements (%n open)</source>
        <translation>
            <numerusform>Desacuerdos (%n abierto)</numerusform>
            <numerusform>Desacuerdos (%n abiertos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>Acciones ({count})</translation>
    </message>
    <message>
        <source>the whole organisation</source>
        <translation>toda la organización</translation>
    </message>
    <message>
        <source>resolve disagreement on {team}</source>
        <translation>resolver el desacuerdo sobre {team}</translation>
    </message>
    <message>
        <source>edit disagreement on {team}</source>
        <translation>editar el desacuerdo sobre {team}</translation>
    </message>
    <message>
        <source>edit action {title}</source>
        <translation>editar la acción: {title}</translation>
    </message>
    <message>
        <source>change target of {title}</source>
        <translation>cambiar el objetivo: {title}</translation>
    </message>
    <message>
        <source>change title of {title}</source>
        <translation>cambiar el título: {title}</translation>
    </message>
    <message>
        <source>change owner of {title}</source>
        <translation>cambiar el responsable: {title}</translation>
    </message>
    <message>
        <source>change due date of {title}</source>
        <translation>cambiar la fecha límite: {title}</translation>
    </message>
    <message>
        <source>change status of {title}</source>
        <translation>cambiar el estado: {title}</translation>
    </message>
    <message>
        <source>mark done {title}</source>
        <translation>marcar como completada: {title}</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Eliminar acción</translation>
    </message>
    <message>
        <source>Delete the action “{title}”?

You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar la acción «{title}»?

Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>{team}: {standing}, the highest level</source>
        <translation>{team}: {standing}, el nivel más alto</translation>
    </message>
    <message>
        <source>{team} ({standing}) is heading toward {level}</source>
        <translation>{team} ({standing}) avanza hacia {level}</translation>
    </message>
</context>
</TS>
