<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>PEM Desktop hit an unexpected problem. Every change you made before this is saved in the workshop file.</source>
        <translation>PEM Desktop ha encontrado un problema inesperado. Todos los cambios que usted hizo antes están guardados en el archivo del taller.</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>{title} — {app} (audience view)</source>
        <translation>{title} — {app} (vista para el público)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>&amp;System default ({language})</source>
        <translation>Idioma del &amp;sistema ({language})</translation>
    </message>
    <message>
        <source>The language of menus and dialogs; the model&apos;s has its own menu</source>
        <translation>El idioma de los menús y cuadros de diálogo; el del modelo tiene su propio menú</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>PEM Desktop will be in {language} from its next start.</source>
        <translation>PEM Desktop estará en {language} a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Restart now? The open workshop opens again as it is: every change is already saved.</source>
        <translation>¿Reiniciar ahora? El taller abierto se volverá a abrir tal como está: todos los cambios ya están guardados.</translation>
    </message>
    <message>
        <source>The room for votes from phones closes.</source>
        <translation>La sala de votación desde teléfonos se cerrará.</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>¿Reiniciar ahora?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>PEM Desktop could not be started again. Quit it and start it yourself to change the language.</source>
        <translation>No se pudo reiniciar PEM Desktop. Ciérrelo e inícielo usted mismo para cambiar el idioma.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Find where each team stands in the Platform Engineering Maturity Model, and agree what to do next.</source>
        <translation>Determine dónde se encuentra cada equipo en el Modelo de Madurez de Ingeniería de Plataformas y acuerde los próximos pasos.</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Nuevo taller…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Abrir la demo</translation>
    </message>
    <message>
        <source>A fresh copy of a realistic example workshop, to try things out</source>
        <translation>Una copia nueva de un taller de ejemplo realista, para hacer pruebas</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Talleres recientes</translation>
    </message>
    <message>
        <source>Start follow-up of the selected workshop…</source>
        <translation>Iniciar un taller de seguimiento del taller seleccionado…</translation>
    </message>
    <message>
        <source>A new workshop that starts from the selected one and keeps it as its history</source>
        <translation>Un taller nuevo que parte del seleccionado y lo conserva como historial</translation>
    </message>
    <message>
        <source>No recent workshops yet. Create one, or open the demo to look around.</source>
        <translation>Todavía no hay talleres recientes. Cree uno o abra la demo para explorar la aplicación.</translation>
    </message>
    <message>
        <source>missing: {path}</source>
        <translation>no encontrado: {path}</translation>
    </message>
    <message>
        <source>last opened {when}</source>
        <translation>abierto por última vez: {when}</translation>
    </message>
    <message>
        <source>Start &amp;follow-up…</source>
        <translation>Iniciar taller de &amp;seguimiento…</translation>
    </message>
    <message>
        <source>&amp;Remove from this list</source>
        <translation>&amp;Quitar de esta lista</translation>
    </message>
</context>
</TS>
