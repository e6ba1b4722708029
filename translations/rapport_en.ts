<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>rapport::AppointmentsCard</name>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n attended</numerusform>
            <numerusform>%n attended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-shows</source>
        <translation>
            <numerusform>%n no-show</numerusform>
            <numerusform>%n no-shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late cancellations</source>
        <translation>
            <numerusform>%n late cancellation</numerusform>
            <numerusform>%n late cancellations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled in good time</source>
        <translation>
            <numerusform>%n cancelled in good time</numerusform>
            <numerusform>%n cancelled in good time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n past appointments</source>
        <translation>
            <numerusform>Show the %n past appointment</numerusform>
            <numerusform>Show all %n past appointments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::AuditText</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointments</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CallListModel</name>
    <message numerus="yes">
        <source>%n calls</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CallListPage</name>
    <message numerus="yes">
        <source>%n calls to make</source>
        <translation>
            <numerusform>%n call to make</numerusform>
            <numerusform>%n calls to make</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CancelDialog</name>
    <message numerus="yes">
        <source>This is less than %n hours before the appointment: a cancellation by the patient is recorded as a late cancellation.</source>
        <translation>
            <numerusform>This is less than %n hour before the appointment: a cancellation by the patient is recorded as a late cancellation.</numerusform>
            <numerusform>This is less than %n hours before the appointment: a cancellation by the patient is recorded as a late cancellation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::DaySheet</name>
    <message numerus="yes">
        <source>%n appointments</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled or missed</source>
        <translation>
            <numerusform>%n cancelled or missed</numerusform>
            <numerusform>%n cancelled or missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to %1 · %n min</source>
        <translation>
            <numerusform>to %1 · %n min</numerusform>
            <numerusform>to %1 · %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::LetterBatch</name>
    <message numerus="yes">
        <source>Print %n letters</source>
        <translation>
            <numerusform>Print %n letter</numerusform>
            <numerusform>Print %n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answer Yes to mark these %n letters as sent. Answer No to keep them waiting, so they can be printed again.</source>
        <translation>
            <numerusform>Answer Yes to mark this %n letter as sent. Answer No to keep it waiting, so it can be printed again.</numerusform>
            <numerusform>Answer Yes to mark these %n letters as sent. Answer No to keep them waiting, so they can be printed again.</numerusform>
        </translation>
    </message>
</context>
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
    <name>rapport::MessageText</name>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be tried again</source>
        <translation>
            <numerusform>%n will be tried again</numerusform>
            <numerusform>%n will be tried again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found interrupted</source>
        <translation>
            <numerusform>%n found interrupted</numerusform>
            <numerusform>%n found interrupted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned; nothing was sent.</source>
        <translation>
            <numerusform>%n planned; nothing was sent.</numerusform>
            <numerusform>%n planned; nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned; nothing was due yet.</source>
        <translation>
            <numerusform>%n planned; nothing was due yet.</numerusform>
            <numerusform>%n planned; nothing was due yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n planned</numerusform>
            <numerusform>%n planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::MessagesPage</name>
    <message numerus="yes">
        <source>%n messages will be sent again, now.</source>
        <translation>
            <numerusform>%n message will be sent again, now.</numerusform>
            <numerusform>%n messages will be sent again, now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages will be sent again with the next sending run.</source>
        <translation>
            <numerusform>%n message will be sent again with the next sending run.</numerusform>
            <numerusform>%n messages will be sent again with the next sending run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n waiting messages?</source>
        <translation>
            <numerusform>Cancel %n waiting message?</numerusform>
            <numerusform>Cancel %n waiting messages?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages cancelled.</source>
        <translation>
            <numerusform>%n message cancelled.</numerusform>
            <numerusform>%n messages cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letters printed and marked as sent.</source>
        <translation>
            <numerusform>%n letter printed and marked as sent.</numerusform>
            <numerusform>%n letters printed and marked as sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letters saved to %1 and marked as sent. Print that file to post them.</source>
        <translation>
            <numerusform>%n letter saved to %1 and marked as sent. Print that file to post it.</numerusform>
            <numerusform>%n letters saved to %1 and marked as sent. Print that file to post them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print %n chosen letters…</source>
        <translation>
            <numerusform>Print the chosen letter…</numerusform>
            <numerusform>Print %n chosen letters…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::MessagingSetup</name>
    <message numerus="yes">
        <source>An SMS text can be up to 640 characters (four messages); this one has %n.</source>
        <translation>
            <numerusform>An SMS text can be up to 640 characters (four messages); this one has %n.</numerusform>
            <numerusform>An SMS text can be up to 640 characters (four messages); this one has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::MonthView</name>
    <message numerus="yes">
        <source>%n appointments</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::NoShowRiskModel</name>
    <message numerus="yes">
        <source>no no-shows or late cancellations in %n appointment(s)</source>
        <translation>
            <numerusform>no no-shows or late cancellations in %n appointment</numerusform>
            <numerusform>no no-shows or late cancellations in %n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s)</source>
        <translation>
            <numerusform>%n no-show</numerusform>
            <numerusform>%n no-shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late cancellation(s)</source>
        <translation>
            <numerusform>%n late cancellation</numerusform>
            <numerusform>%n late cancellations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 in %n appointment(s)</source>
        <translation>
            <numerusform>%1 and %2 in %n appointment</numerusform>
            <numerusform>%1 and %2 in %n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n appointment(s)</source>
        <translation>
            <numerusform>%1 in %n appointment</numerusform>
            <numerusform>%1 in %n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>booked %n day(s) ahead (raises the risk)</source>
        <translation>
            <numerusform>booked %n day ahead (raises the risk)</numerusform>
            <numerusform>booked %n days ahead (raises the risk)</numerusform>
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
    <name>rapport::PatientTimeline</name>
    <message numerus="yes">
        <source>%1 with %2, %n min: %3</source>
        <translation>
            <numerusform>%1 with %2, %n min: %3</numerusform>
            <numerusform>%1 with %2, %n min: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::RecallText</name>
    <message numerus="yes">
        <source>%1 · overdue by %n days</source>
        <translation>
            <numerusform>%1 · overdue by %n day</numerusform>
            <numerusform>%1 · overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · overdue by %n months</source>
        <translation>
            <numerusform>%1 · overdue by %n month</numerusform>
            <numerusform>%1 · overdue by %n months</numerusform>
        </translation>
    </message>
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
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::RecallTypesDialog</name>
    <message numerus="yes">
        <source>%n recall types made from the appointment types. Check their intervals and contact chains.</source>
        <translation>
            <numerusform>%n recall type made from the appointment types. Check its interval and contact chain.</numerusform>
            <numerusform>%n recall types made from the appointment types. Check their intervals and contact chains.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::RecallsPage</name>
    <message numerus="yes">
        <source>Only the first %n recalls are shown. Narrow the dates or filters to see the rest.</source>
        <translation>
            <numerusform>Only the first %n recall is shown. Narrow the dates or filters to see the rest.</numerusform>
            <numerusform>Only the first %n recalls are shown. Narrow the dates or filters to see the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n due</numerusform>
            <numerusform>%n due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to reactivate</source>
        <translation>
            <numerusform>%n to reactivate</numerusform>
            <numerusform>%n to reactivate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::SchedulePage</name>
    <message numerus="yes">
        <source>%n appointments booked</source>
        <translation>
            <numerusform>%n appointment booked</numerusform>
            <numerusform>%n appointments booked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high-risk appointment(s) to confirm by phone</source>
        <translation>
            <numerusform>%n high-risk appointment to confirm by phone</numerusform>
            <numerusform>%n high-risk appointments to confirm by phone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ScheduleSetupExceptionsTab</name>
    <message numerus="yes">
        <source>%1 – %2 (%n days)</source>
        <translation>
            <numerusform>%1 – %2 (%n day)</numerusform>
            <numerusform>%1 – %2 (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ScheduleSetupHoursTab</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ScheduleSetupTypesTab</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ScheduleText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
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
    <name>rapport::SlotFinderDialog</name>
    <message numerus="yes">
        <source>The earliest %n free times. Enter or double-click books one.</source>
        <translation>
            <numerusform>The earliest free time. Enter or double-click books it.</numerusform>
            <numerusform>The earliest %n free times. Enter or double-click books one.</numerusform>
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
    <name>rapport::TemplatePreview</name>
    <message numerus="yes">
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
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
    <name>rapport::Waitlist</name>
    <message numerus="yes">
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>waiting %n day</numerusform>
            <numerusform>waiting %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::WaitlistOffersDialog</name>
    <message numerus="yes">
        <source>Time has been freed. %n patients on the waitlist can take it, best match first:</source>
        <translation>
            <numerusform>Time has been freed. %n patient on the waitlist can take it:</numerusform>
            <numerusform>Time has been freed. %n patients on the waitlist can take it, best match first:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::WaitlistPanel</name>
    <message numerus="yes">
        <source>%n patients waiting for an earlier appointment; they are offered freed time at once.</source>
        <translation>
            <numerusform>%n patient waiting for an earlier appointment; they are offered freed time at once.</numerusform>
            <numerusform>%n patients waiting for an earlier appointment; they are offered freed time at once.</numerusform>
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
    <message numerus="yes">
        <source>Cancelled less than %n hour(s) before the start, so it is recorded as a late cancellation.</source>
        <translation>
            <numerusform>Cancelled less than %n hour before the start, so it is recorded as a late cancellation.</numerusform>
            <numerusform>Cancelled less than %n hours before the start, so it is recorded as a late cancellation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n appointment(s) over %1 with %2 providers in %3 seconds.</source>
        <translation>
            <numerusform>Created %n appointment over %1 with %2 providers in %3 seconds.</numerusform>
            <numerusform>Created %n appointments over %1 with %2 providers in %3 seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n provider</numerusform>
            <numerusform>%n providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (%n time)</numerusform>
            <numerusform>%1 (%n times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
