<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddActionCommand</name>
    <message>
        <source>add action {action}</source>
        <translation>添加行动项“{action}”</translation>
    </message>
</context>
<context>
    <name>AddTeamCommand</name>
    <message>
        <source>add team {team}</source>
        <translation>添加团队“{team}”</translation>
    </message>
</context>
<context>
    <name>AnswerQuestionCommand</name>
    <message>
        <source>clear the answer to “{question}” for the whole organisation</source>
        <translation>清除整个组织对“{question}”的答案</translation>
    </message>
    <message>
        <source>clear the answer to “{question}” for {team}</source>
        <translation>清除{team}对“{question}”的答案</translation>
    </message>
    <message>
        <source>answer “{question}” for the whole organisation: {level}</source>
        <translation>为整个组织回答“{question}”：{level}</translation>
    </message>
    <message>
        <source>answer “{question}” for {team}: {level}</source>
        <translation>为{team}回答“{question}”：{level}</translation>
    </message>
</context>
<context>
    <name>ClearAnswersCommand</name>
    <message>
        <source>clear the answers for the whole organisation on {aspect}</source>
        <translation>清除整个组织在{aspect}上的答案</translation>
    </message>
    <message>
        <source>clear the answers for {team} on {aspect}</source>
        <translation>清除{team}在{aspect}上的答案</translation>
    </message>
</context>
<context>
    <name>ClearVotesCommand</name>
    <message>
        <source>clear the votes on {aspect}</source>
        <translation>清除{aspect}的投票</translation>
    </message>
</context>
<context>
    <name>DeleteActionCommand</name>
    <message>
        <source>delete action {action}</source>
        <translation>删除行动项“{action}”</translation>
    </message>
</context>
<context>
    <name>DeleteDisagreementCommand</name>
    <message>
        <source>delete disagreement</source>
        <translation>删除分歧</translation>
    </message>
</context>
<context>
    <name>DisagreementFromVotesCommand</name>
    <message>
        <source>record disagreement on the whole organisation from the votes</source>
        <translation>根据投票记录整个组织的分歧</translation>
    </message>
    <message>
        <source>record disagreement on {team} from the votes</source>
        <translation>根据投票记录{team}的分歧</translation>
    </message>
    <message numerus="yes">
        <source>The room&apos;s votes spread {width} levels, from {low} to {high} (%n vote(s))</source>
        <translation>
            <numerusform>现场投票分布跨度为 {width} 个级别，从{low}到{high}（%n 票）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Start &amp;follow-up…</source>
        <translation>开始后续工作坊(&amp;F)…</translation>
    </message>
    <message>
        <source>A new workshop that starts from this one, keeping it as its history</source>
        <translation>以本工作坊为起点新建工作坊，并将其保留为历史记录</translation>
    </message>
    <message>
        <source>Co&amp;mpare workshops…</source>
        <translation>比较工作坊(&amp;M)…</translation>
    </message>
    <message>
        <source>Positions over time across workshops of the same model</source>
        <translation>同一模型各工作坊之间位置随时间的变化</translation>
    </message>
    <message>
        <source>&amp;Review carried actions…</source>
        <translation>回顾延续的行动项(&amp;R)…</translation>
    </message>
    <message>
        <source>Done, carried on or dropped: the actions carried from last time</source>
        <translation>已完成、继续或放弃：上次延续下来的行动项</translation>
    </message>
    <message>
        <source>&amp;Last time&apos;s positions</source>
        <translation>上次的位置(&amp;T)</translation>
    </message>
    <message>
        <source>Show where each team sat in the previous workshop (H)</source>
        <translation>显示各团队在上一次工作坊中的位置 (H)</translation>
    </message>
    <message>
        <source>last time ({when})</source>
        <translation>上次（{when}）</translation>
    </message>
    <message>
        <source>Last time&apos;s positions shown (H hides them)</source>
        <translation>已显示上次的位置（按 H 隐藏）</translation>
    </message>
    <message>
        <source>Last time&apos;s positions hidden (H)</source>
        <translation>已隐藏上次的位置 (H)</translation>
    </message>
    <message>
        <source>Workshop not found</source>
        <translation>找不到工作坊</translation>
    </message>
    <message>
        <source>{path} is not there any more.</source>
        <translation>{path} 已不存在。</translation>
    </message>
    <message>
        <source>Cannot start a follow-up</source>
        <translation>无法开始后续工作坊</translation>
    </message>
    <message>
        <source>Cannot start the follow-up</source>
        <translation>无法开始该后续工作坊</translation>
    </message>
    <message>
        <source>Follow-up started in {file}; {source} is unchanged</source>
        <translation>已在 {file} 中开始后续工作坊；{source} 保持不变</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>新建工作坊(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>关闭工作坊(&amp;C)</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;PDF roadmap ({size})…</source>
        <translation>PDF 路线图（{size}）(&amp;P)…</translation>
    </message>
    <message>
        <source>Export the roadmap as a PDF</source>
        <translation>将路线图导出为 PDF</translation>
    </message>
    <message>
        <source>PDF roadmap ({size})…</source>
        <translation>PDF 路线图（{size}）…</translation>
    </message>
    <message>
        <source>&amp;CSV tables…</source>
        <translation>CSV 表格(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Markdown summary…</source>
        <translation>Markdown 摘要(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;JSON (whole workshop)…</source>
        <translation>JSON（整个工作坊）(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>从 JSON 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add team…</source>
        <translation>添加团队(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a team to the workshop</source>
        <translation>向工作坊添加团队</translation>
    </message>
    <message>
        <source>&amp;Rename team…</source>
        <translation>重命名团队(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>Move team &amp;later</source>
        <translation>团队下移(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Take off this aspect</source>
        <translation>从此方面移除(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;move team…</source>
        <translation>删除团队(&amp;M)…</translation>
    </message>
    <message>
        <source>Record &amp;disagreement…</source>
        <translation>记录分歧(&amp;D)…</translation>
    </message>
    <message>
        <source>Record where the room disagrees (Ctrl+D)</source>
        <translation>记录现场意见不一致之处 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Write down an action the room agreed (Ctrl+Shift+A)</source>
        <translation>记下现场商定的行动项 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Set &amp;target…</source>
        <translation>设定目标(&amp;T)…</translation>
    </message>
    <message>
        <source>Where the room wants this aspect to be, for the organisation or the selected team (Ctrl+Shift+T)</source>
        <translation>现场希望此方面达到的位置，针对组织或所选团队 (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Votes from &amp;phones…</source>
        <translation>手机投票(&amp;P)…</translation>
    </message>
    <message>
        <source>Let the room vote from their phones (Ctrl+R)</source>
        <translation>让现场人员用手机投票 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Place at the votes&apos; &amp;median</source>
        <translation>定位到投票中位数(&amp;M)</translation>
    </message>
    <message>
        <source>Put the selected team at the median of the room&apos;s revealed votes (Ctrl+M)</source>
        <translation>将所选团队定位到现场已公布投票的中位数 (Ctrl+M)</translation>
    </message>
    <message>
        <source>Record disagreement from the v&amp;otes</source>
        <translation>根据投票记录分歧(&amp;O)</translation>
    </message>
    <message>
        <source>Record the spread of the selected team&apos;s revealed votes as a disagreement (Ctrl+Shift+D)</source>
        <translation>将所选团队已公布投票的分布记录为分歧 (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Room&apos;s &amp;votes on the board</source>
        <translation>看板上的现场投票(&amp;V)</translation>
    </message>
    <message>
        <source>Show the room&apos;s votes on the board: the count while hidden, the spread once revealed</source>
        <translation>在看板上显示现场投票：隐藏时显示票数，公布后显示分布</translation>
    </message>
    <message>
        <source>&amp;All actions</source>
        <translation>全部行动项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Next aspect</source>
        <translation>下一个方面(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous aspect</source>
        <translation>上一个方面(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>总览(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger type</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Smaller type</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Level &amp;detail panel</source>
        <translation>级别详情面板(&amp;D)</translation>
    </message>
    <message>
        <source>Show or hide it (F9)</source>
        <translation>显示或隐藏 (F9)</translation>
    </message>
    <message>
        <source>Guided &amp;questions for the room</source>
        <translation>面向现场的引导问题(&amp;Q)</translation>
    </message>
    <message>
        <source>One guided question at a time above the board, in large type (F8)</source>
        <translation>在看板上方以大字号逐条显示引导问题 (F8)</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>下一个窗格(&amp;P)</translation>
    </message>
    <message>
        <source>Aspect {number}</source>
        <translation>方面 {number}</translation>
    </message>
    <message>
        <source>Full screen, large type, no editing chrome (F11)</source>
        <translation>全屏、大字号、不显示编辑界面元素 (F11)</translation>
    </message>
    <message>
        <source>Show the board on the projector</source>
        <translation>在投影仪上显示看板</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>退出演示</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>撤销(&amp;U)：{step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>重做(&amp;R)：{step}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>记录(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
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
        <source>Workshop already open</source>
        <translation>工作坊已打开</translation>
    </message>
    <message>
        <source>Cannot open for writing</source>
        <translation>无法以可写方式打开</translation>
    </message>
    <message>
        <source>{problem}

Open it read-only? You can look at everything and export it, but not change it.</source>
        <translation>{problem}

以只读方式打开吗？您可以查看全部内容并导出，但不能修改。</translation>
    </message>
    <message>
        <source>Cannot open this workshop</source>
        <translation>无法打开此工作坊</translation>
    </message>
    <message>
        <source>{problem}

There are backup copies of it. Restore one as a new file?</source>
        <translation>{problem}

存在备份副本。要将其中一份恢复为新文件吗？</translation>
    </message>
    <message>
        <source>Opened {path} (read-only)</source>
        <translation>已打开 {path}（只读）</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>已打开 {path}</translation>
    </message>
    <message>
        <source>is open for changes in another window ({holder}); this window follows its changes</source>
        <extracomment>The page&apos;s banner says &quot;Read-only: &lt;workshop name&gt; &lt;this text&gt;. You can look at everything…&quot;</extracomment>
        <translation>正在另一个窗口（{holder}）中编辑；此窗口会同步其更改</translation>
    </message>
    <message>
        <source>Workshop de&amp;tails…</source>
        <translation>工作坊详情(&amp;T)…</translation>
    </message>
    <message>
        <source>Move team earl&amp;ier</source>
        <translation>团队上移(&amp;E)</translation>
    </message>
    <message>
        <source>Agree an &amp;action…</source>
        <translation>商定行动项(&amp;G)…</translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation>缩小(&amp;U)</translation>
    </message>
    <message>
        <source>Actual si&amp;ze</source>
        <translation>实际大小(&amp;Z)</translation>
    </message>
    <message>
        <source>P&amp;resentation mode</source>
        <translation>演示模式(&amp;R)</translation>
    </message>
    <message>
        <source>Audi&amp;ence view on second screen</source>
        <translation>第二屏幕上的观众视图(&amp;E)</translation>
    </message>
    <message>
        <source>Lig&amp;ht theme</source>
        <translation>浅色主题(&amp;H)</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>深色主题(&amp;K)</translation>
    </message>
    <message>
        <source>Backup not made: {problem}</source>
        <translation>未能创建备份：{problem}</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>无法恢复备份</translation>
    </message>
    <message>
        <source>Cannot create the workshop</source>
        <translation>无法创建工作坊</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>打开工作坊</translation>
    </message>
    <message>
        <source>Workshop not found</source>
        <translation>找不到工作坊</translation>
    </message>
    <message>
        <source>{path} is not there any more (moved, renamed or on a drive that is not connected).

Remove it from the list of recent workshops?</source>
        <translation>{path} 已不存在（已被移动、重命名，或位于未连接的驱动器上）。

要将其从最近打开的工作坊列表中移除吗？</translation>
    </message>
    <message>
        <source>Cannot write the demo workshop</source>
        <translation>无法写入演示工作坊</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>没有最近打开的工作坊</translation>
    </message>
    <message>
        <source>Could not read the latest changes: {problem}</source>
        <translation>无法读取最新更改：{problem}</translation>
    </message>
    <message>
        <source>Updated with the latest changes to {file}</source>
        <translation>已同步 {file} 的最新更改</translation>
    </message>
    <message>
        <source>All changes saved · {file}</source>
        <translation>所有更改已保存 · {file}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>操作未成功</translation>
    </message>
    <message>
        <source>Select a team first: click its card, or press Tab</source>
        <translation>请先选择一个团队：单击其卡片，或按 Tab 键</translation>
    </message>
    <message>
        <source>&amp;Edit its disagreement…</source>
        <translation>编辑其分歧(&amp;I)…</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>添加团队</translation>
    </message>
    <message>
        <source>Team name:</source>
        <translation>团队名称：</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>重命名团队</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Colour of {team}</source>
        <translation>{team}的颜色</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>删除团队</translation>
    </message>
    <message>
        <source>Remove {team} from the workshop, with its placements, disagreements and actions?

You can undo this with Ctrl+Z.</source>
        <translation>要从工作坊中删除{team}及其定位、分歧和行动项吗？

可以按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Board type at {percent} %</source>
        <translation>看板文字大小：{percent}%</translation>
    </message>
    <message>
        <source>The model asks no guided questions about {aspect}</source>
        <translation>该模型没有关于{aspect}的引导问题</translation>
    </message>
    <message>
        <source>Only one screen</source>
        <translation>只有一个屏幕</translation>
    </message>
    <message>
        <source>The audience view needs a second screen, and only one is connected.

Connect the projector and set it to extend the desktop (not to mirror it), then choose View &gt; Audience view again. To show the board on this screen, use presentation mode (F11).</source>
        <translation>观众视图需要第二个屏幕，但目前只连接了一个。

请连接投影仪，并将其设置为扩展桌面（而不是镜像），然后再次选择“视图 &gt; 观众视图”。若要在此屏幕上显示看板，请使用演示模式 (F11)。</translation>
    </message>
    <message>
        <source>The second screen was disconnected: the audience view is closed.</source>
        <translation>第二个屏幕已断开：观众视图已关闭。</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab: select the next / previous team card (round the board) · F6: next pane</source>
        <translation>Tab / Shift+Tab：选择下一张 / 上一张团队卡片（在看板上循环）· F6：下一个窗格</translation>
    </message>
    <message>
        <source>Left / Right: move the selected team a little; with Shift, a whole level</source>
        <translation>← / →：小幅移动所选团队；按住 Shift 则移动一整个级别</translation>
    </message>
    <message>
        <source>1 … 9: put the selected team in the middle of that level</source>
        <translation>1 … 9：将所选团队放到该级别的中间</translation>
    </message>
    <message>
        <source>Delete: take the selected team off this aspect (back to the tray)</source>
        <translation>Delete：将所选团队从此方面移除（放回托盘）</translation>
    </message>
    <message>
        <source>F2: rename the selected team · Ctrl+T: add a team · Ctrl+Del: remove the selected team</source>
        <translation>F2：重命名所选团队 · Ctrl+T：添加团队 · Ctrl+Del：删除所选团队</translation>
    </message>
    <message>
        <source>Ctrl+drag a card: record a disagreement with a second, argued position</source>
        <translation>Ctrl+拖动卡片：以有理由的第二个位置记录分歧</translation>
    </message>
    <message>
        <source>Ctrl+D: record a disagreement · Ctrl+Shift+A: agree an action · Ctrl+L: all actions</source>
        <translation>Ctrl+D：记录分歧 · Ctrl+Shift+A：商定行动项 · Ctrl+L：全部行动项</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T: set a target (the selected team&apos;s, else the organisation&apos;s); on a clicked target flag, Left / Right move it, Delete removes it, Enter edits it</source>
        <translation>Ctrl+Shift+T：设定目标（所选团队的目标，否则为组织的目标）；在单击的目标旗标上，← / → 移动，Delete 删除，Enter 编辑</translation>
    </message>
    <message>
        <source>Ctrl+R: votes from phones (the room) · Ctrl+M: place the selected team at its votes&apos; median</source>
        <translation>Ctrl+R：手机投票（现场）· Ctrl+M：将所选团队定位到其投票中位数</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D: record a disagreement from the spread of its revealed votes</source>
        <translation>Ctrl+Shift+D：根据已公布投票的分布记录分歧</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F: start a follow-up · Ctrl+Shift+R: review the carried actions · H: last time&apos;s positions</source>
        <translation>Ctrl+Shift+F：开始后续工作坊 · Ctrl+Shift+R：回顾延续的行动项 · H：上次的位置</translation>
    </message>
    <message>
        <source>N: select the next team not yet placed · Enter: edit the selected team&apos;s disagreement</source>
        <translation>N：选择下一个尚未定位的团队 · Enter：编辑所选团队的分歧</translation>
    </message>
    <message>
        <source>Esc: clear the selection; then Left / Right: go through the levels · Menu key or Shift+F10: card menu</source>
        <translation>Esc：清除选择；然后 ← / →：逐个浏览级别 · 菜单键或 Shift+F10：卡片菜单</translation>
    </message>
    <message>
        <source>F2 in the table of all actions: edit the cell · Alt+underlined letter: go to that field</source>
        <translation>在全部行动项表格中按 F2：编辑单元格 · Alt+带下划线的字母：转到该字段</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9: go to an aspect · Ctrl+Shift+O: overview · Page Up / Page Down: previous / next</source>
        <translation>Ctrl+1 … Ctrl+9：转到某个方面 · Ctrl+Shift+O：总览 · Page Up / Page Down：上一个 / 下一个</translation>
    </message>
    <message>
        <source>Ctrl+= / Ctrl+- / Ctrl+0: larger / smaller / actual-size board type · F9: level detail panel</source>
        <translation>Ctrl+= / Ctrl+- / Ctrl+0：看板文字放大 / 缩小 / 实际大小 · F9：级别详情面板</translation>
    </message>
    <message>
        <source>F8: guided questions for the room — Up / Down: question · 1 … 9: answer (0 clears) · P: place the team where the answers point · T: next team</source>
        <translation>F8：面向现场的引导问题 — ↑ / ↓：问题 · 1 … 9：答案（0 清除）· P：将团队定位到答案所指的位置 · T：下一个团队</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z: undo / redo</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z：撤销 / 重做</translation>
    </message>
    <message>
        <source>F11: presentation mode · Esc: leave it</source>
        <translation>F11：演示模式 · Esc：退出</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Model: {title} {version}.</source>
        <translation>模型：{title} {version}。</translation>
    </message>
    <message>
        <source>Licensed under Apache-2.0.</source>
        <translation>依据 Apache-2.0 许可证授权。</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <source>{title} [read-only]</source>
        <translation>{title} [只读]</translation>
    </message>
</context>
<context>
    <name>MoveTeamCommand</name>
    <message>
        <source>take {team} off {aspect}</source>
        <translation>将{team}从{aspect}移除</translation>
    </message>
    <message>
        <source>place {team} at {position}</source>
        <translation>将{team}定位到{position}</translation>
    </message>
    <message>
        <source>move {team} to {position}</source>
        <translation>将{team}移到{position}</translation>
    </message>
</context>
<context>
    <name>PlaceAtMedianCommand</name>
    <message>
        <source>place {team} at the votes&apos; median ({position})</source>
        <translation>将{team}定位到投票中位数（{position}）</translation>
    </message>
</context>
<context>
    <name>PlaceWhereAnswersPointCommand</name>
    <message>
        <source>place {team} where the answers suggest ({position})</source>
        <translation>将{team}定位到答案所指的位置（{position}）</translation>
    </message>
</context>
<context>
    <name>RecolourTeamCommand</name>
    <message>
        <source>recolour {team}</source>
        <translation>更改{team}的颜色</translation>
    </message>
</context>
<context>
    <name>RecordDisagreementCommand</name>
    <message>
        <source>record disagreement on {team}</source>
        <translation>记录{team}的分歧</translation>
    </message>
</context>
<context>
    <name>RemoveTargetCommand</name>
    <message>
        <source>remove {aspect} target of the organisation</source>
        <translation>删除组织在{aspect}上的目标</translation>
    </message>
    <message>
        <source>remove {aspect} target of {team}</source>
        <translation>删除{team}在{aspect}上的目标</translation>
    </message>
</context>
<context>
    <name>RemoveTeamCommand</name>
    <message>
        <source>remove team {team}</source>
        <translation>删除团队“{team}”</translation>
    </message>
</context>
<context>
    <name>RenameTeamCommand</name>
    <message>
        <source>rename {team} to {name}</source>
        <translation>将{team}重命名为{name}</translation>
    </message>
</context>
<context>
    <name>ReorderTeamCommand</name>
    <message>
        <source>reorder {team}</source>
        <translation>调整{team}的顺序</translation>
    </message>
</context>
<context>
    <name>ReviewActionCommand</name>
    <message>
        <source>review note on {action}</source>
        <translation>{action}的回顾备注</translation>
    </message>
    <message>
        <source>review done: {action}</source>
        <translation>回顾“已完成”：{action}</translation>
    </message>
    <message>
        <source>review carried on: {action}</source>
        <translation>回顾“继续”：{action}</translation>
    </message>
    <message>
        <source>review dropped: {action}</source>
        <translation>回顾“放弃”：{action}</translation>
    </message>
    <message>
        <source>review not reviewed: {action}</source>
        <translation>回顾“未回顾”：{action}</translation>
    </message>
</context>
<context>
    <name>SetTargetCommand</name>
    <message>
        <source>set {aspect} target of the organisation to {position}</source>
        <translation>将组织在{aspect}上的目标设为{position}</translation>
    </message>
    <message>
        <source>set {aspect} target of {team} to {position}</source>
        <translation>将{team}在{aspect}上的目标设为{position}</translation>
    </message>
</context>
<context>
    <name>UpdateInfoCommand</name>
    <message>
        <source>edit workshop details</source>
        <translation>编辑工作坊详情</translation>
    </message>
</context>
</TS>
