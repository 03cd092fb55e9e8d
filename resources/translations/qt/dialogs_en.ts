<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CompareDialog</name>
    <message numerus="yes">
        <source>{title} — {file} and %n earlier workshop(s) inside it</source>
        <translation>
            <numerusform>{title} — {file} and %n earlier workshop inside it</numerusform>
            <numerusform>{title} — {file} and %n earlier workshops inside it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message numerus="yes">
        <source>A new workshop that starts from “{title}” ({when}): the same model, teams and targets; its %n open action(s) carried in for review; and the previous workshop kept inside the new file as its history, so the new one shows what moved even if the old file is gone. The previous file is not changed.</source>
        <translation>
            <numerusform>A new workshop that starts from “{title}” ({when}): the same model, teams and targets; its %n open action carried in for review; and the previous workshop kept inside the new file as its history, so the new one shows what moved even if the old file is gone. The previous file is not changed.</numerusform>
            <numerusform>A new workshop that starts from “{title}” ({when}): the same model, teams and targets; its %n open actions carried in for review; and the previous workshop kept inside the new file as its history, so the new one shows what moved even if the old file is gone. The previous file is not changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelError</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} is not a valid model translation (%n problem(s)).</source>
        <translation>
            <numerusform>{file} is not a valid model translation (%n problem).</numerusform>
            <numerusform>{file} is not a valid model translation (%n problems).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} is not a valid maturity model (%n problem(s)).</source>
        <translation>
            <numerusform>{file} is not a valid maturity model (%n problem).</numerusform>
            <numerusform>{file} is not a valid maturity model (%n problems).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeboxButton</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timebox: %n minute(s) left</source>
        <translation>
            <numerusform>Timebox: %n minute left</numerusform>
            <numerusform>Timebox: %n minutes left</numerusform>
        </translation>
    </message>
</context>
</TS>
