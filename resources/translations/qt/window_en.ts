<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DisagreementFromVotesCommand</name>
    <message numerus="yes">
        <source>The room&apos;s votes spread {width} levels, from {low} to {high} (%n vote(s))</source>
        <translation>
            <numerusform>The room&apos;s votes spread {width} levels, from {low} to {high} (%n vote)</numerusform>
            <numerusform>The room&apos;s votes spread {width} levels, from {low} to {high} (%n votes)</numerusform>
        </translation>
    </message>
</context>
</TS>
