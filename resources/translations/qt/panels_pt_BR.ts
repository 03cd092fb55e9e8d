<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ActionStatus</name>
    <message>
        <source>proposed</source>
        <translation>proposta</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>acordada</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluída</translation>
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
        <translation>Time</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Organização inteira</translation>
    </message>
</context>
<context>
    <name>AllActionsView</name>
    <message>
        <source>All actions</source>
        <translation>Todas as ações</translation>
    </message>
    <message>
        <source>Filter by aspect</source>
        <translation>Filtrar por aspecto</translation>
    </message>
    <message>
        <source>All aspects</source>
        <translation>Todos os aspectos</translation>
    </message>
    <message>
        <source>Filter by team</source>
        <translation>Filtrar por time</translation>
    </message>
    <message>
        <source>Owner contains…</source>
        <translation>Responsável contém…</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrar por responsável</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>&amp;Aspect</source>
        <translation>As&amp;pecto</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>Ti&amp;me</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>&amp;Responsável</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>button: mark the action done</comment>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos os times</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Organização inteira</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n action(s)</source>
        <translation>
            <numerusform>{shown} de %n ação</numerusform>
            <numerusform>{shown} de %n ações</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerButton</name>
    <message>
        <source>Answer {number}; press {number} to choose it</source>
        <translation>Resposta {number}; pressione {number} para escolhê-la</translation>
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
        <translation>Organização inteira</translation>
    </message>
    <message>
        <source>Questions ({answered}/{asked})</source>
        <translation>Perguntas ({answered}/{asked})</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>No answers yet for {whose} on {aspect}. Read a question out; click the answer the room chooses, or press its number.</source>
        <translation>Ainda não há respostas de {whose} sobre {aspect}. Leia uma pergunta em voz alta e clique na resposta que a sala escolher, ou pressione o número dela.</translation>
    </message>
    <message numerus="yes">
        <source>{whose}: {answered} of %n question(s) answered; the answers suggest {words} ({position}).</source>
        <translation>
            <numerusform>{whose}: %n pergunta, {answered} com resposta; as respostas sugerem {words} ({position}).</numerusform>
            <numerusform>{whose}: %n perguntas, {answered} com resposta; as respostas sugerem {words} ({position}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The card is at {words}.</source>
        <translation>O cartão está em {words}.</translation>
    </message>
    <message>
        <source>The card is not placed yet.</source>
        <translation>O cartão ainda não está posicionado.</translation>
    </message>
</context>
<context>
    <name>QrCodeView</name>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>Código QR do endereço da sala</translation>
    </message>
</context>
<context>
    <name>QuestionStage</name>
    <message>
        <source>Guided question for the room</source>
        <translation>Pergunta guiada para a sala</translation>
    </message>
    <message>
        <source>Up and Down: previous and next question; 1 to 9: choose an answer, again or 0 to clear it; P: place the team where the answers suggest; T: answers for the next team</source>
        <translation>Para cima e Para baixo: pergunta anterior e seguinte; 1 a 9: escolher uma resposta, de novo ou 0 para limpá-la; P: posicionar o time onde as respostas sugerem; T: respostas do próximo time</translation>
    </message>
    <message>
        <source>Answer {number}: {answer}</source>
        <translation>Resposta {number}: {answer}</translation>
    </message>
    <message>
        <source>Question {number} of {count} · {aspect} · answers for {whose}</source>
        <translation>Pergunta {number} de {count} · {aspect} · respostas de {whose}</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Answers for</source>
        <translation>Respostas de</translation>
    </message>
    <message>
        <source>Answers &amp;for:</source>
        <translation>Respostas &amp;de:</translation>
    </message>
    <message>
        <source>Suggested position</source>
        <translation>Posição sugerida</translation>
    </message>
    <message>
        <source>Place here</source>
        <translation>Posicionar aqui</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear every answer for this team on this aspect (Ctrl+Z brings them back)</source>
        <translation>Limpar todas as respostas deste time neste aspecto (Ctrl+Z as recupera)</translation>
    </message>
    <message>
        <source>Clear the answers</source>
        <translation>Limpar as respostas</translation>
    </message>
    <message>
        <source>Show to the room</source>
        <translation>Mostrar para a sala</translation>
    </message>
    <message>
        <source>One question at a time above the board, in large type (F8)</source>
        <translation>Uma pergunta por vez acima do quadro, em letra grande (F8)</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Organização inteira</translation>
    </message>
    <message>
        <source>The model asks no guided questions about {aspect}.</source>
        <translation>O modelo não traz perguntas guiadas sobre {aspect}.</translation>
    </message>
    <message>
        <source>Question {number}, {level}: {answer}</source>
        <translation>Pergunta {number}, {level}: {answer}</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <source>this workshop is open read-only; a room needs to store the votes</source>
        <translation>este workshop está aberto somente para leitura; uma sala precisa salvar os votos</translation>
    </message>
    <message>
        <source>The room stopped unexpectedly; open it again to go on (the votes are saved).</source>
        <translation>A sala parou inesperadamente; abra-a novamente para continuar (os votos estão salvos).</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Room: votes from phones</source>
        <translation>Sala: votos pelo celular</translation>
    </message>
    <message>
        <source>Let the room vote from their phones</source>
        <translation>Deixe a sala votar pelo celular</translation>
    </message>
    <message>
        <source>A small web server starts on this computer, on the network you choose (the room&apos;s Wi-Fi, or this laptop&apos;s hotspot). Participants scan the QR code or type the address in their phone&apos;s browser and enter the join code: nothing to install, no account, no internet. They see only the vote you open, and every vote is saved in this workshop file.</source>
        <translation>Um pequeno servidor web é iniciado neste computador, na rede que você escolher (o Wi-Fi da sala ou o hotspot deste notebook). Os participantes leem o código QR ou digitam o endereço no navegador do celular e informam o código de acesso: nada para instalar, sem conta, sem internet. Eles veem apenas a votação que você abrir, e cada voto é salvo neste arquivo do workshop.</translation>
    </message>
    <message>
        <source>Network to open the room on</source>
        <translation>Rede em que abrir a sala</translation>
    </message>
    <message>
        <source>automatic (8765 or the next free one)</source>
        <translation>automática (8765 ou a próxima livre)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Procurar de novo</translation>
    </message>
    <message>
        <source>List the networks again (after joining a Wi-Fi or starting a hotspot)</source>
        <translation>Listar as redes de novo (depois de entrar em um Wi-Fi ou iniciar um hotspot)</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Rede:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>Abrir a sala</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Código de acesso</translation>
    </message>
    <message>
        <source>Participants who joined</source>
        <translation>Participantes que entraram</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votação</translation>
    </message>
    <message>
        <source>Who the vote is about</source>
        <translation>Sobre quem é a votação</translation>
    </message>
    <message>
        <source>Open vote</source>
        <translation>Abrir votação</translation>
    </message>
    <message>
        <source>Open a vote on the aspect shown on the board (closes any other)</source>
        <translation>Abrir uma votação sobre o aspecto mostrado no quadro (encerra qualquer outra)</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>Encerrar votação</translation>
    </message>
    <message>
        <source>Stop taking votes; they stay hidden until you reveal them</source>
        <translation>Parar de receber votos; eles ficam ocultos até você revelá-los</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>Close the vote and show its results</source>
        <translation>Encerrar a votação e mostrar os resultados</translation>
    </message>
    <message>
        <source>Clear votes</source>
        <translation>Limpar votos</translation>
    </message>
    <message>
        <source>Remove this vote and its votes, to run it again (Ctrl+Z undoes it)</source>
        <translation>Remover esta votação e seus votos para refazê-la (Ctrl+Z desfaz)</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Clear these votes and open the same vote afresh</source>
        <translation>Limpar estes votos e abrir a mesma votação de novo</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Time</translation>
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
        <translation>Dispersão</translation>
    </message>
    <message>
        <source>Results of the vote</source>
        <translation>Resultados da votação</translation>
    </message>
    <message>
        <source>Place at median</source>
        <translation>Posicionar na mediana</translation>
    </message>
    <message>
        <source>Put the selected team where the votes&apos; median is (one undo step)</source>
        <translation>Posicionar o time selecionado na mediana dos votos (uma única etapa para desfazer)</translation>
    </message>
    <message>
        <source>Record disagreement</source>
        <translation>Registrar divergência</translation>
    </message>
    <message>
        <source>Record the voters&apos; positions as the viewpoints of a disagreement</source>
        <translation>Registrar as posições dos votantes como pontos de vista de uma divergência</translation>
    </message>
    <message>
        <source>Name the voters</source>
        <translation>Nomear os votantes</translation>
    </message>
    <message>
        <source>Unticked, viewpoints are Voter 1, Voter 2…</source>
        <translation>Desmarcado, os pontos de vista se chamam “Voter 1”, “Voter 2”…</translation>
    </message>
    <message>
        <source> levels</source>
        <translation> níveis</translation>
    </message>
    <message>
        <source>Spread that counts as a disagreement</source>
        <translation>Dispersão que conta como divergência</translation>
    </message>
    <message>
        <source>A disagreement when the votes spread more than</source>
        <translation>Divergência quando os votos se dispersam mais de</translation>
    </message>
    <message>
        <source>Join screen only</source>
        <translation>Só a tela de acesso</translation>
    </message>
    <message>
        <source>Hide these controls, to show the room how to join</source>
        <translation>Ocultar estes controles para mostrar à sala como entrar</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Fechar a sala</translation>
    </message>
    <message>
        <source>Stop the server; the phones are told the room has closed</source>
        <translation>Parar o servidor; os celulares são avisados de que a sala foi fechada</translation>
    </message>
    <message>
        <source>Choose the network the participants are on</source>
        <translation>Escolha a rede dos participantes</translation>
    </message>
    <message>
        <source>Choose the network the participants&apos; phones are on.</source>
        <translation>Escolha a rede em que estão os celulares dos participantes.</translation>
    </message>
    <message>
        <source>The room could not open: {error}.</source>
        <translation>Não foi possível abrir a sala: {error}.</translation>
    </message>
    <message>
        <source>Show an aspect on the board first.</source>
        <translation>Mostre primeiro um aspecto no quadro.</translation>
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
        <translation>No quadro: {aspect}</translation>
    </message>
    <message>
        <source>No aspect on the board</source>
        <translation>Nenhum aspecto no quadro</translation>
    </message>
    <message>
        <source>Every team (and the whole organisation)</source>
        <translation>Todos os times (e a organização inteira)</translation>
    </message>
    <message>
        <source>{team} only</source>
        <translation>Somente {team}</translation>
    </message>
    <message>
        <source>No vote open. Show an aspect on the board, then open a vote on it.</source>
        <translation>Nenhuma votação aberta. Mostre um aspecto no quadro e abra uma votação sobre ele.</translation>
    </message>
    <message>
        <source>every team</source>
        <translation>todos os times</translation>
    </message>
    <message>
        <source>Vote open: {aspect}, {about}. {votes} from {people}.</source>
        <translation>Votação aberta: {aspect}, {about}. {votes} de {people}.</translation>
    </message>
    <message>
        <source>Vote closed: {aspect}, {about}. {votes} from {people}.</source>
        <translation>Votação encerrada: {aspect}, {about}. {votes} de {people}.</translation>
    </message>
    <message>
        <source>Vote revealed: {aspect}, {about}. {votes} from {people}.</source>
        <translation>Votação revelada: {aspect}, {about}. {votes} de {people}.</translation>
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
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Organização inteira</translation>
    </message>
    <message>
        <source>{spread} (wide)</source>
        <translation>{spread} (ampla)</translation>
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
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>All teams on all aspects (Ctrl+Shift+O)</source>
        <translation>Todos os times em todos os aspectos (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Every action, with filters (Ctrl+L)</source>
        <translation>Todas as ações, com filtros (Ctrl+L)</translation>
    </message>
    <message>
        <source>Read-only: {name} {note}. You can look at everything and export it.</source>
        <translation>Somente leitura: {name} {note}. Você pode ver tudo e exportar.</translation>
    </message>
    <message>
        <source>Read-only — {reason}: {name} cannot be changed here. You can look at everything and export it.</source>
        <translation>Somente leitura — {reason}: {name} não pode ser alterado aqui. Você pode ver tudo e exportar.</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Divergências</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message numerus="yes">
        <source>Disagreements (%n open)</source>
        <translation>
            <numerusform>Divergências (%n aberta)</numerusform>
            <numerusform>Divergências (%n abertas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>Ações ({count})</translation>
    </message>
    <message>
        <source>the whole organisation</source>
        <translation>a organização inteira</translation>
    </message>
    <message>
        <source>resolve disagreement on {team}</source>
        <translation>resolver a divergência sobre {team}</translation>
    </message>
    <message>
        <source>edit disagreement on {team}</source>
        <translation>editar a divergência sobre {team}</translation>
    </message>
    <message>
        <source>edit action {title}</source>
        <translation>editar a ação: {title}</translation>
    </message>
    <message>
        <source>change target of {title}</source>
        <translation>alterar a meta: {title}</translation>
    </message>
    <message>
        <source>change title of {title}</source>
        <translation>alterar o título: {title}</translation>
    </message>
    <message>
        <source>change owner of {title}</source>
        <translation>alterar o responsável: {title}</translation>
    </message>
    <message>
        <source>change due date of {title}</source>
        <translation>alterar o prazo: {title}</translation>
    </message>
    <message>
        <source>change status of {title}</source>
        <translation>alterar o status: {title}</translation>
    </message>
    <message>
        <source>mark done {title}</source>
        <translation>marcar como concluída: {title}</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Excluir ação</translation>
    </message>
    <message>
        <source>Delete the action “{title}”?

You can undo this with Ctrl+Z.</source>
        <translation>Excluir a ação “{title}”?

Você pode desfazer com Ctrl+Z.</translation>
    </message>
    <message>
        <source>{team}: {standing}, the highest level</source>
        <translation>{team}: {standing}, o nível mais alto</translation>
    </message>
    <message>
        <source>{team} ({standing}) is heading toward {level}</source>
        <translation>{team} ({standing}) avança rumo a {level}</translation>
    </message>
</context>
</TS>
