<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BoardAccessibility</name>
    <message>
        <source>{position} of {count}</source>
        <translation>{position} de {count}</translation>
    </message>
    <message>
        <source>not placed on {aspect}</source>
        <translation>sin ubicar en {aspect}</translation>
    </message>
    <message>
        <source>{position}, {numbers}</source>
        <translation>{position}, {numbers}</translation>
    </message>
    <message>
        <source>{team} moved: {position}</source>
        <translation>{team} se movió: {position}</translation>
    </message>
    <message>
        <source>Board: {aspect}</source>
        <translation>Tablero: {aspect}</translation>
    </message>
    <message numerus="yes">
        <source>{placed} of %n team(s) placed on {aspect}.</source>
        <translation>
            <numerusform>{placed} de %n equipo ubicado en {aspect}.</numerusform>
            <numerusform>{placed} de %n equipos ubicados en {aspect}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab goes through the teams; Left and Right move the selected team (with Shift, a whole level); Escape clears the selection, then Left and Right go through the levels.</source>
        <translation>Tab recorre los equipos; Izquierda y Derecha mueven el equipo seleccionado (con Mayús, un nivel entero); Esc borra la selección y después Izquierda y Derecha recorren los niveles.</translation>
    </message>
    <message>
        <source>Every team is placed on {aspect}</source>
        <translation>Todos los equipos están ubicados en {aspect}</translation>
    </message>
    <message numerus="yes">
        <source>Not yet placed on {aspect}: %n team(s)</source>
        <translation>
            <numerusform>Aún sin ubicar en {aspect}: %n equipo</numerusform>
            <numerusform>Aún sin ubicar en {aspect}: %n equipos</numerusform>
        </translation>
    </message>
    <message>
        <source>{team}, {position}</source>
        <translation>{team}, {position}</translation>
    </message>
    <message>
        <source>{team}, {position}, disputed</source>
        <translation>{team}, {position}, en desacuerdo</translation>
    </message>
    <message>
        <source>Disputed ({topic}): {viewpoints}. Enter edits the disagreement.</source>
        <translation>En desacuerdo ({topic}): {viewpoints}. Intro edita el desacuerdo.</translation>
    </message>
    <message>
        <source>Disputed: {viewpoints}. Enter edits the disagreement.</source>
        <translation>En desacuerdo: {viewpoints}. Intro edita el desacuerdo.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) on {aspect}.</source>
        <translation>
            <numerusform>%n acción en {aspect}.</numerusform>
            <numerusform>%n acciones en {aspect}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Aún no hay acciones.</translation>
    </message>
    <message>
        <source>{team} ({position})</source>
        <translation>{team} ({position})</translation>
    </message>
    <message>
        <source>Here: {teams}.</source>
        <translation>Aquí: {teams}.</translation>
    </message>
    <message>
        <source>No team here.</source>
        <translation>Ningún equipo aquí.</translation>
    </message>
    <message>
        <source>Level {number} of {count}.</source>
        <translation>Nivel {number} de {count}.</translation>
    </message>
    <message>
        <source>{level}: {label}</source>
        <translation>{level}: {label}</translation>
    </message>
    <message>
        <source>no topic</source>
        <translation>sin tema</translation>
    </message>
    <message>
        <source>Disagreement on the whole organisation: {topic}</source>
        <translation>Desacuerdo sobre toda la organización: {topic}</translation>
    </message>
    <message>
        <source>Disagreement on {team}: {topic}</source>
        <translation>Desacuerdo sobre {team}: {topic}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>{holder} argues {position} because {reason}</source>
        <translation>{holder} defiende {position} (motivo: {reason})</translation>
    </message>
    <message>
        <source>{holder} argues {position}</source>
        <translation>{holder} defiende {position}</translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <source>Organisation: {topic}</source>
        <translation>Organización: {topic}</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>en desacuerdo</translation>
    </message>
    <message>
        <source>Not yet placed on {aspect} — drag a team onto the continuum</source>
        <translation>Aún sin ubicar en {aspect}: arrastre un equipo al continuo</translation>
    </message>
    <message>
        <source>Not yet placed on {aspect}</source>
        <translation>Aún sin ubicar en {aspect}</translation>
    </message>
    <message>
        <source>Every team is placed on {aspect}</source>
        <translation>Todos los equipos están ubicados en {aspect}</translation>
    </message>
    <message>
        <source>Argued: {position}</source>
        <translation>Punto de vista: {position}</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
</context>
<context>
    <name>BoardVotes</name>
    <message>
        <source>{team} is at the votes&apos; median already.</source>
        <translation>{team} ya está en la mediana de los votos.</translation>
    </message>
    <message>
        <source>The votes spread {spread} levels, not more than {threshold}: no disagreement to record.</source>
        <translation>Los votos se dispersan {spread} niveles, no más de {threshold}: no hay desacuerdo que registrar.</translation>
    </message>
    <message>
        <source>Show an aspect on the board first.</source>
        <translation>Muestre primero un aspecto en el tablero.</translation>
    </message>
    <message>
        <source>Select a team first: click its card or its votes, or press Tab.</source>
        <translation>Seleccione primero un equipo: haga clic en su tarjeta o en sus votos, o pulse Tab.</translation>
    </message>
    <message>
        <source>No revealed votes on the whole organisation here: open a vote in the room panel (Ctrl+R), then reveal it.</source>
        <translation>Aquí no hay votos revelados sobre toda la organización: abra una votación en el panel de la sala (Ctrl+R) y luego revélela.</translation>
    </message>
    <message>
        <source>No revealed votes on {team} here: open a vote in the room panel (Ctrl+R), then reveal it.</source>
        <translation>Aquí no hay votos revelados sobre {team}: abra una votación en el panel de la sala (Ctrl+R) y luego revélela.</translation>
    </message>
    <message>
        <source>At the votes&apos; median already ({position})</source>
        <translation>Ya en la mediana de los votos ({position})</translation>
    </message>
    <message>
        <source>Place at the votes&apos; median ({position})</source>
        <translation>Ubicar en la mediana de los votos ({position})</translation>
    </message>
    <message>
        <source>Record disagreement from the votes, naming the voters</source>
        <translation>Registrar el desacuerdo de los votos, nombrando a los votantes</translation>
    </message>
    <message>
        <source>Record disagreement from the votes (spread {spread} levels)</source>
        <translation>Registrar el desacuerdo de los votos (dispersión de {spread} niveles)</translation>
    </message>
</context>
<context>
    <name>DisagreementBand</name>
    <message>
        <source>no topic</source>
        <translation>sin tema</translation>
    </message>
    <message>
        <source>Disagreement on {team}: {topic}</source>
        <translation>Desacuerdo sobre {team}: {topic}</translation>
    </message>
    <message>
        <source>Disagreement (whole organisation): {topic}</source>
        <translation>Desacuerdo (toda la organización): {topic}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>• {holder}: {position} — {reason}</source>
        <translation>• {holder}: {position} — {reason}</translation>
    </message>
    <message>
        <source>• {holder}: {position}</source>
        <translation>• {holder}: {position}</translation>
    </message>
    <message>
        <source>Double-click to edit.</source>
        <translation>Haga doble clic para editar.</translation>
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
        <translation>Detalle del nivel</translation>
    </message>
    <message>
        <source>Point at a level, or select a team, to read that level here.</source>
        <translation>Señale un nivel o seleccione un equipo para leer aquí ese nivel.</translation>
    </message>
    <message>
        <source>+ action</source>
        <translation>+ acción</translation>
    </message>
    <message>
        <source>{aspect} · Level {number} of {count}</source>
        <translation>{aspect} · Nivel {number} de {count}</translation>
    </message>
    <message>
        <source>{level}: {label}</source>
        <translation>{level}: {label}</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>Características</translation>
    </message>
    <message>
        <source>Example scenarios</source>
        <translation>Escenarios de ejemplo</translation>
    </message>
    <message>
        <source>{topic}:</source>
        <translation>{topic}:</translation>
    </message>
    <message>
        <source>+ action: add a draft action toward {level}: {characteristic}</source>
        <translation>+ acción: añadir un borrador de acción hacia {level}: {characteristic}</translation>
    </message>
</context>
<context>
    <name>OverviewTable</name>
    <message>
        <source>Overview of all teams and aspects</source>
        <translation>Vista general de todos los equipos y aspectos</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>sin ubicar</translation>
    </message>
    <message>
        <source>{team} — {aspect}: not placed</source>
        <translation>{team} — {aspect}: sin ubicar</translation>
    </message>
    <message>
        <source>its own</source>
        <translation>propio</translation>
    </message>
    <message>
        <source>the organisation&apos;s</source>
        <translation>de la organización</translation>
    </message>
    <message>
        <source>{distance} levels to go</source>
        <translation>faltan {distance} niveles</translation>
    </message>
    <message>
        <source>; target {position} ({whose}), {to_go}</source>
        <translation>; objetivo {position} ({whose}), {to_go}</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>alcanzado</translation>
    </message>
    <message>
        <source>, heading toward {level}</source>
        <translation>, en camino hacia {level}</translation>
    </message>
    <message>
        <source>; last time {position}</source>
        <translation>; la última vez {position}</translation>
    </message>
    <message>
        <source>{team} — {aspect}: {position}</source>
        <translation>{team} — {aspect}: {position}</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>The organisation&apos;s target on each aspect</source>
        <translation>El objetivo de la organización en cada aspecto</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>the format of a target&apos;s month (QDate)</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>{position} by {date}</source>
        <translation>{position} para {date}</translation>
    </message>
    <message>
        <source>The organisation&apos;s target on {aspect}: {target}</source>
        <translation>Objetivo de la organización en {aspect}: {target}</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= igual</translation>
    </message>
    <message>
        <source>new</source>
        <comment>a team placed for the first time</comment>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>was placed</source>
        <translation>estaba ubicado</translation>
    </message>
</context>
<context>
    <name>PositionEdit</name>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>between Operational and Scalable</source>
        <comment>the longest position in words: room for it</comment>
        <translation>entre Operativo y Escalable</translation>
    </message>
    <message>
        <source>{prefix}: {position}</source>
        <translation>{prefix}: {position}</translation>
    </message>
    <message>
        <source>{position} ({number} in level units)</source>
        <translation>{position} ({number} en unidades de nivel)</translation>
    </message>
</context>
<context>
    <name>PreviousPositionsLayer</name>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); not placed yet this time</source>
        <translation>{team} en {aspect}, {when}: {before} ({before_number}); aún sin ubicar esta vez</translation>
    </message>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): stayed</source>
        <translation>{team} en {aspect}, {when}: {before} ({before_number}); ahora {now} ({now_number}): sin cambios</translation>
    </message>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): moved up {amount} levels</source>
        <translation>{team} en {aspect}, {when}: {before} ({before_number}); ahora {now} ({now_number}): subió {amount} niveles</translation>
    </message>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): moved down {amount} levels</source>
        <translation>{team} en {aspect}, {when}: {before} ({before_number}); ahora {now} ({now_number}): bajó {amount} niveles</translation>
    </message>
</context>
<context>
    <name>SuggestionLayer</name>
    <message>
        <source>Answers for {whose} suggest {position} ({answered} of {asked} answered)</source>
        <translation>Las respuestas de {whose} sugieren {position} ({answered} de {asked} respondidas)</translation>
    </message>
    <message>
        <source>Answers suggest {position} ({answered} of {asked} answered)</source>
        <translation>Las respuestas sugieren {position} ({answered} de {asked} respondidas)</translation>
    </message>
    <message>
        <source>Answers suggest {position}</source>
        <translation>Las respuestas sugieren {position}</translation>
    </message>
    <message>
        <source>Answers: {position}</source>
        <translation>Respuestas: {position}</translation>
    </message>
    <message>
        <source>Place here</source>
        <translation>Ubicar aquí</translation>
    </message>
    <message>
        <source>Place here (the Questions tab, or P on the question stage) moves the card there</source>
        <translation>«Ubicar aquí» (la pestaña Preguntas, o P en el escenario de preguntas) mueve la tarjeta allí</translation>
    </message>
</context>
<context>
    <name>TargetMarker</name>
    <message>
        <source>Drag to set a target</source>
        <translation>Arrastre para fijar un objetivo</translation>
    </message>
    <message>
        <source>Target: {position} · by {date}</source>
        <translation>Objetivo: {position} · para el {date}</translation>
    </message>
    <message>
        <source>Target: {position}</source>
        <translation>Objetivo: {position}</translation>
    </message>
    <message>
        <source>target {position}</source>
        <translation>objetivo {position}</translation>
    </message>
    <message>
        <source>{distance} to go</source>
        <translation>faltan {distance}</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>alcanzado</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>the format of a target&apos;s date (QDate)</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>the organisation&apos;s target</source>
        <translation>el objetivo de la organización</translation>
    </message>
    <message>
        <source>its own target</source>
        <translation>su propio objetivo</translation>
    </message>
    <message>
        <source>{team}: {whose}, {position} by {date} ({label})</source>
        <translation>{team}: {whose}, {position} para el {date} ({label})</translation>
    </message>
    <message>
        <source>{team}: {whose}, {position} ({label})</source>
        <translation>{team}: {whose}, {position} ({label})</translation>
    </message>
    <message>
        <source>No target on {aspect} yet: drag the flag onto the continuum, or press Ctrl+Shift+T.</source>
        <translation>Aún no hay objetivo en {aspect}: arrastre la bandera al continuo o pulse Ctrl+Shift+T.</translation>
    </message>
    <message>
        <source>{target}. Drag it, or click it and use Left and Right; Delete removes it, Enter edits it.</source>
        <translation>{target}. Arrástrelo, o haga clic en él y use Izquierda y Derecha; Supr lo elimina, Intro lo edita.</translation>
    </message>
</context>
<context>
    <name>TeamCard</name>
    <message>
        <source>{team}: not placed</source>
        <translation>{team}: sin ubicar</translation>
    </message>
    <message>
        <source>{team}: {position}, heading toward {level}</source>
        <translation>{team}: {position}, en camino hacia {level}</translation>
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
            <numerusform>y %n equipo más con votos: el panel de la sala (Ctrl+R) los lista todos</numerusform>
            <numerusform>y %n equipos más con votos: el panel de la sala (Ctrl+R) los lista todos</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
    <message>
        <source>{team}: median {position}, spread {spread}</source>
        <translation>{team}: mediana {position}, dispersión {spread}</translation>
    </message>
    <message>
        <source>{team}: median {position}</source>
        <translation>{team}: mediana {position}</translation>
    </message>
    <message numerus="yes">
        <source>{team}: %n vote(s), median {median}, from {lowest} to {highest}; they spread {spread}, wider than the threshold</source>
        <translation>
            <numerusform>{team}: %n voto, mediana {median}, de {lowest} a {highest}; dispersión de {spread}, mayor que el umbral</numerusform>
            <numerusform>{team}: %n votos, mediana {median}, de {lowest} a {highest}; dispersión de {spread}, mayor que el umbral</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{team}: %n vote(s), median {median}, from {lowest} to {highest}</source>
        <translation>
            <numerusform>{team}: %n voto, mediana {median}, de {lowest} a {highest}</numerusform>
            <numerusform>{team}: %n votos, mediana {median}, de {lowest} a {highest}</numerusform>
        </translation>
    </message>
    <message>
        <source>1 level</source>
        <translation>1 nivel</translation>
    </message>
    <message>
        <source>{levels} levels</source>
        <translation>{levels} niveles</translation>
    </message>
    <message>
        <source>{aspect}, {team} only</source>
        <translation>{aspect}, solo {team}</translation>
    </message>
    <message>
        <source>no votes</source>
        <translation>ningún voto</translation>
    </message>
    <message>
        <source>{votes} from {people}</source>
        <translation>{votes} de {people}</translation>
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
        <source>Vote open on {about}: no votes yet; they stay hidden until revealed</source>
        <translation>Votación abierta sobre {about}: aún no hay votos; permanecen ocultos hasta revelarlos</translation>
    </message>
    <message>
        <source>Vote open on {about}: {votes} so far, hidden until revealed</source>
        <translation>Votación abierta sobre {about}: {votes} hasta ahora, ocultos hasta revelarlos</translation>
    </message>
    <message>
        <source>Vote closed on {about}: {votes}, hidden until revealed</source>
        <translation>Votación cerrada sobre {about}: {votes}, ocultos hasta revelarlos</translation>
    </message>
    <message>
        <source>The room&apos;s votes on {about}: {votes}; the bar marks each median</source>
        <translation>Los votos de la sala sobre {about}: {votes}; la barra marca cada mediana</translation>
    </message>
</context>
</TS>
