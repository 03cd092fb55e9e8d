<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>编辑行动项</translation>
    </message>
    <message>
        <source>Agree an action</source>
        <translation>商定行动项</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>要做什么</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>整个组织</translation>
    </message>
    <message>
        <source>No target level</source>
        <translation>无目标级别</translation>
    </message>
    <message>
        <source>Toward {level}</source>
        <translation>迈向{level}</translation>
    </message>
    <message>
        <source>Who makes sure it happens</source>
        <translation>由谁确保落实</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>有截止日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Details, context, first steps</source>
        <translation>详情、背景、第一步</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Aspect</source>
        <translation>方面(&amp;A)</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>团队(&amp;E)</translation>
    </message>
    <message>
        <source>Ta&amp;rget</source>
        <translation>目标(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>截止(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>For the whole organisation: choose the level this action moves toward.</source>
        <translation>针对整个组织：请选择此行动项要迈向的级别。</translation>
    </message>
    <message>
        <source>{team} is not placed on this aspect yet, so there is no default target.</source>
        <translation>{team}尚未在此方面定位，因此没有默认目标。</translation>
    </message>
    <message>
        <source>{team}: {standing}, the highest level. There is no level to move toward.</source>
        <translation>{team}：{standing}，已是最高级别，没有可迈向的级别。</translation>
    </message>
    <message>
        <source>{team}: {standing}, so heading toward {level}.</source>
        <translation>{team}：{standing}，因此迈向{level}。</translation>
    </message>
</context>
<context>
    <name>ActionList</name>
    <message>
        <source>Actions on this aspect</source>
        <translation>此方面的行动项</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add action on this aspect</source>
        <translation>为此方面添加行动项</translation>
    </message>
    <message>
        <source>Edit the selected action on this aspect</source>
        <translation>编辑此方面所选的行动项</translation>
    </message>
    <message>
        <source>Delete the selected action on this aspect</source>
        <translation>删除此方面所选的行动项</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Mark the selected action done</source>
        <translation>将所选行动项标记为已完成</translation>
    </message>
    <message>
        <source>Mark the selected action on this aspect done</source>
        <translation>将此方面所选的行动项标记为已完成</translation>
    </message>
    <message>
        <source>→ no target</source>
        <translation>→ 无目标</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>整个组织</translation>
    </message>
</context>
<context>
    <name>ActionReviewDialog</name>
    <message>
        <source>Review of carried actions</source>
        <translation>沿用行动项回顾</translation>
    </message>
    <message>
        <source>These actions were still open at the end of the previous workshop ({when}). For each: was it done, is it still open (carried on), or was it dropped? Keys: D done · C carried on · X dropped · 0 not reviewed · N a note first (Enter keeps it) · Ctrl+Z undo</source>
        <translation>这些行动项在上一次工作坊（{when}）结束时仍未完成。请逐项确认：已完成、仍未完成（继续）还是已放弃？按键：D 已完成 · C 继续 · X 已放弃 · 0 未回顾 · N 先写备注（按 Enter 保存） · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <source>Carried actions</source>
        <translation>沿用的行动项</translation>
    </message>
    <message>
        <source>&amp;Done (D)</source>
        <translation>已完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Carried on (C)</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>Dr&amp;opped (X)</source>
        <translation>已放弃(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Not reviewed (0)</source>
        <translation>未回顾(&amp;0)</translation>
    </message>
    <message>
        <source>A note, e.g. what was done or why it was dropped (Enter keeps it)</source>
        <translation>备注，例如做了什么或为何放弃（按 Enter 保存）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>{done} of {count} reviewed</source>
        <translation>已回顾 {done}/{count}</translation>
    </message>
    <message>
        <source>No action was carried from the previous workshop.</source>
        <translation>上一次工作坊没有沿用的行动项。</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>整个组织</translation>
    </message>
    <message>
        <source>a team no longer here</source>
        <translation>已不存在的团队</translation>
    </message>
    <message>
        <source>toward {level}</source>
        <translation>迈向{level}</translation>
    </message>
    <message>
        <source>owner: {owner}</source>
        <translation>负责人：{owner}</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>截止：{date}</translation>
    </message>
    <message>
        <source>last time: {status}</source>
        <translation>上次：{status}</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ 已完成</translation>
    </message>
    <message>
        <source>→ Carried on: still open in this workshop</source>
        <translation>→ 继续：在本次工作坊中仍未完成</translation>
    </message>
    <message>
        <source>✗ Dropped</source>
        <translation>✗ 已放弃</translation>
    </message>
    <message>
        <source>• Not reviewed yet</source>
        <translation>• 尚未回顾</translation>
    </message>
    <message>
        <source>{outcome} (its action was removed from this workshop)</source>
        <translation>{outcome}（其行动项已从本次工作坊中删除）</translation>
    </message>
</context>
<context>
    <name>ChangeModelLanguageCommand</name>
    <message>
        <source>show the model in {language}</source>
        <translation>以{language}显示模型</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Export PDF report…</source>
        <translation>导出 PDF 报告…</translation>
    </message>
    <message>
        <source>Export the trend (PDF report)</source>
        <translation>导出趋势（PDF 报告）</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>导出 Markdown…</translation>
    </message>
    <message>
        <source>Export the trend (Markdown)</source>
        <translation>导出趋势（Markdown）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export the trend (CSV)</source>
        <translation>导出趋势（CSV）</translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <source>Compare workshops</source>
        <translation>比较工作坊</translation>
    </message>
    <message>
        <source>Workshops compared</source>
        <translation>参与比较的工作坊</translation>
    </message>
    <message>
        <source>&amp;Add workshops…</source>
        <translation>添加工作坊(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>In workshops</source>
        <translation>所在工作坊</translation>
    </message>
    <message>
        <source>Same team as</source>
        <translation>与之相同的团队</translation>
    </message>
    <message>
        <source>Teams matched across the workshops</source>
        <translation>跨工作坊匹配的团队</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>方面</translation>
    </message>
    <message>
        <source>Positions over time</source>
        <translation>位置随时间的变化</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Positions on</source>
        <translation>查看方面</translation>
    </message>
    <message>
        <source>Workshops of the same model, oldest first. Teams are matched by their identity (a follow-up keeps it) or by name; if a team goes by another name in another workshop, say which with “Same team as”.</source>
        <translation>同一模型的工作坊，按时间从早到晚排列。团队按其标识（后续工作坊会保留）或名称匹配；如果某个团队在另一个工作坊中使用了其他名称，请在“与之相同的团队”中指定。</translation>
    </message>
    <message>
        <source>Workshops to compare</source>
        <translation>要比较的工作坊</translation>
    </message>
    <message>
        <source>Some workshops cannot be compared</source>
        <translation>部分工作坊无法比较</translation>
    </message>
    <message numerus="yes">
        <source>{title} — {file} and %n earlier workshop(s) inside it</source>
        <translation>
            <numerusform>{title} — {file}（内含 %n 个更早的工作坊）</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — {file}</source>
        <translation>{title} — {file}</translation>
    </message>
    <message>
        <source>Add the workshops to compare.</source>
        <translation>请添加要比较的工作坊。</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n 个工作坊</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n 个团队</numerusform>
        </translation>
    </message>
    <message>
        <source>{workshops}, {teams}.</source>
        <translation>{workshops}，{teams}。</translation>
    </message>
    <message>
        <source>Also called: {names}</source>
        <translation>又名：{names}</translation>
    </message>
    <message>
        <source>— itself —</source>
        <translation>— 自身 —</translation>
    </message>
    <message>
        <source>Same team as, for {team}</source>
        <translation>与{team}相同的团队</translation>
    </message>
    <message>
        <source>The trend was not exported</source>
        <translation>趋势未导出</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
</context>
<context>
    <name>DisagreementDialog</name>
    <message>
        <source>Edit a disagreement — {aspect}</source>
        <translation>编辑分歧 — {aspect}</translation>
    </message>
    <message>
        <source>Record a disagreement — {aspect}</source>
        <translation>记录分歧 — {aspect}</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>整个组织</translation>
    </message>
    <message>
        <source>What is disputed, in a few words</source>
        <translation>争议内容（简要说明）</translation>
    </message>
    <message>
        <source>Add a &amp;viewpoint</source>
        <translation>添加观点(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Resolved: the room agreed</source>
        <translation>已解决：大家达成一致(&amp;R)</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>达成一致的内容</translation>
    </message>
    <message>
        <source>Agreed position</source>
        <translation>商定的位置</translation>
    </message>
    <message>
        <source>Agreed position, another one</source>
        <translation>商定的位置（其他位置）</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>主题(&amp;O)</translation>
    </message>
    <message>
        <source>Viewpoints</source>
        <translation>观点</translation>
    </message>
    <message>
        <source>Re&amp;solution</source>
        <translation>结论(&amp;S)</translation>
    </message>
    <message>
        <source>A&amp;greed position</source>
        <translation>商定的位置(&amp;G)</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <source>{position} (as {who} argued)</source>
        <translation>{position}（{who}的观点）</translation>
    </message>
    <message>
        <source>{position} (as someone argued)</source>
        <translation>{position}（某位参与者的观点）</translation>
    </message>
    <message>
        <source>Another position…</source>
        <translation>其他位置…</translation>
    </message>
    <message>
        <source>Move {team}’s card there</source>
        <translation>将{team}的卡片移到该处</translation>
    </message>
    <message>
        <source>A disagreement needs at least two viewpoints.</source>
        <translation>一个分歧至少需要两个观点。</translation>
    </message>
</context>
<context>
    <name>DisagreementList</name>
    <message>
        <source>Disagreements on this aspect</source>
        <translation>此方面的分歧</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>记录…</translation>
    </message>
    <message>
        <source>Record disagreement on this aspect</source>
        <translation>记录此方面的分歧</translation>
    </message>
    <message>
        <source>Edit the selected disagreement on this aspect</source>
        <translation>编辑此方面所选的分歧</translation>
    </message>
    <message>
        <source>Delete the selected disagreement on this aspect</source>
        <translation>删除此方面所选的分歧</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>整个组织</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>{team} — {topic}</source>
        <translation>{team} — {topic}</translation>
    </message>
    <message>
        <source>{team} — {topic}  ✓ resolved</source>
        <translation>{team} — {topic}  ✓ 已解决</translation>
    </message>
    <message>
        <source>Agreed: {resolution}{end}</source>
        <translation>商定：{resolution}{end}</translation>
    </message>
    <message>
        <source>Agreed position: {position}.</source>
        <translation>商定的位置：{position}。</translation>
    </message>
    <message>
        <source>{who} ({position}): {reason}</source>
        <translation>{who}（{position}）：{reason}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某位参与者</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export the PDF roadmap ({page_size})</source>
        <translation>导出 PDF 路线图（{page_size}）</translation>
    </message>
    <message>
        <source>Export the PDF roadmap</source>
        <translation>导出 PDF 路线图</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Export CSV tables (ZIP of placements, actions, disagreements, votes, answers)</source>
        <translation>导出 CSV 表格（包含定位、行动项、分歧、投票和答案的 ZIP）</translation>
    </message>
    <message>
        <source>ZIP archives of CSV tables</source>
        <translation>CSV 表格的 ZIP 压缩包</translation>
    </message>
    <message>
        <source>Export the Markdown summary</source>
        <translation>导出 Markdown 摘要</translation>
    </message>
    <message>
        <source>Export JSON (the whole workshop, for import)</source>
        <translation>导出 JSON（整个工作坊，用于导入）</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>That is the workshop file itself; choose another name.</source>
        <translation>这是工作坊文件本身，请选择其他名称。</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>已取消导出，未写入任何内容</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>Roadmap exported</source>
        <translation>路线图已导出</translation>
    </message>
    <message>
        <source>The roadmap is saved as {file} in {folder}.</source>
        <translation>路线图已保存为 {folder} 中的 {file}。</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>显示文件夹</translation>
    </message>
    <message>
        <source>Import a workshop from JSON</source>
        <translation>从 JSON 导入工作坊</translation>
    </message>
    <message>
        <source>Save the imported workshop as</source>
        <translation>将导入的工作坊另存为</translation>
    </message>
    <message>
        <source>Cannot import the workshop</source>
        <translation>无法导入工作坊</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Could not start the export: {reason}</source>
        <translation>无法开始导出：{reason}</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly ({reason}); nothing was written.</source>
        <translation>导出意外停止（{reason}），未写入任何内容。</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly; nothing was written.</source>
        <translation>导出意外停止，未写入任何内容。</translation>
    </message>
    <message>
        <source>The export ended with status {status}; nothing was written.</source>
        <translation>导出以状态 {status} 结束，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Start a follow-up</source>
        <translation>开始后续工作坊</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message numerus="yes">
        <source>A new workshop that starts from “{title}” ({when}): the same model, teams and targets; its %n open action(s) carried in for review; and the previous workshop kept inside the new file as its history, so the new one shows what moved even if the old file is gone. The previous file is not changed.</source>
        <translation>
            <numerusform>以“{title}”（{when}）为起点的新工作坊：使用相同的模型、团队和目标；其 %n 个未完成的行动项将沿用并等待回顾；上一次工作坊作为历史保存在新文件中，因此即使旧文件不在了，新工作坊也能显示哪些发生了变化。上一次的文件不会被修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Where they were last time</source>
        <translation>上次所在的位置(&amp;W)</translation>
    </message>
    <message>
        <source>In the &amp;tray, to place them afresh (last time&apos;s positions still show)</source>
        <translation>放入托盘，重新定位（仍会显示上次的位置）(&amp;T)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>标题(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Cards start</source>
        <translation>卡片起始位置</translation>
    </message>
    <message>
        <source>Use version {new} of the model (this workshop used {old})</source>
        <translation>使用模型的 {new} 版本（本工作坊使用的是 {old}）</translation>
    </message>
    <message>
        <source>What changes in the newer version</source>
        <translation>新版本中的变化</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>另存为(&amp;S)</translation>
    </message>
    <message>
        <source>Start follow-up</source>
        <translation>开始后续工作坊</translation>
    </message>
    <message>
        <source>Save the follow-up as</source>
        <translation>将后续工作坊另存为</translation>
    </message>
</context>
<context>
    <name>ModelError</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>……另有 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>This model translation cannot be used</source>
        <translation>无法使用此模型翻译</translation>
    </message>
    <message numerus="yes">
        <source>{file} is not a valid model translation (%n problem(s)).</source>
        <translation>
            <numerusform>{file} 不是有效的模型翻译（%n 个问题）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This maturity model cannot be used</source>
        <translation>无法使用此成熟度模型</translation>
    </message>
    <message numerus="yes">
        <source>{file} is not a valid maturity model (%n problem(s)).</source>
        <translation>
            <numerusform>{file} 不是有效的成熟度模型（%n 个问题）。</numerusform>
        </translation>
    </message>
    <message>
        <source>• line {line}: {path}: {message}</source>
        <translation>• 第 {line} 行：{path}：{message}</translation>
    </message>
    <message>
        <source>• line {line}: {message}</source>
        <translation>• 第 {line} 行：{message}</translation>
    </message>
</context>
<context>
    <name>ModelLanguageCombo</name>
    <message>
        <source>Model language</source>
        <translation>模型语言</translation>
    </message>
    <message>
        <source>The language of the model&apos;s texts on the board and in the exports</source>
        <translation>看板和导出文件中模型文本所用的语言</translation>
    </message>
    <message>
        <source>{language} — the model&apos;s own</source>
        <translation>{language} — 模型原文</translation>
    </message>
</context>
<context>
    <name>ModelLanguageMenu</name>
    <message>
        <source>Model &amp;language</source>
        <translation>模型语言(&amp;L)</translation>
    </message>
    <message>
        <source>The bundled translation is of another version of the model than this workshop&apos;s copy ({why})</source>
        <translation>内置翻译对应的模型版本与本工作坊中的副本不同（{why}）</translation>
    </message>
    <message>
        <source>From a translation file…</source>
        <translation>从翻译文件…</translation>
    </message>
    <message>
        <source>Model translations</source>
        <translation>模型翻译</translation>
    </message>
    <message>
        <source>Choose a model translation</source>
        <translation>选择模型翻译</translation>
    </message>
    <message>
        <source>{language} (the model&apos;s own)</source>
        <translation>{language}（模型原文）</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>新建工作坊</translation>
    </message>
    <message>
        <source>e.g. Acme platform maturity workshop</source>
        <translation>例如：Acme 平台成熟度工作坊</translation>
    </message>
    <message>
        <source>Who is in the room (names or roles)</source>
        <translation>在场人员（姓名或角色）</translation>
    </message>
    <message>
        <source>Another model file…</source>
        <translation>其他模型文件…</translation>
    </message>
    <message>
        <source>Team name, then Enter</source>
        <translation>输入团队名称后按 Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>组织(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>引导师(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>参与者(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>Model &amp;language</source>
        <translation>模型语言(&amp;L)</translation>
    </message>
    <message>
        <source>T&amp;eams</source>
        <translation>团队(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>另存为(&amp;S)</translation>
    </message>
    <message>
        <source>Create workshop</source>
        <translation>创建工作坊</translation>
    </message>
    <message>
        <source>Create the workshop ({keys})</source>
        <translation>创建工作坊（{keys}）</translation>
    </message>
    <message>
        <source>Team already listed</source>
        <translation>团队已存在</translation>
    </message>
    <message>
        <source>There is already a team called “{name}”.</source>
        <translation>已有名为“{name}”的团队。</translation>
    </message>
    <message>
        <source>Colour of {team}</source>
        <translation>{team}的颜色</translation>
    </message>
    <message>
        <source>Maturity models</source>
        <translation>成熟度模型</translation>
    </message>
    <message>
        <source>Choose a maturity model</source>
        <translation>选择成熟度模型</translation>
    </message>
    <message>
        <source>Save the workshop as</source>
        <translation>将工作坊另存为</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups of {file}, newest first. The one you choose is restored as a new file; the original stays as it is.</source>
        <translation>{file} 的备份，最新的在前。所选备份将恢复为新文件，原文件保持不变。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>{made}   ({size} KB)</source>
        <translation>{made}   （{size} KB）</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>恢复为</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>There are no backups of this workshop yet.</source>
        <translation>此工作坊还没有备份。</translation>
    </message>
    <message>
        <source>Restore &amp;as:</source>
        <translation>恢复为(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Target on {aspect}</source>
        <translation>{aspect}的目标</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>整个组织</translation>
    </message>
    <message>
        <source>Exact position in level units</source>
        <translation>以级别为单位的精确位置</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>期限(&amp;B)</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>对象(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>级别(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>位置(&amp;P)</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>设定目标</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>移除目标</translation>
    </message>
    <message>
        <source>The organisation&apos;s target is what every team works toward unless it has one of its own.</source>
        <translation>组织的目标是所有没有自身目标的团队共同迈向的目标。</translation>
    </message>
    <message>
        <source>{team} is not placed on {aspect} yet.</source>
        <translation>{team}尚未在{aspect}上定位。</translation>
    </message>
    <message>
        <source>{team} is at {position} ({number}): {distance} levels to go.</source>
        <translation>{team}位于{position}（{number}）：还差 {distance} 个级别。</translation>
    </message>
    <message>
        <source>{team} is at {position} ({number}): already reached.</source>
        <translation>{team}位于{position}（{number}）：已达成。</translation>
    </message>
    <message>
        <source>{note} It works toward the organisation&apos;s target until it has one of its own.</source>
        <translation>{note}在拥有自己的目标之前，该团队以组织的目标为方向。</translation>
    </message>
</context>
<context>
    <name>TimeboxButton</name>
    <message>
        <source>Timebox, not running</source>
        <translation>时间盒，未运行</translation>
    </message>
    <message>
        <source>Opens a menu: start a countdown of 5 to 30 minutes, or stop it</source>
        <translation>打开菜单：开始 5 到 30 分钟的倒计时，或停止倒计时</translation>
    </message>
    <message>
        <source>Timebox the discussion</source>
        <translation>为讨论设定时间盒</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation>时间盒</translation>
    </message>
    <message>
        <source>Time is up (+{time})</source>
        <translation>时间到（+{time}）</translation>
    </message>
    <message>
        <source>Timebox: time is up</source>
        <translation>时间盒：时间到</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>时间到</translation>
    </message>
    <message numerus="yes">
        <source>Timebox: %n minute(s) left</source>
        <translation>
            <numerusform>时间盒：剩余 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>One minute left</source>
        <translation>剩余一分钟</translation>
    </message>
</context>
<context>
    <name>ViewpointRow</name>
    <message>
        <source>Who (e.g. SRE leads)</source>
        <translation>谁（例如 SRE 负责人）</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Viewpoint {number}: who holds it</source>
        <translation>观点 {number}：持有者</translation>
    </message>
    <message>
        <source>Viewpoint {number}: position</source>
        <translation>观点 {number}：位置</translation>
    </message>
    <message>
        <source>Viewpoint {number}: why</source>
        <translation>观点 {number}：理由</translation>
    </message>
    <message>
        <source>Remove viewpoint {number}</source>
        <translation>移除观点 {number}</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsDialog</name>
    <message>
        <source>Workshop details</source>
        <translation>工作坊详情</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>组织(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>引导师(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>参与者(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>WorkshopPath</name>
    <message>
        <source>PEM workshops</source>
        <translation>PEM 工作坊</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name.</source>
        <translation>{path} 已存在，请选择其他名称。</translation>
    </message>
    <message>
        <source>Cannot save there</source>
        <translation>无法保存到该位置</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation>无法创建文件夹 {folder}：{reason}</translation>
    </message>
</context>
</TS>
