<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AllActionsView</name>
    <message numerus="yes">
        <source>{shown} of %n action(s)</source>
        <translation>
            <numerusform>{shown} of %n action</numerusform>
            <numerusform>{shown} of %n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidedQuestions</name>
    <message numerus="yes">
        <source>{whose}: {answered} of %n question(s) answered; the answers suggest {words} ({position}).</source>
        <translation>
            <numerusform>{whose}: {answered} of %n question answered; the answers suggest {words} ({position}).</numerusform>
            <numerusform>{whose}: {answered} of %n questions answered; the answers suggest {words} ({position}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message numerus="yes">
        <source>Joined: %n ({connected} connected)</source>
        <translation>
            <numerusform>Joined: %n ({connected} connected)</numerusform>
            <numerusform>Joined: %n ({connected} connected)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message numerus="yes">
        <source>Disagreements (%n open)</source>
        <translation>
            <numerusform>Disagreements (%n open)</numerusform>
            <numerusform>Disagreements (%n open)</numerusform>
        </translation>
    </message>
</context>
</TS>
