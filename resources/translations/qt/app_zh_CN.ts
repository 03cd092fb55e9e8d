<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>PEM Desktop hit an unexpected problem. Every change you made before this is saved in the workshop file.</source>
        <translation>PEM Desktop 遇到了意外问题。在此之前所做的所有更改都已保存在工作坊文件中。</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>{title} — {app} (audience view)</source>
        <translation>{title} — {app}（观众视图）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;System default ({language})</source>
        <translation>系统默认(&amp;S)（{language}）</translation>
    </message>
    <message>
        <source>The language of menus and dialogs; the model&apos;s has its own menu</source>
        <translation>菜单和对话框的语言；模型的语言在单独的菜单中选择</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>PEM Desktop will be in {language} from its next start.</source>
        <translation>下次启动后，PEM Desktop 将以 {language} 显示。</translation>
    </message>
    <message>
        <source>Restart now? The open workshop opens again as it is: every change is already saved.</source>
        <translation>立即重新启动吗？当前打开的工作坊将按原样重新打开：所有更改均已保存。</translation>
    </message>
    <message>
        <source>The room for votes from phones closes.</source>
        <translation>手机投票的房间将关闭。</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>立即重新启动吗？</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>立即重启(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>PEM Desktop could not be started again. Quit it and start it yourself to change the language.</source>
        <translation>无法重新启动 PEM Desktop。请退出后手动重新启动，以切换语言。</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Find where each team stands in the Platform Engineering Maturity Model, and agree what to do next.</source>
        <translation>确定每个团队在平台工程成熟度模型中所处的位置，并就下一步行动达成一致。</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>新建工作坊…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>打开演示</translation>
    </message>
    <message>
        <source>A fresh copy of a realistic example workshop, to try things out</source>
        <translation>一份逼真的示例工作坊的全新副本，供您试用</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>最近的工作坊</translation>
    </message>
    <message>
        <source>Start follow-up of the selected workshop…</source>
        <translation>为所选工作坊开始后续工作坊…</translation>
    </message>
    <message>
        <source>A new workshop that starts from the selected one and keeps it as its history</source>
        <translation>以所选工作坊为起点的新工作坊，并将所选工作坊保留为历史记录</translation>
    </message>
    <message>
        <source>No recent workshops yet. Create one, or open the demo to look around.</source>
        <translation>暂无最近的工作坊。请新建一个，或打开演示了解一下。</translation>
    </message>
    <message>
        <source>missing: {path}</source>
        <translation>未找到：{path}</translation>
    </message>
    <message>
        <source>last opened {when}</source>
        <translation>上次打开：{when}</translation>
    </message>
    <message>
        <source>Start &amp;follow-up…</source>
        <translation>开始后续工作坊(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Remove from this list</source>
        <translation>从列表中移除(&amp;R)</translation>
    </message>
</context>
</TS>
