<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>BoardAccessibility</name>
    <message>
        <source>{position} of {count}</source>
        <translation>{position} de {count}</translation>
    </message>
    <message>
        <source>not placed on {aspect}</source>
        <translation>não posicionado em {aspect}</translation>
    </message>
    <message>
        <source>{position}, {numbers}</source>
        <translation>{position}, {numbers}</translation>
    </message>
    <message>
        <source>{team} moved: {position}</source>
        <translation>{team} movido: {position}</translation>
    </message>
    <message>
        <source>Board: {aspect}</source>
        <translation>Quadro: {aspect}</translation>
    </message>
    <message numerus="yes">
        <source>{placed} of %n team(s) placed on {aspect}.</source>
        <translation>
            <numerusform>{placed} de %n time posicionado em {aspect}.</numerusform>
            <numerusform>{placed} de %n times posicionados em {aspect}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab goes through the teams; Left and Right move the selected team (with Shift, a whole level); Escape clears the selection, then Left and Right go through the levels.</source>
        <translation>Tab percorre os times; Esquerda e Direita movem o time selecionado (com Shift, um nível inteiro); Esc limpa a seleção e, em seguida, Esquerda e Direita percorrem os níveis.</translation>
    </message>
    <message>
        <source>Every team is placed on {aspect}</source>
        <translation>Todos os times estão posicionados em {aspect}</translation>
    </message>
    <message numerus="yes">
        <source>Not yet placed on {aspect}: %n team(s)</source>
        <translation>
            <numerusform>Ainda não posicionado em {aspect}: %n time</numerusform>
            <numerusform>Ainda não posicionados em {aspect}: %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>{team}, {position}</source>
        <translation>{team}, {position}</translation>
    </message>
    <message>
        <source>{team}, {position}, disputed</source>
        <translation>{team}, {position}, em divergência</translation>
    </message>
    <message>
        <source>Disputed ({topic}): {viewpoints}. Enter edits the disagreement.</source>
        <translation>Em divergência ({topic}): {viewpoints}. Enter edita a divergência.</translation>
    </message>
    <message>
        <source>Disputed: {viewpoints}. Enter edits the disagreement.</source>
        <translation>Em divergência: {viewpoints}. Enter edita a divergência.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) on {aspect}.</source>
        <translation>
            <numerusform>%n ação em {aspect}.</numerusform>
            <numerusform>%n ações em {aspect}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Nenhuma ação ainda.</translation>
    </message>
    <message>
        <source>{team} ({position})</source>
        <translation>{team} ({position})</translation>
    </message>
    <message>
        <source>Here: {teams}.</source>
        <translation>Aqui: {teams}.</translation>
    </message>
    <message>
        <source>No team here.</source>
        <translation>Nenhum time aqui.</translation>
    </message>
    <message>
        <source>Level {number} of {count}.</source>
        <translation>Nível {number} de {count}.</translation>
    </message>
    <message>
        <source>{level}: {label}</source>
        <translation>{level}: {label}</translation>
    </message>
    <message>
        <source>no topic</source>
        <translation>sem tema</translation>
    </message>
    <message>
        <source>Disagreement on the whole organisation: {topic}</source>
        <translation>Divergência sobre toda a organização: {topic}</translation>
    </message>
    <message>
        <source>Disagreement on {team}: {topic}</source>
        <translation>Divergência sobre {team}: {topic}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <source>{holder} argues {position} because {reason}</source>
        <translation>{holder} defende {position} (motivo: {reason})</translation>
    </message>
    <message>
        <source>{holder} argues {position}</source>
        <translation>{holder} defende {position}</translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <source>Organisation: {topic}</source>
        <translation>Organização: {topic}</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>em divergência</translation>
    </message>
    <message>
        <source>Not yet placed on {aspect} — drag a team onto the continuum</source>
        <translation>Ainda não posicionados em {aspect} — arraste um time para o contínuo</translation>
    </message>
    <message>
        <source>Not yet placed on {aspect}</source>
        <translation>Ainda não posicionados em {aspect}</translation>
    </message>
    <message>
        <source>Every team is placed on {aspect}</source>
        <translation>Todos os times estão posicionados em {aspect}</translation>
    </message>
    <message>
        <source>Argued: {position}</source>
        <translation>Ponto de vista: {position}</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
        <translation>Quadro</translation>
    </message>
</context>
<context>
    <name>BoardVotes</name>
    <message>
        <source>{team} is at the votes&apos; median already.</source>
        <translation>{team} já está na mediana dos votos.</translation>
    </message>
    <message>
        <source>The votes spread {spread} levels, not more than {threshold}: no disagreement to record.</source>
        <translation>Os votos se espalham por {spread} níveis, não mais que {threshold}: não há divergência a registrar.</translation>
    </message>
    <message>
        <source>Show an aspect on the board first.</source>
        <translation>Mostre primeiro um aspecto no quadro.</translation>
    </message>
    <message>
        <source>Select a team first: click its card or its votes, or press Tab.</source>
        <translation>Selecione primeiro um time: clique no cartão ou nos votos dele, ou pressione Tab.</translation>
    </message>
    <message>
        <source>No revealed votes on the whole organisation here: open a vote in the room panel (Ctrl+R), then reveal it.</source>
        <translation>Não há votos revelados sobre toda a organização aqui: abra uma votação no painel da sala (Ctrl+R) e depois revele-a.</translation>
    </message>
    <message>
        <source>No revealed votes on {team} here: open a vote in the room panel (Ctrl+R), then reveal it.</source>
        <translation>Não há votos revelados sobre {team} aqui: abra uma votação no painel da sala (Ctrl+R) e depois revele-a.</translation>
    </message>
    <message>
        <source>At the votes&apos; median already ({position})</source>
        <translation>Já na mediana dos votos ({position})</translation>
    </message>
    <message>
        <source>Place at the votes&apos; median ({position})</source>
        <translation>Posicionar na mediana dos votos ({position})</translation>
    </message>
    <message>
        <source>Record disagreement from the votes, naming the voters</source>
        <translation>Registrar divergência a partir dos votos, nomeando os votantes</translation>
    </message>
    <message>
        <source>Record disagreement from the votes (spread {spread} levels)</source>
        <translation>Registrar divergência a partir dos votos (dispersão de {spread} níveis)</translation>
    </message>
</context>
<context>
    <name>DisagreementBand</name>
    <message>
        <source>no topic</source>
        <translation>sem tema</translation>
    </message>
    <message>
        <source>Disagreement on {team}: {topic}</source>
        <translation>Divergência sobre {team}: {topic}</translation>
    </message>
    <message>
        <source>Disagreement (whole organisation): {topic}</source>
        <translation>Divergência (toda a organização): {topic}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguém</translation>
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
        <translation>Clique duas vezes para editar.</translation>
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
        <translation>Detalhe do nível</translation>
    </message>
    <message>
        <source>Point at a level, or select a team, to read that level here.</source>
        <translation>Aponte para um nível ou selecione um time para ler esse nível aqui.</translation>
    </message>
    <message>
        <source>+ action</source>
        <translation>+ ação</translation>
    </message>
    <message>
        <source>{aspect} · Level {number} of {count}</source>
        <translation>{aspect} · Nível {number} de {count}</translation>
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
        <translation>Cenários de exemplo</translation>
    </message>
    <message>
        <source>{topic}:</source>
        <translation>{topic}:</translation>
    </message>
    <message>
        <source>+ action: add a draft action toward {level}: {characteristic}</source>
        <translation>+ ação: adicionar um rascunho de ação rumo a {level}: {characteristic}</translation>
    </message>
</context>
<context>
    <name>OverviewTable</name>
    <message>
        <source>Overview of all teams and aspects</source>
        <translation>Visão geral de todos os times e aspectos</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>não posicionado</translation>
    </message>
    <message>
        <source>{team} — {aspect}: not placed</source>
        <translation>{team} — {aspect}: não posicionado</translation>
    </message>
    <message>
        <source>its own</source>
        <translation>própria</translation>
    </message>
    <message>
        <source>the organisation&apos;s</source>
        <translation>da organização</translation>
    </message>
    <message>
        <source>{distance} levels to go</source>
        <translation>faltam {distance} níveis</translation>
    </message>
    <message>
        <source>; target {position} ({whose}), {to_go}</source>
        <translation>; meta {position} ({whose}), {to_go}</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atingida</translation>
    </message>
    <message>
        <source>, heading toward {level}</source>
        <translation>, rumo a {level}</translation>
    </message>
    <message>
        <source>; last time {position}</source>
        <translation>; da última vez {position}</translation>
    </message>
    <message>
        <source>{team} — {aspect}: {position}</source>
        <translation>{team} — {aspect}: {position}</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>The organisation&apos;s target on each aspect</source>
        <translation>A meta da organização em cada aspecto</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sem meta</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>the format of a target&apos;s month (QDate)</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>{position} by {date}</source>
        <translation>{position} até {date}</translation>
    </message>
    <message>
        <source>The organisation&apos;s target on {aspect}: {target}</source>
        <translation>Meta da organização em {aspect}: {target}</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= igual</translation>
    </message>
    <message>
        <source>new</source>
        <comment>a team placed for the first time</comment>
        <translation>novo</translation>
    </message>
    <message>
        <source>was placed</source>
        <translation>estava posicionado</translation>
    </message>
</context>
<context>
    <name>PositionEdit</name>
    <message>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>between Operational and Scalable</source>
        <comment>the longest position in words: room for it</comment>
        <translation>entre Operacional e Escalável</translation>
    </message>
    <message>
        <source>{prefix}: {position}</source>
        <translation>{prefix}: {position}</translation>
    </message>
    <message>
        <source>{position} ({number} in level units)</source>
        <translation>{position} ({number} em unidades de nível)</translation>
    </message>
</context>
<context>
    <name>PreviousPositionsLayer</name>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); not placed yet this time</source>
        <translation>{team} em {aspect}, {when}: {before} ({before_number}); ainda não posicionado desta vez</translation>
    </message>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): stayed</source>
        <translation>{team} em {aspect}, {when}: {before} ({before_number}); agora {now} ({now_number}): permaneceu</translation>
    </message>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): moved up {amount} levels</source>
        <translation>{team} em {aspect}, {when}: {before} ({before_number}); agora {now} ({now_number}): subiu {amount} níveis</translation>
    </message>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): moved down {amount} levels</source>
        <translation>{team} em {aspect}, {when}: {before} ({before_number}); agora {now} ({now_number}): desceu {amount} níveis</translation>
    </message>
</context>
<context>
    <name>SuggestionLayer</name>
    <message>
        <source>Answers for {whose} suggest {position} ({answered} of {asked} answered)</source>
        <translation>As respostas de {whose} sugerem {position} ({answered} de {asked} respondidas)</translation>
    </message>
    <message>
        <source>Answers suggest {position} ({answered} of {asked} answered)</source>
        <translation>As respostas sugerem {position} ({answered} de {asked} respondidas)</translation>
    </message>
    <message>
        <source>Answers suggest {position}</source>
        <translation>As respostas sugerem {position}</translation>
    </message>
    <message>
        <source>Answers: {position}</source>
        <translation>Respostas: {position}</translation>
    </message>
    <message>
        <source>Place here</source>
        <translation>Posicionar aqui</translation>
    </message>
    <message>
        <source>Place here (the Questions tab, or P on the question stage) moves the card there</source>
        <translation>&quot;Posicionar aqui&quot; (a aba Perguntas, ou P no palco de perguntas) move o cartão para lá</translation>
    </message>
</context>
<context>
    <name>TargetMarker</name>
    <message>
        <source>Drag to set a target</source>
        <translation>Arraste para definir uma meta</translation>
    </message>
    <message>
        <source>Target: {position} · by {date}</source>
        <translation>Meta: {position} · até {date}</translation>
    </message>
    <message>
        <source>Target: {position}</source>
        <translation>Meta: {position}</translation>
    </message>
    <message>
        <source>target {position}</source>
        <translation>meta {position}</translation>
    </message>
    <message>
        <source>{distance} to go</source>
        <translation>faltam {distance}</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atingida</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>the format of a target&apos;s date (QDate)</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>the organisation&apos;s target</source>
        <translation>a meta da organização</translation>
    </message>
    <message>
        <source>its own target</source>
        <translation>sua própria meta</translation>
    </message>
    <message>
        <source>{team}: {whose}, {position} by {date} ({label})</source>
        <translation>{team}: {whose}, {position} até {date} ({label})</translation>
    </message>
    <message>
        <source>{team}: {whose}, {position} ({label})</source>
        <translation>{team}: {whose}, {position} ({label})</translation>
    </message>
    <message>
        <source>No target on {aspect} yet: drag the flag onto the continuum, or press Ctrl+Shift+T.</source>
        <translation>Ainda não há meta em {aspect}: arraste a bandeira para o contínuo ou pressione Ctrl+Shift+T.</translation>
    </message>
    <message>
        <source>{target}. Drag it, or click it and use Left and Right; Delete removes it, Enter edits it.</source>
        <translation>{target}. Arraste-a, ou clique nela e use Esquerda e Direita; Delete a remove, Enter a edita.</translation>
    </message>
</context>
<context>
    <name>TeamCard</name>
    <message>
        <source>{team}: not placed</source>
        <translation>{team}: não posicionado</translation>
    </message>
    <message>
        <source>{team}: {position}, heading toward {level}</source>
        <translation>{team}: {position}, rumo a {level}</translation>
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
            <numerusform>e mais %n time com votos: o painel da sala (Ctrl+R) lista todos</numerusform>
            <numerusform>e mais %n times com votos: o painel da sala (Ctrl+R) lista todos</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toda a organização</translation>
    </message>
    <message>
        <source>{team}: median {position}, spread {spread}</source>
        <translation>{team}: mediana {position}, dispersão {spread}</translation>
    </message>
    <message>
        <source>{team}: median {position}</source>
        <translation>{team}: mediana {position}</translation>
    </message>
    <message numerus="yes">
        <source>{team}: %n vote(s), median {median}, from {lowest} to {highest}; they spread {spread}, wider than the threshold</source>
        <translation>
            <numerusform>{team}: %n voto, mediana {median}, de {lowest} a {highest}; dispersão de {spread}, acima do limite</numerusform>
            <numerusform>{team}: %n votos, mediana {median}, de {lowest} a {highest}; dispersão de {spread}, acima do limite</numerusform>
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
        <translation>1 nível</translation>
    </message>
    <message>
        <source>{levels} levels</source>
        <translation>{levels} níveis</translation>
    </message>
    <message>
        <source>{aspect}, {team} only</source>
        <translation>{aspect}, somente {team}</translation>
    </message>
    <message>
        <source>no votes</source>
        <translation>nenhum voto</translation>
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
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote open on {about}: no votes yet; they stay hidden until revealed</source>
        <translation>Votação aberta sobre {about}: nenhum voto ainda; eles ficam ocultos até serem revelados</translation>
    </message>
    <message>
        <source>Vote open on {about}: {votes} so far, hidden until revealed</source>
        <translation>Votação aberta sobre {about}: {votes} até agora, ocultos até serem revelados</translation>
    </message>
    <message>
        <source>Vote closed on {about}: {votes}, hidden until revealed</source>
        <translation>Votação encerrada sobre {about}: {votes}, ocultos até serem revelados</translation>
    </message>
    <message>
        <source>The room&apos;s votes on {about}: {votes}; the bar marks each median</source>
        <translation>Os votos da sala sobre {about}: {votes}; a barra marca cada mediana</translation>
    </message>
</context>
</TS>
