<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_US">
<context>
    <name>Language</name>
    <message>
        <location filename="../../sagicc_desktop/i18n.py" line="+43"/>
        <source>English</source>
        <extracomment>Name of a language, shown in the language picker.</extracomment>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
</context>
</TS>
