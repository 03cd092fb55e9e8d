<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionStatus</name>
    <message>
        <source>proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>已商定</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>已放弃</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Aspect</source>
        <translation>方面</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>整个组织</translation>
    </message>
</context>
<context>
    <name>AllActionsView</name>
    <message>
        <source>All actions</source>
        <translation>所有行动项</translation>
    </message>
    <message>
        <source>Filter by aspect</source>
        <translation>按方面筛选</translation>
    </message>
    <message>
        <source>All aspects</source>
        <translation>所有方面</translation>
    </message>
    <message>
        <source>Filter by team</source>
        <translation>按团队筛选</translation>
    </message>
    <message>
        <source>Owner contains…</source>
        <translation>负责人包含…</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>按负责人筛选</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>&amp;Aspect</source>
        <translation>方面(&amp;A)</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>团队(&amp;M)</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>负责人(&amp;W)</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>button: mark the action done</comment>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>所有团队</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>整个组织</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n action(s)</source>
        <translation>
            <numerusform>显示 {shown} 个，共 %n 个行动项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerButton</name>
    <message>
        <source>Answer {number}; press {number} to choose it</source>
        <translation>答案 {number}；按 {number} 选择</translation>
    </message>
    <message>
        <source>{level} (key {number})</source>
        <translation>{level}（按键 {number}）</translation>
    </message>
    <message>
        <source>Key {number}</source>
        <translation>按键 {number}</translation>
    </message>
</context>
<context>
    <name>GuidedQuestions</name>
    <message>
        <source>Whole organisation</source>
        <translation>整个组织</translation>
    </message>
    <message>
        <source>Questions ({answered}/{asked})</source>
        <translation>问题（{answered}/{asked}）</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No answers yet for {whose} on {aspect}. Read a question out; click the answer the room chooses, or press its number.</source>
        <translation>{whose} 在{aspect}方面尚无答案。请朗读一个问题，然后点击现场选择的答案，或按下其编号。</translation>
    </message>
    <message numerus="yes">
        <source>{whose}: {answered} of %n question(s) answered; the answers suggest {words} ({position}).</source>
        <translation>
            <numerusform>{whose}：已回答 {answered} / %n 个问题；答案指向{words}（{position}）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The card is at {words}.</source>
        <translation>卡片位于{words}。</translation>
    </message>
    <message>
        <source>The card is not placed yet.</source>
        <translation>卡片尚未定位。</translation>
    </message>
</context>
<context>
    <name>QrCodeView</name>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>房间地址的二维码</translation>
    </message>
</context>
<context>
    <name>QuestionStage</name>
    <message>
        <source>Guided question for the room</source>
        <translation>面向现场的引导问题</translation>
    </message>
    <message>
        <source>Up and Down: previous and next question; 1 to 9: choose an answer, again or 0 to clear it; P: place the team where the answers suggest; T: answers for the next team</source>
        <translation>上下键：上一个和下一个问题；1 到 9：选择答案，再按一次或按 0 清除；P：将团队定位到答案指向的位置；T：下一个团队的答案</translation>
    </message>
    <message>
        <source>Answer {number}: {answer}</source>
        <translation>答案 {number}：{answer}</translation>
    </message>
    <message>
        <source>Question {number} of {count} · {aspect} · answers for {whose}</source>
        <translation>问题 {number}/{count} · {aspect} · {whose} 的答案</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Answers for</source>
        <translation>回答对象</translation>
    </message>
    <message>
        <source>Answers &amp;for:</source>
        <translation>回答对象(&amp;F)：</translation>
    </message>
    <message>
        <source>Suggested position</source>
        <translation>建议位置</translation>
    </message>
    <message>
        <source>Place here</source>
        <translation>定位到此处</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear every answer for this team on this aspect (Ctrl+Z brings them back)</source>
        <translation>清除该团队在此方面的所有答案（Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <source>Clear the answers</source>
        <translation>清除答案</translation>
    </message>
    <message>
        <source>Show to the room</source>
        <translation>展示给现场</translation>
    </message>
    <message>
        <source>One question at a time above the board, in large type (F8)</source>
        <translation>在看板上方以大字号逐一显示问题（F8）</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>整个组织</translation>
    </message>
    <message>
        <source>The model asks no guided questions about {aspect}.</source>
        <translation>该模型没有关于{aspect}的引导问题。</translation>
    </message>
    <message>
        <source>Question {number}, {level}: {answer}</source>
        <translation>问题 {number}，{level}：{answer}</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <source>this workshop is open read-only; a room needs to store the votes</source>
        <translation>此工作坊以只读方式打开；房间需要保存投票</translation>
    </message>
    <message>
        <source>The room stopped unexpectedly; open it again to go on (the votes are saved).</source>
        <translation>房间意外停止；请重新打开以继续（投票已保存）。</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Room: votes from phones</source>
        <translation>房间：手机投票</translation>
    </message>
    <message>
        <source>Let the room vote from their phones</source>
        <translation>让现场通过手机投票</translation>
    </message>
    <message>
        <source>A small web server starts on this computer, on the network you choose (the room&apos;s Wi-Fi, or this laptop&apos;s hotspot). Participants scan the QR code or type the address in their phone&apos;s browser and enter the join code: nothing to install, no account, no internet. They see only the vote you open, and every vote is saved in this workshop file.</source>
        <translation>本机将在您选择的网络（会场的 Wi-Fi 或本笔记本电脑的热点）上启动一个小型 Web 服务器。参与者扫描二维码或在手机浏览器中输入地址，再输入加入码即可：无需安装、无需账号、无需互联网。他们只能看到您开启的投票，每一票都会保存在此工作坊文件中。</translation>
    </message>
    <message>
        <source>Network to open the room on</source>
        <translation>开放房间的网络</translation>
    </message>
    <message>
        <source>automatic (8765 or the next free one)</source>
        <translation>自动（8765 或下一个空闲端口）</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>List the networks again (after joining a Wi-Fi or starting a hotspot)</source>
        <translation>重新列出网络（连接 Wi-Fi 或开启热点后）</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>开放房间</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>加入码</translation>
    </message>
    <message>
        <source>Participants who joined</source>
        <translation>已加入的参与者</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Who the vote is about</source>
        <translation>投票对象</translation>
    </message>
    <message>
        <source>Open vote</source>
        <translation>开启投票</translation>
    </message>
    <message>
        <source>Open a vote on the aspect shown on the board (closes any other)</source>
        <translation>就看板上显示的方面开启投票（会关闭其他投票）</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>关闭投票</translation>
    </message>
    <message>
        <source>Stop taking votes; they stay hidden until you reveal them</source>
        <translation>停止接收投票；在您揭晓之前，投票保持隐藏</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>揭晓</translation>
    </message>
    <message>
        <source>Close the vote and show its results</source>
        <translation>关闭投票并显示结果</translation>
    </message>
    <message>
        <source>Clear votes</source>
        <translation>清除投票</translation>
    </message>
    <message>
        <source>Remove this vote and its votes, to run it again (Ctrl+Z undoes it)</source>
        <translation>移除此次投票及其选票，以便重新进行（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>重新投票</translation>
    </message>
    <message>
        <source>Clear these votes and open the same vote afresh</source>
        <translation>清除这些选票，并重新开启同一投票</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Lowest to highest</source>
        <translation>最低至最高</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>跨度</translation>
    </message>
    <message>
        <source>Results of the vote</source>
        <translation>投票结果</translation>
    </message>
    <message>
        <source>Place at median</source>
        <translation>定位到中位数</translation>
    </message>
    <message>
        <source>Put the selected team where the votes&apos; median is (one undo step)</source>
        <translation>将所选团队定位到投票中位数（可一步撤销）</translation>
    </message>
    <message>
        <source>Record disagreement</source>
        <translation>记录分歧</translation>
    </message>
    <message>
        <source>Record the voters&apos; positions as the viewpoints of a disagreement</source>
        <translation>将投票者的位置记录为一项分歧的各个观点</translation>
    </message>
    <message>
        <source>Name the voters</source>
        <translation>记录投票者姓名</translation>
    </message>
    <message>
        <source>Unticked, viewpoints are Voter 1, Voter 2…</source>
        <translation>不勾选时，观点名为“Voter 1”“Voter 2”…</translation>
    </message>
    <message>
        <source> levels</source>
        <translation> 级</translation>
    </message>
    <message>
        <source>Spread that counts as a disagreement</source>
        <translation>视为分歧的跨度</translation>
    </message>
    <message>
        <source>A disagreement when the votes spread more than</source>
        <translation>投票跨度超过以下值时视为分歧：</translation>
    </message>
    <message>
        <source>Join screen only</source>
        <translation>仅显示加入界面</translation>
    </message>
    <message>
        <source>Hide these controls, to show the room how to join</source>
        <translation>隐藏这些控件，向现场展示加入方式</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>关闭房间</translation>
    </message>
    <message>
        <source>Stop the server; the phones are told the room has closed</source>
        <translation>停止服务器；手机会收到房间已关闭的通知</translation>
    </message>
    <message>
        <source>Choose the network the participants are on</source>
        <translation>选择参与者所在的网络</translation>
    </message>
    <message>
        <source>Choose the network the participants&apos; phones are on.</source>
        <translation>请选择参与者手机所连接的网络。</translation>
    </message>
    <message>
        <source>The room could not open: {error}.</source>
        <translation>无法开放房间：{error}。</translation>
    </message>
    <message>
        <source>Show an aspect on the board first.</source>
        <translation>请先在看板上显示一个方面。</translation>
    </message>
    <message numerus="yes">
        <source>Joined: %n ({connected} connected)</source>
        <translation>
            <numerusform>已加入：%n 人（{connected} 人在线）</numerusform>
        </translation>
    </message>
    <message>
        <source>On the board: {aspect}</source>
        <translation>看板上：{aspect}</translation>
    </message>
    <message>
        <source>No aspect on the board</source>
        <translation>看板上没有方面</translation>
    </message>
    <message>
        <source>Every team (and the whole organisation)</source>
        <translation>所有团队（以及整个组织）</translation>
    </message>
    <message>
        <source>{team} only</source>
        <translation>仅 {team}</translation>
    </message>
    <message>
        <source>No vote open. Show an aspect on the board, then open a vote on it.</source>
        <translation>当前没有进行中的投票。请先在看板上显示一个方面，再就其开启投票。</translation>
    </message>
    <message>
        <source>every team</source>
        <translation>所有团队</translation>
    </message>
    <message>
        <source>Vote open: {aspect}, {about}. {votes} from {people}.</source>
        <translation>投票进行中：{aspect}，{about}。来自 {people} 的 {votes}。</translation>
    </message>
    <message>
        <source>Vote closed: {aspect}, {about}. {votes} from {people}.</source>
        <translation>投票已关闭：{aspect}，{about}。来自 {people} 的 {votes}。</translation>
    </message>
    <message>
        <source>Vote revealed: {aspect}, {about}. {votes} from {people}.</source>
        <translation>投票已揭晓：{aspect}，{about}。来自 {people} 的 {votes}。</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n 票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>整个组织</translation>
    </message>
    <message>
        <source>{spread} (wide)</source>
        <translation>{spread}（较大）</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Aspects</source>
        <translation>方面</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>All teams on all aspects (Ctrl+Shift+O)</source>
        <translation>所有团队的所有方面（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>Every action, with filters (Ctrl+L)</source>
        <translation>所有行动项，可筛选（Ctrl+L）</translation>
    </message>
    <message>
        <source>Read-only: {name} {note}. You can look at everything and export it.</source>
        <translation>只读：{name} {note}。您可以查看并导出全部内容。</translation>
    </message>
    <message>
        <source>Read-only — {reason}: {name} cannot be changed here. You can look at everything and export it.</source>
        <translation>只读 — {reason}：{name} 无法在此更改。您可以查看并导出全部内容。</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <source>Disagreements (%n open)</source>
        <translation>
            <numerusform>分歧（%n 个未解决）</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>行动项（{count}）</translation>
    </message>
    <message>
        <source>the whole organisation</source>
        <translation>整个组织</translation>
    </message>
    <message>
        <source>resolve disagreement on {team}</source>
        <translation>解决关于 {team} 的分歧</translation>
    </message>
    <message>
        <source>edit disagreement on {team}</source>
        <translation>编辑关于 {team} 的分歧</translation>
    </message>
    <message>
        <source>edit action {title}</source>
        <translation>编辑行动项：{title}</translation>
    </message>
    <message>
        <source>change target of {title}</source>
        <translation>更改目标：{title}</translation>
    </message>
    <message>
        <source>change title of {title}</source>
        <translation>更改标题：{title}</translation>
    </message>
    <message>
        <source>change owner of {title}</source>
        <translation>更改负责人：{title}</translation>
    </message>
    <message>
        <source>change due date of {title}</source>
        <translation>更改截止日期：{title}</translation>
    </message>
    <message>
        <source>change status of {title}</source>
        <translation>更改状态：{title}</translation>
    </message>
    <message>
        <source>mark done {title}</source>
        <translation>标记为已完成：{title}</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>删除行动项</translation>
    </message>
    <message>
        <source>Delete the action “{title}”?

You can undo this with Ctrl+Z.</source>
        <translation>删除行动项“{title}”？

可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>{team}: {standing}, the highest level</source>
        <translation>{team}：{standing}，最高级别</translation>
    </message>
    <message>
        <source>{team} ({standing}) is heading toward {level}</source>
        <translation>{team}（{standing}）正迈向{level}</translation>
    </message>
</context>
</TS>
