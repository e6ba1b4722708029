<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>rapport::LockScreen</name>
    <message numerus="yes">
        <source>Try again in %n s</source>
        <translation>
            <numerusform>Try again in %n s</numerusform>
            <numerusform>Try again in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message numerus="yes">
        <source>Encrypted database · locks after %n minutes without use</source>
        <translation>
            <numerusform>Encrypted database · locks after %n minute without use</numerusform>
            <numerusform>Encrypted database · locks after %n minutes without use</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::PasswordRulesView</name>
    <message numerus="yes">
        <source>At least %n characters — a short sentence is easy to remember</source>
        <translation>
            <numerusform>At least %n character — a short sentence is easy to remember</numerusform>
            <numerusform>At least %n characters — a short sentence is easy to remember</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::PatientSearchBox</name>
    <message numerus="yes">
        <source>%n patients found</source>
        <translation>
            <numerusform>%n patient found</numerusform>
            <numerusform>%n patients found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::PatientService</name>
    <message numerus="yes">
        <source>%1 is %n year(s) old, and the clinic requires a parent or guardian for patients under %2. Add one under Family and care links.</source>
        <translation>
            <numerusform>%1 is %n year old, and the clinic requires a parent or guardian for patients under %2. Add one under Family and care links.</numerusform>
            <numerusform>%1 is %n years old, and the clinic requires a parent or guardian for patients under %2. Add one under Family and care links.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::PatientText</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::SignInDialog</name>
    <message numerus="yes">
        <source>Try again in %n s</source>
        <translation>
            <numerusform>Try again in %n s</numerusform>
            <numerusform>Try again in %n s</numerusform>
        </translation>
    </message>
</context>
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
    <name>rapport::StaffPage</name>
    <message numerus="yes">
        <source>%n active accounts</source>
        <translation>
            <numerusform>%n active account</numerusform>
            <numerusform>%n active accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deactivated</source>
        <translation>
            <numerusform>%n deactivated</numerusform>
            <numerusform>%n deactivated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::TimelineView</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
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
    <message numerus="yes">
        <source>audit trail intact: %n row(s)</source>
        <translation>
            <numerusform>audit trail intact: %n row</numerusform>
            <numerusform>audit trail intact: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit trail broken at row %1: %2 (%n row(s) before it verify)</source>
        <translation>
            <numerusform>audit trail broken at row %1: %2 (%n row before it verify)</numerusform>
            <numerusform>audit trail broken at row %1: %2 (%n rows before it verify)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit trail broken at row %1 (id %2): %3 (%n row(s) before it verify)</source>
        <translation>
            <numerusform>audit trail broken at row %1 (id %2): %3 (%n row before it verify)</numerusform>
            <numerusform>audit trail broken at row %1 (id %2): %3 (%n rows before it verify)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The demo clinic in %1 already has %n patient(s); Rapport adds made-up patients only to an empty demo clinic. Delete the demo clinic&apos;s folder (its .rapport file and key file), or choose another --db.</source>
        <translation>
            <numerusform>The demo clinic in %1 already has %n patient; Rapport adds made-up patients only to an empty demo clinic. Delete the demo clinic&apos;s folder (its .rapport file and key file), or choose another --db.</numerusform>
            <numerusform>The demo clinic in %1 already has %n patients; Rapport adds made-up patients only to an empty demo clinic. Delete the demo clinic&apos;s folder (its .rapport file and key file), or choose another --db.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n patient(s) found; type more of the name, or raise --limit.</source>
        <translation>
            <numerusform>Showing the first %n patient found; type more of the name, or raise --limit.</numerusform>
            <numerusform>Showing the first %n patients found; type more of the name, or raise --limit.</numerusform>
        </translation>
    </message>
</context>
</TS>
