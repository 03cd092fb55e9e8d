<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>PEM Desktop hit an unexpected problem. Every change you made before this is saved in the workshop file.</source>
        <translation>PEM Desktop で予期しない問題が発生しました。これまでに行った変更はすべてワークショップファイルに保存されています。</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>{title} — {app} (audience view)</source>
        <translation>{title} — {app}（参加者向け表示）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>言語(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;System default ({language})</source>
        <translation>システムの既定(&amp;S)（{language}）</translation>
    </message>
    <message>
        <source>The language of menus and dialogs; the model&apos;s has its own menu</source>
        <translation>メニューとダイアログの言語です。モデルの言語は別のメニューで選択します</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>PEM Desktop will be in {language} from its next start.</source>
        <translation>次回の起動から、PEM Desktop は {language} で表示されます。</translation>
    </message>
    <message>
        <source>Restart now? The open workshop opens again as it is: every change is already saved.</source>
        <translation>今すぐ再起動しますか？開いているワークショップは、そのままの状態で再び開きます。変更はすべて保存済みです。</translation>
    </message>
    <message>
        <source>The room for votes from phones closes.</source>
        <translation>スマートフォン投票のルームは閉じられます。</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>今すぐ再起動しますか？</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>今すぐ再起動(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>PEM Desktop could not be started again. Quit it and start it yourself to change the language.</source>
        <translation>PEM Desktop を再起動できませんでした。言語を切り替えるには、いったん終了してから起動し直してください。</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Find where each team stands in the Platform Engineering Maturity Model, and agree what to do next.</source>
        <translation>プラットフォームエンジニアリング成熟度モデルで各チームの現在地を把握し、次に取り組むことを合意します。</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>新しいワークショップ…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>デモを開く</translation>
    </message>
    <message>
        <source>A fresh copy of a realistic example workshop, to try things out</source>
        <translation>操作を試すための、実践的なサンプルワークショップの新しいコピーです</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>最近のワークショップ</translation>
    </message>
    <message>
        <source>Start follow-up of the selected workshop…</source>
        <translation>選択したワークショップのフォローアップを開始…</translation>
    </message>
    <message>
        <source>A new workshop that starts from the selected one and keeps it as its history</source>
        <translation>選択したワークショップを起点とし、それを履歴として保持する新しいワークショップです</translation>
    </message>
    <message>
        <source>No recent workshops yet. Create one, or open the demo to look around.</source>
        <translation>最近のワークショップはまだありません。新しく作成するか、デモを開いてご覧ください。</translation>
    </message>
    <message>
        <source>missing: {path}</source>
        <translation>見つかりません: {path}</translation>
    </message>
    <message>
        <source>last opened {when}</source>
        <translation>前回開いた日時: {when}</translation>
    </message>
    <message>
        <source>Start &amp;follow-up…</source>
        <translation>フォローアップを開始(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Remove from this list</source>
        <translation>この一覧から削除(&amp;R)</translation>
    </message>
</context>
</TS>
