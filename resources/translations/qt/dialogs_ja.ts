<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>アクションの編集</translation>
    </message>
    <message>
        <source>Agree an action</source>
        <translation>アクションの合意</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>何を行うか</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>組織全体</translation>
    </message>
    <message>
        <source>No target level</source>
        <translation>目標レベルなし</translation>
    </message>
    <message>
        <source>Toward {level}</source>
        <translation>{level}へ</translation>
    </message>
    <message>
        <source>Who makes sure it happens</source>
        <translation>実行に責任を持つ人</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>期限あり</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Details, context, first steps</source>
        <translation>詳細、背景、最初のステップ</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Aspect</source>
        <translation>側面(&amp;A)</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>チーム(&amp;E)</translation>
    </message>
    <message>
        <source>Ta&amp;rget</source>
        <translation>目標(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>担当者(&amp;O)</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>期限(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>ステータス(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>For the whole organisation: choose the level this action moves toward.</source>
        <translation>組織全体の場合：このアクションが目指すレベルを選んでください。</translation>
    </message>
    <message>
        <source>{team} is not placed on this aspect yet, so there is no default target.</source>
        <translation>{team}はこの側面にまだ配置されていないため、既定の目標はありません。</translation>
    </message>
    <message>
        <source>{team}: {standing}, the highest level. There is no level to move toward.</source>
        <translation>{team}：{standing}、最上位のレベルです。これ以上目指すレベルはありません。</translation>
    </message>
    <message>
        <source>{team}: {standing}, so heading toward {level}.</source>
        <translation>{team}：{standing}、次は{level}を目指します。</translation>
    </message>
</context>
<context>
    <name>ActionList</name>
    <message>
        <source>Actions on this aspect</source>
        <translation>この側面のアクション</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Add action on this aspect</source>
        <translation>この側面にアクションを追加</translation>
    </message>
    <message>
        <source>Edit the selected action on this aspect</source>
        <translation>この側面の選択したアクションを編集</translation>
    </message>
    <message>
        <source>Delete the selected action on this aspect</source>
        <translation>この側面の選択したアクションを削除</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Mark the selected action done</source>
        <translation>選択したアクションを完了にする</translation>
    </message>
    <message>
        <source>Mark the selected action on this aspect done</source>
        <translation>この側面の選択したアクションを完了にする</translation>
    </message>
    <message>
        <source>→ no target</source>
        <translation>→ 目標なし</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>組織全体</translation>
    </message>
</context>
<context>
    <name>ActionReviewDialog</name>
    <message>
        <source>Review of carried actions</source>
        <translation>引き継いだアクションのレビュー</translation>
    </message>
    <message>
        <source>These actions were still open at the end of the previous workshop ({when}). For each: was it done, is it still open (carried on), or was it dropped? Keys: D done · C carried on · X dropped · 0 not reviewed · N a note first (Enter keeps it) · Ctrl+Z undo</source>
        <translation>これらのアクションは前回のワークショップ（{when}）の終了時点で未完了でした。それぞれについて、完了したか、まだ未完了か（継続）、取りやめたかを確認してください。キー：D 完了・C 継続・X 取りやめ・0 未レビュー・N 先にメモ（Enterで確定）・Ctrl+Z 元に戻す</translation>
    </message>
    <message>
        <source>Carried actions</source>
        <translation>引き継いだアクション</translation>
    </message>
    <message>
        <source>&amp;Done (D)</source>
        <translation>完了(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Carried on (C)</source>
        <translation>継続(&amp;C)</translation>
    </message>
    <message>
        <source>Dr&amp;opped (X)</source>
        <translation>取りやめ(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Not reviewed (0)</source>
        <translation>未レビュー(&amp;0)</translation>
    </message>
    <message>
        <source>A note, e.g. what was done or why it was dropped (Enter keeps it)</source>
        <translation>メモ（例：何を行ったか、なぜ取りやめたか。Enterで確定）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>メモ(&amp;T)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>{done} of {count} reviewed</source>
        <translation>{count}件中{done}件をレビュー済み</translation>
    </message>
    <message>
        <source>No action was carried from the previous workshop.</source>
        <translation>前回のワークショップから引き継いだアクションはありません。</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>組織全体</translation>
    </message>
    <message>
        <source>a team no longer here</source>
        <translation>現在は存在しないチーム</translation>
    </message>
    <message>
        <source>toward {level}</source>
        <translation>{level}へ</translation>
    </message>
    <message>
        <source>owner: {owner}</source>
        <translation>担当者：{owner}</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>担当者なし</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>期限：{date}</translation>
    </message>
    <message>
        <source>last time: {status}</source>
        <translation>前回：{status}</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ 完了</translation>
    </message>
    <message>
        <source>→ Carried on: still open in this workshop</source>
        <translation>→ 継続：このワークショップでも未完了</translation>
    </message>
    <message>
        <source>✗ Dropped</source>
        <translation>✗ 取りやめ</translation>
    </message>
    <message>
        <source>• Not reviewed yet</source>
        <translation>• 未レビュー</translation>
    </message>
    <message>
        <source>{outcome} (its action was removed from this workshop)</source>
        <translation>{outcome}（このアクションはこのワークショップから削除されました）</translation>
    </message>
</context>
<context>
    <name>ChangeModelLanguageCommand</name>
    <message>
        <source>show the model in {language}</source>
        <translation>モデルを{language}で表示</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Export PDF report…</source>
        <translation>PDFレポートをエクスポート…</translation>
    </message>
    <message>
        <source>Export the trend (PDF report)</source>
        <translation>推移をエクスポート（PDFレポート）</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDFドキュメント</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Markdownをエクスポート…</translation>
    </message>
    <message>
        <source>Export the trend (Markdown)</source>
        <translation>推移をエクスポート（Markdown）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSVをエクスポート…</translation>
    </message>
    <message>
        <source>Export the trend (CSV)</source>
        <translation>推移をエクスポート（CSV）</translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation>CSV表</translation>
    </message>
    <message>
        <source>Compare workshops</source>
        <translation>ワークショップの比較</translation>
    </message>
    <message>
        <source>Workshops compared</source>
        <translation>比較するワークショップ</translation>
    </message>
    <message>
        <source>&amp;Add workshops…</source>
        <translation>ワークショップを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>In workshops</source>
        <translation>参加ワークショップ</translation>
    </message>
    <message>
        <source>Same team as</source>
        <translation>同じチーム</translation>
    </message>
    <message>
        <source>Teams matched across the workshops</source>
        <translation>ワークショップ間で対応付けたチーム</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>側面</translation>
    </message>
    <message>
        <source>Positions over time</source>
        <translation>位置の推移</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Positions on</source>
        <translation>位置を表示する側面</translation>
    </message>
    <message>
        <source>Workshops of the same model, oldest first. Teams are matched by their identity (a follow-up keeps it) or by name; if a team goes by another name in another workshop, say which with “Same team as”.</source>
        <translation>同じモデルのワークショップを古い順に表示します。チームは識別情報（フォローアップでは引き継がれます）または名前で対応付けます。別のワークショップで名前が異なるチームは、「同じチーム」で指定してください。</translation>
    </message>
    <message>
        <source>Workshops to compare</source>
        <translation>比較するワークショップ</translation>
    </message>
    <message>
        <source>Some workshops cannot be compared</source>
        <translation>比較できないワークショップがあります</translation>
    </message>
    <message numerus="yes">
        <source>{title} — {file} and %n earlier workshop(s) inside it</source>
        <translation>
            <numerusform>{title} — {file}（以前のワークショップ%n件を含む）</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — {file}</source>
        <translation>{title} — {file}</translation>
    </message>
    <message>
        <source>Add the workshops to compare.</source>
        <translation>比較するワークショップを追加してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>ワークショップ%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>チーム%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>{workshops}, {teams}.</source>
        <translation>{workshops}、{teams}。</translation>
    </message>
    <message>
        <source>Also called: {names}</source>
        <translation>別名：{names}</translation>
    </message>
    <message>
        <source>— itself —</source>
        <translation>— 同一 —</translation>
    </message>
    <message>
        <source>Same team as, for {team}</source>
        <translation>{team}と同じチーム</translation>
    </message>
    <message>
        <source>The trend was not exported</source>
        <translation>推移はエクスポートされませんでした</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path}を書き出しました</translation>
    </message>
</context>
<context>
    <name>DisagreementDialog</name>
    <message>
        <source>Edit a disagreement — {aspect}</source>
        <translation>意見の相違の編集 — {aspect}</translation>
    </message>
    <message>
        <source>Record a disagreement — {aspect}</source>
        <translation>意見の相違の記録 — {aspect}</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>組織全体</translation>
    </message>
    <message>
        <source>What is disputed, in a few words</source>
        <translation>何について意見が分かれているか（簡潔に）</translation>
    </message>
    <message>
        <source>Add a &amp;viewpoint</source>
        <translation>見解を追加(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Resolved: the room agreed</source>
        <translation>解決済み：参加者が合意(&amp;R)</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>合意した内容</translation>
    </message>
    <message>
        <source>Agreed position</source>
        <translation>合意した位置</translation>
    </message>
    <message>
        <source>Agreed position, another one</source>
        <translation>合意した位置（別の位置）</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>チーム(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>トピック(&amp;O)</translation>
    </message>
    <message>
        <source>Viewpoints</source>
        <translation>見解</translation>
    </message>
    <message>
        <source>Re&amp;solution</source>
        <translation>結論(&amp;S)</translation>
    </message>
    <message>
        <source>A&amp;greed position</source>
        <translation>合意した位置(&amp;G)</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>未選択</translation>
    </message>
    <message>
        <source>{position} (as {who} argued)</source>
        <translation>{position}（{who}の見解）</translation>
    </message>
    <message>
        <source>{position} (as someone argued)</source>
        <translation>{position}（ある参加者の見解）</translation>
    </message>
    <message>
        <source>Another position…</source>
        <translation>別の位置…</translation>
    </message>
    <message>
        <source>Move {team}’s card there</source>
        <translation>{team}のカードをそこへ移動</translation>
    </message>
    <message>
        <source>A disagreement needs at least two viewpoints.</source>
        <translation>意見の相違には少なくとも2つの見解が必要です。</translation>
    </message>
</context>
<context>
    <name>DisagreementList</name>
    <message>
        <source>Disagreements on this aspect</source>
        <translation>この側面の意見の相違</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>記録…</translation>
    </message>
    <message>
        <source>Record disagreement on this aspect</source>
        <translation>この側面の意見の相違を記録</translation>
    </message>
    <message>
        <source>Edit the selected disagreement on this aspect</source>
        <translation>この側面の選択した意見の相違を編集</translation>
    </message>
    <message>
        <source>Delete the selected disagreement on this aspect</source>
        <translation>この側面の選択した意見の相違を削除</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>組織全体</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>意見の相違</translation>
    </message>
    <message>
        <source>{team} — {topic}</source>
        <translation>{team} — {topic}</translation>
    </message>
    <message>
        <source>{team} — {topic}  ✓ resolved</source>
        <translation>{team} — {topic}  ✓ 解決済み</translation>
    </message>
    <message>
        <source>Agreed: {resolution}{end}</source>
        <translation>合意：{resolution}{end}</translation>
    </message>
    <message>
        <source>Agreed position: {position}.</source>
        <translation>合意した位置：{position}。</translation>
    </message>
    <message>
        <source>{who} ({position}): {reason}</source>
        <translation>{who}（{position}）：{reason}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ある参加者</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export the PDF roadmap ({page_size})</source>
        <translation>PDFロードマップをエクスポート（{page_size}）</translation>
    </message>
    <message>
        <source>Export the PDF roadmap</source>
        <translation>PDFロードマップをエクスポート</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDFドキュメント</translation>
    </message>
    <message>
        <source>Export CSV tables (ZIP of placements, actions, disagreements, votes, answers)</source>
        <translation>CSV表をエクスポート（配置、アクション、意見の相違、投票、回答のZIP）</translation>
    </message>
    <message>
        <source>ZIP archives of CSV tables</source>
        <translation>CSV表のZIPアーカイブ</translation>
    </message>
    <message>
        <source>Export the Markdown summary</source>
        <translation>Markdownサマリーをエクスポート</translation>
    </message>
    <message>
        <source>Export JSON (the whole workshop, for import)</source>
        <translation>JSONをエクスポート（ワークショップ全体、インポート用）</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>That is the workshop file itself; choose another name.</source>
        <translation>それはワークショップファイルそのものです。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>エクスポートをキャンセルしました。何も書き出されていません</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>{path}にエクスポートしました</translation>
    </message>
    <message>
        <source>Roadmap exported</source>
        <translation>ロードマップをエクスポートしました</translation>
    </message>
    <message>
        <source>The roadmap is saved as {file} in {folder}.</source>
        <translation>ロードマップを{folder}に{file}として保存しました。</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>PDFを開く</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>フォルダーを表示</translation>
    </message>
    <message>
        <source>Import a workshop from JSON</source>
        <translation>JSONからワークショップをインポート</translation>
    </message>
    <message>
        <source>Save the imported workshop as</source>
        <translation>インポートしたワークショップの保存先</translation>
    </message>
    <message>
        <source>Cannot import the workshop</source>
        <translation>ワークショップをインポートできません</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file}を書き出しています…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>エクスポート中</translation>
    </message>
    <message>
        <source>Could not start the export: {reason}</source>
        <translation>エクスポートを開始できませんでした：{reason}</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly ({reason}); nothing was written.</source>
        <translation>エクスポートが予期せず停止しました（{reason}）。何も書き出されていません。</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly; nothing was written.</source>
        <translation>エクスポートが予期せず停止しました。何も書き出されていません。</translation>
    </message>
    <message>
        <source>The export ended with status {status}; nothing was written.</source>
        <translation>エクスポートはステータス{status}で終了しました。何も書き出されていません。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Start a follow-up</source>
        <translation>フォローアップの開始</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>日付なし</translation>
    </message>
    <message numerus="yes">
        <source>A new workshop that starts from “{title}” ({when}): the same model, teams and targets; its %n open action(s) carried in for review; and the previous workshop kept inside the new file as its history, so the new one shows what moved even if the old file is gone. The previous file is not changed.</source>
        <translation>
            <numerusform>「{title}」（{when}）を起点とする新しいワークショップです。同じモデル、チーム、目標を使い、未完了のアクション%n件をレビュー用に引き継ぎます。前回のワークショップは履歴として新しいファイルに保存されるため、古いファイルがなくても何が変わったかを確認できます。前回のファイルは変更されません。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Where they were last time</source>
        <translation>前回の位置(&amp;W)</translation>
    </message>
    <message>
        <source>In the &amp;tray, to place them afresh (last time&apos;s positions still show)</source>
        <translation>トレイに置いて新たに配置する（前回の位置も表示されます）(&amp;T)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>タイトル(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <source>Cards start</source>
        <translation>カードの初期位置</translation>
    </message>
    <message>
        <source>Use version {new} of the model (this workshop used {old})</source>
        <translation>モデルのバージョン{new}を使用する（このワークショップは{old}を使用）</translation>
    </message>
    <message>
        <source>What changes in the newer version</source>
        <translation>新しいバージョンでの変更点</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>保存先(&amp;S)</translation>
    </message>
    <message>
        <source>Start follow-up</source>
        <translation>フォローアップを開始</translation>
    </message>
    <message>
        <source>Save the follow-up as</source>
        <translation>フォローアップの保存先</translation>
    </message>
</context>
<context>
    <name>ModelError</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>…ほか%n件。</numerusform>
        </translation>
    </message>
    <message>
        <source>This model translation cannot be used</source>
        <translation>このモデルの翻訳は使用できません</translation>
    </message>
    <message numerus="yes">
        <source>{file} is not a valid model translation (%n problem(s)).</source>
        <translation>
            <numerusform>{file}は有効なモデルの翻訳ではありません（問題%n件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This maturity model cannot be used</source>
        <translation>この成熟度モデルは使用できません</translation>
    </message>
    <message numerus="yes">
        <source>{file} is not a valid maturity model (%n problem(s)).</source>
        <translation>
            <numerusform>{file}は有効な成熟度モデルではありません（問題%n件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>• line {line}: {path}: {message}</source>
        <translation>• {line}行目：{path}：{message}</translation>
    </message>
    <message>
        <source>• line {line}: {message}</source>
        <translation>• {line}行目：{message}</translation>
    </message>
</context>
<context>
    <name>ModelLanguageCombo</name>
    <message>
        <source>Model language</source>
        <translation>モデルの言語</translation>
    </message>
    <message>
        <source>The language of the model&apos;s texts on the board and in the exports</source>
        <translation>ボードとエクスポートに表示するモデルのテキストの言語</translation>
    </message>
    <message>
        <source>{language} — the model&apos;s own</source>
        <translation>{language} — モデルの原語</translation>
    </message>
</context>
<context>
    <name>ModelLanguageMenu</name>
    <message>
        <source>Model &amp;language</source>
        <translation>モデルの言語(&amp;L)</translation>
    </message>
    <message>
        <source>The bundled translation is of another version of the model than this workshop&apos;s copy ({why})</source>
        <translation>同梱の翻訳は、このワークショップが持つモデルとは別のバージョンのものです（{why}）</translation>
    </message>
    <message>
        <source>From a translation file…</source>
        <translation>翻訳ファイルから…</translation>
    </message>
    <message>
        <source>Model translations</source>
        <translation>モデルの翻訳</translation>
    </message>
    <message>
        <source>Choose a model translation</source>
        <translation>モデルの翻訳を選択</translation>
    </message>
    <message>
        <source>{language} (the model&apos;s own)</source>
        <translation>{language}（モデルの原語）</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>新しいワークショップ</translation>
    </message>
    <message>
        <source>e.g. Acme platform maturity workshop</source>
        <translation>例：Acme社 プラットフォーム成熟度ワークショップ</translation>
    </message>
    <message>
        <source>Who is in the room (names or roles)</source>
        <translation>参加者（名前または役割）</translation>
    </message>
    <message>
        <source>Another model file…</source>
        <translation>別のモデルファイル…</translation>
    </message>
    <message>
        <source>Team name, then Enter</source>
        <translation>チーム名を入力してEnter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>色…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>組織(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>ファシリテーター(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>参加者(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>Model &amp;language</source>
        <translation>モデルの言語(&amp;L)</translation>
    </message>
    <message>
        <source>T&amp;eams</source>
        <translation>チーム(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>保存先(&amp;S)</translation>
    </message>
    <message>
        <source>Create workshop</source>
        <translation>ワークショップを作成</translation>
    </message>
    <message>
        <source>Create the workshop ({keys})</source>
        <translation>ワークショップを作成します（{keys}）</translation>
    </message>
    <message>
        <source>Team already listed</source>
        <translation>チームは登録済みです</translation>
    </message>
    <message>
        <source>There is already a team called “{name}”.</source>
        <translation>「{name}」という名前のチームはすでにあります。</translation>
    </message>
    <message>
        <source>Colour of {team}</source>
        <translation>{team}の色</translation>
    </message>
    <message>
        <source>Maturity models</source>
        <translation>成熟度モデル</translation>
    </message>
    <message>
        <source>Choose a maturity model</source>
        <translation>成熟度モデルを選択</translation>
    </message>
    <message>
        <source>Save the workshop as</source>
        <translation>ワークショップの保存先</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Backups of {file}, newest first. The one you choose is restored as a new file; the original stays as it is.</source>
        <translation>{file}のバックアップ（新しい順）。選んだバックアップは新しいファイルとして復元され、元のファイルはそのまま残ります。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>{made}   ({size} KB)</source>
        <translation>{made}   （{size} KB）</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>復元先</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>There are no backups of this workshop yet.</source>
        <translation>このワークショップのバックアップはまだありません。</translation>
    </message>
    <message>
        <source>Restore &amp;as:</source>
        <translation>復元先(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Target on {aspect}</source>
        <translation>{aspect}の目標</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>組織全体</translation>
    </message>
    <message>
        <source>Exact position in level units</source>
        <translation>レベル単位での正確な位置</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>期日(&amp;B)</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目標日</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>対象(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>レベル(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>位置(&amp;P)</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>目標を設定</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>目標を削除</translation>
    </message>
    <message>
        <source>The organisation&apos;s target is what every team works toward unless it has one of its own.</source>
        <translation>組織の目標は、独自の目標を持たないすべてのチームが目指す目標です。</translation>
    </message>
    <message>
        <source>{team} is not placed on {aspect} yet.</source>
        <translation>{team}は{aspect}にまだ配置されていません。</translation>
    </message>
    <message>
        <source>{team} is at {position} ({number}): {distance} levels to go.</source>
        <translation>{team}は{position}（{number}）にいます：あと{distance}レベルです。</translation>
    </message>
    <message>
        <source>{team} is at {position} ({number}): already reached.</source>
        <translation>{team}は{position}（{number}）にいます：すでに達成しています。</translation>
    </message>
    <message>
        <source>{note} It works toward the organisation&apos;s target until it has one of its own.</source>
        <translation>{note}独自の目標を持つまでは、組織の目標を目指します。</translation>
    </message>
</context>
<context>
    <name>TimeboxButton</name>
    <message>
        <source>Timebox, not running</source>
        <translation>タイムボックス、停止中</translation>
    </message>
    <message>
        <source>Opens a menu: start a countdown of 5 to 30 minutes, or stop it</source>
        <translation>メニューを開きます：5～30分のカウントダウンを開始または停止</translation>
    </message>
    <message>
        <source>Timebox the discussion</source>
        <translation>議論の時間を区切る</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation>タイムボックス</translation>
    </message>
    <message>
        <source>Time is up (+{time})</source>
        <translation>時間切れ（+{time}）</translation>
    </message>
    <message>
        <source>Timebox: time is up</source>
        <translation>タイムボックス：時間切れ</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>時間切れです</translation>
    </message>
    <message numerus="yes">
        <source>Timebox: %n minute(s) left</source>
        <translation>
            <numerusform>タイムボックス：残り%n分</numerusform>
        </translation>
    </message>
    <message>
        <source>One minute left</source>
        <translation>残り1分です</translation>
    </message>
</context>
<context>
    <name>ViewpointRow</name>
    <message>
        <source>Who (e.g. SRE leads)</source>
        <translation>誰が（例：SREリーダー）</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Viewpoint {number}: who holds it</source>
        <translation>見解{number}：誰の見解か</translation>
    </message>
    <message>
        <source>Viewpoint {number}: position</source>
        <translation>見解{number}：位置</translation>
    </message>
    <message>
        <source>Viewpoint {number}: why</source>
        <translation>見解{number}：理由</translation>
    </message>
    <message>
        <source>Remove viewpoint {number}</source>
        <translation>見解{number}を削除</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsDialog</name>
    <message>
        <source>Workshop details</source>
        <translation>ワークショップの詳細</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>組織(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>ファシリテーター(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>参加者(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>メモ(&amp;N)</translation>
    </message>
</context>
<context>
    <name>WorkshopPath</name>
    <message>
        <source>PEM workshops</source>
        <translation>PEMワークショップ</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>ファイルが存在します</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name.</source>
        <translation>{path}はすでに存在します。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Cannot save there</source>
        <translation>そこには保存できません</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation>フォルダー{folder}を作成できません：{reason}</translation>
    </message>
</context>
</TS>
