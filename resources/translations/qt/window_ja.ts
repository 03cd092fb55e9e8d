<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AddActionCommand</name>
    <message>
        <source>add action {action}</source>
        <translation>アクション「{action}」を追加</translation>
    </message>
</context>
<context>
    <name>AddTeamCommand</name>
    <message>
        <source>add team {team}</source>
        <translation>チーム「{team}」を追加</translation>
    </message>
</context>
<context>
    <name>AnswerQuestionCommand</name>
    <message>
        <source>clear the answer to “{question}” for the whole organisation</source>
        <translation>組織全体の「{question}」への回答を消去</translation>
    </message>
    <message>
        <source>clear the answer to “{question}” for {team}</source>
        <translation>{team} の「{question}」への回答を消去</translation>
    </message>
    <message>
        <source>answer “{question}” for the whole organisation: {level}</source>
        <translation>組織全体として「{question}」に回答: {level}</translation>
    </message>
    <message>
        <source>answer “{question}” for {team}: {level}</source>
        <translation>{team} として「{question}」に回答: {level}</translation>
    </message>
</context>
<context>
    <name>ClearAnswersCommand</name>
    <message>
        <source>clear the answers for the whole organisation on {aspect}</source>
        <translation>{aspect} の組織全体の回答を消去</translation>
    </message>
    <message>
        <source>clear the answers for {team} on {aspect}</source>
        <translation>{aspect} の {team} の回答を消去</translation>
    </message>
</context>
<context>
    <name>ClearVotesCommand</name>
    <message>
        <source>clear the votes on {aspect}</source>
        <translation>{aspect} の投票を消去</translation>
    </message>
</context>
<context>
    <name>DeleteActionCommand</name>
    <message>
        <source>delete action {action}</source>
        <translation>アクション「{action}」を削除</translation>
    </message>
</context>
<context>
    <name>DeleteDisagreementCommand</name>
    <message>
        <source>delete disagreement</source>
        <translation>意見の相違を削除</translation>
    </message>
</context>
<context>
    <name>DisagreementFromVotesCommand</name>
    <message>
        <source>record disagreement on the whole organisation from the votes</source>
        <translation>投票から組織全体の意見の相違を記録</translation>
    </message>
    <message>
        <source>record disagreement on {team} from the votes</source>
        <translation>投票から {team} の意見の相違を記録</translation>
    </message>
    <message numerus="yes">
        <source>The room&apos;s votes spread {width} levels, from {low} to {high} (%n vote(s))</source>
        <translation>
            <numerusform>参加者の投票は {low} から {high} まで {width} レベルにわたってばらついています（%n 票）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Start &amp;follow-up…</source>
        <translation>フォローアップを開始(&amp;F)…</translation>
    </message>
    <message>
        <source>A new workshop that starts from this one, keeping it as its history</source>
        <translation>このワークショップを起点に、履歴として残したまま新しいワークショップを作成します</translation>
    </message>
    <message>
        <source>Co&amp;mpare workshops…</source>
        <translation>ワークショップを比較(&amp;M)…</translation>
    </message>
    <message>
        <source>Positions over time across workshops of the same model</source>
        <translation>同じモデルのワークショップ間での位置の推移</translation>
    </message>
    <message>
        <source>&amp;Review carried actions…</source>
        <translation>持ち越したアクションをレビュー(&amp;R)…</translation>
    </message>
    <message>
        <source>Done, carried on or dropped: the actions carried from last time</source>
        <translation>完了、継続、取りやめ: 前回から持ち越したアクション</translation>
    </message>
    <message>
        <source>&amp;Last time&apos;s positions</source>
        <translation>前回の位置(&amp;T)</translation>
    </message>
    <message>
        <source>Show where each team sat in the previous workshop (H)</source>
        <translation>前回のワークショップで各チームがいた位置を表示します (H)</translation>
    </message>
    <message>
        <source>last time ({when})</source>
        <translation>前回（{when}）</translation>
    </message>
    <message>
        <source>Last time&apos;s positions shown (H hides them)</source>
        <translation>前回の位置を表示しました（H で非表示）</translation>
    </message>
    <message>
        <source>Last time&apos;s positions hidden (H)</source>
        <translation>前回の位置を非表示にしました (H)</translation>
    </message>
    <message>
        <source>Workshop not found</source>
        <translation>ワークショップが見つかりません</translation>
    </message>
    <message>
        <source>{path} is not there any more.</source>
        <translation>{path} はもう存在しません。</translation>
    </message>
    <message>
        <source>Cannot start a follow-up</source>
        <translation>フォローアップを開始できません</translation>
    </message>
    <message>
        <source>Cannot start the follow-up</source>
        <translation>このフォローアップを開始できません</translation>
    </message>
    <message>
        <source>Follow-up started in {file}; {source} is unchanged</source>
        <translation>{file} でフォローアップを開始しました。{source} は変更されていません</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>新しいワークショップ(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>デモを開く(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>ワークショップを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>バックアップから復元(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;PDF roadmap ({size})…</source>
        <translation>PDF ロードマップ（{size}）(&amp;P)…</translation>
    </message>
    <message>
        <source>Export the roadmap as a PDF</source>
        <translation>ロードマップを PDF でエクスポートします</translation>
    </message>
    <message>
        <source>PDF roadmap ({size})…</source>
        <translation>PDF ロードマップ（{size}）…</translation>
    </message>
    <message>
        <source>&amp;CSV tables…</source>
        <translation>CSV 表(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Markdown summary…</source>
        <translation>Markdown 要約(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;JSON (whole workshop)…</source>
        <translation>JSON（ワークショップ全体）(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>JSON からインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add team…</source>
        <translation>チームを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a team to the workshop</source>
        <translation>ワークショップにチームを追加します</translation>
    </message>
    <message>
        <source>&amp;Rename team…</source>
        <translation>チーム名を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>色(&amp;C)…</translation>
    </message>
    <message>
        <source>Move team &amp;later</source>
        <translation>チームを後ろへ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Take off this aspect</source>
        <translation>この側面から外す(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;move team…</source>
        <translation>チームを削除(&amp;M)…</translation>
    </message>
    <message>
        <source>Record &amp;disagreement…</source>
        <translation>意見の相違を記録(&amp;D)…</translation>
    </message>
    <message>
        <source>Record where the room disagrees (Ctrl+D)</source>
        <translation>参加者の意見が分かれている点を記録します (Ctrl+D)</translation>
    </message>
    <message>
        <source>Write down an action the room agreed (Ctrl+Shift+A)</source>
        <translation>参加者が合意したアクションを書き留めます (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Set &amp;target…</source>
        <translation>目標を設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Where the room wants this aspect to be, for the organisation or the selected team (Ctrl+Shift+T)</source>
        <translation>組織または選択したチームについて、この側面をどこまで高めたいか (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Votes from &amp;phones…</source>
        <translation>スマートフォンで投票(&amp;P)…</translation>
    </message>
    <message>
        <source>Let the room vote from their phones (Ctrl+R)</source>
        <translation>参加者にスマートフォンから投票してもらいます (Ctrl+R)</translation>
    </message>
    <message>
        <source>Place at the votes&apos; &amp;median</source>
        <translation>投票の中央値に配置(&amp;M)</translation>
    </message>
    <message>
        <source>Put the selected team at the median of the room&apos;s revealed votes (Ctrl+M)</source>
        <translation>選択したチームを、公開された投票の中央値に配置します (Ctrl+M)</translation>
    </message>
    <message>
        <source>Record disagreement from the v&amp;otes</source>
        <translation>投票から意見の相違を記録(&amp;O)</translation>
    </message>
    <message>
        <source>Record the spread of the selected team&apos;s revealed votes as a disagreement (Ctrl+Shift+D)</source>
        <translation>選択したチームの公開済み投票のばらつきを意見の相違として記録します (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Room&apos;s &amp;votes on the board</source>
        <translation>ボード上の投票(&amp;V)</translation>
    </message>
    <message>
        <source>Show the room&apos;s votes on the board: the count while hidden, the spread once revealed</source>
        <translation>ボードに参加者の投票を表示します。非公開の間は票数、公開後はばらつきを表示します</translation>
    </message>
    <message>
        <source>&amp;All actions</source>
        <translation>すべてのアクション(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Next aspect</source>
        <translation>次の側面(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous aspect</source>
        <translation>前の側面(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger type</source>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <source>Smaller type</source>
        <translation>文字を小さく</translation>
    </message>
    <message>
        <source>Level &amp;detail panel</source>
        <translation>レベル詳細パネル(&amp;D)</translation>
    </message>
    <message>
        <source>Show or hide it (F9)</source>
        <translation>表示または非表示にします (F9)</translation>
    </message>
    <message>
        <source>Guided &amp;questions for the room</source>
        <translation>参加者へのガイド付きの質問(&amp;Q)</translation>
    </message>
    <message>
        <source>One guided question at a time above the board, in large type (F8)</source>
        <translation>ボードの上にガイド付きの質問を 1 つずつ大きな文字で表示します (F8)</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>次のペイン(&amp;P)</translation>
    </message>
    <message>
        <source>Aspect {number}</source>
        <translation>側面 {number}</translation>
    </message>
    <message>
        <source>Full screen, large type, no editing chrome (F11)</source>
        <translation>全画面、大きな文字、編集用の要素なしで表示します (F11)</translation>
    </message>
    <message>
        <source>Show the board on the projector</source>
        <translation>ボードをプロジェクターに表示します</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>プレゼンテーションを終了</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>元に戻す(&amp;U): {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>やり直し(&amp;R): {step}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>チーム(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>記録(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Workshop already open</source>
        <translation>ワークショップは既に開かれています</translation>
    </message>
    <message>
        <source>Cannot open for writing</source>
        <translation>書き込み用に開けません</translation>
    </message>
    <message>
        <source>{problem}

Open it read-only? You can look at everything and export it, but not change it.</source>
        <translation>{problem}

読み取り専用で開きますか？すべてを閲覧してエクスポートできますが、変更はできません。</translation>
    </message>
    <message>
        <source>Cannot open this workshop</source>
        <translation>このワークショップを開けません</translation>
    </message>
    <message>
        <source>{problem}

There are backup copies of it. Restore one as a new file?</source>
        <translation>{problem}

バックアップがあります。1 つを新しいファイルとして復元しますか？</translation>
    </message>
    <message>
        <source>Opened {path} (read-only)</source>
        <translation>{path} を開きました（読み取り専用）</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} を開きました</translation>
    </message>
    <message>
        <source>is open for changes in another window ({holder}); this window follows its changes</source>
        <extracomment>The page&apos;s banner says &quot;Read-only: &lt;workshop name&gt; &lt;this text&gt;. You can look at everything…&quot;</extracomment>
        <translation>は別のウィンドウ（{holder}）で編集中です。このウィンドウはその変更に追従します</translation>
    </message>
    <message>
        <source>Workshop de&amp;tails…</source>
        <translation>ワークショップの詳細(&amp;T)…</translation>
    </message>
    <message>
        <source>Move team earl&amp;ier</source>
        <translation>チームを前へ(&amp;E)</translation>
    </message>
    <message>
        <source>Agree an &amp;action…</source>
        <translation>アクションに合意(&amp;G)…</translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation>縮小(&amp;U)</translation>
    </message>
    <message>
        <source>Actual si&amp;ze</source>
        <translation>実際のサイズ(&amp;Z)</translation>
    </message>
    <message>
        <source>P&amp;resentation mode</source>
        <translation>プレゼンテーションモード(&amp;R)</translation>
    </message>
    <message>
        <source>Audi&amp;ence view on second screen</source>
        <translation>セカンドスクリーンに参加者用ビュー(&amp;E)</translation>
    </message>
    <message>
        <source>Lig&amp;ht theme</source>
        <translation>ライトテーマ(&amp;H)</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>ダークテーマ(&amp;K)</translation>
    </message>
    <message>
        <source>Backup not made: {problem}</source>
        <translation>バックアップを作成できませんでした: {problem}</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>バックアップを復元できません</translation>
    </message>
    <message>
        <source>Cannot create the workshop</source>
        <translation>ワークショップを作成できません</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>ワークショップを開く</translation>
    </message>
    <message>
        <source>Workshop not found</source>
        <translation>ワークショップが見つかりません</translation>
    </message>
    <message>
        <source>{path} is not there any more (moved, renamed or on a drive that is not connected).

Remove it from the list of recent workshops?</source>
        <translation>{path} はもう存在しません（移動、名前の変更、または接続されていないドライブ上にあります）。

最近使ったワークショップの一覧から削除しますか？</translation>
    </message>
    <message>
        <source>Cannot write the demo workshop</source>
        <translation>デモのワークショップを書き込めません</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>最近使ったワークショップはありません</translation>
    </message>
    <message>
        <source>Could not read the latest changes: {problem}</source>
        <translation>最新の変更を読み込めませんでした: {problem}</translation>
    </message>
    <message>
        <source>Updated with the latest changes to {file}</source>
        <translation>{file} の最新の変更を反映しました</translation>
    </message>
    <message>
        <source>All changes saved · {file}</source>
        <translation>すべての変更を保存しました · {file}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>実行できませんでした</translation>
    </message>
    <message>
        <source>Select a team first: click its card, or press Tab</source>
        <translation>先にチームを選択してください。カードをクリックするか、Tab キーを押します</translation>
    </message>
    <message>
        <source>&amp;Edit its disagreement…</source>
        <translation>意見の相違を編集(&amp;I)…</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>チームを追加</translation>
    </message>
    <message>
        <source>Team name:</source>
        <translation>チーム名:</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>チーム名を変更</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <source>Colour of {team}</source>
        <translation>{team} の色</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>チームを削除</translation>
    </message>
    <message>
        <source>Remove {team} from the workshop, with its placements, disagreements and actions?

You can undo this with Ctrl+Z.</source>
        <translation>{team} を、その配置、意見の相違、アクションとともにワークショップから削除しますか？

Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Board type at {percent} %</source>
        <translation>ボードの文字サイズ: {percent}%</translation>
    </message>
    <message>
        <source>The model asks no guided questions about {aspect}</source>
        <translation>このモデルには {aspect} についてのガイド付きの質問がありません</translation>
    </message>
    <message>
        <source>Only one screen</source>
        <translation>画面が 1 つだけです</translation>
    </message>
    <message>
        <source>The audience view needs a second screen, and only one is connected.

Connect the projector and set it to extend the desktop (not to mirror it), then choose View &gt; Audience view again. To show the board on this screen, use presentation mode (F11).</source>
        <translation>参加者用ビューには 2 台目の画面が必要ですが、接続されている画面は 1 台だけです。

プロジェクターを接続し、デスクトップを複製ではなく拡張するように設定してから、もう一度 [表示] &gt; [参加者用ビュー] を選択してください。この画面にボードを表示するには、プレゼンテーションモード (F11) を使用してください。</translation>
    </message>
    <message>
        <source>The second screen was disconnected: the audience view is closed.</source>
        <translation>2 台目の画面が切断されたため、参加者用ビューを閉じました。</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab: select the next / previous team card (round the board) · F6: next pane</source>
        <translation>Tab / Shift+Tab: 次 / 前のチームカードを選択（ボードを一巡）· F6: 次のペイン</translation>
    </message>
    <message>
        <source>Left / Right: move the selected team a little; with Shift, a whole level</source>
        <translation>← / →: 選択したチームを少し移動。Shift と一緒に押すと 1 レベル分移動</translation>
    </message>
    <message>
        <source>1 … 9: put the selected team in the middle of that level</source>
        <translation>1 … 9: 選択したチームをそのレベルの中央に配置</translation>
    </message>
    <message>
        <source>Delete: take the selected team off this aspect (back to the tray)</source>
        <translation>Delete: 選択したチームをこの側面から外す（トレイに戻す）</translation>
    </message>
    <message>
        <source>F2: rename the selected team · Ctrl+T: add a team · Ctrl+Del: remove the selected team</source>
        <translation>F2: 選択したチームの名前を変更 · Ctrl+T: チームを追加 · Ctrl+Del: 選択したチームを削除</translation>
    </message>
    <message>
        <source>Ctrl+drag a card: record a disagreement with a second, argued position</source>
        <translation>Ctrl+カードをドラッグ: 根拠のある 2 つ目の位置で意見の相違を記録</translation>
    </message>
    <message>
        <source>Ctrl+D: record a disagreement · Ctrl+Shift+A: agree an action · Ctrl+L: all actions</source>
        <translation>Ctrl+D: 意見の相違を記録 · Ctrl+Shift+A: アクションに合意 · Ctrl+L: すべてのアクション</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T: set a target (the selected team&apos;s, else the organisation&apos;s); on a clicked target flag, Left / Right move it, Delete removes it, Enter edits it</source>
        <translation>Ctrl+Shift+T: 目標を設定（選択したチームの目標、なければ組織の目標）。クリックした目標の旗は ← / → で移動、Delete で削除、Enter で編集</translation>
    </message>
    <message>
        <source>Ctrl+R: votes from phones (the room) · Ctrl+M: place the selected team at its votes&apos; median</source>
        <translation>Ctrl+R: スマートフォンで投票（参加者）· Ctrl+M: 選択したチームを投票の中央値に配置</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D: record a disagreement from the spread of its revealed votes</source>
        <translation>Ctrl+Shift+D: 公開済み投票のばらつきから意見の相違を記録</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F: start a follow-up · Ctrl+Shift+R: review the carried actions · H: last time&apos;s positions</source>
        <translation>Ctrl+Shift+F: フォローアップを開始 · Ctrl+Shift+R: 持ち越したアクションをレビュー · H: 前回の位置</translation>
    </message>
    <message>
        <source>N: select the next team not yet placed · Enter: edit the selected team&apos;s disagreement</source>
        <translation>N: まだ配置していない次のチームを選択 · Enter: 選択したチームの意見の相違を編集</translation>
    </message>
    <message>
        <source>Esc: clear the selection; then Left / Right: go through the levels · Menu key or Shift+F10: card menu</source>
        <translation>Esc: 選択を解除し、続けて ← / →: レベルを順に移動 · メニューキーまたは Shift+F10: カードのメニュー</translation>
    </message>
    <message>
        <source>F2 in the table of all actions: edit the cell · Alt+underlined letter: go to that field</source>
        <translation>すべてのアクションの表で F2: セルを編集 · Alt+下線付きの文字: その項目へ移動</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9: go to an aspect · Ctrl+Shift+O: overview · Page Up / Page Down: previous / next</source>
        <translation>Ctrl+1 … Ctrl+9: 側面へ移動 · Ctrl+Shift+O: 概要 · Page Up / Page Down: 前 / 次</translation>
    </message>
    <message>
        <source>Ctrl+= / Ctrl+- / Ctrl+0: larger / smaller / actual-size board type · F9: level detail panel</source>
        <translation>Ctrl+= / Ctrl+- / Ctrl+0: ボードの文字を拡大 / 縮小 / 実際のサイズ · F9: レベル詳細パネル</translation>
    </message>
    <message>
        <source>F8: guided questions for the room — Up / Down: question · 1 … 9: answer (0 clears) · P: place the team where the answers point · T: next team</source>
        <translation>F8: 参加者へのガイド付きの質問 — ↑ / ↓: 質問 · 1 … 9: 回答（0 で消去）· P: 回答が示す位置にチームを配置 · T: 次のチーム</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z: undo / redo</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z: 元に戻す / やり直し</translation>
    </message>
    <message>
        <source>F11: presentation mode · Esc: leave it</source>
        <translation>F11: プレゼンテーションモード · Esc: 終了</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Model: {title} {version}.</source>
        <translation>モデル: {title} {version}。</translation>
    </message>
    <message>
        <source>Licensed under Apache-2.0.</source>
        <translation>Apache-2.0 ライセンスで提供されています。</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} について</translation>
    </message>
    <message>
        <source>{title} [read-only]</source>
        <translation>{title} [読み取り専用]</translation>
    </message>
</context>
<context>
    <name>MoveTeamCommand</name>
    <message>
        <source>take {team} off {aspect}</source>
        <translation>{team} を {aspect} から外す</translation>
    </message>
    <message>
        <source>place {team} at {position}</source>
        <translation>{team} を {position} に配置</translation>
    </message>
    <message>
        <source>move {team} to {position}</source>
        <translation>{team} を {position} へ移動</translation>
    </message>
</context>
<context>
    <name>PlaceAtMedianCommand</name>
    <message>
        <source>place {team} at the votes&apos; median ({position})</source>
        <translation>{team} を投票の中央値に配置（{position}）</translation>
    </message>
</context>
<context>
    <name>PlaceWhereAnswersPointCommand</name>
    <message>
        <source>place {team} where the answers suggest ({position})</source>
        <translation>{team} を回答が示す位置に配置（{position}）</translation>
    </message>
</context>
<context>
    <name>RecolourTeamCommand</name>
    <message>
        <source>recolour {team}</source>
        <translation>{team} の色を変更</translation>
    </message>
</context>
<context>
    <name>RecordDisagreementCommand</name>
    <message>
        <source>record disagreement on {team}</source>
        <translation>{team} の意見の相違を記録</translation>
    </message>
</context>
<context>
    <name>RemoveTargetCommand</name>
    <message>
        <source>remove {aspect} target of the organisation</source>
        <translation>{aspect} の組織の目標を削除</translation>
    </message>
    <message>
        <source>remove {aspect} target of {team}</source>
        <translation>{aspect} の {team} の目標を削除</translation>
    </message>
</context>
<context>
    <name>RemoveTeamCommand</name>
    <message>
        <source>remove team {team}</source>
        <translation>チーム「{team}」を削除</translation>
    </message>
</context>
<context>
    <name>RenameTeamCommand</name>
    <message>
        <source>rename {team} to {name}</source>
        <translation>{team} の名前を {name} に変更</translation>
    </message>
</context>
<context>
    <name>ReorderTeamCommand</name>
    <message>
        <source>reorder {team}</source>
        <translation>{team} の順序を変更</translation>
    </message>
</context>
<context>
    <name>ReviewActionCommand</name>
    <message>
        <source>review note on {action}</source>
        <translation>{action} のレビューメモ</translation>
    </message>
    <message>
        <source>review done: {action}</source>
        <translation>レビュー「完了」: {action}</translation>
    </message>
    <message>
        <source>review carried on: {action}</source>
        <translation>レビュー「継続」: {action}</translation>
    </message>
    <message>
        <source>review dropped: {action}</source>
        <translation>レビュー「取りやめ」: {action}</translation>
    </message>
    <message>
        <source>review not reviewed: {action}</source>
        <translation>レビュー「未レビュー」: {action}</translation>
    </message>
</context>
<context>
    <name>SetTargetCommand</name>
    <message>
        <source>set {aspect} target of the organisation to {position}</source>
        <translation>{aspect} の組織の目標を {position} に設定</translation>
    </message>
    <message>
        <source>set {aspect} target of {team} to {position}</source>
        <translation>{aspect} の {team} の目標を {position} に設定</translation>
    </message>
</context>
<context>
    <name>UpdateInfoCommand</name>
    <message>
        <source>edit workshop details</source>
        <translation>ワークショップの詳細を編集</translation>
    </message>
</context>
</TS>
