<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BoardAccessibility</name>
    <message>
        <source>{position} of {count}</source>
        <translation>{count} 中 {position}</translation>
    </message>
    <message>
        <source>not placed on {aspect}</source>
        <translation>{aspect}で未配置</translation>
    </message>
    <message>
        <source>{position}, {numbers}</source>
        <translation>{position}、{numbers}</translation>
    </message>
    <message>
        <source>{team} moved: {position}</source>
        <translation>{team} を移動しました：{position}</translation>
    </message>
    <message>
        <source>Board: {aspect}</source>
        <translation>ボード：{aspect}</translation>
    </message>
    <message numerus="yes">
        <source>{placed} of %n team(s) placed on {aspect}.</source>
        <translation>
            <numerusform>{aspect}では %n チーム中 {placed} チームを配置済みです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab goes through the teams; Left and Right move the selected team (with Shift, a whole level); Escape clears the selection, then Left and Right go through the levels.</source>
        <translation>Tab キーでチームを順に選択します。左右キーで選択したチームを動かします（Shift キーを押しながらで 1 レベルずつ）。Esc キーで選択を解除すると、左右キーでレベルを順に移動します。</translation>
    </message>
    <message>
        <source>Every team is placed on {aspect}</source>
        <translation>{aspect}ではすべてのチームが配置済みです</translation>
    </message>
    <message numerus="yes">
        <source>Not yet placed on {aspect}: %n team(s)</source>
        <translation>
            <numerusform>{aspect}で未配置：%n チーム</numerusform>
        </translation>
    </message>
    <message>
        <source>{team}, {position}</source>
        <translation>{team}、{position}</translation>
    </message>
    <message>
        <source>{team}, {position}, disputed</source>
        <translation>{team}、{position}、意見の相違あり</translation>
    </message>
    <message>
        <source>Disputed ({topic}): {viewpoints}. Enter edits the disagreement.</source>
        <translation>意見の相違（{topic}）：{viewpoints}。Enter キーで意見の相違を編集します。</translation>
    </message>
    <message>
        <source>Disputed: {viewpoints}. Enter edits the disagreement.</source>
        <translation>意見の相違：{viewpoints}。Enter キーで意見の相違を編集します。</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) on {aspect}.</source>
        <translation>
            <numerusform>{aspect}のアクション：%n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>アクションはまだありません。</translation>
    </message>
    <message>
        <source>{team} ({position})</source>
        <translation>{team}（{position}）</translation>
    </message>
    <message>
        <source>Here: {teams}.</source>
        <translation>このレベルのチーム：{teams}。</translation>
    </message>
    <message>
        <source>No team here.</source>
        <translation>このレベルにチームはありません。</translation>
    </message>
    <message>
        <source>Level {number} of {count}.</source>
        <translation>レベル {number}（全 {count} レベル）。</translation>
    </message>
    <message>
        <source>{level}: {label}</source>
        <translation>{level}：{label}</translation>
    </message>
    <message>
        <source>no topic</source>
        <translation>トピックなし</translation>
    </message>
    <message>
        <source>Disagreement on the whole organisation: {topic}</source>
        <translation>組織全体に関する意見の相違：{topic}</translation>
    </message>
    <message>
        <source>Disagreement on {team}: {topic}</source>
        <translation>{team} に関する意見の相違：{topic}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>誰か</translation>
    </message>
    <message>
        <source>{holder} argues {position} because {reason}</source>
        <translation>{holder} は{position}を主張しています（理由：{reason}）</translation>
    </message>
    <message>
        <source>{holder} argues {position}</source>
        <translation>{holder} は{position}を主張しています</translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <source>Organisation: {topic}</source>
        <translation>組織：{topic}</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>意見の相違あり</translation>
    </message>
    <message>
        <source>Not yet placed on {aspect} — drag a team onto the continuum</source>
        <translation>{aspect}で未配置 — チームを連続体にドラッグしてください</translation>
    </message>
    <message>
        <source>Not yet placed on {aspect}</source>
        <translation>{aspect}で未配置</translation>
    </message>
    <message>
        <source>Every team is placed on {aspect}</source>
        <translation>{aspect}ではすべてのチームが配置済みです</translation>
    </message>
    <message>
        <source>Argued: {position}</source>
        <translation>主張：{position}</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
        <translation>ボード</translation>
    </message>
</context>
<context>
    <name>BoardVotes</name>
    <message>
        <source>{team} is at the votes&apos; median already.</source>
        <translation>{team} はすでに投票の中央値にあります。</translation>
    </message>
    <message>
        <source>The votes spread {spread} levels, not more than {threshold}: no disagreement to record.</source>
        <translation>投票のばらつきは {spread} レベルで、{threshold} を超えていません。記録する意見の相違はありません。</translation>
    </message>
    <message>
        <source>Show an aspect on the board first.</source>
        <translation>先にボードに側面を表示してください。</translation>
    </message>
    <message>
        <source>Select a team first: click its card or its votes, or press Tab.</source>
        <translation>先にチームを選択してください。カードか投票をクリックするか、Tab キーを押します。</translation>
    </message>
    <message>
        <source>No revealed votes on the whole organisation here: open a vote in the room panel (Ctrl+R), then reveal it.</source>
        <translation>ここには組織全体に関する公開済みの投票がありません。ルームパネル（Ctrl+R）で投票を開始してから公開してください。</translation>
    </message>
    <message>
        <source>No revealed votes on {team} here: open a vote in the room panel (Ctrl+R), then reveal it.</source>
        <translation>ここには {team} に関する公開済みの投票がありません。ルームパネル（Ctrl+R）で投票を開始してから公開してください。</translation>
    </message>
    <message>
        <source>At the votes&apos; median already ({position})</source>
        <translation>すでに投票の中央値です（{position}）</translation>
    </message>
    <message>
        <source>Place at the votes&apos; median ({position})</source>
        <translation>投票の中央値に配置（{position}）</translation>
    </message>
    <message>
        <source>Record disagreement from the votes, naming the voters</source>
        <translation>投票から意見の相違を記録（投票者名あり）</translation>
    </message>
    <message>
        <source>Record disagreement from the votes (spread {spread} levels)</source>
        <translation>投票から意見の相違を記録（ばらつき {spread} レベル）</translation>
    </message>
</context>
<context>
    <name>DisagreementBand</name>
    <message>
        <source>no topic</source>
        <translation>トピックなし</translation>
    </message>
    <message>
        <source>Disagreement on {team}: {topic}</source>
        <translation>{team} に関する意見の相違：{topic}</translation>
    </message>
    <message>
        <source>Disagreement (whole organisation): {topic}</source>
        <translation>意見の相違（組織全体）：{topic}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>誰か</translation>
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
        <translation>ダブルクリックで編集します。</translation>
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
        <translation>レベルの詳細</translation>
    </message>
    <message>
        <source>Point at a level, or select a team, to read that level here.</source>
        <translation>レベルをポイントするかチームを選択すると、そのレベルの内容がここに表示されます。</translation>
    </message>
    <message>
        <source>+ action</source>
        <translation>+ アクション</translation>
    </message>
    <message>
        <source>{aspect} · Level {number} of {count}</source>
        <translation>{aspect} · レベル {number}/{count}</translation>
    </message>
    <message>
        <source>{level}: {label}</source>
        <translation>{level}：{label}</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>特徴</translation>
    </message>
    <message>
        <source>Example scenarios</source>
        <translation>シナリオ例</translation>
    </message>
    <message>
        <source>{topic}:</source>
        <translation>{topic}：</translation>
    </message>
    <message>
        <source>+ action: add a draft action toward {level}: {characteristic}</source>
        <translation>+ アクション：{level}に向けたアクション案を追加：{characteristic}</translation>
    </message>
</context>
<context>
    <name>OverviewTable</name>
    <message>
        <source>Overview of all teams and aspects</source>
        <translation>全チーム・全側面の概要</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>{team} — {aspect}: not placed</source>
        <translation>{team} — {aspect}：未配置</translation>
    </message>
    <message>
        <source>its own</source>
        <translation>チーム独自</translation>
    </message>
    <message>
        <source>the organisation&apos;s</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>{distance} levels to go</source>
        <translation>あと {distance} レベル</translation>
    </message>
    <message>
        <source>; target {position} ({whose}), {to_go}</source>
        <translation>。目標は{position}（{whose}）、{to_go}</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>, heading toward {level}</source>
        <translation>、{level}へ向かう途中</translation>
    </message>
    <message>
        <source>; last time {position}</source>
        <translation>。前回は{position}</translation>
    </message>
    <message>
        <source>{team} — {aspect}: {position}</source>
        <translation>{team} — {aspect}：{position}</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>The organisation&apos;s target on each aspect</source>
        <translation>各側面における組織の目標</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>目標なし</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>the format of a target&apos;s month (QDate)</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>{position} by {date}</source>
        <translation>{position}（{date}まで）</translation>
    </message>
    <message>
        <source>The organisation&apos;s target on {aspect}: {target}</source>
        <translation>{aspect}における組織の目標：{target}</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= 変化なし</translation>
    </message>
    <message>
        <source>new</source>
        <comment>a team placed for the first time</comment>
        <translation>新規</translation>
    </message>
    <message>
        <source>was placed</source>
        <translation>前回は配置済み</translation>
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
        <translation>運用的とスケーラブルの間</translation>
    </message>
    <message>
        <source>{prefix}: {position}</source>
        <translation>{prefix}：{position}</translation>
    </message>
    <message>
        <source>{position} ({number} in level units)</source>
        <translation>{position}（レベル単位で {number}）</translation>
    </message>
</context>
<context>
    <name>PreviousPositionsLayer</name>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); not placed yet this time</source>
        <translation>{team}・{aspect}（{when}）：{before}（{before_number}）。今回はまだ未配置です</translation>
    </message>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): stayed</source>
        <translation>{team}・{aspect}（{when}）：{before}（{before_number}）。現在は{now}（{now_number}）：変化なし</translation>
    </message>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): moved up {amount} levels</source>
        <translation>{team}・{aspect}（{when}）：{before}（{before_number}）。現在は{now}（{now_number}）：{amount} レベル上昇</translation>
    </message>
    <message>
        <source>{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): moved down {amount} levels</source>
        <translation>{team}・{aspect}（{when}）：{before}（{before_number}）。現在は{now}（{now_number}）：{amount} レベル下降</translation>
    </message>
</context>
<context>
    <name>SuggestionLayer</name>
    <message>
        <source>Answers for {whose} suggest {position} ({answered} of {asked} answered)</source>
        <translation>{whose}の回答は{position}を示しています（{asked} 問中 {answered} 問に回答）</translation>
    </message>
    <message>
        <source>Answers suggest {position} ({answered} of {asked} answered)</source>
        <translation>回答は{position}を示しています（{asked} 問中 {answered} 問に回答）</translation>
    </message>
    <message>
        <source>Answers suggest {position}</source>
        <translation>回答は{position}を示しています</translation>
    </message>
    <message>
        <source>Answers: {position}</source>
        <translation>回答：{position}</translation>
    </message>
    <message>
        <source>Place here</source>
        <translation>ここに配置</translation>
    </message>
    <message>
        <source>Place here (the Questions tab, or P on the question stage) moves the card there</source>
        <translation>「ここに配置」（質問タブ、または質問ステージで P キー）でカードをそこへ移動します</translation>
    </message>
</context>
<context>
    <name>TargetMarker</name>
    <message>
        <source>Drag to set a target</source>
        <translation>ドラッグして目標を設定</translation>
    </message>
    <message>
        <source>Target: {position} · by {date}</source>
        <translation>目標：{position} · {date}まで</translation>
    </message>
    <message>
        <source>Target: {position}</source>
        <translation>目標：{position}</translation>
    </message>
    <message>
        <source>target {position}</source>
        <translation>目標：{position}</translation>
    </message>
    <message>
        <source>{distance} to go</source>
        <translation>あと {distance}</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>the format of a target&apos;s date (QDate)</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>the organisation&apos;s target</source>
        <translation>組織の目標</translation>
    </message>
    <message>
        <source>its own target</source>
        <translation>独自の目標</translation>
    </message>
    <message>
        <source>{team}: {whose}, {position} by {date} ({label})</source>
        <translation>{team}：{whose}、{date}までに{position}（{label}）</translation>
    </message>
    <message>
        <source>{team}: {whose}, {position} ({label})</source>
        <translation>{team}：{whose}、{position}（{label}）</translation>
    </message>
    <message>
        <source>No target on {aspect} yet: drag the flag onto the continuum, or press Ctrl+Shift+T.</source>
        <translation>{aspect}にはまだ目標がありません。旗を連続体にドラッグするか、Ctrl+Shift+T を押してください。</translation>
    </message>
    <message>
        <source>{target}. Drag it, or click it and use Left and Right; Delete removes it, Enter edits it.</source>
        <translation>{target}。ドラッグするか、クリックして左右キーで動かします。Delete キーで削除、Enter キーで編集します。</translation>
    </message>
</context>
<context>
    <name>TeamCard</name>
    <message>
        <source>{team}: not placed</source>
        <translation>{team}：未配置</translation>
    </message>
    <message>
        <source>{team}: {position}, heading toward {level}</source>
        <translation>{team}：{position}、{level}へ向かう途中</translation>
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
            <numerusform>ほかに %n チームへの投票があります。ルームパネル（Ctrl+R）にすべて表示されます</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>組織全体</translation>
    </message>
    <message>
        <source>{team}: median {position}, spread {spread}</source>
        <translation>{team}：中央値は{position}、ばらつき {spread}</translation>
    </message>
    <message>
        <source>{team}: median {position}</source>
        <translation>{team}：中央値は{position}</translation>
    </message>
    <message numerus="yes">
        <source>{team}: %n vote(s), median {median}, from {lowest} to {highest}; they spread {spread}, wider than the threshold</source>
        <translation>
            <numerusform>{team}：%n 票、中央値は{median}、{lowest}から{highest}まで。ばらつきは {spread}で、しきい値を超えています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{team}: %n vote(s), median {median}, from {lowest} to {highest}</source>
        <translation>
            <numerusform>{team}：%n 票、中央値は{median}、{lowest}から{highest}まで</numerusform>
        </translation>
    </message>
    <message>
        <source>1 level</source>
        <translation>1 レベル</translation>
    </message>
    <message>
        <source>{levels} levels</source>
        <translation>{levels} レベル</translation>
    </message>
    <message>
        <source>{aspect}, {team} only</source>
        <translation>{aspect}（{team} のみ）</translation>
    </message>
    <message>
        <source>no votes</source>
        <translation>投票なし</translation>
    </message>
    <message>
        <source>{votes} from {people}</source>
        <translation>{people}から {votes}</translation>
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
        <translation>{about}の投票受付中：まだ投票はありません。公開するまで表示されません</translation>
    </message>
    <message>
        <source>Vote open on {about}: {votes} so far, hidden until revealed</source>
        <translation>{about}の投票受付中：現在 {votes}、公開するまで非表示</translation>
    </message>
    <message>
        <source>Vote closed on {about}: {votes}, hidden until revealed</source>
        <translation>{about}の投票終了：{votes}、公開するまで非表示</translation>
    </message>
    <message>
        <source>The room&apos;s votes on {about}: {votes}; the bar marks each median</source>
        <translation>{about}に対する会場の投票：{votes}。バーは各中央値を示します</translation>
    </message>
</context>
</TS>
