<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Editar acción</translation>
    </message>
    <message>
        <source>Agree an action</source>
        <translation>Acordar una acción</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Qué se hará</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
    <message>
        <source>No target level</source>
        <translation>Sin nivel objetivo</translation>
    </message>
    <message>
        <source>Toward {level}</source>
        <translation>Hacia {level}</translation>
    </message>
    <message>
        <source>Who makes sure it happens</source>
        <translation>Quién se asegura de que ocurra</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Con fecha límite</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Details, context, first steps</source>
        <translation>Detalles, contexto, primeros pasos</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Aspect</source>
        <translation>&amp;Aspecto</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>&amp;Equipo</translation>
    </message>
    <message>
        <source>Ta&amp;rget</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Fecha límite</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>&amp;Detalle</translation>
    </message>
    <message>
        <source>For the whole organisation: choose the level this action moves toward.</source>
        <translation>Para toda la organización: elija el nivel hacia el que avanza esta acción.</translation>
    </message>
    <message>
        <source>{team} is not placed on this aspect yet, so there is no default target.</source>
        <translation>{team} aún no está ubicado en este aspecto, por lo que no hay un objetivo propuesto.</translation>
    </message>
    <message>
        <source>{team}: {standing}, the highest level. There is no level to move toward.</source>
        <translation>{team}: {standing}, el nivel más alto. No hay un nivel siguiente.</translation>
    </message>
    <message>
        <source>{team}: {standing}, so heading toward {level}.</source>
        <translation>{team}: {standing}, por tanto, en camino hacia {level}.</translation>
    </message>
</context>
<context>
    <name>ActionList</name>
    <message>
        <source>Actions on this aspect</source>
        <translation>Acciones sobre este aspecto</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add action on this aspect</source>
        <translation>Añadir una acción sobre este aspecto</translation>
    </message>
    <message>
        <source>Edit the selected action on this aspect</source>
        <translation>Editar la acción seleccionada sobre este aspecto</translation>
    </message>
    <message>
        <source>Delete the selected action on this aspect</source>
        <translation>Eliminar la acción seleccionada sobre este aspecto</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Mark the selected action done</source>
        <translation>Marcar como hecha la acción seleccionada</translation>
    </message>
    <message>
        <source>Mark the selected action on this aspect done</source>
        <translation>Marcar como hecha la acción seleccionada sobre este aspecto</translation>
    </message>
    <message>
        <source>→ no target</source>
        <translation>→ sin objetivo</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
</context>
<context>
    <name>ActionReviewDialog</name>
    <message>
        <source>Review of carried actions</source>
        <translation>Revisión de las acciones traspasadas</translation>
    </message>
    <message>
        <source>These actions were still open at the end of the previous workshop ({when}). For each: was it done, is it still open (carried on), or was it dropped? Keys: D done · C carried on · X dropped · 0 not reviewed · N a note first (Enter keeps it) · Ctrl+Z undo</source>
        <translation>Estas acciones seguían abiertas al final del taller anterior ({when}). Para cada una: ¿se realizó, sigue abierta (continúa) o se descartó? Teclas: D hecha · C continúa · X descartada · 0 sin revisar · N primero una nota (Intro la guarda) · Ctrl+Z deshacer</translation>
    </message>
    <message>
        <source>Carried actions</source>
        <translation>Acciones traspasadas</translation>
    </message>
    <message>
        <source>&amp;Done (D)</source>
        <translation>&amp;Hecha (D)</translation>
    </message>
    <message>
        <source>&amp;Carried on (C)</source>
        <translation>&amp;Continúa (C)</translation>
    </message>
    <message>
        <source>Dr&amp;opped (X)</source>
        <translation>&amp;Descartada (X)</translation>
    </message>
    <message>
        <source>&amp;Not reviewed (0)</source>
        <translation>&amp;Sin revisar (0)</translation>
    </message>
    <message>
        <source>A note, e.g. what was done or why it was dropped (Enter keeps it)</source>
        <translation>Una nota, p. ej., qué se hizo o por qué se descartó (Intro la guarda)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
        <source>{done} of {count} reviewed</source>
        <translation>Revisadas: {done} de {count}</translation>
    </message>
    <message>
        <source>No action was carried from the previous workshop.</source>
        <translation>No se traspasó ninguna acción del taller anterior.</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
    <message>
        <source>a team no longer here</source>
        <translation>un equipo que ya no está</translation>
    </message>
    <message>
        <source>toward {level}</source>
        <translation>hacia {level}</translation>
    </message>
    <message>
        <source>owner: {owner}</source>
        <translation>responsable: {owner}</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>fecha límite: {date}</translation>
    </message>
    <message>
        <source>last time: {status}</source>
        <translation>la última vez: {status}</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Hecha</translation>
    </message>
    <message>
        <source>→ Carried on: still open in this workshop</source>
        <translation>→ Continúa: sigue abierta en este taller</translation>
    </message>
    <message>
        <source>✗ Dropped</source>
        <translation>✗ Descartada</translation>
    </message>
    <message>
        <source>• Not reviewed yet</source>
        <translation>• Aún sin revisar</translation>
    </message>
    <message>
        <source>{outcome} (its action was removed from this workshop)</source>
        <translation>{outcome} (su acción se eliminó de este taller)</translation>
    </message>
</context>
<context>
    <name>ChangeModelLanguageCommand</name>
    <message>
        <source>show the model in {language}</source>
        <translation>mostrar el modelo en {language}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Export PDF report…</source>
        <translation>Exportar informe PDF…</translation>
    </message>
    <message>
        <source>Export the trend (PDF report)</source>
        <translation>Exportar la evolución (informe PDF)</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Documentos PDF</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Exportar Markdown…</translation>
    </message>
    <message>
        <source>Export the trend (Markdown)</source>
        <translation>Exportar la evolución (Markdown)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the trend (CSV)</source>
        <translation>Exportar la evolución (CSV)</translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation>Tablas CSV</translation>
    </message>
    <message>
        <source>Compare workshops</source>
        <translation>Comparar talleres</translation>
    </message>
    <message>
        <source>Workshops compared</source>
        <translation>Talleres comparados</translation>
    </message>
    <message>
        <source>&amp;Add workshops…</source>
        <translation>&amp;Añadir talleres…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>In workshops</source>
        <translation>En talleres</translation>
    </message>
    <message>
        <source>Same team as</source>
        <translation>Mismo equipo que</translation>
    </message>
    <message>
        <source>Teams matched across the workshops</source>
        <translation>Equipos emparejados entre los talleres</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Positions over time</source>
        <translation>Posiciones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Positions on</source>
        <translation>Posiciones en</translation>
    </message>
    <message>
        <source>Workshops of the same model, oldest first. Teams are matched by their identity (a follow-up keeps it) or by name; if a team goes by another name in another workshop, say which with “Same team as”.</source>
        <translation>Talleres del mismo modelo, del más antiguo al más reciente. Los equipos se emparejan por su identidad (un taller de seguimiento la conserva) o por su nombre; si un equipo tiene otro nombre en otro taller, indíquelo con «Mismo equipo que».</translation>
    </message>
    <message>
        <source>Workshops to compare</source>
        <translation>Talleres que comparar</translation>
    </message>
    <message>
        <source>Some workshops cannot be compared</source>
        <translation>Algunos talleres no se pueden comparar</translation>
    </message>
    <message numerus="yes">
        <source>{title} — {file} and %n earlier workshop(s) inside it</source>
        <translation>
            <numerusform>{title} — {file}, con %n taller anterior que contiene</numerusform>
            <numerusform>{title} — {file}, con los %n talleres anteriores que contiene</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — {file}</source>
        <translation>{title} — {file}</translation>
    </message>
    <message>
        <source>Add the workshops to compare.</source>
        <translation>Añada los talleres que desea comparar.</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n taller</numerusform>
            <numerusform>%n talleres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n equipo</numerusform>
            <numerusform>%n equipos</numerusform>
        </translation>
    </message>
    <message>
        <source>{workshops}, {teams}.</source>
        <translation>{workshops}, {teams}.</translation>
    </message>
    <message>
        <source>Also called: {names}</source>
        <translation>También llamado: {names}</translation>
    </message>
    <message>
        <source>— itself —</source>
        <translation>— él mismo —</translation>
    </message>
    <message>
        <source>Same team as, for {team}</source>
        <translation>Mismo equipo que, para {team}</translation>
    </message>
    <message>
        <source>The trend was not exported</source>
        <translation>La evolución no se exportó</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Se escribió {path}</translation>
    </message>
</context>
<context>
    <name>DisagreementDialog</name>
    <message>
        <source>Edit a disagreement — {aspect}</source>
        <translation>Editar un desacuerdo — {aspect}</translation>
    </message>
    <message>
        <source>Record a disagreement — {aspect}</source>
        <translation>Registrar un desacuerdo — {aspect}</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
    <message>
        <source>What is disputed, in a few words</source>
        <translation>Qué se discute, en pocas palabras</translation>
    </message>
    <message>
        <source>Add a &amp;viewpoint</source>
        <translation>Añadir un &amp;punto de vista</translation>
    </message>
    <message>
        <source>&amp;Resolved: the room agreed</source>
        <translation>Resuel&amp;to: el grupo llegó a un acuerdo</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Qué se acordó</translation>
    </message>
    <message>
        <source>Agreed position</source>
        <translation>Posición acordada</translation>
    </message>
    <message>
        <source>Agreed position, another one</source>
        <translation>Posición acordada, otra</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Equipo</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <source>Viewpoints</source>
        <translation>Puntos de vista</translation>
    </message>
    <message>
        <source>Re&amp;solution</source>
        <translation>&amp;Resolución</translation>
    </message>
    <message>
        <source>A&amp;greed position</source>
        <translation>Posición &amp;acordada</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Aún sin elegir</translation>
    </message>
    <message>
        <source>{position} (as {who} argued)</source>
        <translation>{position} (según {who})</translation>
    </message>
    <message>
        <source>{position} (as someone argued)</source>
        <translation>{position} (según alguien)</translation>
    </message>
    <message>
        <source>Another position…</source>
        <translation>Otra posición…</translation>
    </message>
    <message>
        <source>Move {team}’s card there</source>
        <translation>Mover ahí la tarjeta de {team}</translation>
    </message>
    <message>
        <source>A disagreement needs at least two viewpoints.</source>
        <translation>Un desacuerdo necesita al menos dos puntos de vista.</translation>
    </message>
</context>
<context>
    <name>DisagreementList</name>
    <message>
        <source>Disagreements on this aspect</source>
        <translation>Desacuerdos sobre este aspecto</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Registrar…</translation>
    </message>
    <message>
        <source>Record disagreement on this aspect</source>
        <translation>Registrar un desacuerdo sobre este aspecto</translation>
    </message>
    <message>
        <source>Edit the selected disagreement on this aspect</source>
        <translation>Editar el desacuerdo seleccionado sobre este aspecto</translation>
    </message>
    <message>
        <source>Delete the selected disagreement on this aspect</source>
        <translation>Eliminar el desacuerdo seleccionado sobre este aspecto</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>desacuerdo</translation>
    </message>
    <message>
        <source>{team} — {topic}</source>
        <translation>{team} — {topic}</translation>
    </message>
    <message>
        <source>{team} — {topic}  ✓ resolved</source>
        <translation>{team} — {topic}  ✓ resuelto</translation>
    </message>
    <message>
        <source>Agreed: {resolution}{end}</source>
        <translation>Acordado: {resolution}{end}</translation>
    </message>
    <message>
        <source>Agreed position: {position}.</source>
        <translation>Posición acordada: {position}.</translation>
    </message>
    <message>
        <source>{who} ({position}): {reason}</source>
        <translation>{who} ({position}): {reason}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export the PDF roadmap ({page_size})</source>
        <translation>Exportar la hoja de ruta en PDF ({page_size})</translation>
    </message>
    <message>
        <source>Export the PDF roadmap</source>
        <translation>Exportar la hoja de ruta en PDF</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Documentos PDF</translation>
    </message>
    <message>
        <source>Export CSV tables (ZIP of placements, actions, disagreements, votes, answers)</source>
        <translation>Exportar tablas CSV (ZIP de ubicaciones, acciones, desacuerdos, votos, respuestas)</translation>
    </message>
    <message>
        <source>ZIP archives of CSV tables</source>
        <translation>Archivos ZIP de tablas CSV</translation>
    </message>
    <message>
        <source>Export the Markdown summary</source>
        <translation>Exportar el resumen en Markdown</translation>
    </message>
    <message>
        <source>Export JSON (the whole workshop, for import)</source>
        <translation>Exportar JSON (todo el taller, para importarlo)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>That is the workshop file itself; choose another name.</source>
        <translation>Es el propio archivo del taller; elija otro nombre.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Exportación cancelada; no se escribió nada</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <source>Roadmap exported</source>
        <translation>Hoja de ruta exportada</translation>
    </message>
    <message>
        <source>The roadmap is saved as {file} in {folder}.</source>
        <translation>La hoja de ruta se guardó como {file} en {folder}.</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Abrir el PDF</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>Mostrar la carpeta</translation>
    </message>
    <message>
        <source>Import a workshop from JSON</source>
        <translation>Importar un taller desde JSON</translation>
    </message>
    <message>
        <source>Save the imported workshop as</source>
        <translation>Guardar el taller importado como</translation>
    </message>
    <message>
        <source>Cannot import the workshop</source>
        <translation>No se puede importar el taller</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Escribiendo {file}…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Could not start the export: {reason}</source>
        <translation>No se pudo iniciar la exportación: {reason}</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly ({reason}); nothing was written.</source>
        <translation>La exportación se detuvo de forma inesperada ({reason}); no se escribió nada.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly; nothing was written.</source>
        <translation>La exportación se detuvo de forma inesperada; no se escribió nada.</translation>
    </message>
    <message>
        <source>The export ended with status {status}; nothing was written.</source>
        <translation>La exportación terminó con el estado {status}; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Start a follow-up</source>
        <translation>Iniciar un seguimiento</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message numerus="yes">
        <source>A new workshop that starts from “{title}” ({when}): the same model, teams and targets; its %n open action(s) carried in for review; and the previous workshop kept inside the new file as its history, so the new one shows what moved even if the old file is gone. The previous file is not changed.</source>
        <translation>
            <numerusform>Un nuevo taller que parte de «{title}» ({when}): el mismo modelo, los mismos equipos y objetivos; %n acción abierta, traspasada para revisarla; y el taller anterior guardado en el nuevo archivo como historial, de modo que el nuevo muestra qué cambió aunque el archivo antiguo ya no exista. El archivo anterior no se modifica.</numerusform>
            <numerusform>Un nuevo taller que parte de «{title}» ({when}): el mismo modelo, los mismos equipos y objetivos; %n acciones abiertas, traspasadas para revisarlas; y el taller anterior guardado en el nuevo archivo como historial, de modo que el nuevo muestra qué cambió aunque el archivo antiguo ya no exista. El archivo anterior no se modifica.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Where they were last time</source>
        <translation>&amp;Donde estaban la última vez</translation>
    </message>
    <message>
        <source>In the &amp;tray, to place them afresh (last time&apos;s positions still show)</source>
        <translation>En la &amp;bandeja, para volver a ubicarlas (se ven las posiciones anteriores)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Cards start</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Use version {new} of the model (this workshop used {old})</source>
        <translation>Usar la versión {new} del modelo (este taller usaba la {old})</translation>
    </message>
    <message>
        <source>What changes in the newer version</source>
        <translation>Qué cambia en la versión más reciente</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Guardar como</translation>
    </message>
    <message>
        <source>Start follow-up</source>
        <translation>Iniciar seguimiento</translation>
    </message>
    <message>
        <source>Save the follow-up as</source>
        <translation>Guardar el seguimiento como</translation>
    </message>
</context>
<context>
    <name>ModelError</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>This model translation cannot be used</source>
        <translation>Esta traducción del modelo no se puede usar</translation>
    </message>
    <message numerus="yes">
        <source>{file} is not a valid model translation (%n problem(s)).</source>
        <translation>
            <numerusform>{file} no es una traducción de modelo válida (%n problema).</numerusform>
            <numerusform>{file} no es una traducción de modelo válida (%n problemas).</numerusform>
        </translation>
    </message>
    <message>
        <source>This maturity model cannot be used</source>
        <translation>Este modelo de madurez no se puede usar</translation>
    </message>
    <message numerus="yes">
        <source>{file} is not a valid maturity model (%n problem(s)).</source>
        <translation>
            <numerusform>{file} no es un modelo de madurez válido (%n problema).</numerusform>
            <numerusform>{file} no es un modelo de madurez válido (%n problemas).</numerusform>
        </translation>
    </message>
    <message>
        <source>• line {line}: {path}: {message}</source>
        <translation>• línea {line}: {path}: {message}</translation>
    </message>
    <message>
        <source>• line {line}: {message}</source>
        <translation>• línea {line}: {message}</translation>
    </message>
</context>
<context>
    <name>ModelLanguageCombo</name>
    <message>
        <source>Model language</source>
        <translation>Idioma del modelo</translation>
    </message>
    <message>
        <source>The language of the model&apos;s texts on the board and in the exports</source>
        <translation>El idioma de los textos del modelo en el tablero y en las exportaciones</translation>
    </message>
    <message>
        <source>{language} — the model&apos;s own</source>
        <translation>{language} — idioma original del modelo</translation>
    </message>
</context>
<context>
    <name>ModelLanguageMenu</name>
    <message>
        <source>Model &amp;language</source>
        <translation>&amp;Idioma del modelo</translation>
    </message>
    <message>
        <source>The bundled translation is of another version of the model than this workshop&apos;s copy ({why})</source>
        <translation>La traducción incluida corresponde a otra versión del modelo que la copia de este taller ({why})</translation>
    </message>
    <message>
        <source>From a translation file…</source>
        <translation>Desde un archivo de traducción…</translation>
    </message>
    <message>
        <source>Model translations</source>
        <translation>Traducciones del modelo</translation>
    </message>
    <message>
        <source>Choose a model translation</source>
        <translation>Elegir una traducción del modelo</translation>
    </message>
    <message>
        <source>{language} (the model&apos;s own)</source>
        <translation>{language} (idioma original del modelo)</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <source>e.g. Acme platform maturity workshop</source>
        <translation>p. ej., Taller de madurez de plataforma de Acme</translation>
    </message>
    <message>
        <source>Who is in the room (names or roles)</source>
        <translation>Quién está en la sala (nombres o roles)</translation>
    </message>
    <message>
        <source>Another model file…</source>
        <translation>Otro archivo de modelo…</translation>
    </message>
    <message>
        <source>Team name, then Enter</source>
        <translation>Nombre del equipo y luego Intro</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>Fa&amp;cilitación</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>Model &amp;language</source>
        <translation>&amp;Idioma del modelo</translation>
    </message>
    <message>
        <source>T&amp;eams</source>
        <translation>&amp;Equipos</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Guardar como</translation>
    </message>
    <message>
        <source>Create workshop</source>
        <translation>Crear taller</translation>
    </message>
    <message>
        <source>Create the workshop ({keys})</source>
        <translation>Crear el taller ({keys})</translation>
    </message>
    <message>
        <source>Team already listed</source>
        <translation>Equipo ya incluido</translation>
    </message>
    <message>
        <source>There is already a team called “{name}”.</source>
        <translation>Ya hay un equipo llamado «{name}».</translation>
    </message>
    <message>
        <source>Colour of {team}</source>
        <translation>Color de {team}</translation>
    </message>
    <message>
        <source>Maturity models</source>
        <translation>Modelos de madurez</translation>
    </message>
    <message>
        <source>Choose a maturity model</source>
        <translation>Elegir un modelo de madurez</translation>
    </message>
    <message>
        <source>Save the workshop as</source>
        <translation>Guardar el taller como</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Backups of {file}, newest first. The one you choose is restored as a new file; the original stays as it is.</source>
        <translation>Copias de seguridad de {file}, de la más reciente a la más antigua. La que elija se restaura como un archivo nuevo; el original queda como está.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>{made}   ({size} KB)</source>
        <translation>{made}   ({size} KB)</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>Restaurar como</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>There are no backups of this workshop yet.</source>
        <translation>Aún no hay copias de seguridad de este taller.</translation>
    </message>
    <message>
        <source>Restore &amp;as:</source>
        <translation>Restaurar &amp;como:</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Target on {aspect}</source>
        <translation>Objetivo en {aspect}</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
    <message>
        <source>Exact position in level units</source>
        <translation>Posición exacta en unidades de nivel</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Para el</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>Pa&amp;ra</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Nivel</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>P&amp;osición</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Fijar objetivo</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Quitar objetivo</translation>
    </message>
    <message>
        <source>The organisation&apos;s target is what every team works toward unless it has one of its own.</source>
        <translation>El objetivo de la organización es hacia el que trabaja cada equipo que no tenga uno propio.</translation>
    </message>
    <message>
        <source>{team} is not placed on {aspect} yet.</source>
        <translation>{team} aún no está ubicado en {aspect}.</translation>
    </message>
    <message>
        <source>{team} is at {position} ({number}): {distance} levels to go.</source>
        <translation>{team} está en {position} ({number}): faltan {distance} niveles.</translation>
    </message>
    <message>
        <source>{team} is at {position} ({number}): already reached.</source>
        <translation>{team} está en {position} ({number}): ya alcanzado.</translation>
    </message>
    <message>
        <source>{note} It works toward the organisation&apos;s target until it has one of its own.</source>
        <translation>{note} Trabaja hacia el objetivo de la organización hasta que tenga uno propio.</translation>
    </message>
</context>
<context>
    <name>TimeboxButton</name>
    <message>
        <source>Timebox, not running</source>
        <translation>Temporizador, detenido</translation>
    </message>
    <message>
        <source>Opens a menu: start a countdown of 5 to 30 minutes, or stop it</source>
        <translation>Abre un menú: iniciar una cuenta atrás de 5 a 30 minutos o detenerla</translation>
    </message>
    <message>
        <source>Timebox the discussion</source>
        <translation>Limitar el tiempo de la discusión</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Time is up (+{time})</source>
        <translation>Se acabó el tiempo (+{time})</translation>
    </message>
    <message>
        <source>Timebox: time is up</source>
        <translation>Temporizador: se acabó el tiempo</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message numerus="yes">
        <source>Timebox: %n minute(s) left</source>
        <translation>
            <numerusform>Temporizador: queda %n minuto</numerusform>
            <numerusform>Temporizador: quedan %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>One minute left</source>
        <translation>Queda un minuto</translation>
    </message>
</context>
<context>
    <name>ViewpointRow</name>
    <message>
        <source>Who (e.g. SRE leads)</source>
        <translation>Quién (p. ej., líderes de SRE)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Viewpoint {number}: who holds it</source>
        <translation>Punto de vista {number}: quién lo sostiene</translation>
    </message>
    <message>
        <source>Viewpoint {number}: position</source>
        <translation>Punto de vista {number}: posición</translation>
    </message>
    <message>
        <source>Viewpoint {number}: why</source>
        <translation>Punto de vista {number}: por qué</translation>
    </message>
    <message>
        <source>Remove viewpoint {number}</source>
        <translation>Quitar el punto de vista {number}</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsDialog</name>
    <message>
        <source>Workshop details</source>
        <translation>Detalles del taller</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>Fa&amp;cilitación</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>WorkshopPath</name>
    <message>
        <source>PEM workshops</source>
        <translation>Talleres PEM</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>El archivo ya existe</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name.</source>
        <translation>{path} ya existe. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Cannot save there</source>
        <translation>No se puede guardar ahí</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation>No se puede crear la carpeta {folder}: {reason}</translation>
    </message>
</context>
</TS>
