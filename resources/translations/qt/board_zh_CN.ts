<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoardAccessibility</name>
    <message>
        <source>{position} of {count}</source>
        <translation>{position}（共 {count}）</translation>
    </message>
    <message>
        <source>not placed on {aspect}</source>
        <translation>未在{aspect}上定位</translation>
    </message>
    <message>
        <source>{position}, {numbers}</source>
        <translation>{position}，{numbers}</translation>
    </message>
    <message>
        <source>{team} moved: {position}</source>
        <translation>{team} 已移动：{position}</translation>
    </message>
    <message>
        <source>Board: {aspect}</source>
        <translation>看板：{aspect}</translation>
    </message>
    <message numerus="yes">
        <source>{placed} of %n team(s) placed on {aspect}.</source>
        <translation>
            <numerusform>%n 个团队中已有 {placed} 个在{aspect}上定位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab goes through the teams; Left and Right move the selected team (with Shift, a whole level); Escape clears the selection, then Left and Right go through the levels.</source>
        <translation>按 Tab 键在团队间切换；按左右方向键移动所选团队（按住 Shift 键则移动一个完整级别）；按 Esc 键取消选择后，左右方向键在各级别间切换。</translation>
    </message>
    <message>
        <source>Every team is placed on {aspect}</source>
        <translation>所有团队均已在{aspect}上定位</translation>
    </message>
    <message numerus="yes">
        <source>Not yet placed on {aspect}: %n team(s)</source>
        <translation>
            <numerusform>尚未在{aspect}上定位：%n 个团队</numerusform>
        </translation>
    </message>
    <message>
        <source>{team}, {position}</source>
        <translation>{team}，{position}</translation>
    </message>
    <message>
        <source>{team}, {position}, disputed</source>
        <translation>{team}，{position}，存在分歧</translation>
    </message>
    <message>
        <source>Disputed ({topic}): {viewpoints}. Enter edits the disagreement.</source>
        <translation>存在分歧（{topic}）：{viewpoints}。按 Enter 键编辑该分歧。</translation>
    </message>
    <message>
        <source>Disputed: {viewpoints}. Enter edits the disagreement.</source>
        <translation>存在分歧：{viewpoints}。按 Enter 键编辑该分歧。</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) on {aspect}.</source>
        <translation>
            <numerusform>{aspect}上有 %n 个行动项。</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>尚无行动项。</translation>
    </message>
    <message>
        <source>{team} ({position})</source>
        <translation>{team}（{position}）</translation>
    </message>
    <message>
        <source>Here: {teams}.</source>
        <translation>此级别的团队：{teams}。</translation>
    </message>
    <message>
        <source>No team here.</source>
        <translation>此级别没有团队。</translation>
    </message>
    <message>
        <source>Level {number} of {count}.</source>
        <translation>第 {number} 级，共 {count} 级。</translation>
    </message>
    <message>
        <source>{level}: {label}</source>
        <translation>{level}：{label}</translation>
    </message>
    <message>
        <source>no topic</source>
        <translation>无主题</translation>
    </message>
    <message>
        <source>Disagreement on the whole organisation: {topic}</source>
        <translation>关于整个组织的分歧：{topic}</translation>
    </message>
    <message>
        <source>Disagreement on {team}: {topic}</source>
        <translation>关于 {team} 的分歧：{topic}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>{holder} argues {position} because {reason}</source>
        <translation>{holder} 主张{position}（理由：{reason}）</translation>
    </message>
    <message>
        <source>{holder} argues {position}</source>
        <translation>{holder} 主张{position}</translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <source>Organisation: {topic}</source>
        <translation>组织：{topic}</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>存在分歧</translation>
    </message>
    <message>
        <source>Not yet placed on {aspect} — drag a team onto the continuum</source>
        <translation>尚未在{aspect}上定位 — 请将团队拖到连续区间上</translation>
    </message>
    <message>
        <source>Not yet placed on {aspect}</source>
        <translation>尚未在{aspect}上定位</translation>
    </message>
    <message>
        <source>Every team is placed on {aspect}</source>
        <translation>所有团队均已在{aspect}上定位</translation>
    </message>
    <message>
        <source>Argued: {position}</source>
        <translation>主张：{position}</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
</context>
<context>
    <name>BoardVotes</name>
    <message>
        <source>{team} is at the votes&apos; median already.</source>
        <translation>{team} 已位于投票中位数。</translation>
    </message>
    <message>
        <source>The votes spread {spread} levels, not more than {threshold}: no disagreement to record.</source>
        <translation>投票跨度为 {spread} 个级别，未超过 {threshold}：无需记录分歧。</translation>
    </message>
    <message>
        <source>Show an aspect on the board first.</source>
        <translation>请先在看板上显示一个方面。</translation>
    </message>
    <message>
        <source>Select a team first: click its card or its votes, or press Tab.</source>
        <translation>请先选择一个团队：点击其卡片或投票，或按 Tab 键。</translation>
    </message>
    <message>
        <source>No revealed votes on the whole organisation here: open a vote in the room panel (Ctrl+R), then reveal it.</source>
        <translation>此处没有关于整个组织的已公布投票：请在会场面板（Ctrl+R）中发起投票，然后公布。</translation>
    </message>
    <message>
        <source>No revealed votes on {team} here: open a vote in the room panel (Ctrl+R), then reveal it.</source>
        <translation>此处没有关于 {team} 的已公布投票：请在会场面板（Ctrl+R）中发起投票，然后公布。</translation>
    </message>
    <message>
        <source>At the votes&apos; median already ({position})</source>
        <translation>已位于投票中位数（{position}）</translation>
    </message>
    <message>
        <source>Place at the votes&apos; median ({position})</source>
        <translation>定位到投票中位数（{position}）</translation>
    </message>
    <message>
        <source>Record disagreement from the votes, naming the voters</source>
        <translation>根据投票记录分歧（列出投票人）</translation>
    </message>
    <message>
        <source>Record disagreement from the votes (spread {spread} levels)</source>
        <translation>根据投票记录分歧（跨度 {spread} 个级别）</translation>
    </message>
</context>
<context>
    <name>DisagreementBand</name>
    <message>
        <source>no topic</source>
        <translation>无主题</translation>
    </message>
    <message>
        <source>Disagreement on {team}: {topic}</source>
        <translation>关于 {team} 的分歧：{topic}</translation>
    </message>
    <message>
        <source>Disagreement (whole organisation): {topic}</source>
        <translation>分歧（整个组织）：{topic}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>• {holder}: {position} — {reason}</source>
        <translation>• {holder}：{position} — {reason}</translation>
    </message>
    <message>
        <source>• {holder}: {position}</source>
        <translation>• {holder}：{position}</translation>
    </message>
    <message>
        <source>Double-click to edit.</source>
        <translation>双击进行编辑。</translation>
    </message>
</context>
<context>
    <name>LevelColumn</name>
    <message>
        <source>{level}: {label}
{summary}</source>
        <translation>{level}：{label}
{summary}</translation>
    </message>
</context>
<context>
    <name>LevelDetailPanel</name>
    <message>
        <source>Level detail</source>
        <translation>级别详情</translation>
    </message>
    <message>
        <source>Point at a level, or select a team, to read that level here.</source>
        <translation>指向某个级别或选择一个团队，即可在此阅读该级别。</translation>
    </message>
    <message>
        <source>+ action</source>
        <translation>+ 行动项</translation>
    </message>
    <message>
        <source>{aspect} · Level {number} of {count}</source>
        <translation>{aspect} · 第 {number} 级，共 {count} 级</translation>
    </message>
    <message>
        <source>{level}: {label}</source>
        <translation>{level}：{label}</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>Example scenarios</source>
        <translation>示例场景</translation>
    </message>
    <message>
        <source>{topic}:</source>
        <translation>{topic}：</translation>
    </message>
    <message>
        <source>+ action: add a draft action toward {level}: {characteristic}</source>
        <translation>+ 行动项：添加迈向{level}的行动项草稿：{characteristic}</translation>
    </message>
</context>
<context>
    <name>OverviewTable</name>
    <message>
        <source>Overview of all teams and aspects</source>
        <translation>所有团队与方面的总览</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>未定位</translation>
    </message>
    <message>
        <source>{team} — {aspect}: not placed</source>
        <translation>{team} — {aspect}：未定位</translation>
    </message>
    <message>
        <source>its own</source>
        <translation>自身目标</translation>
    </message>
    <message>
        <source>the organisation&apos;s</source>
        <translation>组织目标</translation>
    </message>
    <message>
        <source>{distance} levels to go</source>
        <translation>还差 {distance} 个级别</translation>
    </message>
    <message>
        <source>; target {position} ({whose}), {to_go}</source>
        <translation>；目标为{position}（{whose}），{to_go}</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>, heading toward {level}</source>
        <translation>，正迈向{level}</translation>
    </message>
    <message>
        <source>; last time {position}</source>
        <translation>；上次为{position}</translation>
    </message>
    <message>
        <source>{team} — {aspect}: {position}</source>
        <translation>{team} — {aspect}：{position}</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>The organisation&apos;s target on each aspect</source>
        <translation>组织在各方面的目标</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>the format of a target&apos;s month (QDate)</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>{position} by {date}</source>
        <translation>{position}（{date}前）</translation>
    </message>
    <message>
        <source>The organisation&apos;s target on {aspect}: {target}</source>
        <translation>组织在{aspect}上的目标：{target}</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= 不变</translation>
    </message>
    <message>
        <source>new</source>
        <comment>a team placed for the first time</comment>
        <translation>新定位</translation>
    </message>
    <message>
        <source>was placed</source>
        <translation>曾定位</translation>
    </message>
</context>
<context>
    <name>PositionEdit</name>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>between Operational and Scalable</source>
        <comment>the longest position in words: room for it</comment>
        <translation>介于运作与可扩展之间</translation>
    </message>
    <message>
        <source>{prefix}: {position}</source>
        <translation>{prefix}：{position}</translation>
    </message>
    <message>
        <source>{position} ({number} in level units)</source>
        <translation>{position}（以级别计：{number}）</translation>
    </message>
</context>
<context>
    <name>PreviousPositionsLayer</name>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); not placed yet this time</source>
        <translation>{team} 在{aspect}上，{when}：{before}（{before_number}）；本次尚未定位</translation>
    </message>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): stayed</source>
        <translation>{team} 在{aspect}上，{when}：{before}（{before_number}）；现在{now}（{now_number}）：未变化</translation>
    </message>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): moved up {amount} levels</source>
        <translation>{team} 在{aspect}上，{when}：{before}（{before_number}）；现在{now}（{now_number}）：上升 {amount} 个级别</translation>
    </message>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): moved down {amount} levels</source>
        <translation>{team} 在{aspect}上，{when}：{before}（{before_number}）；现在{now}（{now_number}）：下降 {amount} 个级别</translation>
    </message>
</context>
<context>
    <name>SuggestionLayer</name>
    <message>
        <source>Answers for {whose} suggest {position} ({answered} of {asked} answered)</source>
        <translation>{whose}的答案指向{position}（已回答 {answered}/{asked}）</translation>
    </message>
    <message>
        <source>Answers suggest {position} ({answered} of {asked} answered)</source>
        <translation>答案指向{position}（已回答 {answered}/{asked}）</translation>
    </message>
    <message>
        <source>Answers suggest {position}</source>
        <translation>答案指向{position}</translation>
    </message>
    <message>
        <source>Answers: {position}</source>
        <translation>答案：{position}</translation>
    </message>
    <message>
        <source>Place here</source>
        <translation>定位到此</translation>
    </message>
    <message>
        <source>Place here (the Questions tab, or P on the question stage) moves the card there</source>
        <translation>“定位到此”（“问题”选项卡，或在问题展示页按 P）会将卡片移到该处</translation>
    </message>
</context>
<context>
    <name>TargetMarker</name>
    <message>
        <source>Drag to set a target</source>
        <translation>拖动以设定目标</translation>
    </message>
    <message>
        <source>Target: {position} · by {date}</source>
        <translation>目标：{position} · {date}前</translation>
    </message>
    <message>
        <source>Target: {position}</source>
        <translation>目标：{position}</translation>
    </message>
    <message>
        <source>target {position}</source>
        <translation>目标：{position}</translation>
    </message>
    <message>
        <source>{distance} to go</source>
        <translation>还差 {distance}</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>the format of a target&apos;s date (QDate)</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>the organisation&apos;s target</source>
        <translation>组织目标</translation>
    </message>
    <message>
        <source>its own target</source>
        <translation>自身目标</translation>
    </message>
    <message>
        <source>{team}: {whose}, {position} by {date} ({label})</source>
        <translation>{team}：{whose}，{date}前达到{position}（{label}）</translation>
    </message>
    <message>
        <source>{team}: {whose}, {position} ({label})</source>
        <translation>{team}：{whose}，{position}（{label}）</translation>
    </message>
    <message>
        <source>No target on {aspect} yet: drag the flag onto the continuum, or press Ctrl+Shift+T.</source>
        <translation>{aspect}尚无目标：请将旗帜拖到连续区间上，或按 Ctrl+Shift+T。</translation>
    </message>
    <message>
        <source>{target}. Drag it, or click it and use Left and Right; Delete removes it, Enter edits it.</source>
        <translation>{target}。可拖动它，或点击后用左右方向键移动；按 Delete 键删除，按 Enter 键编辑。</translation>
    </message>
</context>
<context>
    <name>TeamCard</name>
    <message>
        <source>{team}: not placed</source>
        <translation>{team}：未定位</translation>
    </message>
    <message>
        <source>{team}: {position}, heading toward {level}</source>
        <translation>{team}：{position}，正迈向{level}</translation>
    </message>
    <message>
        <source>{team}: {position}</source>
        <translation>{team}：{position}</translation>
    </message>
</context>
<context>
    <name>VotesLayer</name>
    <message numerus="yes">
        <source>and %n more team(s) voted on: the room panel (Ctrl+R) lists them all</source>
        <translation>
            <numerusform>另有 %n 个团队收到投票：会场面板（Ctrl+R）列出全部</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>整个组织</translation>
    </message>
    <message>
        <source>{team}: median {position}, spread {spread}</source>
        <translation>{team}：中位数为{position}，跨度 {spread}</translation>
    </message>
    <message>
        <source>{team}: median {position}</source>
        <translation>{team}：中位数为{position}</translation>
    </message>
    <message numerus="yes">
        <source>{team}: %n vote(s), median {median}, from {lowest} to {highest}; they spread {spread}, wider than the threshold</source>
        <translation>
            <numerusform>{team}：%n 票，中位数为{median}，从{lowest}到{highest}；跨度 {spread}，超过阈值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{team}: %n vote(s), median {median}, from {lowest} to {highest}</source>
        <translation>
            <numerusform>{team}：%n 票，中位数为{median}，从{lowest}到{highest}</numerusform>
        </translation>
    </message>
    <message>
        <source>1 level</source>
        <translation>1 个级别</translation>
    </message>
    <message>
        <source>{levels} levels</source>
        <translation>{levels} 个级别</translation>
    </message>
    <message>
        <source>{aspect}, {team} only</source>
        <translation>{aspect}（仅 {team}）</translation>
    </message>
    <message>
        <source>no votes</source>
        <translation>无投票</translation>
    </message>
    <message>
        <source>{votes} from {people}</source>
        <translation>{people}投出 {votes}</translation>
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
        <source>Vote open on {about}: no votes yet; they stay hidden until revealed</source>
        <translation>{about}投票进行中：尚无投票；公布前保持隐藏</translation>
    </message>
    <message>
        <source>Vote open on {about}: {votes} so far, hidden until revealed</source>
        <translation>{about}投票进行中：目前 {votes}，公布前保持隐藏</translation>
    </message>
    <message>
        <source>Vote closed on {about}: {votes}, hidden until revealed</source>
        <translation>{about}投票已结束：{votes}，公布前保持隐藏</translation>
    </message>
    <message>
        <source>The room&apos;s votes on {about}: {votes}; the bar marks each median</source>
        <translation>会场对{about}的投票：{votes}；横线标出各自的中位数</translation>
    </message>
</context>
</TS>
