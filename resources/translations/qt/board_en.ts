<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BoardAccessibility</name>
    <message numerus="yes">
        <source>{placed} of %n team(s) placed on {aspect}.</source>
        <translation>
            <numerusform>{placed} of %n team placed on {aspect}.</numerusform>
            <numerusform>{placed} of %n teams placed on {aspect}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet placed on {aspect}: %n team(s)</source>
        <translation>
            <numerusform>Not yet placed on {aspect}: %n team</numerusform>
            <numerusform>Not yet placed on {aspect}: %n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) on {aspect}.</source>
        <translation>
            <numerusform>%n action on {aspect}.</numerusform>
            <numerusform>%n actions on {aspect}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotesLayer</name>
    <message numerus="yes">
        <source>and %n more team(s) voted on: the room panel (Ctrl+R) lists them all</source>
        <translation>
            <numerusform>and %n more team voted on: the room panel (Ctrl+R) lists them all</numerusform>
            <numerusform>and %n more teams voted on: the room panel (Ctrl+R) lists them all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{team}: %n vote(s), median {median}, from {lowest} to {highest}; they spread {spread}, wider than the threshold</source>
        <translation>
            <numerusform>{team}: %n vote, median {median}, from {lowest} to {highest}; they spread {spread}, wider than the threshold</numerusform>
            <numerusform>{team}: %n votes, median {median}, from {lowest} to {highest}; they spread {spread}, wider than the threshold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{team}: %n vote(s), median {median}, from {lowest} to {highest}</source>
        <translation>
            <numerusform>{team}: %n vote, median {median}, from {lowest} to {highest}</numerusform>
            <numerusform>{team}: %n votes, median {median}, from {lowest} to {highest}</numerusform>
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
</TS>
