<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>PEM Desktop hit an unexpected problem. Every change you made before this is saved in the workshop file.</source>
        <translation>O PEM Desktop encontrou um problema inesperado. Todas as alterações que você fez antes disso estão salvas no arquivo do workshop.</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>{title} — {app} (audience view)</source>
        <translation>{title} — {app} (visão do público)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
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
        <translation>Idioma do &amp;sistema ({language})</translation>
    </message>
    <message>
        <source>The language of menus and dialogs; the model&apos;s has its own menu</source>
        <translation>O idioma dos menus e das caixas de diálogo; o do modelo tem um menu próprio</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>PEM Desktop will be in {language} from its next start.</source>
        <translation>O PEM Desktop estará em {language} a partir da próxima inicialização.</translation>
    </message>
    <message>
        <source>Restart now? The open workshop opens again as it is: every change is already saved.</source>
        <translation>Reiniciar agora? O workshop aberto será reaberto como está: todas as alterações já estão salvas.</translation>
    </message>
    <message>
        <source>The room for votes from phones closes.</source>
        <translation>A sala de votação pelo celular será fechada.</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>Reiniciar agora?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar agora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Mais &amp;tarde</translation>
    </message>
    <message>
        <source>PEM Desktop could not be started again. Quit it and start it yourself to change the language.</source>
        <translation>Não foi possível reiniciar o PEM Desktop. Feche-o e abra-o novamente para mudar o idioma.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Find where each team stands in the Platform Engineering Maturity Model, and agree what to do next.</source>
        <translation>Descubra onde cada time está no Modelo de Maturidade de Engenharia de Plataforma e defina os próximos passos.</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Novo workshop…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Abrir a demo</translation>
    </message>
    <message>
        <source>A fresh copy of a realistic example workshop, to try things out</source>
        <translation>Uma cópia nova de um workshop de exemplo realista, para experimentar</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Workshops recentes</translation>
    </message>
    <message>
        <source>Start follow-up of the selected workshop…</source>
        <translation>Iniciar um workshop de acompanhamento do selecionado…</translation>
    </message>
    <message>
        <source>A new workshop that starts from the selected one and keeps it as its history</source>
        <translation>Um novo workshop que parte do selecionado e o mantém como histórico</translation>
    </message>
    <message>
        <source>No recent workshops yet. Create one, or open the demo to look around.</source>
        <translation>Ainda não há workshops recentes. Crie um ou abra a demo para conhecer o aplicativo.</translation>
    </message>
    <message>
        <source>missing: {path}</source>
        <translation>não encontrado: {path}</translation>
    </message>
    <message>
        <source>last opened {when}</source>
        <translation>aberto pela última vez em {when}</translation>
    </message>
    <message>
        <source>Start &amp;follow-up…</source>
        <translation>Iniciar workshop de &amp;acompanhamento…</translation>
    </message>
    <message>
        <source>&amp;Remove from this list</source>
        <translation>&amp;Remover desta lista</translation>
    </message>
</context>
</TS>
