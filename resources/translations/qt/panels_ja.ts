<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ActionStatus</name>
    <message>
        <source>proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>合意済み</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>取り下げ</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Aspect</source>
        <translation>側面</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>組織全体</translation>
    </message>
</context>
<context>
    <name>AllActionsView</name>
    <message>
        <source>All actions</source>
        <translation>すべてのアクション</translation>
    </message>
    <message>
        <source>Filter by aspect</source>
        <translation>側面で絞り込む</translation>
    </message>
    <message>
        <source>All aspects</source>
        <translation>すべての側面</translation>
    </message>
    <message>
        <source>Filter by team</source>
        <translation>チームで絞り込む</translation>
    </message>
    <message>
        <source>Owner contains…</source>
        <translation>担当者で検索…</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>担当者で絞り込む</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>状態で絞り込む</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>&amp;Aspect</source>
        <translation>側面(&amp;A)</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>チーム(&amp;M)</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>担当者(&amp;W)</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>状態(&amp;U)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>button: mark the action done</comment>
        <translation>完了にする</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>すべてのチーム</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>組織全体</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n action(s)</source>
        <translation>
            <numerusform>アクション %n 件中 {shown} 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerButton</name>
    <message>
        <source>Answer {number}; press {number} to choose it</source>
        <translation>回答 {number}。{number} キーを押すと選択します</translation>
    </message>
    <message>
        <source>{level} (key {number})</source>
        <translation>{level}（{number} キー）</translation>
    </message>
    <message>
        <source>Key {number}</source>
        <translation>{number} キー</translation>
    </message>
</context>
<context>
    <name>GuidedQuestions</name>
    <message>
        <source>Whole organisation</source>
        <translation>組織全体</translation>
    </message>
    <message>
        <source>Questions ({answered}/{asked})</source>
        <translation>質問（{answered}/{asked}）</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>No answers yet for {whose} on {aspect}. Read a question out; click the answer the room chooses, or press its number.</source>
        <translation>{whose} の{aspect}に関する回答はまだありません。質問を読み上げ、会場が選んだ回答をクリックするか、その番号キーを押してください。</translation>
    </message>
    <message numerus="yes">
        <source>{whose}: {answered} of %n question(s) answered; the answers suggest {words} ({position}).</source>
        <translation>
            <numerusform>{whose}：%n 問中 {answered} 問に回答済み。回答が示す位置は{words}（{position}）です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The card is at {words}.</source>
        <translation>カードは{words}にあります。</translation>
    </message>
    <message>
        <source>The card is not placed yet.</source>
        <translation>カードはまだ配置されていません。</translation>
    </message>
</context>
<context>
    <name>QrCodeView</name>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>ルームのアドレスの QR コード</translation>
    </message>
</context>
<context>
    <name>QuestionStage</name>
    <message>
        <source>Guided question for the room</source>
        <translation>会場向けのガイド付きの質問</translation>
    </message>
    <message>
        <source>Up and Down: previous and next question; 1 to 9: choose an answer, again or 0 to clear it; P: place the team where the answers suggest; T: answers for the next team</source>
        <translation>上下キー：前後の質問へ移動、1～9：回答を選択（もう一度または 0 で解除）、P：回答が示す位置にチームを配置、T：次のチームの回答</translation>
    </message>
    <message>
        <source>Answer {number}: {answer}</source>
        <translation>回答 {number}：{answer}</translation>
    </message>
    <message>
        <source>Question {number} of {count} · {aspect} · answers for {whose}</source>
        <translation>質問 {number}/{count} · {aspect} · {whose} の回答</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Answers for</source>
        <translation>回答の対象</translation>
    </message>
    <message>
        <source>Answers &amp;for:</source>
        <translation>回答の対象(&amp;F)：</translation>
    </message>
    <message>
        <source>Suggested position</source>
        <translation>示唆される位置</translation>
    </message>
    <message>
        <source>Place here</source>
        <translation>ここに配置</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Clear every answer for this team on this aspect (Ctrl+Z brings them back)</source>
        <translation>この側面でのこのチームの回答をすべてクリアします（Ctrl+Z で元に戻せます）</translation>
    </message>
    <message>
        <source>Clear the answers</source>
        <translation>回答をクリア</translation>
    </message>
    <message>
        <source>Show to the room</source>
        <translation>会場に表示</translation>
    </message>
    <message>
        <source>One question at a time above the board, in large type (F8)</source>
        <translation>ボードの上に質問を 1 問ずつ大きな文字で表示します（F8）</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>組織全体</translation>
    </message>
    <message>
        <source>The model asks no guided questions about {aspect}.</source>
        <translation>このモデルには{aspect}に関するガイド付きの質問がありません。</translation>
    </message>
    <message>
        <source>Question {number}, {level}: {answer}</source>
        <translation>質問 {number}、{level}：{answer}</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <source>this workshop is open read-only; a room needs to store the votes</source>
        <translation>このワークショップは読み取り専用で開かれています。ルームでは投票を保存する必要があります</translation>
    </message>
    <message>
        <source>The room stopped unexpectedly; open it again to go on (the votes are saved).</source>
        <translation>ルームが予期せず停止しました。続けるにはもう一度開いてください（投票は保存されています）。</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Room: votes from phones</source>
        <translation>ルーム：スマートフォンから投票</translation>
    </message>
    <message>
        <source>Let the room vote from their phones</source>
        <translation>会場の参加者にスマートフォンから投票してもらう</translation>
    </message>
    <message>
        <source>A small web server starts on this computer, on the network you choose (the room&apos;s Wi-Fi, or this laptop&apos;s hotspot). Participants scan the QR code or type the address in their phone&apos;s browser and enter the join code: nothing to install, no account, no internet. They see only the vote you open, and every vote is saved in this workshop file.</source>
        <translation>このコンピューター上で、選択したネットワーク（会場の Wi-Fi、またはこのノート PC のホットスポット）に小さな Web サーバーが起動します。参加者は QR コードを読み取るか、スマートフォンのブラウザーにアドレスを入力し、参加コードを入力します。インストールもアカウントもインターネットも不要です。参加者に見えるのはあなたが開いた投票だけで、すべての投票はこのワークショップ ファイルに保存されます。</translation>
    </message>
    <message>
        <source>Network to open the room on</source>
        <translation>ルームを開くネットワーク</translation>
    </message>
    <message>
        <source>automatic (8765 or the next free one)</source>
        <translation>自動（8765 または次の空きポート）</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>再検索</translation>
    </message>
    <message>
        <source>List the networks again (after joining a Wi-Fi or starting a hotspot)</source>
        <translation>ネットワークを再度一覧表示します（Wi-Fi への接続後やホットスポットの開始後）</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>ネットワーク：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート：</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>ルームを開く</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>参加コード</translation>
    </message>
    <message>
        <source>Participants who joined</source>
        <translation>参加した人</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Who the vote is about</source>
        <translation>投票の対象</translation>
    </message>
    <message>
        <source>Open vote</source>
        <translation>投票を開始</translation>
    </message>
    <message>
        <source>Open a vote on the aspect shown on the board (closes any other)</source>
        <translation>ボードに表示中の側面について投票を開始します（他の投票は終了します）</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>投票を締め切る</translation>
    </message>
    <message>
        <source>Stop taking votes; they stay hidden until you reveal them</source>
        <translation>投票の受け付けを終了します。公開するまで票は表示されません</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Close the vote and show its results</source>
        <translation>投票を締め切って結果を表示します</translation>
    </message>
    <message>
        <source>Clear votes</source>
        <translation>投票をクリア</translation>
    </message>
    <message>
        <source>Remove this vote and its votes, to run it again (Ctrl+Z undoes it)</source>
        <translation>この投票と票を削除して、やり直せるようにします（Ctrl+Z で元に戻せます）</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Clear these votes and open the same vote afresh</source>
        <translation>これらの票をクリアし、同じ投票を新たに開始します</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <source>Lowest to highest</source>
        <translation>最低～最高</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>ばらつき</translation>
    </message>
    <message>
        <source>Results of the vote</source>
        <translation>投票結果</translation>
    </message>
    <message>
        <source>Place at median</source>
        <translation>中央値に配置</translation>
    </message>
    <message>
        <source>Put the selected team where the votes&apos; median is (one undo step)</source>
        <translation>選択したチームを投票の中央値に配置します（1 回で元に戻せます）</translation>
    </message>
    <message>
        <source>Record disagreement</source>
        <translation>意見の相違を記録</translation>
    </message>
    <message>
        <source>Record the voters&apos; positions as the viewpoints of a disagreement</source>
        <translation>投票者の位置を意見の相違の見解として記録します</translation>
    </message>
    <message>
        <source>Name the voters</source>
        <translation>投票者の名前を記録</translation>
    </message>
    <message>
        <source>Unticked, viewpoints are Voter 1, Voter 2…</source>
        <translation>チェックを外すと、見解は「Voter 1」「Voter 2」…となります</translation>
    </message>
    <message>
        <source> levels</source>
        <translation> レベル</translation>
    </message>
    <message>
        <source>Spread that counts as a disagreement</source>
        <translation>意見の相違とみなすばらつき</translation>
    </message>
    <message>
        <source>A disagreement when the votes spread more than</source>
        <translation>票のばらつきが次を超えると意見の相違：</translation>
    </message>
    <message>
        <source>Join screen only</source>
        <translation>参加画面のみ</translation>
    </message>
    <message>
        <source>Hide these controls, to show the room how to join</source>
        <translation>これらの操作部を隠して、会場に参加方法を表示します</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>ルームを閉じる</translation>
    </message>
    <message>
        <source>Stop the server; the phones are told the room has closed</source>
        <translation>サーバーを停止します。スマートフォンにはルームが閉じたことが通知されます</translation>
    </message>
    <message>
        <source>Choose the network the participants are on</source>
        <translation>参加者が接続しているネットワークを選択</translation>
    </message>
    <message>
        <source>Choose the network the participants&apos; phones are on.</source>
        <translation>参加者のスマートフォンが接続しているネットワークを選択してください。</translation>
    </message>
    <message>
        <source>The room could not open: {error}.</source>
        <translation>ルームを開けませんでした：{error}。</translation>
    </message>
    <message>
        <source>Show an aspect on the board first.</source>
        <translation>まずボードに側面を表示してください。</translation>
    </message>
    <message numerus="yes">
        <source>Joined: %n ({connected} connected)</source>
        <translation>
            <numerusform>参加者：%n 人（接続中 {connected} 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>On the board: {aspect}</source>
        <translation>ボード上：{aspect}</translation>
    </message>
    <message>
        <source>No aspect on the board</source>
        <translation>ボードに側面が表示されていません</translation>
    </message>
    <message>
        <source>Every team (and the whole organisation)</source>
        <translation>全チーム（組織全体を含む）</translation>
    </message>
    <message>
        <source>{team} only</source>
        <translation>{team} のみ</translation>
    </message>
    <message>
        <source>No vote open. Show an aspect on the board, then open a vote on it.</source>
        <translation>開いている投票はありません。ボードに側面を表示してから、その投票を開始してください。</translation>
    </message>
    <message>
        <source>every team</source>
        <translation>全チーム</translation>
    </message>
    <message>
        <source>Vote open: {aspect}, {about}. {votes} from {people}.</source>
        <translation>投票受付中：{aspect}・{about}。{people}から {votes}。</translation>
    </message>
    <message>
        <source>Vote closed: {aspect}, {about}. {votes} from {people}.</source>
        <translation>投票締め切り：{aspect}・{about}。{people}から {votes}。</translation>
    </message>
    <message>
        <source>Vote revealed: {aspect}, {about}. {votes} from {people}.</source>
        <translation>投票結果公開：{aspect}・{about}。{people}から {votes}。</translation>
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
        <translation>組織全体</translation>
    </message>
    <message>
        <source>{spread} (wide)</source>
        <translation>{spread}（大）</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Aspects</source>
        <translation>側面</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>All teams on all aspects (Ctrl+Shift+O)</source>
        <translation>全チームの全側面（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Every action, with filters (Ctrl+L)</source>
        <translation>すべてのアクション（絞り込み可、Ctrl+L）</translation>
    </message>
    <message>
        <source>Read-only: {name} {note}. You can look at everything and export it.</source>
        <translation>読み取り専用：{name} {note}。すべて閲覧・エクスポートできます。</translation>
    </message>
    <message>
        <source>Read-only — {reason}: {name} cannot be changed here. You can look at everything and export it.</source>
        <translation>読み取り専用 — {reason}：{name} はここでは変更できません。すべて閲覧・エクスポートできます。</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>意見の相違</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>質問</translation>
    </message>
    <message numerus="yes">
        <source>Disagreements (%n open)</source>
        <translation>
            <numerusform>意見の相違（未解決 %n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>アクション（{count}）</translation>
    </message>
    <message>
        <source>the whole organisation</source>
        <translation>組織全体</translation>
    </message>
    <message>
        <source>resolve disagreement on {team}</source>
        <translation>{team} の意見の相違を解決</translation>
    </message>
    <message>
        <source>edit disagreement on {team}</source>
        <translation>{team} の意見の相違を編集</translation>
    </message>
    <message>
        <source>edit action {title}</source>
        <translation>アクションを編集：{title}</translation>
    </message>
    <message>
        <source>change target of {title}</source>
        <translation>目標を変更：{title}</translation>
    </message>
    <message>
        <source>change title of {title}</source>
        <translation>タイトルを変更：{title}</translation>
    </message>
    <message>
        <source>change owner of {title}</source>
        <translation>担当者を変更：{title}</translation>
    </message>
    <message>
        <source>change due date of {title}</source>
        <translation>期限を変更：{title}</translation>
    </message>
    <message>
        <source>change status of {title}</source>
        <translation>状態を変更：{title}</translation>
    </message>
    <message>
        <source>mark done {title}</source>
        <translation>完了にする：{title}</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>アクションを削除</translation>
    </message>
    <message>
        <source>Delete the action “{title}”?

You can undo this with Ctrl+Z.</source>
        <translation>アクション「{title}」を削除しますか？

Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>{team}: {standing}, the highest level</source>
        <translation>{team}：{standing}（最高レベル）</translation>
    </message>
    <message>
        <source>{team} ({standing}) is heading toward {level}</source>
        <translation>{team}（{standing}）は{level}へ向かっています</translation>
    </message>
</context>
</TS>
