<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>rapport::SignInThrottle</name>
    <message numerus="yes">
        <source>Too many wrong passwords for this user name. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Too many wrong passwords for this user name. Wait %n second, then try again.</numerusform>
            <numerusform>Too many wrong passwords for this user name. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapportctl</name>
    <message numerus="yes">
        <source>Created %n made-up patient(s) in %1 seconds (seed %2).</source>
        <translation>
            <numerusform>Created %n made-up patient in %1 seconds (seed %2).</numerusform>
            <numerusform>Created %n made-up patients in %1 seconds (seed %2).</numerusform>
        </translation>
    </message>
</context>
</TS>
