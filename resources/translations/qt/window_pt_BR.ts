<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AddActionCommand</name>
    <message>
        <source>add action {action}</source>
        <translation>adicionar a ação {action}</translation>
    </message>
</context>
<context>
    <name>AddTeamCommand</name>
    <message>
        <source>add team {team}</source>
        <translation>adicionar o time {team}</translation>
    </message>
</context>
<context>
    <name>AnswerQuestionCommand</name>
    <message>
        <source>clear the answer to “{question}” for the whole organisation</source>
        <translation>limpar a resposta a “{question}” para toda a organização</translation>
    </message>
    <message>
        <source>clear the answer to “{question}” for {team}</source>
        <translation>limpar a resposta a “{question}” para {team}</translation>
    </message>
    <message>
        <source>answer “{question}” for the whole organisation: {level}</source>
        <translation>responder “{question}” para toda a organização: {level}</translation>
    </message>
    <message>
        <source>answer “{question}” for {team}: {level}</source>
        <translation>responder “{question}” para {team}: {level}</translation>
    </message>
</context>
<context>
    <name>ClearAnswersCommand</name>
    <message>
        <source>clear the answers for the whole organisation on {aspect}</source>
        <translation>limpar as respostas de toda a organização sobre {aspect}</translation>
    </message>
    <message>
        <source>clear the answers for {team} on {aspect}</source>
        <translation>limpar as respostas de {team} sobre {aspect}</translation>
    </message>
</context>
<context>
    <name>ClearVotesCommand</name>
    <message>
        <source>clear the votes on {aspect}</source>
        <translation>limpar os votos sobre {aspect}</translation>
    </message>
</context>
<context>
    <name>DeleteActionCommand</name>
    <message>
        <source>delete action {action}</source>
        <translation>excluir a ação {action}</translation>
    </message>
</context>
<context>
    <name>DeleteDisagreementCommand</name>
    <message>
        <source>delete disagreement</source>
        <translation>excluir a divergência</translation>
    </message>
</context>
<context>
    <name>DisagreementFromVotesCommand</name>
    <message>
        <source>record disagreement on the whole organisation from the votes</source>
        <translation>registrar a divergência de toda a organização a partir dos votos</translation>
    </message>
    <message>
        <source>record disagreement on {team} from the votes</source>
        <translation>registrar a divergência sobre {team} a partir dos votos</translation>
    </message>
    <message numerus="yes">
        <source>The room&apos;s votes spread {width} levels, from {low} to {high} (%n vote(s))</source>
        <translation>
            <numerusform>Os votos da sala se espalham por {width} níveis, de {low} a {high} (%n voto)</numerusform>
            <numerusform>Os votos da sala se espalham por {width} níveis, de {low} a {high} (%n votos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Start &amp;follow-up…</source>
        <translation>Iniciar acom&amp;panhamento…</translation>
    </message>
    <message>
        <source>A new workshop that starts from this one, keeping it as its history</source>
        <translation>Um novo workshop que parte deste e o mantém como histórico</translation>
    </message>
    <message>
        <source>Co&amp;mpare workshops…</source>
        <translation>&amp;Comparar workshops…</translation>
    </message>
    <message>
        <source>Positions over time across workshops of the same model</source>
        <translation>As posições ao longo do tempo em workshops do mesmo modelo</translation>
    </message>
    <message>
        <source>&amp;Review carried actions…</source>
        <translation>&amp;Revisar ações transferidas…</translation>
    </message>
    <message>
        <source>Done, carried on or dropped: the actions carried from last time</source>
        <translation>Concluídas, continuadas ou descartadas: as ações transferidas da última vez</translation>
    </message>
    <message>
        <source>&amp;Last time&apos;s positions</source>
        <translation>Posições da ú&amp;ltima vez</translation>
    </message>
    <message>
        <source>Show where each team sat in the previous workshop (H)</source>
        <translation>Mostrar onde cada time estava no workshop anterior (H)</translation>
    </message>
    <message>
        <source>last time ({when})</source>
        <translation>última vez ({when})</translation>
    </message>
    <message>
        <source>Last time&apos;s positions shown (H hides them)</source>
        <translation>Posições da última vez exibidas (H as oculta)</translation>
    </message>
    <message>
        <source>Last time&apos;s positions hidden (H)</source>
        <translation>Posições da última vez ocultas (H)</translation>
    </message>
    <message>
        <source>Workshop not found</source>
        <translation>Workshop não encontrado</translation>
    </message>
    <message>
        <source>{path} is not there any more.</source>
        <translation>{path} não está mais lá.</translation>
    </message>
    <message>
        <source>Cannot start a follow-up</source>
        <translation>Não é possível iniciar um acompanhamento</translation>
    </message>
    <message>
        <source>Cannot start the follow-up</source>
        <translation>Não é possível iniciar o acompanhamento</translation>
    </message>
    <message>
        <source>Follow-up started in {file}; {source} is unchanged</source>
        <translation>Acompanhamento iniciado em {file}; {source} não foi alterado</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Novo workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Abrir a &amp;demonstração</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Fechar workshop</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurar &amp;backup…</translation>
    </message>
    <message>
        <source>&amp;PDF roadmap ({size})…</source>
        <translation>Roadmap em &amp;PDF ({size})…</translation>
    </message>
    <message>
        <source>Export the roadmap as a PDF</source>
        <translation>Exportar o roadmap como PDF</translation>
    </message>
    <message>
        <source>PDF roadmap ({size})…</source>
        <translation>Roadmap em PDF ({size})…</translation>
    </message>
    <message>
        <source>&amp;CSV tables…</source>
        <translation>Tabelas &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Markdown summary…</source>
        <translation>Resumo em &amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;JSON (whole workshop)…</source>
        <translation>&amp;JSON (workshop completo)…</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>Importar de &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Add team…</source>
        <translation>&amp;Adicionar time…</translation>
    </message>
    <message>
        <source>Add a team to the workshop</source>
        <translation>Adicionar um time ao workshop</translation>
    </message>
    <message>
        <source>&amp;Rename team…</source>
        <translation>&amp;Renomear time…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Cor…</translation>
    </message>
    <message>
        <source>Move team &amp;later</source>
        <translation>&amp;Descer time</translation>
    </message>
    <message>
        <source>&amp;Take off this aspect</source>
        <translation>&amp;Tirar deste aspecto</translation>
    </message>
    <message>
        <source>Re&amp;move team…</source>
        <translation>Re&amp;mover time…</translation>
    </message>
    <message>
        <source>Record &amp;disagreement…</source>
        <translation>Registrar di&amp;vergência…</translation>
    </message>
    <message>
        <source>Record where the room disagrees (Ctrl+D)</source>
        <translation>Registrar onde a sala diverge (Ctrl+D)</translation>
    </message>
    <message>
        <source>Write down an action the room agreed (Ctrl+Shift+A)</source>
        <translation>Anotar uma ação combinada pela sala (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Set &amp;target…</source>
        <translation>Definir &amp;meta…</translation>
    </message>
    <message>
        <source>Where the room wants this aspect to be, for the organisation or the selected team (Ctrl+Shift+T)</source>
        <translation>Onde a sala quer que este aspecto esteja, para a organização ou o time selecionado (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Votes from &amp;phones…</source>
        <translation>Votos pelo &amp;celular…</translation>
    </message>
    <message>
        <source>Let the room vote from their phones (Ctrl+R)</source>
        <translation>Deixar a sala votar pelo celular (Ctrl+R)</translation>
    </message>
    <message>
        <source>Place at the votes&apos; &amp;median</source>
        <translation>Posicionar na media&amp;na dos votos</translation>
    </message>
    <message>
        <source>Put the selected team at the median of the room&apos;s revealed votes (Ctrl+M)</source>
        <translation>Posicionar o time selecionado na mediana dos votos revelados da sala (Ctrl+M)</translation>
    </message>
    <message>
        <source>Record disagreement from the v&amp;otes</source>
        <translation>Divergência a partir dos v&amp;otos</translation>
    </message>
    <message>
        <source>Record the spread of the selected team&apos;s revealed votes as a disagreement (Ctrl+Shift+D)</source>
        <translation>Registrar a dispersão dos votos revelados do time selecionado como divergência (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Room&apos;s &amp;votes on the board</source>
        <translation>Votos da sala no &amp;quadro</translation>
    </message>
    <message>
        <source>Show the room&apos;s votes on the board: the count while hidden, the spread once revealed</source>
        <translation>Mostrar os votos da sala no quadro: a contagem enquanto ocultos, a dispersão depois de revelados</translation>
    </message>
    <message>
        <source>&amp;All actions</source>
        <translation>&amp;Todas as ações</translation>
    </message>
    <message>
        <source>&amp;Next aspect</source>
        <translation>&amp;Próximo aspecto</translation>
    </message>
    <message>
        <source>&amp;Previous aspect</source>
        <translation>Aspecto &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Visão geral</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>Larger type</source>
        <translation>Letra maior</translation>
    </message>
    <message>
        <source>Smaller type</source>
        <translation>Letra menor</translation>
    </message>
    <message>
        <source>Level &amp;detail panel</source>
        <translation>Painel de &amp;detalhes do nível</translation>
    </message>
    <message>
        <source>Show or hide it (F9)</source>
        <translation>Mostrar ou ocultar (F9)</translation>
    </message>
    <message>
        <source>Guided &amp;questions for the room</source>
        <translation>Perguntas &amp;guiadas para a sala</translation>
    </message>
    <message>
        <source>One guided question at a time above the board, in large type (F8)</source>
        <translation>Uma pergunta guiada por vez acima do quadro, em letra grande (F8)</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>&amp;Próximo painel</translation>
    </message>
    <message>
        <source>Aspect {number}</source>
        <translation>Aspecto {number}</translation>
    </message>
    <message>
        <source>Full screen, large type, no editing chrome (F11)</source>
        <translation>Tela cheia, letra grande, sem os elementos de edição (F11)</translation>
    </message>
    <message>
        <source>Show the board on the projector</source>
        <translation>Mostrar o quadro no projetor</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Sair da apresentação</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;talhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Sobre</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Desfazer: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Refazer: {step}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recente</translation>
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
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Workshop already open</source>
        <translation>Workshop já aberto</translation>
    </message>
    <message>
        <source>Cannot open for writing</source>
        <translation>Não é possível abrir para edição</translation>
    </message>
    <message>
        <source>{problem}

Open it read-only? You can look at everything and export it, but not change it.</source>
        <translation>{problem}

Abrir somente para leitura? Você pode ver tudo e exportar, mas não alterar.</translation>
    </message>
    <message>
        <source>Cannot open this workshop</source>
        <translation>Não é possível abrir este workshop</translation>
    </message>
    <message>
        <source>{problem}

There are backup copies of it. Restore one as a new file?</source>
        <translation>{problem}

Há cópias de backup dele. Restaurar uma como um novo arquivo?</translation>
    </message>
    <message>
        <source>Opened {path} (read-only)</source>
        <translation>{path} aberto (somente leitura)</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} aberto</translation>
    </message>
    <message>
        <source>is open for changes in another window ({holder}); this window follows its changes</source>
        <extracomment>The page&apos;s banner says &quot;Read-only: &lt;workshop name&gt; &lt;this text&gt;. You can look at everything…&quot;</extracomment>
        <translation>está aberto para edição em outra janela ({holder}); esta janela acompanha as alterações</translation>
    </message>
    <message>
        <source>Workshop de&amp;tails…</source>
        <translation>De&amp;talhes do workshop…</translation>
    </message>
    <message>
        <source>Move team earl&amp;ier</source>
        <translation>&amp;Subir time</translation>
    </message>
    <message>
        <source>Agree an &amp;action…</source>
        <translation>Com&amp;binar uma ação…</translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <source>Actual si&amp;ze</source>
        <translation>Tama&amp;nho real</translation>
    </message>
    <message>
        <source>P&amp;resentation mode</source>
        <translation>Modo de apre&amp;sentação</translation>
    </message>
    <message>
        <source>Audi&amp;ence view on second screen</source>
        <translation>Visão do público na seg&amp;unda tela</translation>
    </message>
    <message>
        <source>Lig&amp;ht theme</source>
        <translation>Tema &amp;claro</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>Tema &amp;escuro</translation>
    </message>
    <message>
        <source>Backup not made: {problem}</source>
        <translation>Backup não feito: {problem}</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Não é possível restaurar o backup</translation>
    </message>
    <message>
        <source>Cannot create the workshop</source>
        <translation>Não é possível criar o workshop</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Abrir um workshop</translation>
    </message>
    <message>
        <source>Workshop not found</source>
        <translation>Workshop não encontrado</translation>
    </message>
    <message>
        <source>{path} is not there any more (moved, renamed or on a drive that is not connected).

Remove it from the list of recent workshops?</source>
        <translation>{path} não está mais lá (foi movido, renomeado ou está em uma unidade não conectada).

Remover da lista de workshops recentes?</translation>
    </message>
    <message>
        <source>Cannot write the demo workshop</source>
        <translation>Não é possível gravar o workshop de demonstração</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Nenhum workshop recente</translation>
    </message>
    <message>
        <source>Could not read the latest changes: {problem}</source>
        <translation>Não foi possível ler as alterações mais recentes: {problem}</translation>
    </message>
    <message>
        <source>Updated with the latest changes to {file}</source>
        <translation>Atualizado com as alterações mais recentes de {file}</translation>
    </message>
    <message>
        <source>All changes saved · {file}</source>
        <translation>Todas as alterações salvas · {file}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Não funcionou</translation>
    </message>
    <message>
        <source>Select a team first: click its card, or press Tab</source>
        <translation>Selecione primeiro um time: clique no cartão dele ou pressione Tab</translation>
    </message>
    <message>
        <source>&amp;Edit its disagreement…</source>
        <translation>&amp;Editar a divergência…</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Adicionar time</translation>
    </message>
    <message>
        <source>Team name:</source>
        <translation>Nome do time:</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Renomear time</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <source>Colour of {team}</source>
        <translation>Cor de {team}</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>Remover time</translation>
    </message>
    <message>
        <source>Remove {team} from the workshop, with its placements, disagreements and actions?

You can undo this with Ctrl+Z.</source>
        <translation>Remover {team} do workshop, com seus posicionamentos, divergências e ações?

Você pode desfazer isso com Ctrl+Z.</translation>
    </message>
    <message>
        <source>Board type at {percent} %</source>
        <translation>Letra do quadro em {percent}%</translation>
    </message>
    <message>
        <source>The model asks no guided questions about {aspect}</source>
        <translation>O modelo não faz perguntas guiadas sobre {aspect}</translation>
    </message>
    <message>
        <source>Only one screen</source>
        <translation>Apenas uma tela</translation>
    </message>
    <message>
        <source>The audience view needs a second screen, and only one is connected.

Connect the projector and set it to extend the desktop (not to mirror it), then choose View &gt; Audience view again. To show the board on this screen, use presentation mode (F11).</source>
        <translation>A visão do público precisa de uma segunda tela, e só uma está conectada.

Conecte o projetor e configure-o para estender a área de trabalho (não para espelhá-la); depois escolha Exibir &gt; Visão do público novamente. Para mostrar o quadro nesta tela, use o modo de apresentação (F11).</translation>
    </message>
    <message>
        <source>The second screen was disconnected: the audience view is closed.</source>
        <translation>A segunda tela foi desconectada: a visão do público foi fechada.</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab: select the next / previous team card (round the board) · F6: next pane</source>
        <translation>Tab / Shift+Tab: selecionar o próximo cartão / o cartão anterior de time (percorrendo o quadro) · F6: próximo painel</translation>
    </message>
    <message>
        <source>Left / Right: move the selected team a little; with Shift, a whole level</source>
        <translation>← / →: mover um pouco o time selecionado; com Shift, um nível inteiro</translation>
    </message>
    <message>
        <source>1 … 9: put the selected team in the middle of that level</source>
        <translation>1 … 9: colocar o time selecionado no meio desse nível</translation>
    </message>
    <message>
        <source>Delete: take the selected team off this aspect (back to the tray)</source>
        <translation>Delete: tirar o time selecionado deste aspecto (de volta à bandeja)</translation>
    </message>
    <message>
        <source>F2: rename the selected team · Ctrl+T: add a team · Ctrl+Del: remove the selected team</source>
        <translation>F2: renomear o time selecionado · Ctrl+T: adicionar um time · Ctrl+Del: remover o time selecionado</translation>
    </message>
    <message>
        <source>Ctrl+drag a card: record a disagreement with a second, argued position</source>
        <translation>Ctrl+arrastar um cartão: registrar uma divergência com uma segunda posição argumentada</translation>
    </message>
    <message>
        <source>Ctrl+D: record a disagreement · Ctrl+Shift+A: agree an action · Ctrl+L: all actions</source>
        <translation>Ctrl+D: registrar uma divergência · Ctrl+Shift+A: combinar uma ação · Ctrl+L: todas as ações</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T: set a target (the selected team&apos;s, else the organisation&apos;s); on a clicked target flag, Left / Right move it, Delete removes it, Enter edits it</source>
        <translation>Ctrl+Shift+T: definir uma meta (a do time selecionado, senão a da organização); em uma bandeira de meta clicada, ← / → a move, Delete a remove, Enter a edita</translation>
    </message>
    <message>
        <source>Ctrl+R: votes from phones (the room) · Ctrl+M: place the selected team at its votes&apos; median</source>
        <translation>Ctrl+R: votos pelo celular (a sala) · Ctrl+M: posicionar o time selecionado na mediana dos seus votos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D: record a disagreement from the spread of its revealed votes</source>
        <translation>Ctrl+Shift+D: registrar uma divergência a partir da dispersão dos votos revelados</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F: start a follow-up · Ctrl+Shift+R: review the carried actions · H: last time&apos;s positions</source>
        <translation>Ctrl+Shift+F: iniciar um acompanhamento · Ctrl+Shift+R: revisar as ações transferidas · H: posições da última vez</translation>
    </message>
    <message>
        <source>N: select the next team not yet placed · Enter: edit the selected team&apos;s disagreement</source>
        <translation>N: selecionar o próximo time ainda não posicionado · Enter: editar a divergência do time selecionado</translation>
    </message>
    <message>
        <source>Esc: clear the selection; then Left / Right: go through the levels · Menu key or Shift+F10: card menu</source>
        <translation>Esc: limpar a seleção; depois ← / →: percorrer os níveis · tecla Menu ou Shift+F10: menu do cartão</translation>
    </message>
    <message>
        <source>F2 in the table of all actions: edit the cell · Alt+underlined letter: go to that field</source>
        <translation>F2 na tabela de todas as ações: editar a célula · Alt+letra sublinhada: ir para esse campo</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9: go to an aspect · Ctrl+Shift+O: overview · Page Up / Page Down: previous / next</source>
        <translation>Ctrl+1 … Ctrl+9: ir para um aspecto · Ctrl+Shift+O: visão geral · Page Up / Page Down: anterior / próximo</translation>
    </message>
    <message>
        <source>Ctrl+= / Ctrl+- / Ctrl+0: larger / smaller / actual-size board type · F9: level detail panel</source>
        <translation>Ctrl+= / Ctrl+- / Ctrl+0: letra do quadro maior / menor / tamanho real · F9: painel de detalhes do nível</translation>
    </message>
    <message>
        <source>F8: guided questions for the room — Up / Down: question · 1 … 9: answer (0 clears) · P: place the team where the answers point · T: next team</source>
        <translation>F8: perguntas guiadas para a sala — ↑ / ↓: pergunta · 1 … 9: resposta (0 limpa) · P: posicionar o time onde as respostas indicam · T: próximo time</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z: undo / redo</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z: desfazer / refazer</translation>
    </message>
    <message>
        <source>F11: presentation mode · Esc: leave it</source>
        <translation>F11: modo de apresentação · Esc: sair</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Model: {title} {version}.</source>
        <translation>Modelo: {title} {version}.</translation>
    </message>
    <message>
        <source>Licensed under Apache-2.0.</source>
        <translation>Licenciado sob Apache-2.0.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Sobre o {app}</translation>
    </message>
    <message>
        <source>{title} [read-only]</source>
        <translation>{title} [somente leitura]</translation>
    </message>
</context>
<context>
    <name>MoveTeamCommand</name>
    <message>
        <source>take {team} off {aspect}</source>
        <translation>tirar {team} de {aspect}</translation>
    </message>
    <message>
        <source>place {team} at {position}</source>
        <translation>posicionar {team} em {position}</translation>
    </message>
    <message>
        <source>move {team} to {position}</source>
        <translation>mover {team} para {position}</translation>
    </message>
</context>
<context>
    <name>PlaceAtMedianCommand</name>
    <message>
        <source>place {team} at the votes&apos; median ({position})</source>
        <translation>posicionar {team} na mediana dos votos ({position})</translation>
    </message>
</context>
<context>
    <name>PlaceWhereAnswersPointCommand</name>
    <message>
        <source>place {team} where the answers suggest ({position})</source>
        <translation>posicionar {team} onde as respostas indicam ({position})</translation>
    </message>
</context>
<context>
    <name>RecolourTeamCommand</name>
    <message>
        <source>recolour {team}</source>
        <translation>mudar a cor de {team}</translation>
    </message>
</context>
<context>
    <name>RecordDisagreementCommand</name>
    <message>
        <source>record disagreement on {team}</source>
        <translation>registrar a divergência sobre {team}</translation>
    </message>
</context>
<context>
    <name>RemoveTargetCommand</name>
    <message>
        <source>remove {aspect} target of the organisation</source>
        <translation>remover a meta da organização para {aspect}</translation>
    </message>
    <message>
        <source>remove {aspect} target of {team}</source>
        <translation>remover a meta de {team} para {aspect}</translation>
    </message>
</context>
<context>
    <name>RemoveTeamCommand</name>
    <message>
        <source>remove team {team}</source>
        <translation>remover o time {team}</translation>
    </message>
</context>
<context>
    <name>RenameTeamCommand</name>
    <message>
        <source>rename {team} to {name}</source>
        <translation>renomear {team} para {name}</translation>
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
        <translation>nota de revisão sobre {action}</translation>
    </message>
    <message>
        <source>review done: {action}</source>
        <translation>revisão “concluída”: {action}</translation>
    </message>
    <message>
        <source>review carried on: {action}</source>
        <translation>revisão “continua”: {action}</translation>
    </message>
    <message>
        <source>review dropped: {action}</source>
        <translation>revisão “descartada”: {action}</translation>
    </message>
    <message>
        <source>review not reviewed: {action}</source>
        <translation>revisão “não revisada”: {action}</translation>
    </message>
</context>
<context>
    <name>SetTargetCommand</name>
    <message>
        <source>set {aspect} target of the organisation to {position}</source>
        <translation>definir a meta da organização para {aspect} em {position}</translation>
    </message>
    <message>
        <source>set {aspect} target of {team} to {position}</source>
        <translation>definir a meta de {team} para {aspect} em {position}</translation>
    </message>
</context>
<context>
    <name>UpdateInfoCommand</name>
    <message>
        <source>edit workshop details</source>
        <translation>editar os detalhes do workshop</translation>
    </message>
</context>
</TS>
