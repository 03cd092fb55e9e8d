<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Editar ação</translation>
    </message>
    <message>
        <source>Agree an action</source>
        <translation>Combinar uma ação</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>O que será feito</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toda a organização</translation>
    </message>
    <message>
        <source>No target level</source>
        <translation>Sem nível de meta</translation>
    </message>
    <message>
        <source>Toward {level}</source>
        <translation>Rumo a {level}</translation>
    </message>
    <message>
        <source>Who makes sure it happens</source>
        <translation>Quem garante que aconteça</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Com prazo</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Details, context, first steps</source>
        <translation>Detalhes, contexto, primeiros passos</translation>
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
        <translation>T&amp;ime</translation>
    </message>
    <message>
        <source>Ta&amp;rget</source>
        <translation>&amp;Meta</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsável</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Prazo</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>&amp;Detalhe</translation>
    </message>
    <message>
        <source>For the whole organisation: choose the level this action moves toward.</source>
        <translation>Para toda a organização: escolha o nível rumo ao qual esta ação avança.</translation>
    </message>
    <message>
        <source>{team} is not placed on this aspect yet, so there is no default target.</source>
        <translation>{team} ainda não está posicionado neste aspecto, por isso não há meta sugerida.</translation>
    </message>
    <message>
        <source>{team}: {standing}, the highest level. There is no level to move toward.</source>
        <translation>{team}: {standing}, o nível mais alto. Não há um próximo nível.</translation>
    </message>
    <message>
        <source>{team}: {standing}, so heading toward {level}.</source>
        <translation>{team}: {standing}, portanto rumo a {level}.</translation>
    </message>
</context>
<context>
    <name>ActionList</name>
    <message>
        <source>Actions on this aspect</source>
        <translation>Ações neste aspecto</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Add action on this aspect</source>
        <translation>Adicionar uma ação neste aspecto</translation>
    </message>
    <message>
        <source>Edit the selected action on this aspect</source>
        <translation>Editar a ação selecionada neste aspecto</translation>
    </message>
    <message>
        <source>Delete the selected action on this aspect</source>
        <translation>Excluir a ação selecionada neste aspecto</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feita</translation>
    </message>
    <message>
        <source>Mark the selected action done</source>
        <translation>Marcar a ação selecionada como feita</translation>
    </message>
    <message>
        <source>Mark the selected action on this aspect done</source>
        <translation>Marcar como feita a ação selecionada neste aspecto</translation>
    </message>
    <message>
        <source>→ no target</source>
        <translation>→ sem meta</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toda a organização</translation>
    </message>
</context>
<context>
    <name>ActionReviewDialog</name>
    <message>
        <source>Review of carried actions</source>
        <translation>Revisão das ações trazidas</translation>
    </message>
    <message>
        <source>These actions were still open at the end of the previous workshop ({when}). For each: was it done, is it still open (carried on), or was it dropped? Keys: D done · C carried on · X dropped · 0 not reviewed · N a note first (Enter keeps it) · Ctrl+Z undo</source>
        <translation>Estas ações ainda estavam abertas no fim do workshop anterior ({when}). Para cada uma: foi feita, continua aberta (continua) ou foi descartada? Teclas: D feita · C continua · X descartada · 0 não revisada · N antes uma nota (Enter a mantém) · Ctrl+Z desfazer</translation>
    </message>
    <message>
        <source>Carried actions</source>
        <translation>Ações trazidas</translation>
    </message>
    <message>
        <source>&amp;Done (D)</source>
        <translation>&amp;Feita (D)</translation>
    </message>
    <message>
        <source>&amp;Carried on (C)</source>
        <translation>&amp;Continua (C)</translation>
    </message>
    <message>
        <source>Dr&amp;opped (X)</source>
        <translation>&amp;Descartada (X)</translation>
    </message>
    <message>
        <source>&amp;Not reviewed (0)</source>
        <translation>&amp;Não revisada (0)</translation>
    </message>
    <message>
        <source>A note, e.g. what was done or why it was dropped (Enter keeps it)</source>
        <translation>Uma nota, por exemplo, o que foi feito ou por que foi descartada (Enter a mantém)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>No&amp;ta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
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
        <source>{done} of {count} reviewed</source>
        <translation>Revisadas: {done} de {count}</translation>
    </message>
    <message>
        <source>No action was carried from the previous workshop.</source>
        <translation>Nenhuma ação foi trazida do workshop anterior.</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toda a organização</translation>
    </message>
    <message>
        <source>a team no longer here</source>
        <translation>um time que não existe mais</translation>
    </message>
    <message>
        <source>toward {level}</source>
        <translation>rumo a {level}</translation>
    </message>
    <message>
        <source>owner: {owner}</source>
        <translation>responsável: {owner}</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sem responsável</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>prazo: {date}</translation>
    </message>
    <message>
        <source>last time: {status}</source>
        <translation>da última vez: {status}</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Feita</translation>
    </message>
    <message>
        <source>→ Carried on: still open in this workshop</source>
        <translation>→ Continua: ainda aberta neste workshop</translation>
    </message>
    <message>
        <source>✗ Dropped</source>
        <translation>✗ Descartada</translation>
    </message>
    <message>
        <source>• Not reviewed yet</source>
        <translation>• Ainda não revisada</translation>
    </message>
    <message>
        <source>{outcome} (its action was removed from this workshop)</source>
        <translation>{outcome} (a ação foi removida deste workshop)</translation>
    </message>
</context>
<context>
    <name>ChangeModelLanguageCommand</name>
    <message>
        <source>show the model in {language}</source>
        <translation>mostrar o modelo em {language}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Export PDF report…</source>
        <translation>Exportar relatório em PDF…</translation>
    </message>
    <message>
        <source>Export the trend (PDF report)</source>
        <translation>Exportar a evolução (relatório em PDF)</translation>
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
        <translation>Exportar a evolução (Markdown)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the trend (CSV)</source>
        <translation>Exportar a evolução (CSV)</translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation>Tabelas CSV</translation>
    </message>
    <message>
        <source>Compare workshops</source>
        <translation>Comparar workshops</translation>
    </message>
    <message>
        <source>Workshops compared</source>
        <translation>Workshops comparados</translation>
    </message>
    <message>
        <source>&amp;Add workshops…</source>
        <translation>&amp;Adicionar workshops…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>In workshops</source>
        <translation>Em workshops</translation>
    </message>
    <message>
        <source>Same team as</source>
        <translation>Mesmo time que</translation>
    </message>
    <message>
        <source>Teams matched across the workshops</source>
        <translation>Times associados entre os workshops</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Positions over time</source>
        <translation>Posições ao longo do tempo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Positions on</source>
        <translation>Posições em</translation>
    </message>
    <message>
        <source>Workshops of the same model, oldest first. Teams are matched by their identity (a follow-up keeps it) or by name; if a team goes by another name in another workshop, say which with “Same team as”.</source>
        <translation>Workshops do mesmo modelo, do mais antigo ao mais recente. Os times são associados pela identidade (um workshop de acompanhamento a mantém) ou pelo nome; se um time tiver outro nome em outro workshop, indique qual em “Mesmo time que”.</translation>
    </message>
    <message>
        <source>Workshops to compare</source>
        <translation>Workshops a comparar</translation>
    </message>
    <message>
        <source>Some workshops cannot be compared</source>
        <translation>Alguns workshops não podem ser comparados</translation>
    </message>
    <message numerus="yes">
        <source>{title} — {file} and %n earlier workshop(s) inside it</source>
        <translation>
            <numerusform>{title} — {file}, com %n workshop anterior que ele contém</numerusform>
            <numerusform>{title} — {file}, com os %n workshops anteriores que ele contém</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — {file}</source>
        <translation>{title} — {file}</translation>
    </message>
    <message>
        <source>Add the workshops to compare.</source>
        <translation>Adicione os workshops a comparar.</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message>
        <source>{workshops}, {teams}.</source>
        <translation>{workshops}, {teams}.</translation>
    </message>
    <message>
        <source>Also called: {names}</source>
        <translation>Também chamado: {names}</translation>
    </message>
    <message>
        <source>— itself —</source>
        <translation>— ele mesmo —</translation>
    </message>
    <message>
        <source>Same team as, for {team}</source>
        <translation>Mesmo time que, para {team}</translation>
    </message>
    <message>
        <source>The trend was not exported</source>
        <translation>A evolução não foi exportada</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} gravado</translation>
    </message>
</context>
<context>
    <name>DisagreementDialog</name>
    <message>
        <source>Edit a disagreement — {aspect}</source>
        <translation>Editar uma divergência — {aspect}</translation>
    </message>
    <message>
        <source>Record a disagreement — {aspect}</source>
        <translation>Registrar uma divergência — {aspect}</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toda a organização</translation>
    </message>
    <message>
        <source>What is disputed, in a few words</source>
        <translation>O que está em discussão, em poucas palavras</translation>
    </message>
    <message>
        <source>Add a &amp;viewpoint</source>
        <translation>Adicionar um &amp;ponto de vista</translation>
    </message>
    <message>
        <source>&amp;Resolved: the room agreed</source>
        <translation>Resol&amp;vida: o grupo chegou a um acordo</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>O que foi combinado</translation>
    </message>
    <message>
        <source>Agreed position</source>
        <translation>Posição acordada</translation>
    </message>
    <message>
        <source>Agreed position, another one</source>
        <translation>Posição acordada, outra</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>Viewpoints</source>
        <translation>Pontos de vista</translation>
    </message>
    <message>
        <source>Re&amp;solution</source>
        <translation>&amp;Resolução</translation>
    </message>
    <message>
        <source>A&amp;greed position</source>
        <translation>Posição &amp;acordada</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Ainda não escolhida</translation>
    </message>
    <message>
        <source>{position} (as {who} argued)</source>
        <translation>{position} (como {who} defendeu)</translation>
    </message>
    <message>
        <source>{position} (as someone argued)</source>
        <translation>{position} (como alguém defendeu)</translation>
    </message>
    <message>
        <source>Another position…</source>
        <translation>Outra posição…</translation>
    </message>
    <message>
        <source>Move {team}’s card there</source>
        <translation>Mover o cartão de {team} para lá</translation>
    </message>
    <message>
        <source>A disagreement needs at least two viewpoints.</source>
        <translation>Uma divergência precisa de pelo menos dois pontos de vista.</translation>
    </message>
</context>
<context>
    <name>DisagreementList</name>
    <message>
        <source>Disagreements on this aspect</source>
        <translation>Divergências neste aspecto</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Registrar…</translation>
    </message>
    <message>
        <source>Record disagreement on this aspect</source>
        <translation>Registrar uma divergência neste aspecto</translation>
    </message>
    <message>
        <source>Edit the selected disagreement on this aspect</source>
        <translation>Editar a divergência selecionada neste aspecto</translation>
    </message>
    <message>
        <source>Delete the selected disagreement on this aspect</source>
        <translation>Excluir a divergência selecionada neste aspecto</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toda a organização</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>divergência</translation>
    </message>
    <message>
        <source>{team} — {topic}</source>
        <translation>{team} — {topic}</translation>
    </message>
    <message>
        <source>{team} — {topic}  ✓ resolved</source>
        <translation>{team} — {topic}  ✓ resolvida</translation>
    </message>
    <message>
        <source>Agreed: {resolution}{end}</source>
        <translation>Acordado: {resolution}{end}</translation>
    </message>
    <message>
        <source>Agreed position: {position}.</source>
        <translation>Posição acordada: {position}.</translation>
    </message>
    <message>
        <source>{who} ({position}): {reason}</source>
        <translation>{who} ({position}): {reason}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export the PDF roadmap ({page_size})</source>
        <translation>Exportar o roadmap em PDF ({page_size})</translation>
    </message>
    <message>
        <source>Export the PDF roadmap</source>
        <translation>Exportar o roadmap em PDF</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Documentos PDF</translation>
    </message>
    <message>
        <source>Export CSV tables (ZIP of placements, actions, disagreements, votes, answers)</source>
        <translation>Exportar tabelas CSV (ZIP de posicionamentos, ações, divergências, votos, respostas)</translation>
    </message>
    <message>
        <source>ZIP archives of CSV tables</source>
        <translation>Arquivos ZIP de tabelas CSV</translation>
    </message>
    <message>
        <source>Export the Markdown summary</source>
        <translation>Exportar o resumo em Markdown</translation>
    </message>
    <message>
        <source>Export JSON (the whole workshop, for import)</source>
        <translation>Exportar JSON (o workshop inteiro, para importação)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>That is the workshop file itself; choose another name.</source>
        <translation>Este é o próprio arquivo do workshop; escolha outro nome.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Exportação cancelada; nada foi gravado</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado para {path}</translation>
    </message>
    <message>
        <source>Roadmap exported</source>
        <translation>Roadmap exportado</translation>
    </message>
    <message>
        <source>The roadmap is saved as {file} in {folder}.</source>
        <translation>O roadmap foi salvo como {file} em {folder}.</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Abrir o PDF</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>Mostrar a pasta</translation>
    </message>
    <message>
        <source>Import a workshop from JSON</source>
        <translation>Importar um workshop de JSON</translation>
    </message>
    <message>
        <source>Save the imported workshop as</source>
        <translation>Salvar o workshop importado como</translation>
    </message>
    <message>
        <source>Cannot import the workshop</source>
        <translation>Não é possível importar o workshop</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Gravando {file}…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Could not start the export: {reason}</source>
        <translation>Não foi possível iniciar a exportação: {reason}</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly ({reason}); nothing was written.</source>
        <translation>A exportação parou inesperadamente ({reason}); nada foi gravado.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly; nothing was written.</source>
        <translation>A exportação parou inesperadamente; nada foi gravado.</translation>
    </message>
    <message>
        <source>The export ended with status {status}; nothing was written.</source>
        <translation>A exportação terminou com o status {status}; nada foi gravado.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Start a follow-up</source>
        <translation>Iniciar um acompanhamento</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
    <message numerus="yes">
        <source>A new workshop that starts from “{title}” ({when}): the same model, teams and targets; its %n open action(s) carried in for review; and the previous workshop kept inside the new file as its history, so the new one shows what moved even if the old file is gone. The previous file is not changed.</source>
        <translation>
            <numerusform>Um novo workshop que parte de “{title}” ({when}): o mesmo modelo, os mesmos times e metas; %n ação aberta trazida para revisão; e o workshop anterior guardado no novo arquivo como histórico, para que o novo mostre o que mudou mesmo que o arquivo antigo não exista mais. O arquivo anterior não é alterado.</numerusform>
            <numerusform>Um novo workshop que parte de “{title}” ({when}): o mesmo modelo, os mesmos times e metas; %n ações abertas trazidas para revisão; e o workshop anterior guardado no novo arquivo como histórico, para que o novo mostre o que mudou mesmo que o arquivo antigo não exista mais. O arquivo anterior não é alterado.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Where they were last time</source>
        <translation>&amp;Onde estavam da última vez</translation>
    </message>
    <message>
        <source>In the &amp;tray, to place them afresh (last time&apos;s positions still show)</source>
        <translation>Na &amp;bandeja, para posicionar de novo (as posições anteriores ficam visíveis)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Cards start</source>
        <translation>Cartões</translation>
    </message>
    <message>
        <source>Use version {new} of the model (this workshop used {old})</source>
        <translation>Usar a versão {new} do modelo (este workshop usava a {old})</translation>
    </message>
    <message>
        <source>What changes in the newer version</source>
        <translation>O que muda na versão mais recente</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Salvar como</translation>
    </message>
    <message>
        <source>Start follow-up</source>
        <translation>Iniciar acompanhamento</translation>
    </message>
    <message>
        <source>Save the follow-up as</source>
        <translation>Salvar o acompanhamento como</translation>
    </message>
</context>
<context>
    <name>ModelError</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… e mais %n.</numerusform>
            <numerusform>… e mais %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>This model translation cannot be used</source>
        <translation>Esta tradução do modelo não pode ser usada</translation>
    </message>
    <message numerus="yes">
        <source>{file} is not a valid model translation (%n problem(s)).</source>
        <translation>
            <numerusform>{file} não é uma tradução de modelo válida (%n problema).</numerusform>
            <numerusform>{file} não é uma tradução de modelo válida (%n problemas).</numerusform>
        </translation>
    </message>
    <message>
        <source>This maturity model cannot be used</source>
        <translation>Este modelo de maturidade não pode ser usado</translation>
    </message>
    <message numerus="yes">
        <source>{file} is not a valid maturity model (%n problem(s)).</source>
        <translation>
            <numerusform>{file} não é um modelo de maturidade válido (%n problema).</numerusform>
            <numerusform>{file} não é um modelo de maturidade válido (%n problemas).</numerusform>
        </translation>
    </message>
    <message>
        <source>• line {line}: {path}: {message}</source>
        <translation>• linha {line}: {path}: {message}</translation>
    </message>
    <message>
        <source>• line {line}: {message}</source>
        <translation>• linha {line}: {message}</translation>
    </message>
</context>
<context>
    <name>ModelLanguageCombo</name>
    <message>
        <source>Model language</source>
        <translation>Idioma do modelo</translation>
    </message>
    <message>
        <source>The language of the model&apos;s texts on the board and in the exports</source>
        <translation>O idioma dos textos do modelo no quadro e nas exportações</translation>
    </message>
    <message>
        <source>{language} — the model&apos;s own</source>
        <translation>{language} — idioma original do modelo</translation>
    </message>
</context>
<context>
    <name>ModelLanguageMenu</name>
    <message>
        <source>Model &amp;language</source>
        <translation>&amp;Idioma do modelo</translation>
    </message>
    <message>
        <source>The bundled translation is of another version of the model than this workshop&apos;s copy ({why})</source>
        <translation>A tradução incluída é de outra versão do modelo, diferente da cópia deste workshop ({why})</translation>
    </message>
    <message>
        <source>From a translation file…</source>
        <translation>De um arquivo de tradução…</translation>
    </message>
    <message>
        <source>Model translations</source>
        <translation>Traduções do modelo</translation>
    </message>
    <message>
        <source>Choose a model translation</source>
        <translation>Escolher uma tradução do modelo</translation>
    </message>
    <message>
        <source>{language} (the model&apos;s own)</source>
        <translation>{language} (idioma original do modelo)</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Novo workshop</translation>
    </message>
    <message>
        <source>e.g. Acme platform maturity workshop</source>
        <translation>por exemplo, Workshop de maturidade de plataforma da Acme</translation>
    </message>
    <message>
        <source>Who is in the room (names or roles)</source>
        <translation>Quem está na sala (nomes ou papéis)</translation>
    </message>
    <message>
        <source>Another model file…</source>
        <translation>Outro arquivo de modelo…</translation>
    </message>
    <message>
        <source>Team name, then Enter</source>
        <translation>Nome do time e depois Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Cor…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organização</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Facilitação</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>P&amp;articipantes</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>Model &amp;language</source>
        <translation>&amp;Idioma do modelo</translation>
    </message>
    <message>
        <source>T&amp;eams</source>
        <translation>Tim&amp;es</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Salvar como</translation>
    </message>
    <message>
        <source>Create workshop</source>
        <translation>Criar workshop</translation>
    </message>
    <message>
        <source>Create the workshop ({keys})</source>
        <translation>Criar o workshop ({keys})</translation>
    </message>
    <message>
        <source>Team already listed</source>
        <translation>Time já incluído</translation>
    </message>
    <message>
        <source>There is already a team called “{name}”.</source>
        <translation>Já existe um time chamado “{name}”.</translation>
    </message>
    <message>
        <source>Colour of {team}</source>
        <translation>Cor de {team}</translation>
    </message>
    <message>
        <source>Maturity models</source>
        <translation>Modelos de maturidade</translation>
    </message>
    <message>
        <source>Choose a maturity model</source>
        <translation>Escolher um modelo de maturidade</translation>
    </message>
    <message>
        <source>Save the workshop as</source>
        <translation>Salvar o workshop como</translation>
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
        <translation>Excluir</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar de um backup</translation>
    </message>
    <message>
        <source>Backups of {file}, newest first. The one you choose is restored as a new file; the original stays as it is.</source>
        <translation>Backups de {file}, do mais recente ao mais antigo. O que você escolher é restaurado como um novo arquivo; o original continua como está.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
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
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>There are no backups of this workshop yet.</source>
        <translation>Ainda não há backups deste workshop.</translation>
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
        <translation>Meta em {aspect}</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toda a organização</translation>
    </message>
    <message>
        <source>Exact position in level units</source>
        <translation>Posição exata em unidades de nível</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Até</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Data da meta</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Para</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Nível</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>P&amp;osição</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Definir meta</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Remover meta</translation>
    </message>
    <message>
        <source>The organisation&apos;s target is what every team works toward unless it has one of its own.</source>
        <translation>A meta da organização é aquela rumo à qual trabalha todo time que não tenha uma própria.</translation>
    </message>
    <message>
        <source>{team} is not placed on {aspect} yet.</source>
        <translation>{team} ainda não está posicionado em {aspect}.</translation>
    </message>
    <message>
        <source>{team} is at {position} ({number}): {distance} levels to go.</source>
        <translation>{team} está em {position} ({number}): faltam {distance} níveis.</translation>
    </message>
    <message>
        <source>{team} is at {position} ({number}): already reached.</source>
        <translation>{team} está em {position} ({number}): já alcançada.</translation>
    </message>
    <message>
        <source>{note} It works toward the organisation&apos;s target until it has one of its own.</source>
        <translation>{note} Ele trabalha rumo à meta da organização até ter uma própria.</translation>
    </message>
</context>
<context>
    <name>TimeboxButton</name>
    <message>
        <source>Timebox, not running</source>
        <translation>Timebox, parado</translation>
    </message>
    <message>
        <source>Opens a menu: start a countdown of 5 to 30 minutes, or stop it</source>
        <translation>Abre um menu: iniciar uma contagem regressiva de 5 a 30 minutos ou pará-la</translation>
    </message>
    <message>
        <source>Timebox the discussion</source>
        <translation>Limitar o tempo da discussão</translation>
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
        <translation>Parar</translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation>Timebox</translation>
    </message>
    <message>
        <source>Time is up (+{time})</source>
        <translation>Tempo esgotado (+{time})</translation>
    </message>
    <message>
        <source>Timebox: time is up</source>
        <translation>Timebox: tempo esgotado</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tempo esgotado</translation>
    </message>
    <message numerus="yes">
        <source>Timebox: %n minute(s) left</source>
        <translation>
            <numerusform>Timebox: falta %n minuto</numerusform>
            <numerusform>Timebox: faltam %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>One minute left</source>
        <translation>Falta um minuto</translation>
    </message>
</context>
<context>
    <name>ViewpointRow</name>
    <message>
        <source>Who (e.g. SRE leads)</source>
        <translation>Quem (por exemplo, líderes de SRE)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Viewpoint {number}: who holds it</source>
        <translation>Ponto de vista {number}: quem o defende</translation>
    </message>
    <message>
        <source>Viewpoint {number}: position</source>
        <translation>Ponto de vista {number}: posição</translation>
    </message>
    <message>
        <source>Viewpoint {number}: why</source>
        <translation>Ponto de vista {number}: por quê</translation>
    </message>
    <message>
        <source>Remove viewpoint {number}</source>
        <translation>Remover o ponto de vista {number}</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsDialog</name>
    <message>
        <source>Workshop details</source>
        <translation>Detalhes do workshop</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organização</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Facilitação</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>P&amp;articipantes</translation>
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
        <translation>Workshops PEM</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos os arquivos</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>O arquivo já existe</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name.</source>
        <translation>{path} já existe. Escolha outro nome.</translation>
    </message>
    <message>
        <source>Cannot save there</source>
        <translation>Não é possível salvar aí</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation>Não é possível criar a pasta {folder}: {reason}</translation>
    </message>
</context>
</TS>
