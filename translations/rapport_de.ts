<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Rapport — patient relationship manager for small clinics.</source>
        <translation>Rapport – Patientenbeziehungsmanagement für kleine Praxen.</translation>
    </message>
    <message>
        <source>Open the demo clinic (created on first use).</source>
        <translation>Die Demo-Praxis öffnen (wird beim ersten Aufruf angelegt).</translation>
    </message>
    <message>
        <source>Open the clinic database at &lt;path&gt;.</source>
        <translation>Die Praxisdatenbank unter &lt;Pfad&gt; öffnen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>How many made-up patients a new demo clinic gets (default 2000).</source>
        <translation>Wie viele fiktive Patienten eine neue Demo-Praxis erhält (Standard: 2000).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Demo-Praxis</translation>
    </message>
    <message>
        <source>The demo clinic could not be created.</source>
        <translation>Die Demo-Praxis konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>rapport</name>
    <message>
        <source>The SMS gateway refused the message: %1</source>
        <translation>Das SMS-Gateway hat die Nachricht abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>Sending was cancelled before the mail server accepted the message.</source>
        <translation>Der Versand wurde abgebrochen, bevor der Mailserver die Nachricht angenommen hat.</translation>
    </message>
    <message>
        <source>The mail server %1 could not be found: check its name in the settings and the network.</source>
        <translation>Der Mailserver %1 wurde nicht gefunden: Prüfen Sie seinen Namen in den Einstellungen und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Could not connect to the mail server %1: it may be down, or the port may be wrong.</source>
        <translation>Keine Verbindung zum Mailserver %1: Er ist möglicherweise nicht erreichbar, oder der Port ist falsch.</translation>
    </message>
    <message>
        <source>The mail server could not check the user name and password just now.</source>
        <translation>Der Mailserver konnte Benutzername und Passwort gerade nicht prüfen.</translation>
    </message>
    <message>
        <source>Authentication refused: the mail server did not accept the user name or password in the settings.</source>
        <translation>Anmeldung abgelehnt: Der Mailserver hat den Benutzernamen oder das Passwort aus den Einstellungen nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS: choose TLS or another port in the settings.</source>
        <translation>Der Mailserver %1 bietet kein STARTTLS an: Wählen Sie in den Einstellungen TLS oder einen anderen Port.</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate could not be verified: check the server name in the settings.</source>
        <translation>Das Zertifikat des Mailservers konnte nicht überprüft werden: Prüfen Sie den Servernamen in den Einstellungen.</translation>
    </message>
    <message>
        <source>The mail server&apos;s address in the settings is not valid.</source>
        <translation>Die Adresse des Mailservers in den Einstellungen ist ungültig.</translation>
    </message>
    <message>
        <source>The mail server refused the recipient&apos;s address.</source>
        <translation>Der Mailserver hat die Empfängeradresse abgelehnt.</translation>
    </message>
    <message>
        <source>The mail server refused the sender&apos;s address.</source>
        <translation>Der Mailserver hat die Absenderadresse abgelehnt.</translation>
    </message>
    <message>
        <source>The mail server refused the message.</source>
        <translation>Der Mailserver hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>The mail server asked to try again later.</source>
        <translation>Der Mailserver bittet, es später erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer in time.</source>
        <translation>Der Mailserver %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The connection to the mail server broke off before it accepted the message.</source>
        <translation>Die Verbindung zum Mailserver ist abgebrochen, bevor er die Nachricht angenommen hat.</translation>
    </message>
    <message>
        <source>The secure connection to the mail server %1 failed.</source>
        <translation>Die sichere Verbindung zum Mailserver %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Sending the e-mail failed.</source>
        <translation>Der Versand der E-Mail ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>This recall does not exist.</source>
        <translation>Diesen Recall gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>rapport::AboutDialog</name>
    <message>
        <source>About Rapport</source>
        <translation>Über Rapport</translation>
    </message>
    <message>
        <source>Rapport %1</source>
        <translation>Rapport %1</translation>
    </message>
    <message>
        <source>Patient relationship manager for small clinics.</source>
        <translation>Patientenbeziehungsmanagement für kleine Praxen.</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>SQLCipher</source>
        <translation>SQLCipher</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>libsodium</source>
        <translation>libsodium</translation>
    </message>
    <message>
        <source>The clinic&apos;s data is kept in an encrypted database on this computer. Rapport works without an internet connection.</source>
        <translation>Die Daten der Praxis werden in einer verschlüsselten Datenbank auf diesem Computer gespeichert. Rapport funktioniert ohne Internetverbindung.</translation>
    </message>
</context>
<context>
    <name>rapport::AccountRules</name>
    <message>
        <source>A user name has 2 to 32 letters (a–z), digits, dots, dashes or underscores, and starts with a letter or digit.</source>
        <translation>Ein Benutzername besteht aus 2 bis 32 Buchstaben (a–z), Ziffern, Punkten, Bindestrichen oder Unterstrichen und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name (up to 100 characters).</source>
        <translation>Geben Sie den vollständigen Namen der Person ein (höchstens 100 Zeichen).</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Ein Passwort muss mindestens %1 Zeichen lang sein. Ein kurzer Satz ist leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>Das Passwort darf den Benutzernamen nicht enthalten.</translation>
    </message>
</context>
<context>
    <name>rapport::AddLinkDialog</name>
    <message>
        <source>Find and choose the patient to link.</source>
        <translation>Suchen und wählen Sie den Patienten, der verknüpft werden soll.</translation>
    </message>
    <message>
        <source>Add a family or care link</source>
        <translation>Angehörige oder Bezugsperson hinzufügen</translation>
    </message>
    <message>
        <source>Who is this person to %1?</source>
        <translation>In welcher Beziehung steht diese Person zu %1?</translation>
    </message>
    <message>
        <source>&amp;They are:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation>Art der Beziehung</translation>
    </message>
    <message>
        <source>A &amp;patient of the clinic</source>
        <translation>Ein &amp;Patient der Praxis</translation>
    </message>
    <message>
        <source>&amp;Someone who is not a patient</source>
        <translation>&amp;Jemand, der kein Patient ist</translation>
    </message>
    <message>
        <source>Find them by name, phone or date of birth</source>
        <translation>Nach Name, Telefonnummer oder Geburtsdatum suchen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Their phone</source>
        <translation>Telefon der Person</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Their e-mail address</source>
        <translation>E-Mail-Adresse der Person</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Optional, e.g. “collects the children on Tuesdays”</source>
        <translation>Optional, z. B. „holt dienstags die Kinder ab“</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Verknüpfung hinzufügen</translation>
    </message>
</context>
<context>
    <name>rapport::AddStaffDialog</name>
    <message>
        <source>Add a member of staff</source>
        <translation>Mitarbeiterkonto anlegen</translation>
    </message>
    <message>
        <source>They sign in with the user name and the one-time password below, then choose their own password.</source>
        <translation>Die Person meldet sich mit dem Benutzernamen und dem Einmalpasswort unten an und wählt dann ein eigenes Passwort.</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Jo Walsh</source>
        <translation>z. B. Anna Schmidt</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>e.g. jo.walsh</source>
        <translation>z. B. anna.schmidt</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;One-time password:</source>
        <translation>&amp;Einmalpasswort:</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Einmalpasswort</translation>
    </message>
    <message>
        <source>Suggest another password</source>
        <translation>Anderes Passwort vorschlagen</translation>
    </message>
    <message>
        <source>Hand this password over in person or on paper, never by e-mail.</source>
        <translation>Übergeben Sie dieses Passwort persönlich oder auf Papier, niemals per E-Mail.</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Mitarbeiterkonto anlegen</translation>
    </message>
</context>
<context>
    <name>rapport::AdministratorPage</name>
    <message>
        <source>The two passwords are not the same. Type the password again in both fields.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie das Passwort in beiden Feldern erneut ein.</translation>
    </message>
    <message>
        <source>Your administrator account</source>
        <translation>Ihr Administrationskonto</translation>
    </message>
    <message>
        <source>The first account runs the clinic in Rapport: it adds staff and changes settings. Keep its password to yourself.</source>
        <translation>Mit dem ersten Konto verwalten Sie die Praxis in Rapport: Es legt Mitarbeiterkonten an und ändert Einstellungen. Behalten Sie sein Passwort für sich.</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Ada Lovelace</source>
        <translation>z. B. Ada Lovelace</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>what you type to sign in, e.g. ada</source>
        <translation>für die Anmeldung, z. B. ada</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Setting up encryption for this computer and creating the clinic… This takes a few seconds.</source>
        <translation>Die Verschlüsselung für diesen Computer wird eingerichtet und die Praxis angelegt… Das dauert einige Sekunden.</translation>
    </message>
</context>
<context>
    <name>rapport::AppointmentBook</name>
    <message>
        <source>%1 already has an appointment from %2 to %3.</source>
        <translation>%1 hat bereits einen Termin von %2 bis %3.</translation>
    </message>
    <message>
        <source>%1 is already in use from %2 to %3.</source>
        <translation>%1 ist von %2 bis %3 bereits belegt.</translation>
    </message>
    <message>
        <source>The patient already has an appointment from %1 to %2 with %3.</source>
        <translation>Der Patient hat bereits einen Termin von %1 bis %2 bei %3.</translation>
    </message>
    <message>
        <source>The clinic is closed on %1.</source>
        <translation>Die Praxis ist am %1 geschlossen.</translation>
    </message>
    <message>
        <source>The clinic is closed on %1 (%2).</source>
        <translation>Die Praxis ist am %1 geschlossen (%2).</translation>
    </message>
    <message>
        <source>%1 is away then: %2.</source>
        <translation>%1 ist zu dieser Zeit abwesend: %2.</translation>
    </message>
    <message>
        <source>%1 is away then: %2 (%3).</source>
        <translation>%1 ist zu dieser Zeit abwesend: %2 (%3).</translation>
    </message>
    <message>
        <source>%1 does not work from %2 to %3 on that day.</source>
        <translation>%1 arbeitet an diesem Tag nicht von %2 bis %3.</translation>
    </message>
    <message>
        <source>%1 does not do %2 appointments.</source>
        <translation>%1 bietet keine Termine der Art „%2“ an.</translation>
    </message>
    <message>
        <source>Booking despite a conflict needs a manager or an administrator. Choose another time.</source>
        <translation>Für eine Buchung trotz Konflikt ist die Rolle Praxismanagement oder Administration erforderlich. Wählen Sie eine andere Zeit.</translation>
    </message>
    <message>
        <source>Choose the patient for this appointment.</source>
        <translation>Wählen Sie den Patienten für diesen Termin.</translation>
    </message>
    <message>
        <source>This patient&apos;s record is archived or marked deceased. Restore it on the patient&apos;s page to book.</source>
        <translation>Der Datensatz dieses Patienten ist archiviert oder als verstorben gekennzeichnet. Stellen Sie ihn auf der Patientenseite wieder her, um einen Termin zu buchen.</translation>
    </message>
    <message>
        <source>Choose a provider who is still working here.</source>
        <translation>Wählen Sie einen Behandler, der noch in der Praxis tätig ist.</translation>
    </message>
    <message>
        <source>Choose the type of appointment.</source>
        <translation>Wählen Sie die Terminart.</translation>
    </message>
    <message>
        <source>Choose a chair or room that is in use, or none.</source>
        <translation>Wählen Sie einen Stuhl oder Raum, der in Gebrauch ist, oder keinen.</translation>
    </message>
    <message>
        <source>Enter when the appointment starts.</source>
        <translation>Geben Sie an, wann der Termin beginnt.</translation>
    </message>
    <message>
        <source>An appointment lasts from 5 minutes to 12 hours.</source>
        <translation>Ein Termin dauert zwischen 5 Minuten und 12 Stunden.</translation>
    </message>
    <message>
        <source>Notes can be up to 2,000 characters long.</source>
        <translation>Notizen dürfen bis zu 2.000 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A series has from 2 to 104 appointments.</source>
        <translation>Eine Serie umfasst 2 bis 104 Termine.</translation>
    </message>
    <message>
        <source>Repeat every 1 to 12 weeks or months.</source>
        <translation>Eine Wiederholung ist alle 1 bis 12 Wochen oder Monate möglich.</translation>
    </message>
    <message>
        <source>None of the appointments in this series could be booked. Choose another time.</source>
        <translation>Keiner der Termine dieser Serie konnte gebucht werden. Wählen Sie eine andere Zeit.</translation>
    </message>
    <message>
        <source>A cancelled appointment or a no-show cannot be changed.</source>
        <translation>Abgesagte Termine und Termine mit dem Status „nicht erschienen“ können nicht geändert werden.</translation>
    </message>
    <message>
        <source>An appointment that is “%1” cannot be marked “%2”.</source>
        <translation>Ein Termin mit dem Status „%1“ kann nicht als „%2“ gekennzeichnet werden.</translation>
    </message>
    <message>
        <source>Say why the appointment is cancelled.</source>
        <translation>Geben Sie an, warum der Termin abgesagt wird.</translation>
    </message>
    <message>
        <source>A patient can be marked as not having come only once the appointment has started.</source>
        <translation>Ein Patient kann erst als nicht erschienen gekennzeichnet werden, wenn der Termin begonnen hat.</translation>
    </message>
    <message>
        <source>This appointment is on a later day. Move it to today first.</source>
        <translation>Dieser Termin liegt an einem späteren Tag. Verschieben Sie ihn zuerst auf heute.</translation>
    </message>
    <message>
        <source>This appointment does not exist.</source>
        <translation>Diesen Termin gibt es nicht.</translation>
    </message>
    <message>
        <source>Choose a month.</source>
        <translation>Wählen Sie einen Monat.</translation>
    </message>
    <message>
        <source>An appointment that is “%1” cannot be moved. Book a new one instead.</source>
        <translation>Ein Termin mit dem Status „%1“ kann nicht verschoben werden. Buchen Sie stattdessen einen neuen Termin.</translation>
    </message>
</context>
<context>
    <name>rapport::AppointmentGrid</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No chairs or rooms are set up yet. A manager adds them under Administration › Schedule set-up.</source>
        <translation>Es sind noch keine Stühle oder Räume eingerichtet. Das Praxismanagement legt sie unter Verwaltung › Terminplan-Einrichtung an.</translation>
    </message>
    <message>
        <source>No providers are set up yet. A manager adds them under Administration › Schedule set-up.</source>
        <translation>Es sind noch keine Behandler eingerichtet. Das Praxismanagement legt sie unter Verwaltung › Terminplan-Einrichtung an.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Booked despite a conflict: %1</source>
        <translation>Trotz Konflikt gebucht: %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>rapport::AppointmentPanel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Keine Telefonnummer</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Booked despite a conflict: %1</source>
        <translation>Trotz Konflikt gebucht: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Booked %1</source>
        <translation>Gebucht am %1</translation>
    </message>
    <message>
        <source>Choose an appointment to see it in full and its history. Double-click or press Enter on an empty time to book.</source>
        <translation>Wählen Sie einen Termin, um ihn vollständig und mit seinem Verlauf zu sehen. Doppelklicken Sie auf eine freie Zeit oder drücken Sie dort Enter, um zu buchen.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Patient&apos;s page</source>
        <translation>Patientenseite</translation>
    </message>
    <message>
        <source>Open the patient&apos;s page (Enter on the book)</source>
        <translation>Patientenseite öffnen (Enter im Terminbuch)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change the status: C confirmed, A arrived, S in the chair, D completed, N no-show, Delete cancels</source>
        <translation>Status ändern: C bestätigt, A angekommen, S im Behandlungsstuhl, D abgeschlossen, N nicht erschienen, Entf sagt ab</translation>
    </message>
</context>
<context>
    <name>rapport::AppointmentsCard</name>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n-mal erschienen</numerusform>
            <numerusform>%n-mal erschienen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 no-show</source>
        <translation>1-mal nicht erschienen</translation>
    </message>
    <message numerus="yes">
        <source>%n no-shows</source>
        <translation>
            <numerusform>%n-mal nicht erschienen</numerusform>
            <numerusform>%n-mal nicht erschienen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 late cancellation</source>
        <translation>1 kurzfristige Absage</translation>
    </message>
    <message numerus="yes">
        <source>%n late cancellations</source>
        <translation>
            <numerusform>%n kurzfristige Absage</numerusform>
            <numerusform>%n kurzfristige Absagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled in good time</source>
        <translation>
            <numerusform>%n rechtzeitige Absage</numerusform>
            <numerusform>%n rechtzeitige Absagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show this appointment in the book</source>
        <translation>Diesen Termin im Terminbuch anzeigen</translation>
    </message>
    <message>
        <source>%1, %2 with %3: show in the book</source>
        <translation>%1, %2 bei %3: im Terminbuch anzeigen</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n past appointments</source>
        <translation>
            <numerusform>%n vergangenen Termin anzeigen</numerusform>
            <numerusform>Alle %n vergangenen Termine anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>No-show risk: %1</source>
        <translation>Ausfallrisiko: %1</translation>
    </message>
    <message>
        <source>Next appointment: about %1% chance of a no-show or late cancellation.</source>
        <translation>Nächster Termin: etwa %1 % Wahrscheinlichkeit für Nichterscheinen oder kurzfristige Absage.</translation>
    </message>
    <message>
        <source>Call the patient to confirm.</source>
        <translation>Rufen Sie den Patienten zur Bestätigung an.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>Noch keine Termine.</translation>
    </message>
</context>
<context>
    <name>rapport::AuditLog</name>
    <message>
        <source>The clinic is locked. Sign in again.</source>
        <translation>Die Praxisdaten sind gesperrt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>row %1 is missing before this one</source>
        <translation>vor diesem Eintrag fehlt Eintrag %1</translation>
    </message>
    <message>
        <source>the link to the previous row does not match: a row before it was removed, changed or moved</source>
        <translation>die Verkettung mit dem vorherigen Eintrag stimmt nicht: Ein Eintrag davor wurde entfernt, geändert oder verschoben</translation>
    </message>
    <message>
        <source>the row names a key generation this clinic never had</source>
        <translation>der Eintrag nennt eine Schlüsselgeneration, die es in dieser Praxis nie gab</translation>
    </message>
    <message>
        <source>the row&apos;s contents do not match its seal: it was changed</source>
        <translation>der Inhalt des Eintrags passt nicht zu seinem Siegel: Er wurde geändert</translation>
    </message>
    <message>
        <source>rows from %1 to %2 were removed from the end of the trail</source>
        <translation>die Einträge %1 bis %2 wurden am Ende des Protokolls entfernt</translation>
    </message>
</context>
<context>
    <name>rapport::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Keine Einträge passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>%1 entries — showing the newest %2; scroll down for more.</source>
        <translation>%1 Einträge – angezeigt werden die neuesten %2; scrollen Sie nach unten, um weitere zu sehen.</translation>
    </message>
    <message>
        <source>One entry</source>
        <translation>Ein Eintrag</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>The audit trail is intact: all %1 entries carry an unbroken seal.</source>
        <translation>Das Prüfprotokoll ist intakt: Alle Einträge (%1) tragen ein unversehrtes Siegel.</translation>
    </message>
    <message>
        <source>Audit trail verified.</source>
        <translation>Prüfprotokoll geprüft.</translation>
    </message>
    <message>
        <source>The audit trail has been tampered with at entry %1: %2. %3 entries before it verified. Keep this computer as it is and tell the practice manager.</source>
        <translation>Das Prüfprotokoll wurde bei Eintrag %1 manipuliert: %2. Einträge davor in Ordnung: %3. Lassen Sie diesen Computer unverändert, und informieren Sie das Praxismanagement.</translation>
    </message>
    <message>
        <source>Show only entries about “%1”</source>
        <translation>Nur Einträge zu „%1“ anzeigen</translation>
    </message>
    <message>
        <source>Show only entries by %1</source>
        <translation>Nur Einträge von %1 anzeigen</translation>
    </message>
    <message>
        <source>Copy the id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Every sign-in and every change, sealed in a chain that shows if any entry is altered or removed.</source>
        <translation>Jede Anmeldung und jede Änderung, versiegelt in einer Kette, die zeigt, ob ein Eintrag verändert oder entfernt wurde.</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Staff member</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Aktion</translation>
    </message>
    <message>
        <source>&amp;Entity id</source>
        <translation>&amp;Objekt-ID</translation>
    </message>
    <message>
        <source>Paste an id to follow one record</source>
        <translation>ID einfügen, um einen einzelnen Datensatz zu verfolgen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Show entries written since the list was loaded</source>
        <translation>Einträge anzeigen, die seit dem Laden der Liste hinzugekommen sind</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Check every entry&apos;s seal and the links between them</source>
        <translation>Das Siegel jedes Eintrags und die Verkettung der Einträge prüfen</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Einträge des Prüfprotokolls</translation>
    </message>
</context>
<context>
    <name>rapport::AuditTableModel</name>
    <message>
        <source>%1 id: %2</source>
        <translation>ID (%1): %2</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>rapport::AuditText</name>
    <message>
        <source>Sign-ins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Mitarbeiterkonten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Encryption keys</source>
        <translation>Verschlüsselungsschlüssel</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign-in failed (wrong password)</source>
        <translation>Anmeldung fehlgeschlagen (falsches Passwort)</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Mit dem Wiederherstellungsschlüssel geöffnet</translation>
    </message>
    <message>
        <source>Locked or signed out</source>
        <translation>Gesperrt oder abgemeldet</translation>
    </message>
    <message>
        <source>Created the clinic</source>
        <translation>Praxis angelegt</translation>
    </message>
    <message>
        <source>Added a member of staff</source>
        <translation>Mitarbeiterkonto angelegt</translation>
    </message>
    <message>
        <source>Changed a role</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>Deactivated an account</source>
        <translation>Konto deaktiviert</translation>
    </message>
    <message>
        <source>Reactivated an account</source>
        <translation>Konto wieder aktiviert</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>Eigenes Passwort geändert</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>Einstellung geändert</translation>
    </message>
    <message>
        <source>Changed the clinic&apos;s encryption keys</source>
        <translation>Verschlüsselungsschlüssel der Praxis gewechselt</translation>
    </message>
    <message>
        <source>Printed the recovery sheet</source>
        <translation>Wiederherstellungsblatt gedruckt</translation>
    </message>
    <message>
        <source>Saved the recovery sheet as PDF</source>
        <translation>Wiederherstellungsblatt als PDF gespeichert</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Land oder Region</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Language for patients</source>
        <translation>Sprache für Patienten</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Automatische Sperre</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>Attempt at %1</source>
        <translation>Versuch: %1</translation>
    </message>
    <message>
        <source>Key generation %1</source>
        <translation>Schlüsselgeneration %1</translation>
    </message>
    <message>
        <source>Unknown user name</source>
        <translation>Unbekannter Benutzername</translation>
    </message>
    <message>
        <source>Member of staff %1</source>
        <translation>Mitarbeiterkonto %1</translation>
    </message>
    <message>
        <source>Setting: %1</source>
        <translation>Einstellung: %1</translation>
    </message>
    <message>
        <source>The clinic</source>
        <translation>Die Praxis</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Registered a patient</source>
        <translation>Patient aufgenommen</translation>
    </message>
    <message>
        <source>Opened a patient&apos;s record</source>
        <translation>Patientendatensatz geöffnet</translation>
    </message>
    <message>
        <source>Changed a patient&apos;s record</source>
        <translation>Patientendatensatz geändert</translation>
    </message>
    <message>
        <source>Changed a patient&apos;s status</source>
        <translation>Patientenstatus geändert</translation>
    </message>
    <message>
        <source>Archived a patient</source>
        <translation>Patient archiviert</translation>
    </message>
    <message>
        <source>Merged two patient records</source>
        <translation>Zwei Patientendatensätze zusammengeführt</translation>
    </message>
    <message>
        <source>Recorded a consent decision</source>
        <translation>Einwilligungsentscheidung erfasst</translation>
    </message>
    <message>
        <source>Added a family or care link</source>
        <translation>Angehörigen oder Bezugsperson verknüpft</translation>
    </message>
    <message>
        <source>Ended a family or care link</source>
        <translation>Verknüpfung zu Angehörigen oder Bezugsperson beendet</translation>
    </message>
    <message>
        <source>Imported patients</source>
        <translation>Patienten importiert</translation>
    </message>
    <message>
        <source>Guardian required for minors</source>
        <translation>Vormund für Minderjährige erforderlich</translation>
    </message>
    <message>
        <source>Age of majority</source>
        <translation>Volljährigkeitsalter</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Felder: %1</translation>
    </message>
    <message>
        <source>Merged record %1</source>
        <translation>Zusammengeführter Datensatz %1</translation>
    </message>
    <message>
        <source>%1 patients, from %2</source>
        <translation>%1 Patienten, aus %2</translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation>Patient %1</translation>
    </message>
    <message>
        <source>Schedule set-up and day sheets</source>
        <translation>Terminplan-Einrichtung und Tageslisten</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>Saved a provider</source>
        <translation>Behandler gespeichert</translation>
    </message>
    <message>
        <source>Saved a chair or room</source>
        <translation>Stuhl oder Raum gespeichert</translation>
    </message>
    <message>
        <source>Saved an appointment type</source>
        <translation>Terminart gespeichert</translation>
    </message>
    <message>
        <source>Changed working hours</source>
        <translation>Arbeitszeiten geändert</translation>
    </message>
    <message>
        <source>Added leave or a closure</source>
        <translation>Urlaub oder Schließtag eingetragen</translation>
    </message>
    <message>
        <source>Removed leave or a closure</source>
        <translation>Urlaub oder Schließtag entfernt</translation>
    </message>
    <message>
        <source>Printed a day sheet</source>
        <translation>Tagesliste gedruckt</translation>
    </message>
    <message>
        <source>Saved a day sheet as PDF</source>
        <translation>Tagesliste als PDF gespeichert</translation>
    </message>
    <message>
        <source>Booked an appointment</source>
        <translation>Termin gebucht</translation>
    </message>
    <message>
        <source>Moved an appointment</source>
        <translation>Termin verschoben</translation>
    </message>
    <message>
        <source>Changed an appointment&apos;s length</source>
        <translation>Termindauer geändert</translation>
    </message>
    <message>
        <source>Changed an appointment&apos;s status</source>
        <translation>Terminstatus geändert</translation>
    </message>
    <message>
        <source>Booked despite a conflict</source>
        <translation>Trotz Konflikt gebucht</translation>
    </message>
    <message>
        <source>Changed an appointment&apos;s notes</source>
        <translation>Terminnotizen geändert</translation>
    </message>
    <message>
        <source>Booked a series of appointments</source>
        <translation>Terminserie gebucht</translation>
    </message>
    <message>
        <source>Imported appointments</source>
        <translation>Termine importiert</translation>
    </message>
    <message>
        <source>Added a patient to the waitlist</source>
        <translation>Patient auf die Warteliste gesetzt</translation>
    </message>
    <message>
        <source>Changed a waitlist entry</source>
        <translation>Wartelisteneintrag geändert</translation>
    </message>
    <message>
        <source>Removed a patient from the waitlist</source>
        <translation>Patient von der Warteliste entfernt</translation>
    </message>
    <message>
        <source>Booked from the waitlist</source>
        <translation>Termin aus der Warteliste vergeben</translation>
    </message>
    <message>
        <source>Late-cancellation window</source>
        <translation>Frist für kurzfristige Absagen</translation>
    </message>
    <message>
        <source>Appointment book grid</source>
        <translation>Raster des Terminbuchs</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointments</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <source>one appointment</source>
        <translation>ein Termin</translation>
    </message>
    <message>
        <source>Whole clinic, %1</source>
        <translation>Ganze Praxis, %1</translation>
    </message>
    <message>
        <source>One provider, %1</source>
        <translation>Ein Behandler, %1</translation>
    </message>
    <message>
        <source>%1 providers, %2</source>
        <translation>%1 Behandler, %2</translation>
    </message>
    <message>
        <source>%1 appointments, %2 providers, %3 chairs or rooms, %4 types, %5 absences and closures, from %6</source>
        <translation>%1 Termine, %2 Behandler, %3 Stühle oder Räume, %4 Terminarten, %5 Abwesenheiten und Schließtage, aus %6</translation>
    </message>
    <message>
        <source>Provider %1</source>
        <translation>Behandler %1</translation>
    </message>
    <message>
        <source>Chair or room %1</source>
        <translation>Stuhl oder Raum %1</translation>
    </message>
    <message>
        <source>Appointment type %1</source>
        <translation>Terminart %1</translation>
    </message>
    <message>
        <source>Leave or closure %1</source>
        <translation>Urlaub oder Schließtag %1</translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>Serie %1</translation>
    </message>
    <message>
        <source>Waitlist entry %1</source>
        <translation>Wartelisteneintrag %1</translation>
    </message>
    <message>
        <source>Day sheet for %1</source>
        <translation>Tagesliste für %1</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Recalls</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>Messaging set-up</source>
        <translation>Einrichtung des Nachrichtenversands</translation>
    </message>
    <message>
        <source>Saved a recall type</source>
        <translation>Recall-Art gespeichert</translation>
    </message>
    <message>
        <source>Started a recall</source>
        <translation>Recall angelegt</translation>
    </message>
    <message>
        <source>Changed a patient&apos;s recall interval</source>
        <translation>Recall-Intervall eines Patienten geändert</translation>
    </message>
    <message>
        <source>Changed a recall&apos;s due date</source>
        <translation>Fälligkeitsdatum eines Recalls geändert</translation>
    </message>
    <message>
        <source>Recorded a declined recall</source>
        <translation>Abgelehnten Recall erfasst</translation>
    </message>
    <message>
        <source>Marked a recall inactive</source>
        <translation>Recall auf inaktiv gesetzt</translation>
    </message>
    <message>
        <source>Reactivated a recall</source>
        <translation>Recall reaktiviert</translation>
    </message>
    <message>
        <source>Counted a recall contact</source>
        <translation>Recall-Kontakt gezählt</translation>
    </message>
    <message>
        <source>Moved a recall&apos;s due date after a visit</source>
        <translation>Fälligkeitsdatum eines Recalls nach einem Termin verschoben</translation>
    </message>
    <message>
        <source>Moved a recall to the adult type</source>
        <translation>Recall auf die Erwachsenen-Art umgestellt</translation>
    </message>
    <message>
        <source>Rebuilt recalls from the appointment history</source>
        <translation>Recalls aus der Terminhistorie neu aufgebaut</translation>
    </message>
    <message>
        <source>Sent a message</source>
        <translation>Nachricht gesendet</translation>
    </message>
    <message>
        <source>A message failed</source>
        <translation>Nachricht fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped a message</source>
        <translation>Nachricht übersprungen</translation>
    </message>
    <message>
        <source>Put a message back to send again</source>
        <translation>Nachricht erneut zum Versand vorgesehen</translation>
    </message>
    <message>
        <source>Cancelled a message</source>
        <translation>Nachricht storniert</translation>
    </message>
    <message>
        <source>Sent a test message</source>
        <translation>Testnachricht gesendet</translation>
    </message>
    <message>
        <source>Saved a reminder rule</source>
        <translation>Erinnerungsregel gespeichert</translation>
    </message>
    <message>
        <source>Changed a message template</source>
        <translation>Nachrichtenvorlage geändert</translation>
    </message>
    <message>
        <source>Reset a message template</source>
        <translation>Nachrichtenvorlage zurückgesetzt</translation>
    </message>
    <message>
        <source>Recorded a call</source>
        <translation>Anruf erfasst</translation>
    </message>
    <message>
        <source>Printed letters</source>
        <translation>Briefe gedruckt</translation>
    </message>
</context>
<context>
    <name>rapport::BirthDateEdit</name>
    <message>
        <source>%1 old</source>
        <translation>%1 alt</translation>
    </message>
</context>
<context>
    <name>rapport::BookAppointmentDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>Termin buchen</translation>
    </message>
    <message>
        <source>Find the patient by name, phone or date of birth</source>
        <translation>Patienten nach Name, Telefonnummer oder Geburtsdatum suchen</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Chair or room</source>
        <translation>Stuhl oder Raum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>Shown on the book and the day sheet</source>
        <translation>Wird im Terminbuch und auf der Tagesliste angezeigt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source> times</source>
        <translation> Mal</translation>
    </message>
    <message>
        <source>How many appointments in the series</source>
        <translation>Anzahl der Termine in der Serie</translation>
    </message>
    <message>
        <source>Why it is booked despite the conflict</source>
        <translation>Warum trotz des Konflikts gebucht wird</translation>
    </message>
    <message>
        <source>Reason for booking despite the conflict</source>
        <translation>Grund für die Buchung trotz Konflikt</translation>
    </message>
    <message>
        <source>Book &amp;anyway</source>
        <translation>&amp;Trotzdem buchen</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Termin&amp;art:</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Be&amp;handler:</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>&amp;Stuhl:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Zeitpunkt:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Buchen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No chair</source>
        <translation>Kein Stuhl</translation>
    </message>
    <message>
        <source>Appointment types and providers must be set up before booking. A manager adds them under Administration › Schedule set-up.</source>
        <translation>Terminarten und Behandler müssen vor der Buchung eingerichtet werden. Die Praxisleitung legt sie unter Verwaltung › Terminplan-Einrichtung an.</translation>
    </message>
    <message>
        <source>Find and choose the patient first.</source>
        <translation>Suchen und wählen Sie zuerst den Patienten.</translation>
    </message>
    <message>
        <source>Choose the type and the provider.</source>
        <translation>Wählen Sie die Terminart und den Behandler.</translation>
    </message>
    <message>
        <source>This clashes with the book:
%1</source>
        <translation>Konflikt im Terminbuch:
%1</translation>
    </message>
    <message>
        <source>This cannot be booked:
%1
Choose another time, provider or chair.</source>
        <translation>Dieser Termin kann nicht gebucht werden:
%1
Wählen Sie eine andere Zeit, einen anderen Behandler oder einen anderen Stuhl.</translation>
    </message>
    <message>
        <source>None of the series could be booked:
%1</source>
        <translation>Kein Termin der Serie konnte gebucht werden:
%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>Series booked</source>
        <translation>Serie gebucht</translation>
    </message>
    <message>
        <source>%1 of %2 appointments were booked. These were left out:</source>
        <translation>%1 von %2 Terminen wurden gebucht. Diese wurden ausgelassen:</translation>
    </message>
</context>
<context>
    <name>rapport::BookLoader</name>
    <message>
        <source>No longer active</source>
        <translation>Nicht mehr aktiv</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>No longer in use</source>
        <translation>Nicht mehr in Gebrauch</translation>
    </message>
    <message>
        <source>No chair</source>
        <translation>Kein Stuhl</translation>
    </message>
    <message>
        <source>Not given a chair</source>
        <translation>Ohne zugewiesenen Stuhl</translation>
    </message>
    <message>
        <source>The clinic is closed on this day.</source>
        <translation>Die Praxis ist an diesem Tag geschlossen.</translation>
    </message>
    <message>
        <source>The clinic is closed on this day: %1.</source>
        <translation>Die Praxis ist an diesem Tag geschlossen: %1.</translation>
    </message>
    <message>
        <source>No appointments</source>
        <translation>Keine Termine</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 Termin</translation>
    </message>
    <message>
        <source>%1 appointments</source>
        <translation>%1 Termine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rapport::CallList</name>
    <message>
        <source>The note can be up to 2000 characters long.</source>
        <translation>Die Notiz darf höchstens 2000 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This call is not on the call list.</source>
        <translation>Dieser Anruf steht nicht auf der Anrufliste.</translation>
    </message>
    <message>
        <source>This message is not a phone call; it is sent by the dispatcher.</source>
        <translation>Diese Nachricht ist kein Anruf; sie wird vom automatischen Versand gesendet.</translation>
    </message>
    <message>
        <source>This call has already been recorded or withdrawn. Refresh the call list.</source>
        <translation>Dieser Anruf wurde bereits erfasst oder zurückgezogen. Aktualisieren Sie die Anrufliste.</translation>
    </message>
    <message>
        <source>Choose the patient the call was with.</source>
        <translation>Wählen Sie den Patienten, mit dem telefoniert wurde.</translation>
    </message>
    <message>
        <source>Declined on the phone</source>
        <translation>Am Telefon abgelehnt</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>falsche Nummer</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>This patient is not in the clinic&apos;s records.</source>
        <translation>Dieser Patient ist in der Praxis nicht erfasst.</translation>
    </message>
    <message>
        <source>This appointment is not the patient&apos;s. Choose one of their own appointments.</source>
        <translation>Dieser Termin gehört nicht zu diesem Patienten. Wählen Sie einen seiner eigenen Termine.</translation>
    </message>
    <message>
        <source>This recall is not the patient&apos;s.</source>
        <translation>Dieser Recall gehört nicht zu diesem Patienten.</translation>
    </message>
    <message>
        <source>Choose a period whose end is after its start.</source>
        <translation>Wählen Sie einen Zeitraum, dessen Ende nach dem Beginn liegt.</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <source>One of the letters is not in the outbox.</source>
        <translation>Einer der Briefe ist nicht im Postausgang.</translation>
    </message>
    <message>
        <source>One of the messages is not a letter.</source>
        <translation>Eine der Nachrichten ist kein Brief.</translation>
    </message>
    <message>
        <source>One of the letters was printed, cancelled or skipped in the meantime. Refresh the list of letters and print again.</source>
        <translation>Einer der Briefe wurde inzwischen gedruckt, storniert oder übersprungen. Aktualisieren Sie die Briefliste und drucken Sie erneut.</translation>
    </message>
    <message>
        <source>One of the letters changed in the meantime. Refresh the list.</source>
        <translation>Einer der Briefe wurde inzwischen geändert. Aktualisieren Sie die Liste.</translation>
    </message>
</context>
<context>
    <name>rapport::CallListModel</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>1 call</source>
        <translation>1 Anruf</translation>
    </message>
    <message numerus="yes">
        <source>%n calls</source>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · last %2, %3</source>
        <translation>%1 · zuletzt %2, %3</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Keine Telefonnummer</translation>
    </message>
    <message>
        <source>Add a phone number on the patient&apos;s page (Enter opens it).</source>
        <translation>Tragen Sie auf der Patientenseite eine Telefonnummer ein (Enter öffnet sie).</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Previous calls</source>
        <translation>Bisherige Anrufe</translation>
    </message>
</context>
<context>
    <name>rapport::CallListPage</name>
    <message>
        <source>Call list</source>
        <translation>Anrufliste</translation>
    </message>
    <message>
        <source>One call to make</source>
        <translation>Ein Anruf ausstehend</translation>
    </message>
    <message numerus="yes">
        <source>%n calls to make</source>
        <translation>
            <numerusform>%n Anruf ausstehend</numerusform>
            <numerusform>%n Anrufe ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% confirmed before the visit in the last 30 days</source>
        <translation>%1 % in den letzten 30 Tagen vor dem Termin bestätigt</translation>
    </message>
    <message>
        <source>booked for %1</source>
        <translation>gebucht für %1</translation>
    </message>
    <message>
        <source>Recorded: %1 — %2</source>
        <translation>Erfasst: %1 — %2</translation>
    </message>
    <message>
        <source>Recorded: %1 — %2 (%3)</source>
        <translation>Erfasst: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>check the number on the patient&apos;s page</source>
        <translation>Nummer auf der Patientenseite prüfen</translation>
    </message>
    <message>
        <source>appointment confirmed</source>
        <translation>Termin bestätigt</translation>
    </message>
    <message>
        <source>not confirmed yet</source>
        <translation>noch nicht bestätigt</translation>
    </message>
    <message>
        <source>the appointment is unchanged; cancel it on the schedule if they will not come</source>
        <translation>Termin bleibt unverändert; im Terminbuch absagen, falls der Patient nicht kommt</translation>
    </message>
    <message>
        <source>recall declined</source>
        <translation>Recall abgelehnt</translation>
    </message>
    <message>
        <source>all %1 attempts used: offered for reactivation</source>
        <translation>alle %1 Versuche ausgeschöpft: zur Reaktivierung vorgeschlagen</translation>
    </message>
    <message>
        <source>call again tomorrow</source>
        <translation>morgen erneut anrufen</translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>Versuch %1 von %2</translation>
    </message>
    <message>
        <source>Booked… (find a free slot)</source>
        <translation>Termin vereinbart… (freien Termin suchen)</translation>
    </message>
    <message>
        <source>Booked (confirms)</source>
        <translation>Termin vereinbart (wird bestätigt)</translation>
    </message>
    <message>
        <source>Open the patient&apos;s page</source>
        <translation>Patientenseite öffnen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read today&apos;s calls again (%1)</source>
        <translation>Heutige Anrufe neu laden (%1)</translation>
    </message>
    <message>
        <source>Today&apos;s calls</source>
        <translation>Heutige Anrufe</translation>
    </message>
    <message>
        <source>No calls for today.</source>
        <translation>Für heute keine Anrufe.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Goes with the next outcome you record (Ctrl+N)</source>
        <translation>Gilt für das nächste erfasste Ergebnis (Strg+N)</translation>
    </message>
    <message>
        <source>Note for the next call recorded</source>
        <translation>Notiz zum nächsten erfassten Anruf</translation>
    </message>
    <message>
        <source>move</source>
        <translation>Zeile wechseln</translation>
    </message>
    <message>
        <source>a note for the next call</source>
        <translation>Notiz zum nächsten Anruf</translation>
    </message>
    <message>
        <source>open the patient</source>
        <translation>Patient öffnen</translation>
    </message>
</context>
<context>
    <name>rapport::CallListText</name>
    <message>
        <source>Confirm %1 with %2</source>
        <translation>Termin am %1 bei %2 bestätigen</translation>
    </message>
    <message>
        <source>Remind of %1 with %2</source>
        <translation>An Termin am %1 bei %2 erinnern</translation>
    </message>
    <message>
        <source>%1: high no-show risk</source>
        <translation>%1: hohes Ausfallrisiko</translation>
    </message>
    <message>
        <source>%1: high no-show risk (%2)</source>
        <translation>%1: hohes Ausfallrisiko (%2)</translation>
    </message>
    <message>
        <source>Recall overdue since %1 (%2), attempt %3 of %4</source>
        <translation>Recall überfällig seit %1 (%2), Versuch %3 von %4</translation>
    </message>
    <message>
        <source>Recall due %1 (%2), attempt %3 of %4</source>
        <translation>Recall fällig am %1 (%2), Versuch %3 von %4</translation>
    </message>
</context>
<context>
    <name>rapport::CallOutcomeDialog</name>
    <message>
        <source>Record a call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>No phone number on record</source>
        <translation>Keine Telefonnummer hinterlegt</translation>
    </message>
    <message>
        <source>Note, optional (Ctrl+N)</source>
        <translation>Notiz, optional (Strg+N)</translation>
    </message>
    <message>
        <source>Note about the call</source>
        <translation>Notiz zum Anruf</translation>
    </message>
    <message>
        <source>Press the letter of the outcome, or click it.</source>
        <translation>Drücken Sie den Buchstaben des Ergebnisses oder klicken Sie darauf.</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>Find a free slot and book the patient</source>
        <translation>Freien Termin suchen und Patienten einbuchen</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>Erfassen: %1</translation>
    </message>
</context>
<context>
    <name>rapport::CancelDialog</name>
    <message>
        <source>The &amp;patient cancelled</source>
        <translation>Der &amp;Patient hat abgesagt</translation>
    </message>
    <message>
        <source>The &amp;clinic cancelled</source>
        <translation>Die Pra&amp;xis hat abgesagt</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <source>Why it is cancelled</source>
        <translation>Grund der Absage</translation>
    </message>
    <message>
        <source>This is less than an hour before the appointment: a cancellation by the patient is recorded as a late cancellation.</source>
        <translation>Dies ist weniger als eine Stunde vor dem Termin: Eine Absage durch den Patienten wird als kurzfristige Absage erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>This is less than %n hours before the appointment: a cancellation by the patient is recorded as a late cancellation.</source>
        <translation>
            <numerusform>Dies ist weniger als %n Stunde vor dem Termin: Eine Absage durch den Patienten wird als kurzfristige Absage erfasst.</numerusform>
            <numerusform>Dies ist weniger als %n Stunden vor dem Termin: Eine Absage durch den Patienten wird als kurzfristige Absage erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Cancel the &amp;appointment</source>
        <translation>&amp;Termin absagen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Termin &amp;behalten</translation>
    </message>
    <message>
        <source>Unwell</source>
        <translation>Krankheit</translation>
    </message>
    <message>
        <source>Cannot make the time</source>
        <translation>Zeitlich verhindert</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Anfahrt</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Nicht mehr erforderlich</translation>
    </message>
    <message>
        <source>Provider unavailable</source>
        <translation>Behandler nicht verfügbar</translation>
    </message>
    <message>
        <source>Clinic closed</source>
        <translation>Praxis geschlossen</translation>
    </message>
    <message>
        <source>Rebooked by the clinic</source>
        <translation>Von der Praxis umgebucht</translation>
    </message>
    <message>
        <source>Equipment unavailable</source>
        <translation>Gerät nicht verfügbar</translation>
    </message>
    <message>
        <source>Say why it is cancelled: choose or type a reason.</source>
        <translation>Geben Sie den Grund der Absage an: Wählen Sie einen Grund aus oder geben Sie ihn ein.</translation>
    </message>
</context>
<context>
    <name>rapport::ChangePasswordDialog</name>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type them again.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Eigenes Passwort wählen</translation>
    </message>
    <message>
        <source>Welcome, %1. You signed in with a one-time password. Choose your own password now — only you should know it.</source>
        <translation>Willkommen, %1. Sie haben sich mit einem Einmalpasswort angemeldet. Wählen Sie jetzt Ihr eigenes Passwort – nur Sie sollten es kennen.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Mein Passwort ändern</translation>
    </message>
    <message>
        <source>Choose a new password for %1 (%2). You will use it from the next sign-in on.</source>
        <translation>Wählen Sie ein neues Passwort für %1 (%2). Sie verwenden es ab der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
</context>
<context>
    <name>rapport::ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Choose what %1 may do in Rapport. The change applies the next time they sign in.</source>
        <translation>Legen Sie fest, was %1 in Rapport tun darf. Die Änderung gilt ab der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>rapport::ChannelTest</name>
    <message>
        <source>The SMS gateway accepted the test message for %1. Check that it arrives on the phone.</source>
        <translation>Das SMS-Gateway hat die Testnachricht an %1 angenommen. Prüfen Sie, ob sie auf dem Telefon ankommt.</translation>
    </message>
    <message>
        <source>The mail server accepted the test message for %1. Check that it arrives, and not in the spam folder.</source>
        <translation>Der Mailserver hat die Testnachricht an %1 angenommen. Prüfen Sie, ob sie ankommt – und nicht im Spam-Ordner landet.</translation>
    </message>
    <message>
        <source>The test message did not get through to the SMS gateway: %1. Check the gateway&apos;s address and this computer&apos;s connection, then try again.</source>
        <translation>Die Testnachricht hat das SMS-Gateway nicht erreicht: %1. Prüfen Sie die Adresse des Gateways und die Verbindung dieses Computers und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The test message did not get through to the mail server: %1. Check the server&apos;s name, the port, the security and this computer&apos;s connection, then try again.</source>
        <translation>Die Testnachricht hat den Mailserver nicht erreicht: %1. Prüfen Sie den Servernamen, den Port, die Sicherheitseinstellung und die Verbindung dieses Computers und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The SMS gateway refused the test message: %1. Check the user name, password or token, and the sender.</source>
        <translation>Das SMS-Gateway hat die Testnachricht abgelehnt: %1. Prüfen Sie Benutzername, Passwort oder Token sowie den Absender.</translation>
    </message>
    <message>
        <source>The mail server refused the test message: %1. Check the user name, the password and the sender&apos;s address.</source>
        <translation>Der Mailserver hat die Testnachricht abgelehnt: %1. Prüfen Sie Benutzername, Passwort und Absenderadresse.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Testnachricht wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Send a test SMS…</source>
        <translation>Test-SMS senden…</translation>
    </message>
    <message>
        <source>Send a test message…</source>
        <translation>Testnachricht senden…</translation>
    </message>
    <message>
        <source>Sends one message now with the saved settings, to check them</source>
        <translation>Sendet jetzt eine Nachricht mit den gespeicherten Einstellungen, um sie zu prüfen</translation>
    </message>
</context>
<context>
    <name>rapport::Clinic</name>
    <message>
        <source>There is no clinic database at this location.</source>
        <translation>An diesem Ort gibt es keine Praxisdatenbank.</translation>
    </message>
    <message>
        <source>The key file opened, but the database does not accept its key. Either the database file is damaged, or the key file beside it belongs to another clinic database. Restore the pair from the same backup.</source>
        <translation>Die Schlüsseldatei ließ sich öffnen, aber die Datenbank akzeptiert ihren Schlüssel nicht. Entweder ist die Datenbankdatei beschädigt, oder die Schlüsseldatei daneben gehört zu einer anderen Praxisdatenbank. Stellen Sie beide Dateien aus derselben Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s name.</source>
        <translation>Geben Sie den Namen der Praxis ein.</translation>
    </message>
    <message>
        <source>A clinic already exists at this location; Rapport will not overwrite it. Choose another folder.</source>
        <translation>An diesem Ort gibt es bereits eine Praxis; Rapport überschreibt sie nicht. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The folder for the clinic database cannot be created. Check that you may write there.</source>
        <translation>Der Ordner für die Praxisdatenbank kann nicht angelegt werden. Prüfen Sie, ob Sie dort Schreibrechte haben.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator if you need access again.</source>
        <translation>Dieses Konto wurde deaktiviert. Wenden Sie sich an die Administration, wenn Sie wieder Zugang benötigen.</translation>
    </message>
    <message>
        <source>This account has an unknown role. Ask an administrator to set it again.</source>
        <translation>Dieses Konto hat eine unbekannte Rolle. Bitten Sie die Administration, die Rolle neu festzulegen.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>The copy has no administrator.</source>
        <translation>Die Kopie hat kein aktives Administrationskonto.</translation>
    </message>
    <message>
        <source>The clinic is locked. Sign in again.</source>
        <translation>Die Praxisdaten sind gesperrt. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>rapport::ClinicDetailsPage</name>
    <message>
        <source>The clinic&apos;s encrypted database will be created here: %1</source>
        <translation>Die verschlüsselte Datenbank der Praxis wird hier angelegt: %1</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s name as patients know it, for example “Harbour Street Dental”.</source>
        <translation>Geben Sie den Namen der Praxis so ein, wie Patienten ihn kennen, zum Beispiel „Zahnarztpraxis am Markt“.</translation>
    </message>
    <message>
        <source>Welcome to Rapport</source>
        <translation>Willkommen bei Rapport</translation>
    </message>
    <message>
        <source>Tell Rapport about your clinic. You can change these details later in Settings.</source>
        <translation>Geben Sie die Angaben zu Ihrer Praxis ein. Sie können sie später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Name der Praxis:</translation>
    </message>
    <message>
        <source>e.g. Harbour Street Dental</source>
        <translation>z. B. Zahnarztpraxis am Markt</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>Country or &amp;region:</source>
        <translation>Land oder &amp;Region:</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Land oder Region</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of Rapport on this computer and of messages to patients.</source>
        <translation>Die Sprache von Rapport auf diesem Computer und der Nachrichten an Patienten.</translation>
    </message>
</context>
<context>
    <name>rapport::ConflictDialog</name>
    <message>
        <source>Conflict in the book</source>
        <translation>Konflikt im Terminbuch</translation>
    </message>
    <message>
        <source>%1 clashes with the book:</source>
        <translation>%1 überschneidet sich mit dem Terminbuch:</translation>
    </message>
    <message>
        <source>To book it anyway, say &amp;why (kept with the appointment):</source>
        <translation>Um trotzdem zu buchen, geben Sie den &amp;Grund an (wird beim Termin gespeichert):</translation>
    </message>
    <message>
        <source>For example: emergency, agreed with the dentist</source>
        <translation>Zum Beispiel: Notfall, mit dem Zahnarzt abgesprochen</translation>
    </message>
    <message>
        <source>Reason for booking despite the conflict</source>
        <translation>Grund für das Buchen trotz Konflikt</translation>
    </message>
    <message>
        <source>&amp;Book anyway</source>
        <translation>&amp;Trotzdem buchen</translation>
    </message>
    <message>
        <source>Leave it as it was</source>
        <translation>Unverändert lassen</translation>
    </message>
</context>
<context>
    <name>rapport::ConsentDialog</name>
    <message>
        <source>not asked yet</source>
        <translation>noch nicht gefragt</translation>
    </message>
    <message>
        <source>now granted, since %1</source>
        <translation>derzeit erteilt, seit %1</translation>
    </message>
    <message>
        <source>now withdrawn, since %1</source>
        <translation>derzeit widerrufen, seit %1</translation>
    </message>
    <message>
        <source>Tick at least one purpose the decision is about.</source>
        <translation>Kreuzen Sie mindestens einen Zweck an, auf den sich die Entscheidung bezieht.</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <source>What %1 decided about being contacted. The decision is added to the consent history; the latest one for each purpose is in force.</source>
        <translation>Was %1 zur Kontaktaufnahme entschieden hat. Die Entscheidung wird dem Einwilligungsverlauf hinzugefügt; für jeden Zweck gilt die jeweils neueste.</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kontaktweg:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kontaktweg</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>&amp;Granted</source>
        <translation>&amp;Erteilt</translation>
    </message>
    <message>
        <source>&amp;Withdrawn</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>&amp;How obtained:</source>
        <translation>Wie ein&amp;geholt:</translation>
    </message>
    <message>
        <source>How the decision was obtained</source>
        <translation>Wie die Entscheidung eingeholt wurde</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Optional, e.g. “asked at check-in”</source>
        <translation>Optional, z. B. „beim Empfang gefragt“</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Entscheidung erfassen</translation>
    </message>
</context>
<context>
    <name>rapport::ConsentHistoryDialog</name>
    <message>
        <source>Consent history</source>
        <translation>Einwilligungsverlauf</translation>
    </message>
    <message>
        <source>Consent history of %1</source>
        <translation>Einwilligungsverlauf von %1</translation>
    </message>
    <message>
        <source>No decision has been recorded yet.</source>
        <translation>Es wurde noch keine Entscheidung erfasst.</translation>
    </message>
    <message>
        <source>Newest first. For each channel and purpose, the latest decision is in force.</source>
        <translation>Neueste zuerst. Für jeden Kontaktweg und Zweck gilt die jeweils neueste Entscheidung.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kontaktweg</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Consent decisions, newest first</source>
        <translation>Einwilligungsentscheidungen, neueste zuerst</translation>
    </message>
</context>
<context>
    <name>rapport::ContactCard</name>
    <message>
        <source>No mobile number</source>
        <translation>Keine Mobilnummer</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>Keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Mobile  %1</source>
        <translation>Mobil  %1</translation>
    </message>
    <message>
        <source>Home  %1</source>
        <translation>Privat  %1</translation>
    </message>
    <message>
        <source>Work  %1</source>
        <translation>Geschäftlich  %1</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Keine Telefonnummer</translation>
    </message>
    <message>
        <source>No postal address</source>
        <translation>Keine Postanschrift</translation>
    </message>
    <message>
        <source>Through %1: %2</source>
        <translation>Über %1: %2</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kontaktweg</translation>
    </message>
    <message>
        <source>Granted: %1</source>
        <translation>Erteilt: %1</translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation>Widerrufen: %1</translation>
    </message>
    <message>
        <source>Consent not asked yet</source>
        <translation>Einwilligung noch nicht erfragt</translation>
    </message>
    <message>
        <source>Not asked: %1</source>
        <translation>Nicht gefragt: %1</translation>
    </message>
    <message>
        <source>Consent for %1</source>
        <translation>Einwilligung für %1</translation>
    </message>
    <message>
        <source>Record a consent decision for %1</source>
        <translation>Einwilligungsentscheidung für %1 erfassen</translation>
    </message>
    <message>
        <source>Best times: %1</source>
        <translation>Bevorzugte Kontaktzeiten: %1</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Spricht %1</translation>
    </message>
    <message>
        <source>Contact and consent</source>
        <translation>Kontakt und Einwilligung</translation>
    </message>
    <message>
        <source>Consent history…</source>
        <translation>Einwilligungsverlauf…</translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation>Einwilligung…</translation>
    </message>
    <message>
        <source>Through %1:</source>
        <translation>Über %1:</translation>
    </message>
</context>
<context>
    <name>rapport::Crypto</name>
    <message>
        <source>A sealed key in the key file is damaged.</source>
        <translation>Ein versiegelter Schlüssel in der Schlüsseldatei ist beschädigt.</translation>
    </message>
    <message>
        <source>A sealed key in the key file does not open.</source>
        <translation>Ein versiegelter Schlüssel in der Schlüsseldatei lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>Encrypted data is too short.</source>
        <translation>Verschlüsselte Daten sind zu kurz.</translation>
    </message>
    <message>
        <source>Encrypted data did not authenticate.</source>
        <translation>Die Echtheit verschlüsselter Daten konnte nicht bestätigt werden.</translation>
    </message>
</context>
<context>
    <name>rapport::Database</name>
    <message>
        <source>A file already exists at this location; Rapport will not overwrite it. Choose another name or folder.</source>
        <translation>An diesem Ort gibt es bereits eine Datei; Rapport überschreibt sie nicht. Wählen Sie einen anderen Namen oder Ordner.</translation>
    </message>
    <message>
        <source>This file is a database, but not a Rapport clinic database. Choose the clinic&apos;s .rapport file.</source>
        <translation>Diese Datei ist zwar eine Datenbank, aber keine Praxisdatenbank von Rapport. Wählen Sie die .rapport-Datei der Praxis.</translation>
    </message>
    <message>
        <source>This copy of Rapport was built without database encryption and cannot open clinic data. Reinstall Rapport.</source>
        <translation>Diese Rapport-Installation wurde ohne Datenbankverschlüsselung erstellt und kann keine Praxisdaten öffnen. Installieren Sie Rapport neu.</translation>
    </message>
    <message>
        <source>This clinic database was saved by a newer version of Rapport. Install the newer version on this PC to open it.</source>
        <translation>Diese Praxisdatenbank wurde von einer neueren Rapport-Version gespeichert. Installieren Sie die neuere Version auf diesem PC, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The clinic is locked. Sign in again.</source>
        <translation>Die Praxisdaten sind gesperrt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>A file already exists at this location; Rapport will not overwrite it.</source>
        <translation>An diesem Ort gibt es bereits eine Datei; Rapport überschreibt sie nicht.</translation>
    </message>
    <message>
        <source>The copy cannot be written here. Check that you may write to the folder.</source>
        <translation>Die Kopie kann hier nicht geschrieben werden. Prüfen Sie, ob Sie Schreibrechte für den Ordner haben.</translation>
    </message>
    <message>
        <source>The copy of the database is incomplete; it has been removed.</source>
        <translation>Die Kopie der Datenbank ist unvollständig; sie wurde entfernt.</translation>
    </message>
    <message>
        <source>The clinic database reported an error. Nothing was saved from this step; try again, and if it keeps happening, contact your administrator.</source>
        <translation>Die Praxisdatenbank hat einen Fehler gemeldet. Von diesem Schritt wurde nichts gespeichert. Versuchen Sie es erneut; wenn der Fehler wieder auftritt, wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>The clinic database could not be opened. Either the key does not match this database, or the start of the file is damaged. Check that the key file belongs to this database; if it does, restore the database from a backup.</source>
        <translation>Die Praxisdatenbank konnte nicht geöffnet werden. Entweder passt der Schlüssel nicht zu dieser Datenbank, oder der Anfang der Datei ist beschädigt. Prüfen Sie, ob die Schlüsseldatei zu dieser Datenbank gehört; falls ja, stellen Sie die Datenbank aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The clinic database is damaged. Do not keep working in it: restore it from the most recent backup. The damaged file has not been changed.</source>
        <translation>Die Praxisdatenbank ist beschädigt. Arbeiten Sie nicht weiter damit, sondern stellen Sie sie aus der neuesten Sicherung wieder her. Die beschädigte Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The clinic database is busy with another task on this PC. Wait a moment and try again.</source>
        <translation>Die Praxisdatenbank ist auf diesem PC gerade mit einer anderen Aufgabe beschäftigt. Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This change conflicts with data already saved, so it was not saved.</source>
        <translation>Diese Änderung steht im Widerspruch zu bereits gespeicherten Daten und wurde daher nicht gespeichert.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing from this step was saved.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei; von diesem Schritt wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The clinic database file cannot be read or written. Check that the drive is connected and that you may write to the folder.</source>
        <translation>Die Datei der Praxisdatenbank kann nicht gelesen oder geschrieben werden. Prüfen Sie, ob das Laufwerk verbunden ist und ob Sie Schreibrechte für den Ordner haben.</translation>
    </message>
    <message>
        <source>There is no clinic database at this location. Check the path, or create a new clinic.</source>
        <translation>An diesem Ort gibt es keine Praxisdatenbank. Prüfen Sie den Pfad, oder legen Sie eine neue Praxis an.</translation>
    </message>
    <message>
        <source>The database file is empty (0 bytes), so it is not a Rapport database. It may have been cut short by a failed copy: restore it from a backup. Rapport has not changed it.</source>
        <translation>Die Datenbankdatei ist leer (0 Byte) und daher keine Rapport-Datenbank. Möglicherweise wurde sie bei einem fehlgeschlagenen Kopiervorgang abgeschnitten: Stellen Sie sie aus einer Sicherung wieder her. Rapport hat die Datei nicht verändert.</translation>
    </message>
    <message>
        <source>The database file cannot be read. Check that you may read it and that the drive is connected.</source>
        <translation>Die Datenbankdatei kann nicht gelesen werden. Prüfen Sie, ob Sie Leserechte für die Datei haben und ob das Laufwerk verbunden ist.</translation>
    </message>
    <message>
        <source>This file is an unencrypted SQLite database, not a Rapport clinic database. Choose the clinic&apos;s .rapport file.</source>
        <translation>Diese Datei ist eine unverschlüsselte SQLite-Datenbank, keine Praxisdatenbank von Rapport. Wählen Sie die .rapport-Datei der Praxis.</translation>
    </message>
    <message>
        <source>The file is not a complete Rapport database: its size is not a whole number of database pages. It was cut short (for example by a failed copy or a full disk) or is another kind of file. Restore the database from a backup. Rapport has not changed it.</source>
        <translation>Die Datei ist keine vollständige Rapport-Datenbank: Ihre Größe ist kein ganzzahliges Vielfaches der Datenbankseiten. Sie wurde abgeschnitten (zum Beispiel bei einem fehlgeschlagenen Kopiervorgang oder auf einem vollen Datenträger), oder es ist eine andere Art von Datei. Stellen Sie die Datenbank aus einer Sicherung wieder her. Rapport hat die Datei nicht verändert.</translation>
    </message>
</context>
<context>
    <name>rapport::DaySheet</name>
    <message>
        <source>Choose a day for the day sheet.</source>
        <translation>Wählen Sie einen Tag für die Tagesliste.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Day sheet %1.pdf</source>
        <translation>Tagesliste %1.pdf</translation>
    </message>
    <message>
        <source>Day sheet %1 - %2.pdf</source>
        <translation>Tagesliste %1 - %2.pdf</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>Tagesliste</translation>
    </message>
    <message>
        <source>%1 · Day sheet</source>
        <translation>%1 · Tagesliste</translation>
    </message>
    <message>
        <source>One appointment</source>
        <translation>Ein Termin</translation>
    </message>
    <message numerus="yes">
        <source>%n appointments</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled or missed</source>
        <translation>
            <numerusform>%n abgesagt oder versäumt</numerusform>
            <numerusform>%n abgesagt oder versäumt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not working on this day</source>
        <translation>An diesem Tag nicht im Dienst</translation>
    </message>
    <message>
        <source>Hours %1</source>
        <translation>Arbeitszeit %1</translation>
    </message>
    <message>
        <source>No appointments on this day.</source>
        <translation>Keine Termine an diesem Tag.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message numerus="yes">
        <source>to %1 · %n min</source>
        <translation>
            <numerusform>bis %1 · %n Min.</numerusform>
            <numerusform>bis %1 · %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geb. %1</translation>
    </message>
    <message>
        <source>The clinic is closed on this day: %1</source>
        <translation>Die Praxis ist an diesem Tag geschlossen: %1</translation>
    </message>
    <message>
        <source>No provider works or has appointments on this day.</source>
        <translation>An diesem Tag arbeitet kein Behandler und es gibt keine Termine.</translation>
    </message>
    <message>
        <source>printed %1 by %2</source>
        <translation>gedruckt am %1 von %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Day sheet %1</source>
        <translation>Tagesliste %1</translation>
    </message>
    <message>
        <source>The PDF could not be saved at %1. Choose a folder you may write to.</source>
        <translation>Die PDF-Datei konnte nicht unter %1 gespeichert werden. Wählen Sie einen Ordner, in dem Sie Schreibrechte haben.</translation>
    </message>
    <message>
        <source>Save the day sheet as PDF</source>
        <translation>Tagesliste als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Print the day sheet</source>
        <translation>Tagesliste drucken</translation>
    </message>
    <message>
        <source>The day sheet could not be printed. Check the printer, or save it as a PDF and print that.</source>
        <translation>Die Tagesliste konnte nicht gedruckt werden. Prüfen Sie den Drucker, oder speichern Sie sie als PDF und drucken Sie diese Datei.</translation>
    </message>
</context>
<context>
    <name>rapport::DemoAccountsBox</name>
    <message>
        <source>Demo accounts</source>
        <translation>Demo-Konten</translation>
    </message>
    <message>
        <source>This clinic is a demo with made-up people. Every account&apos;s password is “%1”. Choose an account to fill in the form.</source>
        <translation>Diese Praxis ist eine Demo mit fiktiven Personen. Alle Konten haben das Passwort „%1“. Wählen Sie ein Konto, um das Formular auszufüllen.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Sign in as %1, %2</source>
        <translation>Als %1 anmelden (%2)</translation>
    </message>
</context>
<context>
    <name>rapport::DemoClinic</name>
    <message>
        <source>Harbour Street Dental (demo)</source>
        <translation>Harbour Street Dental (Demo)</translation>
    </message>
</context>
<context>
    <name>rapport::DemoPopulation</name>
    <message>
        <source>Creating the demo patients was cancelled; nothing was saved.</source>
        <translation>Das Anlegen der Demo-Patienten wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>rapport::DemoSchedule</name>
    <message>
        <source>The clinic already has providers; demo appointments are only added to a clinic without a schedule.</source>
        <translation>In der Praxis sind bereits Behandler angelegt; Demo-Termine werden nur einer Praxis ohne Terminplan hinzugefügt.</translation>
    </message>
    <message>
        <source>Choose from 1 to 30 years of demo appointments.</source>
        <translation>Wählen Sie 1 bis 30 Jahre an Demo-Terminen.</translation>
    </message>
    <message>
        <source>Creating the demo appointments was cancelled; nothing was saved.</source>
        <translation>Das Anlegen der Demo-Termine wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Dr. %1</source>
        <translation>Dr. %1</translation>
    </message>
    <message>
        <source>Surgery %1</source>
        <translation>Behandlungsraum %1</translation>
    </message>
    <message>
        <source>Check-up</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation>Prophylaxe</translation>
    </message>
    <message>
        <source>Filling</source>
        <translation>Füllung</translation>
    </message>
    <message>
        <source>Crown</source>
        <translation>Krone</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Child check-up</source>
        <translation>Kinder-Kontrolle</translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation>Jahresurlaub</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Fortbildung</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Neujahr</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Karfreitag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Ostermontag</translation>
    </message>
    <message>
        <source>Early May bank holiday</source>
        <translation>Feiertag Anfang Mai</translation>
    </message>
    <message>
        <source>Spring bank holiday</source>
        <translation>Feiertag im Frühjahr</translation>
    </message>
    <message>
        <source>Summer bank holiday</source>
        <translation>Feiertag im Sommer</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>1. Weihnachtstag</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>2. Weihnachtstag</translation>
    </message>
    <message>
        <source>Unwell</source>
        <translation>Krankheit</translation>
    </message>
    <message>
        <source>Work commitment</source>
        <translation>Berufliche Verpflichtung</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderbetreuung</translation>
    </message>
    <message>
        <source>Transport problem</source>
        <translation>Problem mit der Anreise</translation>
    </message>
    <message>
        <source>Forgot the appointment</source>
        <translation>Termin vergessen</translation>
    </message>
    <message>
        <source>Rearranged by phone</source>
        <translation>Telefonisch verlegt</translation>
    </message>
    <message>
        <source>Provider unwell</source>
        <translation>Behandler erkrankt</translation>
    </message>
    <message>
        <source>Equipment fault</source>
        <translation>Gerätedefekt</translation>
    </message>
</context>
<context>
    <name>rapport::DispatchRunner</name>
    <message>
        <source>Not sent yet, Rapport tries again later: %1</source>
        <translation>Noch nicht gesendet, Rapport versucht es später erneut: %1</translation>
    </message>
    <message>
        <source>Not sent yet: sending stopped before its turn.</source>
        <translation>Noch nicht gesendet: Der Versand wurde beendet, bevor diese Nachricht an der Reihe war.</translation>
    </message>
</context>
<context>
    <name>rapport::Dispatcher</name>
    <message>
        <source>This message has nothing to send on its channel.</source>
        <translation>Diese Nachricht hat für ihren Kontaktweg nichts zu senden.</translation>
    </message>
    <message>
        <source>A message took longer than its lease to send; see it on the Messages page.</source>
        <translation>Das Senden einer Nachricht hat länger gedauert als vorgesehen; Sie finden sie auf der Seite Nachrichten.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>Der Server hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <source>A message could not be sent: %1</source>
        <translation>Eine Nachricht konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Enter the e-mail address to send the test message to.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, an die die Testnachricht gehen soll.</translation>
    </message>
    <message>
        <source>Enter the mail server and the sender&apos;s address first.</source>
        <translation>Geben Sie zuerst den Mailserver und die Absenderadresse ein.</translation>
    </message>
    <message>
        <source>Enter the mobile number to send the test message to.</source>
        <translation>Geben Sie die Mobilnummer ein, an die die Testnachricht gehen soll.</translation>
    </message>
    <message>
        <source>Enter the SMS gateway&apos;s address first.</source>
        <translation>Geben Sie zuerst die Adresse des SMS-Gateways ein.</translation>
    </message>
    <message>
        <source>A test message goes by e-mail or SMS.</source>
        <translation>Eine Testnachricht wird per E-Mail oder SMS gesendet.</translation>
    </message>
</context>
<context>
    <name>rapport::DuplicatesDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliche Dublette</translation>
    </message>
    <message>
        <source>This may be a patient the clinic already has</source>
        <translation>Dieser Patient ist möglicherweise schon in der Praxis erfasst</translation>
    </message>
    <message>
        <source>This may be one of %1 patients the clinic already has</source>
        <translation>Dies ist möglicherweise einer von %1 Patienten, die schon in der Praxis erfasst sind</translation>
    </message>
    <message>
        <source>Open the existing record instead of creating a second one. Save anyway only if they are different people.</source>
        <translation>Öffnen Sie den vorhandenen Datensatz, statt einen zweiten anzulegen. Speichern Sie nur dann trotzdem, wenn es sich um verschiedene Personen handelt.</translation>
    </message>
    <message>
        <source>With this change the record looks like another patient&apos;s. Check before saving; save anyway only if they are different people.</source>
        <translation>Mit dieser Änderung ähnelt der Datensatz dem eines anderen Patienten. Prüfen Sie das vor dem Speichern; speichern Sie nur dann trotzdem, wenn es sich um verschiedene Personen handelt.</translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation>Mögliche Treffer</translation>
    </message>
    <message>
        <source>&amp;Open existing record</source>
        <translation>&amp;Vorhandenen Datensatz öffnen</translation>
    </message>
    <message>
        <source>&amp;Create anyway</source>
        <translation>&amp;Trotzdem anlegen</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>Trotzdem &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Zurück zum Formular</translation>
    </message>
</context>
<context>
    <name>rapport::EmailSettingsTab</name>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>E-Mail (SMTP)</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS von Anfang an (meist Port 465)</translation>
    </message>
    <message>
        <source>None: only for a mail relay inside the clinic</source>
        <translation>Keine: nur für ein Mail-Relay innerhalb der Praxis</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>empty to send without signing in</source>
        <translation>leer lassen, um ohne Anmeldung zu senden</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
    <message>
        <source>reception@example.com</source>
        <translation>empfang@example.com</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>Absender&amp;name:</translation>
    </message>
    <message>
        <source>the clinic&apos;s name</source>
        <translation>der Name der Praxis</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>Check the settings</source>
        <translation>Einstellungen prüfen</translation>
    </message>
    <message>
        <source>Send one message to yourself to see that the server takes it. Changes are saved first.</source>
        <translation>Senden Sie sich selbst eine Nachricht, um zu sehen, ob der Server sie annimmt. Änderungen werden vorher gespeichert.</translation>
    </message>
</context>
<context>
    <name>rapport::FirstRunWizard</name>
    <message>
        <source>Recovery key not confirmed</source>
        <translation>Wiederherstellungsschlüssel nicht bestätigt</translation>
    </message>
    <message>
        <source>Close without confirming that the recovery key is stored safely?</source>
        <translation>Schließen, ohne zu bestätigen, dass der Wiederherstellungsschlüssel sicher aufbewahrt ist?</translation>
    </message>
    <message>
        <source>Rapport will not show this key again. Without it, the clinic&apos;s data is lost if every administrator password is forgotten.</source>
        <translation>Rapport zeigt diesen Schlüssel nicht noch einmal an. Ohne ihn sind die Daten der Praxis verloren, wenn die Passwörter aller Administrationskonten vergessen werden.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Set up your clinic</source>
        <translation>Praxis einrichten</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Create clinic</source>
        <translation>Praxis &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Rapport</source>
        <translation>&amp;Rapport öffnen</translation>
    </message>
</context>
<context>
    <name>rapport::GuardianPicker</name>
    <message>
        <source>Parent or guardian</source>
        <translation>Elternteil oder Vormund</translation>
    </message>
    <message>
        <source>A &amp;patient of the clinic</source>
        <translation>Ein Pa&amp;tient der Praxis</translation>
    </message>
    <message>
        <source>&amp;Someone who is not a patient</source>
        <translation>&amp;Jemand, der kein Patient ist</translation>
    </message>
    <message>
        <source>Find the parent or guardian by name, phone or date of birth</source>
        <translation>Elternteil oder Vormund nach Name, Telefonnummer oder Geburtsdatum suchen</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <source>Parent or guardian&apos;s name</source>
        <translation>Name des Elternteils oder Vormunds</translation>
    </message>
    <message>
        <source>Their phone</source>
        <translation>Telefon der Person</translation>
    </message>
    <message>
        <source>Parent or guardian&apos;s phone</source>
        <translation>Telefon des Elternteils oder Vormunds</translation>
    </message>
</context>
<context>
    <name>rapport::KeyFile</name>
    <message>
        <source>The clinic&apos;s key file is damaged. Restore the key file (.keys) from a backup, or sign in with the recovery key.</source>
        <translation>Die Schlüsseldatei der Praxis ist beschädigt. Stellen Sie die Schlüsseldatei (.keys) aus einer Sicherung wieder her, oder melden Sie sich mit dem Wiederherstellungsschlüssel an.</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of Rapport. Install the newer version on this PC.</source>
        <translation>Die Schlüsseldatei wurde von einer neueren Rapport-Version geschrieben. Installieren Sie die neuere Version auf diesem PC.</translation>
    </message>
    <message>
        <source>The clinic&apos;s key file is missing. It must sit beside the database with the same name and “.keys” at the end. Restore it from a backup.</source>
        <translation>Die Schlüsseldatei der Praxis fehlt. Sie muss im selben Ordner wie die Datenbank liegen, mit demselben Namen und der Endung „.keys“. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key file cannot be read. Check that you may read the clinic&apos;s folder.</source>
        <translation>Die Schlüsseldatei kann nicht gelesen werden. Prüfen Sie, ob Sie Leserechte für den Ordner der Praxis haben.</translation>
    </message>
    <message>
        <source>The key file cannot be written. Check that you may write to the clinic&apos;s folder.</source>
        <translation>Die Schlüsseldatei kann nicht geschrieben werden. Prüfen Sie, ob Sie Schreibrechte für den Ordner der Praxis haben.</translation>
    </message>
    <message>
        <source>The key file could not be saved. Check the free space on the drive; nothing was changed.</source>
        <translation>Die Schlüsseldatei konnte nicht gespeichert werden. Prüfen Sie den freien Speicherplatz auf dem Laufwerk; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>rapport::Keyring</name>
    <message>
        <source>The user name or password is not right. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Benutzername oder Passwort ist falsch. Prüfen Sie die Feststelltaste und das Tastaturlayout und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this clinic. Check that you have the sheet printed for this clinic.</source>
        <translation>Dieser Wiederherstellungsschlüssel gehört nicht zu dieser Praxis. Prüfen Sie, ob Sie das für diese Praxis ausgedruckte Blatt vor sich haben.</translation>
    </message>
    <message>
        <source>The clinic is locked. Sign in again.</source>
        <translation>Die Praxisdaten sind gesperrt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>A member of staff already signs in with this user name.</source>
        <translation>Mit diesem Benutzernamen meldet sich bereits jemand aus dem Team an.</translation>
    </message>
    <message>
        <source>This account has no key slot. Ask an administrator to reset your password.</source>
        <translation>Dieses Konto hat keinen Schlüsselplatz. Bitten Sie die Administration, Ihr Passwort zurückzusetzen.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>No key change is in progress.</source>
        <translation>Es läuft gerade kein Schlüsselwechsel.</translation>
    </message>
    <message>
        <source>The clinic&apos;s key file has been changed outside Rapport, so it is not trusted. Restore the key file (.keys) from a backup, or sign in with the recovery key and tell your administrator.</source>
        <translation>Die Schlüsseldatei der Praxis wurde außerhalb von Rapport geändert und gilt daher nicht als vertrauenswürdig. Stellen Sie die Schlüsseldatei (.keys) aus einer Sicherung wieder her, oder melden Sie sich mit dem Wiederherstellungsschlüssel an und informieren Sie Ihre Administration.</translation>
    </message>
</context>
<context>
    <name>rapport::LetterBatch</name>
    <message>
        <source>Letters %1.pdf</source>
        <translation>Briefe %1.pdf</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>Letters of %1</source>
        <translation>Briefe vom %1</translation>
    </message>
    <message>
        <source>No letters are waiting to be printed.</source>
        <translation>Es warten keine Briefe auf den Druck.</translation>
    </message>
    <message>
        <source>The PDF could not be saved at %1. Choose a folder you may write to.</source>
        <translation>Die PDF-Datei konnte nicht unter %1 gespeichert werden. Wählen Sie einen Ordner, in dem Sie Schreibrechte haben.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>Save the letters as PDF</source>
        <translation>Briefe als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Print %n letters</source>
        <translation>
            <numerusform>%n Brief drucken</numerusform>
            <numerusform>%n Briefe drucken</numerusform>
        </translation>
    </message>
    <message>
        <source>The letters could not be printed. Check the printer, or save them as a PDF and print that.</source>
        <translation>Die Briefe konnten nicht gedruckt werden. Prüfen Sie den Drucker, oder speichern Sie die Briefe als PDF und drucken Sie diese.</translation>
    </message>
    <message>
        <source>Did the letters print correctly?</source>
        <translation>Wurden die Briefe richtig gedruckt?</translation>
    </message>
    <message numerus="yes">
        <source>Answer Yes to mark these %n letters as sent. Answer No to keep them waiting, so they can be printed again.</source>
        <translation>
            <numerusform>Wählen Sie „Ja“, um diesen %n Brief als gesendet zu markieren. Wählen Sie „Nein“, damit er weiter wartet und erneut gedruckt werden kann.</numerusform>
            <numerusform>Wählen Sie „Ja“, um diese %n Briefe als gesendet zu markieren. Wählen Sie „Nein“, damit sie weiter warten und erneut gedruckt werden können.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, mark as sent</source>
        <translation>Ja, als gesendet markieren</translation>
    </message>
    <message>
        <source>No, keep them waiting</source>
        <translation>Nein, weiter warten lassen</translation>
    </message>
</context>
<context>
    <name>rapport::LinksCard</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Open %1&apos;s record</source>
        <translation>Datensatz von %1 öffnen</translation>
    </message>
    <message>
        <source>Names this patient as: %1</source>
        <translation>Führt diesen Patienten als: %1</translation>
    </message>
    <message>
        <source>not a patient</source>
        <translation>kein Patient</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Beenden…</translation>
    </message>
    <message>
        <source>End the link with %1</source>
        <translation>Verknüpfung mit %1 beenden</translation>
    </message>
    <message>
        <source>Family and care links</source>
        <translation>Angehörige und Bezugspersonen</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Verknüpfung hinzufügen…</translation>
    </message>
    <message>
        <source>No family or care links yet: a parent or guardian, a spouse or partner, a caregiver or an emergency contact.</source>
        <translation>Noch keine Angehörigen oder Bezugspersonen, zum Beispiel Elternteil oder Vormund, Ehe- oder Lebenspartner, Betreuungsperson oder Notfallkontakt.</translation>
    </message>
</context>
<context>
    <name>rapport::LockScreen</name>
    <message>
        <source>Type the recovery key.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n s</source>
        <translation>
            <numerusform>Neuer Versuch in %n s</numerusform>
            <numerusform>Neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Rapport is locked</source>
        <translation>Rapport ist gesperrt</translation>
    </message>
    <message>
        <source>This session was opened with the recovery key.</source>
        <translation>Diese Sitzung wurde mit dem Wiederherstellungsschlüssel geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Angemeldet als %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Als andere Person anmelden</translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Lock Rapport now (%1)</source>
        <translation>Rapport jetzt sperren (%1)</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>Ü&amp;ber Rapport</translation>
    </message>
    <message>
        <source>Administrator rights</source>
        <translation>Administrationsrechte</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Opened with the recovery key.&lt;/b&gt; Everything done now is recorded in the audit trail. Reset an administrator&apos;s password on the Staff page, then sign out.</source>
        <translation>&lt;b&gt;Mit dem Wiederherstellungsschlüssel geöffnet.&lt;/b&gt; Alles, was Sie jetzt tun, wird im Prüfprotokoll festgehalten. Setzen Sie auf der Seite „Mitarbeitende“ das Passwort eines Administrationskontos zurück, und melden Sie sich dann ab.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Staff accounts and roles</source>
        <translation>Mitarbeiterkonten und Rollen</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Who did what, and when</source>
        <translation>Wer hat wann was getan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Clinic and computer settings, your password</source>
        <translation>Praxis- und Computereinstellungen, Ihr Passwort</translation>
    </message>
    <message>
        <source>Encrypted database · locks after one minute without use</source>
        <translation>Verschlüsselte Datenbank · sperrt nach einer Minute ohne Benutzung</translation>
    </message>
    <message numerus="yes">
        <source>Encrypted database · locks after %n minutes without use</source>
        <translation>
            <numerusform>Verschlüsselte Datenbank · sperrt nach %n Minute ohne Benutzung</numerusform>
            <numerusform>Verschlüsselte Datenbank · sperrt nach %n Minuten ohne Benutzung</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Patienten</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Alle Patienten</translation>
    </message>
    <message>
        <source>Everyone registered, with filters (%1 finds one)</source>
        <translation>Alle erfassten Patienten, mit Filtern (Suche: %1)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Terminplan</translation>
    </message>
    <message>
        <source>Appointment book</source>
        <translation>Terminbuch</translation>
    </message>
    <message>
        <source>The day by provider or chair, a provider&apos;s week, the month</source>
        <translation>Der Tag nach Behandler oder Stuhl, die Woche eines Behandlers, der Monat</translation>
    </message>
    <message>
        <source>Schedule set-up</source>
        <translation>Terminplan-Einrichtung</translation>
    </message>
    <message>
        <source>Providers, chairs, appointment types, working hours and closures</source>
        <translation>Behandler, Stühle, Terminarten, Arbeitszeiten und Schließtage</translation>
    </message>
    <message>
        <source>Recalls and reminders</source>
        <translation>Recalls und Erinnerungen</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Recalls</translation>
    </message>
    <message>
        <source>Who is due or overdue for a check-up or hygiene visit</source>
        <translation>Wer zur Kontrolle oder Prophylaxe fällig oder überfällig ist</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Anrufliste</translation>
    </message>
    <message>
        <source>Whom to call today and why</source>
        <translation>Wen Sie heute anrufen sollten und warum</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Reminders and recalls sent, waiting, failed or skipped; letters to print</source>
        <translation>Gesendete, wartende, fehlgeschlagene oder übersprungene Erinnerungen und Recalls; zu druckende Briefe</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Nachrichtenversand</translation>
    </message>
    <message>
        <source>Reminder rules, message templates, e-mail and SMS, sending times</source>
        <translation>Erinnerungsregeln, Nachrichtenvorlagen, E-Mail und SMS, Versandzeiten</translation>
    </message>
</context>
<context>
    <name>rapport::MergeDialog</name>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Find the other record of the same person. Only records that are not archived are offered.</source>
        <translation>Suchen Sie den anderen Datensatz derselben Person. Angeboten werden nur Datensätze, die nicht archiviert sind.</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Datensätze zusammenführen</translation>
    </message>
    <message>
        <source>Merge the two records of %1?</source>
        <translation>Die beiden Datensätze von %1 zusammenführen?</translation>
    </message>
    <message>
        <source>The record registered %1 is archived and everything on it moves to the one registered %2. This cannot be undone.</source>
        <translation>Der am %1 angelegte Datensatz wird archiviert, und alles darin wird in den am %2 angelegten übernommen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Zwei Datensätze zusammenführen</translation>
    </message>
    <message>
        <source>Two records of the same person? Find the other one, compare them, and choose which record is kept.</source>
        <translation>Zwei Datensätze derselben Person? Suchen Sie den anderen, vergleichen Sie beide, und wählen Sie, welcher erhalten bleibt.</translation>
    </message>
    <message>
        <source>Find the other record by name, phone or date of birth</source>
        <translation>Anderen Datensatz nach Name, Telefonnummer oder Geburtsdatum suchen</translation>
    </message>
    <message>
        <source>Keep this record (the one open now)</source>
        <translation>Diesen Datensatz behalten (den gerade geöffneten)</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Diesen Datensatz behalten</translation>
    </message>
    <message>
        <source>Merge records…</source>
        <translation>Datensätze zusammenführen…</translation>
    </message>
    <message>
        <source>%1&apos;s record is kept, with its details; its empty fields are filled from the other record. Family links, consent decisions and the timeline move over. The record registered %2 is archived and points to the kept one. This cannot be undone.</source>
        <translation>Der Datensatz von %1 bleibt mit seinen Angaben erhalten; leere Felder werden aus dem anderen Datensatz ergänzt. Angehörige und Bezugspersonen, Einwilligungsentscheidungen und der Verlauf werden übernommen. Der am %2 angelegte Datensatz wird archiviert und verweist auf den erhaltenen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>rapport::MessageText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: will try again (%2)</source>
        <translation>%1: wird erneut versucht (%2)</translation>
    </message>
    <message>
        <source>The last attempt did not get through; Rapport tries again by itself.</source>
        <translation>Der letzte Versuch ist nicht durchgekommen; Rapport versucht es selbstständig erneut.</translation>
    </message>
    <message>
        <source>Waiting for its time. Rapport sends it in the background.</source>
        <translation>Wartet auf den Versandzeitpunkt. Rapport sendet sie im Hintergrund.</translation>
    </message>
    <message>
        <source>Being sent right now.</source>
        <translation>Wird gerade gesendet.</translation>
    </message>
    <message>
        <source>The letter was printed.</source>
        <translation>Der Brief wurde gedruckt.</translation>
    </message>
    <message>
        <source>The mail server or SMS gateway accepted it.</source>
        <translation>Der Mailserver bzw. das SMS-Gateway hat sie angenommen.</translation>
    </message>
    <message>
        <source>Not sent. Correct the cause (the address, the channel&apos;s settings), then retry it.</source>
        <translation>Nicht gesendet. Beheben Sie die Ursache (die Adresse, die Einstellungen des Kontaktwegs) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Not sent, on purpose. Retry it if the reason no longer applies.</source>
        <translation>Bewusst nicht gesendet. Versuchen Sie es erneut, wenn der Grund nicht mehr besteht.</translation>
    </message>
    <message>
        <source>Withdrawn by staff.</source>
        <translation>Vom Praxisteam zurückgezogen.</translation>
    </message>
    <message>
        <source>Rapport stopped while sending it, so it may or may not have arrived. Retry it only when you know the patient did not get it.</source>
        <translation>Rapport wurde während des Sendens beendet; die Nachricht ist also möglicherweise angekommen, vielleicht aber auch nicht. Versuchen Sie es nur erneut, wenn Sie wissen, dass der Patient sie nicht erhalten hat.</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>%1 sending</source>
        <translation>%1 im Versand</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 gesendet</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 storniert</translation>
    </message>
    <message>
        <source>%1 interrupted</source>
        <translation>%1 unterbrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be tried again</source>
        <translation>
            <numerusform>%n wird erneut versucht</numerusform>
            <numerusform>%n werden erneut versucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found interrupted</source>
        <translation>
            <numerusform>%n als unterbrochen vorgefunden</numerusform>
            <numerusform>%n als unterbrochen vorgefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned; nothing was sent.</source>
        <translation>
            <numerusform>%n geplant; es wurde nichts gesendet.</numerusform>
            <numerusform>%n geplant; es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n planned; nothing was due yet.</source>
        <translation>
            <numerusform>%n geplant; es war noch nichts fällig.</numerusform>
            <numerusform>%n geplant; es war noch nichts fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was due.</source>
        <translation>Es war nichts fällig.</translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n geplant</numerusform>
            <numerusform>%n geplant</numerusform>
        </translation>
    </message>
    <message>
        <source>at the time</source>
        <translation>zum Termin</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::MessagesPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Nächste 7 Tage</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kontaktwege</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send an interrupted message again?</source>
        <translation>Unterbrochene Nachricht erneut senden?</translation>
    </message>
    <message>
        <source>Rapport stopped while it was being sent, so the patient may already have it. Send it again only when you know it did not arrive.</source>
        <translation>Rapport wurde während des Sendens beendet; der Patient hat die Nachricht also möglicherweise schon. Senden Sie sie nur erneut, wenn Sie wissen, dass sie nicht angekommen ist.</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message numerus="yes">
        <source>%n messages will be sent again, now.</source>
        <translation>
            <numerusform>%n Nachricht wird jetzt erneut gesendet.</numerusform>
            <numerusform>%n Nachrichten werden jetzt erneut gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages will be sent again with the next sending run.</source>
        <translation>
            <numerusform>%n Nachricht wird beim nächsten Versandlauf erneut gesendet.</numerusform>
            <numerusform>%n Nachrichten werden beim nächsten Versandlauf erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel messages</source>
        <translation>Nachrichten stornieren</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n waiting messages?</source>
        <translation>
            <numerusform>%n wartende Nachricht stornieren?</numerusform>
            <numerusform>%n wartende Nachrichten stornieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>They will not be sent. You can still send them later with Retry.</source>
        <translation>Die Nachrichten werden nicht gesendet. Mit „Erneut versuchen“ können Sie sie später trotzdem noch senden.</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Cancelled on the Messages page</source>
        <translation>Auf der Seite „Nachrichten“ storniert</translation>
    </message>
    <message numerus="yes">
        <source>%n messages cancelled.</source>
        <translation>
            <numerusform>%n Nachricht storniert.</numerusform>
            <numerusform>%n Nachrichten storniert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letters printed and marked as sent.</source>
        <translation>
            <numerusform>%n Brief gedruckt und als gesendet gekennzeichnet.</numerusform>
            <numerusform>%n Briefe gedruckt und als gesendet gekennzeichnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letters saved to %1 and marked as sent. Print that file to post them.</source>
        <translation>
            <numerusform>%n Brief unter %1 gespeichert und als gesendet gekennzeichnet. Drucken Sie diese Datei aus, um ihn zu verschicken.</numerusform>
            <numerusform>%n Briefe unter %1 gespeichert und als gesendet gekennzeichnet. Drucken Sie diese Datei aus, um sie zu verschicken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters saved as PDF.</source>
        <translation>Briefe als PDF gespeichert.</translation>
    </message>
    <message>
        <source>Looking for messages to send…</source>
        <translation>Zu sendende Nachrichten werden gesucht…</translation>
    </message>
    <message>
        <source>Sending %1 of %2…</source>
        <translation>Nachricht %1 von %2 wird gesendet…</translation>
    </message>
    <message>
        <source>Last sending run %1: %2</source>
        <translation>Letzter Versandlauf %1: %2</translation>
    </message>
    <message>
        <source>Messages are sent in the background every two minutes while Rapport is open.</source>
        <translation>Nachrichten werden alle zwei Minuten im Hintergrund gesendet, solange Rapport geöffnet ist.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Sending finished: %1</source>
        <translation>Versand abgeschlossen: %1</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kontaktweg</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kontaktweg</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Send what is due now instead of waiting for the next background run</source>
        <translation>Fällige Nachrichten sofort senden, statt auf den nächsten Versandlauf im Hintergrund zu warten</translation>
    </message>
    <message>
        <source>Open patient</source>
        <translation>Patient öffnen</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>Nachricht stornieren</translation>
    </message>
    <message>
        <source>Withdraw the selected waiting messages</source>
        <translation>Die ausgewählten wartenden Nachrichten zurückziehen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Send the selected failed, skipped, interrupted or cancelled messages again</source>
        <translation>Die ausgewählten fehlgeschlagenen, übersprungenen, unterbrochenen oder stornierten Nachrichten erneut senden</translation>
    </message>
    <message>
        <source>Reminders and recall messages: what is waiting, what was sent, and what needs attention.</source>
        <translation>Erinnerungen und Recall-Nachrichten: was noch wartet, was gesendet wurde und worum Sie sich kümmern müssen.</translation>
    </message>
    <message>
        <source>Print letters (%1)…</source>
        <translation>Briefe drucken (%1)…</translation>
    </message>
    <message>
        <source>No letters are waiting to be printed</source>
        <translation>Es warten keine Briefe auf den Druck</translation>
    </message>
    <message>
        <source>No messages match these filters.</source>
        <translation>Keine Nachrichten entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>Showing the first %1 messages; narrow the filters to see the others.</source>
        <translation>Die ersten %1 Nachrichten werden angezeigt; schränken Sie die Filter ein, um die übrigen zu sehen.</translation>
    </message>
    <message>
        <source>One message</source>
        <translation>Eine Nachricht</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>Print %n chosen letters…</source>
        <translation>
            <numerusform>%n ausgewählten Brief drucken…</numerusform>
            <numerusform>%n ausgewählte Briefe drucken…</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters and postcards waiting, as one batch: print them, or save them as a PDF. Choose rows in the list to print only those.</source>
        <translation>Wartende Briefe und Postkarten als ein Stapel: drucken oder als PDF speichern. Wählen Sie Zeilen in der Liste, um nur diese zu drucken.</translation>
    </message>
</context>
<context>
    <name>rapport::MessagingSettingsPage</name>
    <message>
        <source>Messaging</source>
        <translation>Nachrichtenversand</translation>
    </message>
    <message>
        <source>How reminders and recall messages are sent. Only a practice manager or an administrator can change this.</source>
        <translation>Wie Erinnerungen und Recall-Nachrichten gesendet werden. Nur das Praxismanagement oder die Administration kann dies ändern.</translation>
    </message>
    <message>
        <source>How reminders and recall messages are written and sent: rules, templates, the mail server, the SMS gateway and the times they may go out.</source>
        <translation>Wie Erinnerungen und Recall-Nachrichten verfasst und gesendet werden: Regeln, Vorlagen, Mailserver, SMS-Gateway und die Zeiten, zu denen sie verschickt werden dürfen.</translation>
    </message>
</context>
<context>
    <name>rapport::MessagingSetup</name>
    <message>
        <source>This patient record does not exist.</source>
        <translation>Diesen Patientendatensatz gibt es nicht.</translation>
    </message>
    <message>
        <source>Give the rule a name of up to 100 characters, such as “2 days before by SMS”.</source>
        <translation>Geben Sie der Regel einen Namen mit bis zu 100 Zeichen, zum Beispiel „2 Tage vorher per SMS“.</translation>
    </message>
    <message>
        <source>A reminder goes out from 30 minutes to 60 days before the appointment. Choose a time in between.</source>
        <translation>Eine Erinnerung wird zwischen 30 Minuten und 60 Tagen vor dem Termin verschickt. Wählen Sie einen Zeitpunkt in diesem Bereich.</translation>
    </message>
    <message>
        <source>Choose at least one channel: e-mail, SMS, letter or a phone call.</source>
        <translation>Wählen Sie mindestens einen Kontaktweg: E-Mail, SMS, Brief oder Anruf.</translation>
    </message>
    <message>
        <source>One of the chosen appointment types no longer exists. Choose the types again.</source>
        <translation>Eine der gewählten Terminarten gibt es nicht mehr. Wählen Sie die Terminarten erneut.</translation>
    </message>
    <message>
        <source>7 days before by e-mail</source>
        <translation>7 Tage vorher per E-Mail</translation>
    </message>
    <message>
        <source>48 hours before by SMS, else e-mail</source>
        <translation>48 Stunden vorher per SMS, sonst per E-Mail</translation>
    </message>
    <message>
        <source>Templates are kept in English (en) and German (de).</source>
        <translation>Vorlagen gibt es auf Englisch (en) und Deutsch (de).</translation>
    </message>
    <message>
        <source>Choose the channel this template is for.</source>
        <translation>Wählen Sie den Kontaktweg für diese Vorlage.</translation>
    </message>
    <message>
        <source>Write the text of the message.</source>
        <translation>Schreiben Sie den Text der Nachricht.</translation>
    </message>
    <message numerus="yes">
        <source>An SMS text can be up to 640 characters (four messages); this one has %n.</source>
        <translation>
            <numerusform>Ein SMS-Text darf bis zu 640 Zeichen lang sein (vier Nachrichten); dieser hat %n Zeichen.</numerusform>
            <numerusform>Ein SMS-Text darf bis zu 640 Zeichen lang sein (vier Nachrichten); dieser hat %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This template is too long. Keep the subject to 200 characters and the text to 10,000.</source>
        <translation>Diese Vorlage ist zu lang. Der Betreff darf höchstens 200 Zeichen und der Text höchstens 10.000 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Write a subject line.</source>
        <translation>Geben Sie eine Betreffzeile ein.</translation>
    </message>
    <message>
        <source>Rapport does not know %1. Check the spelling; the placeholders are %2.</source>
        <translation>Rapport kennt %1 nicht. Prüfen Sie die Schreibweise; verfügbare Platzhalter sind %2.</translation>
    </message>
    <message>
        <source>Choose an appointment or a recall to preview the message with.</source>
        <translation>Wählen Sie einen Termin oder einen Recall, mit dem die Nachricht in der Vorschau angezeigt werden soll.</translation>
    </message>
    <message>
        <source>This reminder rule does not exist.</source>
        <translation>Diese Erinnerungsregel gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>rapport::MonthView</name>
    <message>
        <source>No appointments</source>
        <translation>Keine Termine</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 Termin</translation>
    </message>
    <message numerus="yes">
        <source>%n appointments</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>rapport::NoShowRiskModel</name>
    <message numerus="yes">
        <source>booked %n day(s) ahead (raises the risk)</source>
        <translation>
            <numerusform>%n Tage im Voraus gebucht (erhöht das Risiko)</numerusform>
            <numerusform>%n Tage im Voraus gebucht (erhöht das Risiko)</numerusform>
        </translation>
    </message>
    <message>
        <source>booked for the same day (lowers the risk)</source>
        <translation>für denselben Tag gebucht (senkt das Risiko)</translation>
    </message>
    <message>
        <source>booked the day before (lowers the risk)</source>
        <translation>am Vortag gebucht (senkt das Risiko)</translation>
    </message>
    <message>
        <source>on a Monday (raises the risk a little)</source>
        <translation>an einem Montag (erhöht das Risiko leicht)</translation>
    </message>
    <message>
        <source>on a Friday (raises the risk a little)</source>
        <translation>an einem Freitag (erhöht das Risiko leicht)</translation>
    </message>
    <message>
        <source>early in the morning, before %1 (raises the risk a little)</source>
        <translation>früh morgens, vor %1 (erhöht das Risiko leicht)</translation>
    </message>
    <message>
        <source>late in the afternoon, from %1 (raises the risk a little)</source>
        <translation>spät nachmittags, ab %1 (erhöht das Risiko leicht)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>new patient: clinic average</source>
        <translation>neuer Patient: Praxisdurchschnitt</translation>
    </message>
    <message numerus="yes">
        <source>no no-shows or late cancellations in %n appointment(s)</source>
        <translation>
            <numerusform>weder Nichterscheinen noch kurzfristige Absagen bei %n Termin</numerusform>
            <numerusform>weder Nichterscheinen noch kurzfristige Absagen bei %n Terminen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s)</source>
        <translation>
            <numerusform>%n-mal nicht erschienen</numerusform>
            <numerusform>%n-mal nicht erschienen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late cancellation(s)</source>
        <translation>
            <numerusform>%n kurzfristige Absage</numerusform>
            <numerusform>%n kurzfristige Absagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 in %n appointment(s)</source>
        <translation>
            <numerusform>%1 und %2 bei %n Termin</numerusform>
            <numerusform>%1 und %2 bei %n Terminen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n appointment(s)</source>
        <translation>
            <numerusform>%1 bei %n Termin</numerusform>
            <numerusform>%1 bei %n Terminen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::OneTimePasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>%1 gets a new one-time password. Their current password stops working at once; they choose a new one when they next sign in.</source>
        <translation>%1 erhält ein neues Einmalpasswort. Das bisherige Passwort ist sofort ungültig; bei der nächsten Anmeldung wird ein neues gewählt.</translation>
    </message>
    <message>
        <source>Reactivate account</source>
        <translation>Konto wieder aktivieren</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again with this one-time password, and chooses their own password at the first sign-in.</source>
        <translation>%1 kann sich mit diesem Einmalpasswort wieder anmelden und wählt bei der ersten Anmeldung ein eigenes Passwort.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Wieder aktivieren</translation>
    </message>
    <message>
        <source>&amp;One-time password:</source>
        <translation>&amp;Einmalpasswort:</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Einmalpasswort</translation>
    </message>
    <message>
        <source>Suggest another password</source>
        <translation>Anderes Passwort vorschlagen</translation>
    </message>
    <message>
        <source>Hand this password over in person or on paper, never by e-mail.</source>
        <translation>Übergeben Sie dieses Passwort persönlich oder auf Papier, niemals per E-Mail.</translation>
    </message>
</context>
<context>
    <name>rapport::Outbox</name>
    <message>
        <source>A message could not be queued.</source>
        <translation>Eine Nachricht konnte nicht in den Postausgang gestellt werden.</translation>
    </message>
    <message>
        <source>This message is not in the outbox.</source>
        <translation>Diese Nachricht ist nicht im Postausgang.</translation>
    </message>
    <message>
        <source>Only a failed, skipped, interrupted or cancelled message can be sent again. This one is “%1”.</source>
        <translation>Nur fehlgeschlagene, übersprungene, unterbrochene oder stornierte Nachrichten können erneut gesendet werden. Diese Nachricht hat den Status „%1“.</translation>
    </message>
    <message>
        <source>This message changed in the meantime. Refresh the list and try again.</source>
        <translation>Diese Nachricht wurde zwischenzeitlich geändert. Aktualisieren Sie die Liste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Only a message waiting to be sent can be cancelled. This one is “%1”.</source>
        <translation>Nur Nachrichten, die auf den Versand warten, können storniert werden. Diese Nachricht hat den Status „%1“.</translation>
    </message>
    <message>
        <source>The reason can be up to 500 characters long.</source>
        <translation>Der Grund darf bis zu 500 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>No consent for this channel and purpose</source>
        <translation>Keine Einwilligung für diesen Kontaktweg und Zweck</translation>
    </message>
    <message>
        <source>No e-mail address, mobile number or postal address</source>
        <translation>Keine E-Mail-Adresse, Mobilnummer oder Postanschrift</translation>
    </message>
    <message>
        <source>Quiet hours lasted until it was too late</source>
        <translation>Die Ruhezeiten dauerten an, bis es zu spät war</translation>
    </message>
    <message>
        <source>The sending window closed before it was useful</source>
        <translation>Das Versandzeitfenster endete, bevor der Versand noch sinnvoll war</translation>
    </message>
    <message>
        <source>The appointment was cancelled</source>
        <translation>Der Termin wurde abgesagt</translation>
    </message>
    <message>
        <source>The appointment has already taken place</source>
        <translation>Der Termin hat bereits stattgefunden</translation>
    </message>
    <message>
        <source>The appointment is already confirmed</source>
        <translation>Der Termin ist bereits bestätigt</translation>
    </message>
    <message>
        <source>The patient has already booked</source>
        <translation>Der Patient hat bereits einen Termin vereinbart</translation>
    </message>
    <message>
        <source>The patient is inactive, deceased or archived</source>
        <translation>Der Patient ist inaktiv, verstorben oder archiviert</translation>
    </message>
    <message>
        <source>The channel is not set up</source>
        <translation>Der Kontaktweg ist nicht eingerichtet</translation>
    </message>
    <message>
        <source>Booked or moved too close to the appointment for this reminder</source>
        <translation>Für diese Erinnerung zu kurzfristig vor dem Termin gebucht oder verschoben</translation>
    </message>
    <message>
        <source>Replaced by a reminder for the same time</source>
        <translation>Ersetzt durch eine Erinnerung für denselben Zeitpunkt</translation>
    </message>
    <message>
        <source>The recall was declined or marked inactive</source>
        <translation>Der Recall wurde abgelehnt oder als inaktiv gekennzeichnet</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testnachricht</translation>
    </message>
</context>
<context>
    <name>rapport::OutboxTableModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Next attempt %1</source>
        <translation>Nächster Versuch: %1</translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kontaktweg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Gesendet am</translation>
    </message>
</context>
<context>
    <name>rapport::PasswordEdit</name>
    <message>
        <source>Hide the password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Passwort anzeigen</translation>
    </message>
</context>
<context>
    <name>rapport::PasswordKdf</name>
    <message>
        <source>A key slot has an invalid salt.</source>
        <translation>Ein Schlüsselplatz hat einen ungültigen Salt-Wert.</translation>
    </message>
    <message>
        <source>Not enough memory to check the password. Close other programs and try again.</source>
        <translation>Nicht genügend Arbeitsspeicher, um das Passwort zu prüfen. Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>rapport::PasswordRulesView</name>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met yet</source>
        <translation>noch nicht erfüllt</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters — a short sentence is easy to remember</source>
        <translation>
            <numerusform>Mindestens %n Zeichen – ein kurzer Satz ist leicht zu merken</numerusform>
            <numerusform>Mindestens %n Zeichen – ein kurzer Satz ist leicht zu merken</numerusform>
        </translation>
    </message>
    <message>
        <source>Does not contain the user name</source>
        <translation>Enthält nicht den Benutzernamen</translation>
    </message>
    <message>
        <source>Both entries match</source>
        <translation>Beide Eingaben stimmen überein</translation>
    </message>
</context>
<context>
    <name>rapport::PatientChoices</name>
    <message>
        <source>Same as the clinic</source>
        <translation>Wie die Praxis</translation>
    </message>
</context>
<context>
    <name>rapport::PatientFilterBar</name>
    <message>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Show %1 patients</source>
        <translation>Patienten mit Status %1 anzeigen</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Schlagwort</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation>&amp;Alter</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Youngest age</source>
        <translation>Mindestalter</translation>
    </message>
    <message>
        <source>Oldest age</source>
        <translation>Höchstalter</translation>
    </message>
    <message>
        <source>Consent granted on channel</source>
        <translation>Einwilligung erteilt für Kontaktweg</translation>
    </message>
    <message>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <source>Consent granted for purpose</source>
        <translation>Einwilligung erteilt für Zweck</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>C&amp;onsent granted</source>
        <translation>&amp;Einwilligung erteilt</translation>
    </message>
</context>
<context>
    <name>rapport::PatientFormDialog</name>
    <message>
        <source>Ctrl+S saves · Esc cancels</source>
        <translation>Strg+S speichert · Esc bricht ab</translation>
    </message>
    <message>
        <source>Discard new patient</source>
        <translation>Neuen Patienten verwerfen</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard this new patient?</source>
        <translation>Diesen neuen Patienten verwerfen?</translation>
    </message>
    <message>
        <source>Discard your changes to this record?</source>
        <translation>Ihre Änderungen an diesem Datensatz verwerfen?</translation>
    </message>
    <message>
        <source>What you typed is not saved.</source>
        <translation>Ihre Eingaben werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Patient bearbeiten</translation>
    </message>
    <message>
        <source>A name is all that is needed now; everything else can be added later.</source>
        <translation>Jetzt genügt ein Name; alles Weitere können Sie später ergänzen.</translation>
    </message>
    <message>
        <source>Changes are recorded on the patient&apos;s timeline and in the audit trail.</source>
        <translation>Änderungen werden im Verlauf des Patienten und im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Create patient</source>
        <translation>Patient anlegen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>rapport::PatientFormFields</name>
    <message>
        <source>Separate tags with commas, e.g. “wheelchair, prefers mornings”.</source>
        <translation>Trennen Sie Schlagwörter durch Kommas, z. B. „Rollstuhl, bevorzugt vormittags“.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Patients under %1 need a parent or guardian. Choose a patient of the clinic, or enter someone who is not a patient.</source>
        <translation>Patienten unter %1 Jahren brauchen einen Elternteil oder Vormund. Wählen Sie einen Patienten der Praxis, oder geben Sie eine Person an, die kein Patient ist.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s given name or family name.</source>
        <translation>Geben Sie den Vornamen oder den Nachnamen des Patienten ein.</translation>
    </message>
    <message>
        <source>SMS needs a mobile number.</source>
        <translation>Für SMS wird eine Mobilnummer benötigt.</translation>
    </message>
    <message>
        <source>E-mail needs an e-mail address.</source>
        <translation>Für E-Mail wird eine E-Mail-Adresse benötigt.</translation>
    </message>
    <message>
        <source>%1 is %2 old. Choose their parent or guardian before saving.</source>
        <translation>%1 ist %2 alt. Wählen Sie vor dem Speichern einen Elternteil oder Vormund.</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>Der Patient</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Telefon und E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Preferences and notes</source>
        <translation>Präferenzen und Notizen</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Prefe&amp;rred name</source>
        <translation>&amp;Rufname</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Gesc&amp;hlecht</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>&amp;Mobil</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>&amp;Home phone</source>
        <translation>Telefon &amp;privat</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Telefon privat</translation>
    </message>
    <message>
        <source>&amp;Work phone</source>
        <translation>Telefon geschä&amp;ftlich</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Telefon geschäftlich</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Preferred &amp;channel</source>
        <translation>Bevorzugter &amp;Kontaktweg</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kontaktweg</translation>
    </message>
    <message>
        <source>Address line &amp;1</source>
        <translation>Anschrift, Zeile &amp;1</translation>
    </message>
    <message>
        <source>Address, first line</source>
        <translation>Anschrift, erste Zeile</translation>
    </message>
    <message>
        <source>Address line &amp;2</source>
        <translation>Anschrift, Zeile &amp;2</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>Anschrift, zweite Zeile</translation>
    </message>
    <message>
        <source>Town or cit&amp;y</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>P&amp;ostcode</source>
        <translation>Postleit&amp;zahl</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>County or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <source>Cou&amp;ntry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Best &amp;times to contact</source>
        <translation>&amp;Bevorzugte Kontaktzeiten</translation>
    </message>
    <message>
        <source>Best times to contact</source>
        <translation>Bevorzugte Kontaktzeiten</translation>
    </message>
    <message>
        <source>External &amp;id</source>
        <translation>Externe &amp;ID</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Relationship notes</source>
        <translation>Notizen zur Patientenbeziehung</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>e.g. Joanna</source>
        <translation>z. B. Anna</translation>
    </message>
    <message>
        <source>e.g. Walsh</source>
        <translation>z. B. Schmidt</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation>Wie die Person angesprochen werden möchte</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>e.g. jo.walsh@example.com</source>
        <translation>z. B. anna.schmidt@example.com</translation>
    </message>
    <message>
        <source>e.g. weekday mornings, not Fridays</source>
        <translation>z. B. werktags vormittags, nicht freitags</translation>
    </message>
    <message>
        <source>Number in another system</source>
        <translation>Nummer in einem anderen System</translation>
    </message>
    <message>
        <source>How to look after the relationship: what matters to them, what to avoid. Not clinical notes: no diagnoses, treatment or medication here.</source>
        <translation>Wie die Beziehung gepflegt wird: was der Person wichtig ist, was zu vermeiden ist. Keine medizinischen Notizen: keine Diagnosen, Behandlungen oder Medikamente.</translation>
    </message>
    <message>
        <source>e.g. wheelchair, prefers mornings</source>
        <translation>z. B. Rollstuhl, bevorzugt vormittags</translation>
    </message>
</context>
<context>
    <name>rapport::PatientHeader</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the record (%1)</source>
        <translation>Datensatz bearbeiten (%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mark the patient active, inactive or deceased</source>
        <translation>Patienten als aktiv, inaktiv oder verstorben kennzeichnen</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge with another record of the same person</source>
        <translation>Mit einem anderen Datensatz derselben Person zusammenführen</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivieren…</translation>
    </message>
    <message>
        <source>Hide the record from searches and lists; it is never deleted</source>
        <translation>Den Datensatz in Suchen und Listen ausblenden; er wird nie gelöscht</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Make the record active again</source>
        <translation>Den Datensatz wieder aktiv setzen</translation>
    </message>
</context>
<context>
    <name>rapport::PatientImport</name>
    <message>
        <source>The import has not started.</source>
        <translation>Der Import wurde noch nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>rapport::PatientListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>Zum Sortieren klicken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>rapport::PatientListPage</name>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No patients match these filters.</source>
        <translation>Keine Patienten passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>One patient</source>
        <translation>Ein Patient</translation>
    </message>
    <message>
        <source>%1 patients</source>
        <translation>%1 Patienten</translation>
    </message>
    <message>
        <source>Everyone registered at the clinic. Click a column to sort; Enter or a double-click opens the patient.</source>
        <translation>Alle in der Praxis erfassten Patienten. Klicken Sie auf eine Spalte, um zu sortieren; Enter oder ein Doppelklick öffnet den Patienten.</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Register a new patient</source>
        <translation>Neuen Patienten anlegen</translation>
    </message>
    <message>
        <source>Register a new patient (%1)</source>
        <translation>Neuen Patienten anlegen (%1)</translation>
    </message>
    <message>
        <source>Loading the list</source>
        <translation>Liste wird geladen</translation>
    </message>
</context>
<context>
    <name>rapport::PatientPage</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Rapport is locked. Sign in again.</source>
        <translation>Rapport ist gesperrt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Go back (%1)</source>
        <translation>Zurück (%1)</translation>
    </message>
    <message>
        <source>Prefers %1</source>
        <translation>Bevorzugt: %1</translation>
    </message>
    <message>
        <source>Given name %1</source>
        <translation>Vorname: %1</translation>
    </message>
    <message>
        <source>External id %1</source>
        <translation>Externe ID: %1</translation>
    </message>
    <message>
        <source>This record was merged into another record of the same person. Its links, consent and timeline are there now.</source>
        <translation>Dieser Datensatz wurde mit einem anderen Datensatz derselben Person zusammengeführt. Seine Verknüpfungen, Einwilligungen und sein Verlauf befinden sich jetzt dort.</translation>
    </message>
    <message>
        <source>Open the kept record</source>
        <translation>Erhaltenen Datensatz öffnen</translation>
    </message>
    <message>
        <source>Archived: this record is left out of searches and lists unless archived records are asked for. Nothing was deleted.</source>
        <translation>Archiviert: Dieser Datensatz erscheint nicht in Suchen und Listen, außer wenn archivierte Datensätze ausdrücklich angefordert werden. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Changes to %1 saved.</source>
        <translation>Änderungen an %1 gespeichert.</translation>
    </message>
    <message>
        <source>Consent decision recorded.</source>
        <translation>Einwilligungsentscheidung erfasst.</translation>
    </message>
    <message>
        <source>Link added.</source>
        <translation>Verknüpfung hinzugefügt.</translation>
    </message>
    <message>
        <source>End link</source>
        <translation>Verknüpfung beenden</translation>
    </message>
    <message>
        <source>End the link between %1 and %2?</source>
        <translation>Die Verknüpfung zwischen %1 und %2 beenden?</translation>
    </message>
    <message>
        <source>It stays on the timeline of both records.</source>
        <translation>Sie bleibt im Verlauf beider Datensätze erhalten.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Link ended.</source>
        <translation>Verknüpfung beendet.</translation>
    </message>
    <message>
        <source>Mark as deceased</source>
        <translation>Als verstorben kennzeichnen</translation>
    </message>
    <message>
        <source>Mark %1 as deceased?</source>
        <translation>%1 als verstorben kennzeichnen?</translation>
    </message>
    <message>
        <source>Check this carefully: reminders and recalls to a patient who has died cause great distress.</source>
        <translation>Prüfen Sie das sorgfältig: Erinnerungen und Recalls an verstorbene Patienten lösen bei Angehörigen großen Kummer aus.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>Neuer Status von %1: %2</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Patienten archivieren</translation>
    </message>
    <message>
        <source>Archive the record of %1?</source>
        <translation>Den Datensatz von %1 archivieren?</translation>
    </message>
    <message>
        <source>It is left out of searches and lists, and nothing is deleted. You can restore it at any time.</source>
        <translation>Er erscheint nicht mehr in Suchen und Listen, und es wird nichts gelöscht. Sie können ihn jederzeit wiederherstellen.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>%1 was archived.</source>
        <translation>%1 wurde archiviert.</translation>
    </message>
    <message>
        <source>The records were merged into %1.</source>
        <translation>Die Datensätze von %1 wurden zusammengeführt.</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Patient bearbeiten</translation>
    </message>
</context>
<context>
    <name>rapport::PatientPicker</name>
    <message>
        <source>Chosen: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>No patient matches “%1”.</source>
        <translation>Kein Patient passt zu „%1“.</translation>
    </message>
    <message>
        <source>Search by name, phone number or date of birth</source>
        <translation>Nach Name, Telefonnummer oder Geburtsdatum suchen</translation>
    </message>
    <message>
        <source>Find the patient</source>
        <translation>Patienten suchen</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>Passende Patienten</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Choose another patient</source>
        <translation>Anderen Patienten wählen</translation>
    </message>
</context>
<context>
    <name>rapport::PatientSearchBox</name>
    <message>
        <source>Type a name, phone number, date of birth, e-mail address or id.</source>
        <translation>Geben Sie einen Namen, eine Telefonnummer, ein Geburtsdatum, eine E-Mail-Adresse oder eine ID ein.</translation>
    </message>
    <message>
        <source>No patient matches “%1”.</source>
        <translation>Kein Patient passt zu „%1“.</translation>
    </message>
    <message>
        <source>The first %1 matches. Type more to narrow them down.</source>
        <translation>Die ersten %1 Treffer. Geben Sie mehr ein, um die Suche einzugrenzen.</translation>
    </message>
    <message>
        <source>One patient found</source>
        <translation>Ein Patient gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n patients found</source>
        <translation>
            <numerusform>%n Patient gefunden</numerusform>
            <numerusform>%n Patienten gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a patient…   %1</source>
        <translation>Patienten suchen…   %1</translation>
    </message>
    <message>
        <source>Find a patient</source>
        <translation>Patienten suchen</translation>
    </message>
    <message>
        <source>Name, phone number, date of birth, e-mail address or id (%1)</source>
        <translation>Name, Telefonnummer, Geburtsdatum, E-Mail-Adresse oder ID (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::PatientSearchModel</name>
    <message>
        <source>Create a new patient…</source>
        <translation>Neuen Patienten anlegen…</translation>
    </message>
    <message>
        <source>Create new patient “%1”…</source>
        <translation>Neuen Patienten „%1“ anlegen…</translation>
    </message>
    <message>
        <source>given name %1</source>
        <translation>Vorname %1</translation>
    </message>
    <message>
        <source>family name %1</source>
        <translation>Nachname %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren %1</translation>
    </message>
    <message>
        <source>mobile %1</source>
        <translation>Mobil %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>E-Mail %1</translation>
    </message>
    <message>
        <source>Alt+Enter</source>
        <translation>Alt+Enter</translation>
    </message>
</context>
<context>
    <name>rapport::PatientSearchPopup</name>
    <message>
        <source>Include &amp;archived</source>
        <translation>&amp;Archivierte einbeziehen</translation>
    </message>
    <message>
        <source>Include archived patients</source>
        <translation>Archivierte Patienten einbeziehen</translation>
    </message>
    <message>
        <source>↑↓ move   ·   Enter open   ·   Alt+Enter new patient   ·   Esc close</source>
        <translation>↑↓ Auswahl   ·   Enter Öffnen   ·   Alt+Enter Neuer Patient   ·   Esc Schließen</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Gefundene Patienten</translation>
    </message>
</context>
<context>
    <name>rapport::PatientService</name>
    <message>
        <source>given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>home phone</source>
        <translation>Telefon privat</translation>
    </message>
    <message>
        <source>work phone</source>
        <translation>Telefon geschäftlich</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>preferred channel</source>
        <translation>bevorzugter Kontaktweg</translation>
    </message>
    <message>
        <source>preferred contact times</source>
        <translation>bevorzugte Kontaktzeiten</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>relationship notes</source>
        <translation>Notizen zur Patientenbeziehung</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>externe ID</translation>
    </message>
    <message>
        <source>The linked patient does not exist.</source>
        <translation>Den verknüpften Patientendatensatz gibt es nicht.</translation>
    </message>
    <message>
        <source>This may be a patient the clinic already has: %1 (%2). Open the existing record, or save anyway if they are different people.</source>
        <translation>Dieser Patient ist möglicherweise schon in der Praxis erfasst: %1 (%2). Öffnen Sie den vorhandenen Datensatz, oder speichern Sie trotzdem, wenn es sich um verschiedene Personen handelt.</translation>
    </message>
    <message>
        <source>This record was merged into another one; edit that record instead.</source>
        <translation>Dieser Datensatz wurde mit einem anderen zusammengeführt; bearbeiten Sie stattdessen den anderen Datensatz.</translation>
    </message>
    <message>
        <source>With this change the record looks like another patient&apos;s: %1 (%2). Check before saving, or save anyway if they are different people.</source>
        <translation>Mit dieser Änderung ähnelt der Datensatz dem eines anderen Patienten: %1 (%2). Prüfen Sie das vor dem Speichern, oder speichern Sie trotzdem, wenn es sich um verschiedene Personen handelt.</translation>
    </message>
    <message>
        <source>This record was merged into another one and stays archived.</source>
        <translation>Dieser Datensatz wurde mit einem anderen zusammengeführt und bleibt archiviert.</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Wählen Sie zwei verschiedene Datensätze zum Zusammenführen aus.</translation>
    </message>
    <message>
        <source>One of these records has already been merged.</source>
        <translation>Einer dieser Datensätze wurde bereits zusammengeführt.</translation>
    </message>
    <message>
        <source>Choose the channel the decision is about.</source>
        <translation>Wählen Sie den Kontaktweg, auf den sich die Entscheidung bezieht.</translation>
    </message>
    <message>
        <source>This link no longer exists.</source>
        <translation>Diese Verknüpfung besteht nicht mehr.</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Datensatz angelegt</translation>
    </message>
    <message>
        <source>Record changed: %1</source>
        <translation>Datensatz geändert: %1</translation>
    </message>
    <message>
        <source>Status changed to %1</source>
        <translation>Status geändert: %1</translation>
    </message>
    <message>
        <source>Another record of the same person was merged into this one</source>
        <translation>Ein anderer Datensatz derselben Person wurde mit diesem zusammengeführt</translation>
    </message>
    <message>
        <source>Link to %1 ended</source>
        <translation>Verknüpfung mit %1 beendet</translation>
    </message>
    <message>
        <source>This patient record does not exist. It may have been merged into another record.</source>
        <translation>Diesen Patientendatensatz gibt es nicht. Möglicherweise wurde er mit einem anderen Datensatz zusammengeführt.</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>gleicher Name und gleiches Geburtsdatum</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n year(s) old, and the clinic requires a parent or guardian for patients under %2. Add one under Family and care links.</source>
        <translation>
            <numerusform>%1 ist %n Jahr alt, und die Praxis verlangt für Patienten unter %2 Jahren einen Elternteil oder Vormund. Fügen Sie unter „Angehörige und Bezugspersonen“ eine solche Person hinzu.</numerusform>
            <numerusform>%1 ist %n Jahre alt, und die Praxis verlangt für Patienten unter %2 Jahren einen Elternteil oder Vormund. Fügen Sie unter „Angehörige und Bezugspersonen“ eine solche Person hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent granted: %1 — %2 (%3)</source>
        <translation>Einwilligung erteilt: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Consent withdrawn: %1 — %2 (%3)</source>
        <translation>Einwilligung widerrufen: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>%1 added (%2)</source>
        <translation>%1 hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>Linked from %1&apos;s record (%2)</source>
        <translation>Im Datensatz von %1 verknüpft (%2)</translation>
    </message>
</context>
<context>
    <name>rapport::PatientText</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>under a month</source>
        <translation>unter einem Monat</translation>
    </message>
    <message>
        <source>Date of birth not recorded</source>
        <translation>Geburtsdatum nicht erfasst</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Schlagwort: %1</translation>
    </message>
</context>
<context>
    <name>rapport::PatientTimeline</name>
    <message numerus="yes">
        <source>%1 with %2, %n min: %3</source>
        <translation>
            <numerusform>%1 bei %2, %n Min.: %3</numerusform>
            <numerusform>%1 bei %2, %n Min.: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 per %2: %3</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Anruf: %1</translation>
    </message>
</context>
<context>
    <name>rapport::PatientValidator</name>
    <message>
        <source>“%1” is not an e-mail address. An address has a name, an @ and a domain, like jo.walsh@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Eine Adresse besteht aus einem Namen, einem @ und einer Domain, zum Beispiel anna.schmidt@example.com.</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future. Check the year.</source>
        <translation>Das Geburtsdatum %1 liegt in der Zukunft. Prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>The date of birth %1 is more than 130 years ago. Check the year.</source>
        <translation>Das Geburtsdatum %1 liegt mehr als 130 Jahre zurück. Prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>„%1“ ist kein gültiges Datum: Einen Monat %2 gibt es nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a date: %2 %3 has %4 days.</source>
        <translation>„%1“ ist kein gültiges Datum: Der %2 %3 hat nur %4 Tage.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like %2.</source>
        <translation>„%1“ ist kein gültiges Datum. Geben Sie es so ein: %2.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s given name or family name.</source>
        <translation>Geben Sie den Vornamen oder den Nachnamen des Patienten ein.</translation>
    </message>
    <message>
        <source>The given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>The preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>The relationship notes</source>
        <translation>Notizen zur Patientenbeziehung</translation>
    </message>
    <message>
        <source>The preferred contact times</source>
        <translation>Bevorzugte Kontaktzeiten</translation>
    </message>
    <message>
        <source>The external id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Telefon privat</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Telefon geschäftlich</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>SMS is the preferred channel, but there is no mobile phone number.</source>
        <translation>Als bevorzugter Kontaktweg ist SMS gewählt, aber es ist keine Mobilnummer angegeben.</translation>
    </message>
    <message>
        <source>E-mail is the preferred channel, but there is no e-mail address.</source>
        <translation>Als bevorzugter Kontaktweg ist E-Mail gewählt, aber es ist keine E-Mail-Adresse angegeben.</translation>
    </message>
    <message>
        <source>A family or care link needs either a patient of the clinic or a contact&apos;s name.</source>
        <translation>Für Angehörige und Bezugspersonen wird entweder ein Patient der Praxis oder der Name einer Kontaktperson benötigt.</translation>
    </message>
    <message>
        <source>A patient cannot be linked to themselves.</source>
        <translation>Ein Patient kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telefon der Kontaktperson</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1: Der Text ist zu lang (höchstens %2 Zeichen).</translation>
    </message>
</context>
<context>
    <name>rapport::PatientVocabulary</name>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Keine Präferenz</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Verstorben</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Appointment reminders</source>
        <translation>Terminerinnerungen</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Recalls</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Umfragen</translation>
    </message>
    <message>
        <source>Education and marketing</source>
        <translation>Patienteninformation und Werbung</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Unterschriebenes Formular</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Elternteil oder Vormund</translation>
    </message>
    <message>
        <source>Spouse or partner</source>
        <translation>Ehe- oder Lebenspartner</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Betreuungsperson</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Zahlungspflichtige Person</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Notfallkontakt</translation>
    </message>
</context>
<context>
    <name>rapport::PatientWorkspace</name>
    <message>
        <source>%1 was registered.</source>
        <translation>%1 wurde angelegt.</translation>
    </message>
    <message>
        <source>&amp;Find a patient…</source>
        <translation>Patienten &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Neuer Patient…</translation>
    </message>
</context>
<context>
    <name>rapport::Permissions</name>
    <message>
        <source>Receptionist</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Practice manager</source>
        <translation>Praxismanagement</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>view patients</source>
        <translation>Patienten ansehen</translation>
    </message>
    <message>
        <source>edit patients</source>
        <translation>Patienten bearbeiten</translation>
    </message>
    <message>
        <source>merge patient records</source>
        <translation>Patientendatensätze zusammenführen</translation>
    </message>
    <message>
        <source>erase a patient on request</source>
        <translation>Patienten auf Antrag löschen</translation>
    </message>
    <message>
        <source>view the appointment book</source>
        <translation>Terminkalender ansehen</translation>
    </message>
    <message>
        <source>book and change appointments</source>
        <translation>Termine vergeben und ändern</translation>
    </message>
    <message>
        <source>override booking conflicts</source>
        <translation>Terminkonflikte übergehen</translation>
    </message>
    <message>
        <source>set up providers, chairs and hours</source>
        <translation>Behandelnde, Behandlungsstühle und Sprechzeiten einrichten</translation>
    </message>
    <message>
        <source>work recall and call lists</source>
        <translation>Recall- und Anruflisten abarbeiten</translation>
    </message>
    <message>
        <source>send messages</source>
        <translation>Nachrichten senden</translation>
    </message>
    <message>
        <source>configure messaging</source>
        <translation>Nachrichtenversand einrichten</translation>
    </message>
    <message>
        <source>handle complaints</source>
        <translation>Beschwerden bearbeiten</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>Berichte ansehen</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>Prüfprotokoll lesen</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>Mitarbeiterkonten verwalten</translation>
    </message>
    <message>
        <source>change clinic settings</source>
        <translation>Praxiseinstellungen ändern</translation>
    </message>
    <message>
        <source>make and restore backups</source>
        <translation>Sicherungen erstellen und wiederherstellen</translation>
    </message>
    <message>
        <source>change your own password</source>
        <translation>eigenes Passwort ändern</translation>
    </message>
</context>
<context>
    <name>rapport::PhoneEdit</name>
    <message>
        <source>This looks like a landline: text messages will not reach it.</source>
        <translation>Dies scheint eine Festnetznummer zu sein: SMS erreichen sie nicht.</translation>
    </message>
</context>
<context>
    <name>rapport::PhoneNumbers</name>
    <message>
        <source>“%1” is not a phone number. Type it as you would dial it in %2 (for example %3), or with + and the country code.</source>
        <translation>„%1“ ist keine Telefonnummer. Geben Sie sie so ein, wie man sie im Inland wählt (Land: %2, zum Beispiel %3), oder mit + und der Ländervorwahl.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number: check the number of digits and the area code, or add + and the country code for a number abroad.</source>
        <translation>„%1“ ist keine gültige Telefonnummer: Prüfen Sie die Anzahl der Ziffern und die Vorwahl, oder stellen Sie bei einer ausländischen Nummer + und die Ländervorwahl voran.</translation>
    </message>
</context>
<context>
    <name>rapport::RecallChainEditor</name>
    <message>
        <source>Add a step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Days from the due date</source>
        <translation>Tage ab dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>days before the due date</source>
        <translation>Tage vor dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>days after the due date</source>
        <translation>Tage nach dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Before or after the due date</source>
        <translation>Vor oder nach dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>by</source>
        <translation>per</translation>
    </message>
    <message>
        <source>How the patient is contacted</source>
        <translation>Wie der Patient kontaktiert wird</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Diesen Schritt entfernen</translation>
    </message>
    <message>
        <source>A contact chain has at most %1 steps.</source>
        <translation>Eine Kontaktkette hat höchstens %1 Schritte.</translation>
    </message>
</context>
<context>
    <name>rapport::RecallDueDateDialog</name>
    <message>
        <source>Set the due date</source>
        <translation>Fälligkeitsdatum festlegen</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Reminders for this recall follow the new date. The next completed visit sets it again from the interval.</source>
        <translation>Erinnerungen für diesen Recall richten sich nach dem neuen Datum. Beim nächsten abgeschlossenen Besuch wird es wieder aus dem Intervall berechnet.</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>Fällig &amp;am:</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Festlegen</translation>
    </message>
</context>
<context>
    <name>rapport::RecallFilterBar</name>
    <message>
        <source>Any provider</source>
        <translation>Beliebiger Behandler</translation>
    </message>
    <message>
        <source>Any recall type</source>
        <translation>Beliebige Recall-Art</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Nächste 30 Tage</translation>
    </message>
    <message>
        <source>Next 3 months</source>
        <translation>Nächste 3 Monate</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>Due dates shown</source>
        <translation>Angezeigte Fälligkeitsdaten</translation>
    </message>
    <message>
        <source>The next 30 days and the next 3 months include the overdue recalls.</source>
        <translation>„Nächste 30 Tage“ und „Nächste 3 Monate“ schließen die überfälligen Recalls ein.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>First due date</source>
        <translation>Erstes Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Last due date</source>
        <translation>Letztes Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>and overdue</source>
        <translation>und überfällige</translation>
    </message>
    <message>
        <source>Also show open recalls that were due before the first date</source>
        <translation>Auch offene Recalls anzeigen, die vor dem ersten Datum fällig waren</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Behandler</translation>
    </message>
    <message>
        <source>Provider who saw the patient last</source>
        <translation>Behandler, bei dem der Patient zuletzt war</translation>
    </message>
    <message>
        <source>Who saw the patient last for this recall</source>
        <translation>Bei wem der Patient für diesen Recall zuletzt war</translation>
    </message>
    <message>
        <source>Recall &amp;type</source>
        <translation>Recall-&amp;Art</translation>
    </message>
    <message>
        <source>Recall type</source>
        <translation>Recall-Art</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>State of the recalls shown</source>
        <translation>Status der angezeigten Recalls</translation>
    </message>
    <message>
        <source>Open (not declined)</source>
        <translation>Offen (nicht abgelehnt)</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>Nicht kontaktiert</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Terminiert</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Needs reactivation</source>
        <translation>Reaktivierung erforderlich</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Not contacted, contacted and scheduled</source>
        <translation>Nicht kontaktiert, kontaktiert und terminiert</translation>
    </message>
    <message>
        <source>Every contact of the cycle was tried and nothing is booked</source>
        <translation>Alle Kontakte des Zyklus wurden versucht, und es ist kein Termin vereinbart</translation>
    </message>
    <message>
        <source>A&amp;ge on the due date</source>
        <translation>A&amp;lter am Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Youngest age</source>
        <translation>Mindestalter</translation>
    </message>
    <message>
        <source>Oldest age</source>
        <translation>Höchstalter</translation>
    </message>
    <message>
        <source>&amp;Last contact</source>
        <translation>Letzter &amp;Kontakt</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Nie kontaktiert</translation>
    </message>
    <message>
        <source>Not in the last</source>
        <translation>Nicht in den letzten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Tage ohne Kontakt</translation>
    </message>
    <message>
        <source>Atte&amp;mpts</source>
        <translation>&amp;Versuche</translation>
    </message>
    <message>
        <source>Fewest contact attempts</source>
        <translation>Mindestzahl an Kontaktversuchen</translation>
    </message>
    <message>
        <source>Most contact attempts</source>
        <translation>Höchstzahl an Kontaktversuchen</translation>
    </message>
    <message>
        <source>Contacts tried in the recall&apos;s current cycle</source>
        <translation>Kontaktversuche im aktuellen Zyklus des Recalls</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>rapport::RecallIntervalDialog</name>
    <message>
        <source>&amp;Own interval:</source>
        <translation>&amp;Eigenes Intervall:</translation>
    </message>
    <message>
        <source>Change the interval</source>
        <translation>Intervall ändern</translation>
    </message>
    <message>
        <source>The recall type&apos;s interval: %1</source>
        <translation>Intervall der Recall-Art: %1</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>The due date moves to the last visit plus the new interval.</source>
        <translation>Das Fälligkeitsdatum wird auf den letzten Besuch plus das neue Intervall gesetzt.</translation>
    </message>
    <message>
        <source>The due date stays as it is; the interval counts from the next visit.</source>
        <translation>Das Fälligkeitsdatum bleibt unverändert; das Intervall gilt ab dem nächsten Besuch.</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Ä&amp;ndern</translation>
    </message>
    <message>
        <source>Enter at least one month or one day.</source>
        <translation>Geben Sie mindestens einen Monat oder einen Tag an.</translation>
    </message>
</context>
<context>
    <name>rapport::RecallReasonDialog</name>
    <message>
        <source>Decline the recall</source>
        <translation>Recall ablehnen</translation>
    </message>
    <message>
        <source>Mark the recall inactive</source>
        <translation>Recall als inaktiv kennzeichnen</translation>
    </message>
    <message>
        <source>The patient does not want this recall. It leaves the working list and no more reminders go out for it. You can reactivate it later.</source>
        <translation>Der Patient möchte diesen Recall nicht. Er wird aus der Arbeitsliste entfernt, und es werden keine Erinnerungen mehr dafür verschickt. Sie können ihn später wieder aktivieren.</translation>
    </message>
    <message>
        <source>The recall stops: no reminders, and it leaves the working list, for example when the patient moved away. You can reactivate it later.</source>
        <translation>Der Recall wird beendet: Es gehen keine Erinnerungen mehr hinaus, und er wird aus der Arbeitsliste entfernt, zum Beispiel wenn der Patient weggezogen ist. Sie können ihn später wieder aktivieren.</translation>
    </message>
    <message>
        <source>Why the patient declined</source>
        <translation>Warum der Patient abgelehnt hat</translation>
    </message>
    <message>
        <source>Why the recall stops</source>
        <translation>Warum der Recall beendet wird</translation>
    </message>
    <message>
        <source>Does not want reminders</source>
        <translation>Möchte keine Erinnerungen</translation>
    </message>
    <message>
        <source>Goes to another clinic</source>
        <translation>Wechselt in eine andere Praxis</translation>
    </message>
    <message>
        <source>Will call when ready</source>
        <translation>Meldet sich selbst, wenn es passt</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Verzogen</translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Nicht mehr erforderlich</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>&amp;Mark inactive</source>
        <translation>Als &amp;inaktiv kennzeichnen</translation>
    </message>
    <message>
        <source>Say why: choose or type a reason.</source>
        <translation>Geben Sie einen Grund an: Wählen Sie einen aus oder tippen Sie ihn ein.</translation>
    </message>
</context>
<context>
    <name>rapport::RecallService</name>
    <message>
        <source>Replaced by the “%1” recall.</source>
        <translation>Ersetzt durch den Recall „%1“.</translation>
    </message>
    <message>
        <source>Choose the first and the last due date of the list.</source>
        <translation>Wählen Sie das erste und das letzte Fälligkeitsdatum der Liste.</translation>
    </message>
    <message>
        <source>The first due date is after the last one. Swap them.</source>
        <translation>Das erste Fälligkeitsdatum liegt nach dem letzten. Tauschen Sie die beiden.</translation>
    </message>
    <message>
        <source>Choose the date the recall is due.</source>
        <translation>Wählen Sie das Datum, an dem der Recall fällig ist.</translation>
    </message>
    <message>
        <source>This patient record does not exist. It may have been merged into another record.</source>
        <translation>Diesen Patientendatensatz gibt es nicht. Möglicherweise wurde er mit einem anderen Datensatz zusammengeführt.</translation>
    </message>
    <message>
        <source>The “%1” recall type is no longer in use.</source>
        <translation>Die Recall-Art „%1“ wird nicht mehr verwendet.</translation>
    </message>
    <message>
        <source>This patient already has the “%1” recall, due %2. Change its due date instead.</source>
        <translation>Dieser Patient hat bereits den Recall „%1“, fällig am %2. Ändern Sie stattdessen dessen Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s own interval in months (0 to 120) and days (0 to 3660), at least one day in all.</source>
        <translation>Geben Sie das eigene Intervall des Patienten in Monaten (0 bis 120) und Tagen (0 bis 3660) an, insgesamt mindestens einen Tag.</translation>
    </message>
    <message>
        <source>Say how the patient was contacted: e-mail, SMS, letter or phone.</source>
        <translation>Geben Sie an, wie der Patient kontaktiert wurde: E-Mail, SMS, Brief oder Telefon.</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>Nicht kontaktiert</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Terminiert</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>There is no such recall type.</source>
        <translation>Diese Recall-Art gibt es nicht.</translation>
    </message>
    <message>
        <source>Enter a name for the recall type (up to 100 characters), such as “Hygiene, 6 months”.</source>
        <translation>Geben Sie einen Namen für die Recall-Art ein (bis zu 100 Zeichen), zum Beispiel „Prophylaxe, 6 Monate“.</translation>
    </message>
    <message>
        <source>Enter the interval after a visit in months (0 to 120) and days (0 to 3660), at least one day in all.</source>
        <translation>Geben Sie das Intervall nach einem Besuch in Monaten (0 bis 120) und Tagen (0 bis 3660) an, insgesamt mindestens einen Tag.</translation>
    </message>
    <message>
        <source>Enter how many contacts to try per cycle, from 1 to 20.</source>
        <translation>Geben Sie an, wie viele Kontakte pro Zyklus versucht werden, von 1 bis 20.</translation>
    </message>
    <message>
        <source>Enter the age at which patients move on to the next recall type.</source>
        <translation>Geben Sie das Alter an, ab dem Patienten zur nächsten Recall-Art wechseln.</translation>
    </message>
    <message>
        <source>Enter the age at which patients move on, from 1 to 120.</source>
        <translation>Geben Sie das Alter an, ab dem Patienten wechseln, von 1 bis 120.</translation>
    </message>
    <message>
        <source>Choose the recall type that patients move on to at that age.</source>
        <translation>Wählen Sie die Recall-Art, zu der Patienten in diesem Alter wechseln.</translation>
    </message>
    <message>
        <source>A recall type cannot hand patients on to itself.</source>
        <translation>Eine Recall-Art kann Patienten nicht an sich selbst weitergeben.</translation>
    </message>
    <message>
        <source>The recall type that patients move on to does not exist.</source>
        <translation>Die Recall-Art, zu der Patienten wechseln sollen, gibt es nicht.</translation>
    </message>
    <message>
        <source>These recall types would hand patients on to each other in a circle. Choose another type to move on to.</source>
        <translation>Diese Recall-Arten würden Patienten im Kreis aneinander weitergeben. Wählen Sie eine andere Recall-Art für den Wechsel.</translation>
    </message>
    <message>
        <source>One of the appointment types chosen to reset the recall does not exist.</source>
        <translation>Eine der Terminarten, die den Recall zurücksetzen sollen, gibt es nicht.</translation>
    </message>
    <message>
        <source>The appointment type to book for this recall does not exist.</source>
        <translation>Die Terminart, die für diesen Recall gebucht werden soll, gibt es nicht.</translation>
    </message>
    <message>
        <source>A contact chain has at most 10 steps.</source>
        <translation>Eine Kontaktkette hat höchstens 10 Schritte.</translation>
    </message>
    <message>
        <source>Each contact step is at most 365 days before or after the due date.</source>
        <translation>Jeder Kontaktschritt liegt höchstens 365 Tage vor oder nach dem Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Another recall type is already called “%1”.</source>
        <translation>Es gibt bereits eine Recall-Art mit dem Namen „%1“.</translation>
    </message>
</context>
<context>
    <name>rapport::RecallTableModel</name>
    <message>
        <source>%1 (guardian)</source>
        <translation>%1 (Elternteil/Vormund)</translation>
    </message>
    <message>
        <source>Last visit: %1</source>
        <translation>Letzter Besuch: %1</translation>
    </message>
    <message>
        <source>Age on the due date</source>
        <translation>Alter am Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Recall type</source>
        <translation>Recall-Art</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>rapport::RecallText</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation>per SMS</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>per Brief</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation>%1 · heute</translation>
    </message>
    <message>
        <source>%1 · overdue by 1 day</source>
        <translation>%1 · 1 Tag überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%1 · overdue by %n days</source>
        <translation>
            <numerusform>%1 · %n Tag überfällig</numerusform>
            <numerusform>%1 · %n Tage überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · overdue by %n months</source>
        <translation>
            <numerusform>%1 · %n Monat überfällig</numerusform>
            <numerusform>%1 · %n Monate überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>Nicht kontaktiert</translation>
    </message>
    <message>
        <source>Contacted %1×</source>
        <translation>%1× kontaktiert</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>zuletzt am %1</translation>
    </message>
    <message>
        <source>last %1 %2</source>
        <translation>zuletzt am %1 %2</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Terminiert am %1</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Terminiert</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Inactive: %1</source>
        <translation>Inaktiv: %1</translation>
    </message>
    <message>
        <source>attempts used</source>
        <translation>Versuche ausgeschöpft</translation>
    </message>
    <message>
        <source>Contacts in this cycle: %1 of %2</source>
        <translation>Kontakte in diesem Zyklus: %1 von %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Every contact of this cycle was tried. Call or write once more, or mark the recall inactive.</source>
        <translation>Alle Kontaktversuche dieses Zyklus sind ausgeschöpft. Rufen Sie noch einmal an, schreiben Sie noch einmal, oder kennzeichnen Sie den Recall als inaktiv.</translation>
    </message>
    <message>
        <source>Reactivate the recall when the patient wants to be reminded again.</source>
        <translation>Aktivieren Sie den Recall wieder, wenn der Patient wieder erinnert werden möchte.</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kontaktweg</translation>
    </message>
    <message>
        <source>Another channel</source>
        <translation>Anderer Kontaktweg</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Phone call (call list)</source>
        <translation>Anruf (Anrufliste)</translation>
    </message>
    <message>
        <source>on the due date</source>
        <translation>am Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 before the due date</source>
        <translation>%1 vor dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>%1 after the due date</source>
        <translation>%1 nach dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>left a message</source>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>falsche Nummer</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>Termin vereinbart</translation>
    </message>
</context>
<context>
    <name>rapport::RecallTypeEditor</name>
    <message>
        <source>Until a&amp;ge</source>
        <translation>Bis zum &amp;Alter</translation>
    </message>
    <message>
        <source>then</source>
        <translation>danach</translation>
    </message>
    <message>
        <source>In &amp;use</source>
        <translation>In Ver&amp;wendung</translation>
    </message>
    <message>
        <source>For example: Hygiene, 6 months</source>
        <translation>Zum Beispiel: Prophylaxe, 6 Monate</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Interval in months</source>
        <translation>Intervall in Monaten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Interval in days, added to the months</source>
        <translation>Intervall in Tagen, zusätzlich zu den Monaten</translation>
    </message>
    <message>
        <source>Appointment types that reset the recall</source>
        <translation>Terminarten, die den Recall zurücksetzen</translation>
    </message>
    <message>
        <source>Appointment type booked for the recall</source>
        <translation>Terminart, die für den Recall gebucht wird</translation>
    </message>
    <message>
        <source>Age at which patients move on</source>
        <translation>Alter, ab dem Patienten wechseln</translation>
    </message>
    <message>
        <source>Recall type from that age on</source>
        <translation>Recall-Art ab diesem Alter</translation>
    </message>
    <message>
        <source>Contacts per cycle</source>
        <translation>Kontakte pro Zyklus</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>then the patient is offered for reactivation</source>
        <translation>danach wird der Patient zur Reaktivierung vorgeschlagen</translation>
    </message>
    <message>
        <source>A completed appointment of a ticked type starts a new cycle.</source>
        <translation>Ein abgeschlossener Termin einer angekreuzten Terminart startet einen neuen Zyklus.</translation>
    </message>
    <message>
        <source>Messages go out on the step&apos;s day; a phone step puts the patient on the call list.</source>
        <translation>Nachrichten werden am Tag des Schritts versendet; bei einem Anrufschritt kommt der Patient auf die Anrufliste.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>&amp;Reset by:</source>
        <translation>&amp;Zurückgesetzt durch:</translation>
    </message>
    <message>
        <source>&amp;Book as:</source>
        <translation>&amp;Buchen als:</translation>
    </message>
    <message>
        <source>Age switch:</source>
        <translation>Altersgrenze:</translation>
    </message>
    <message>
        <source>A&amp;ttempts:</source>
        <translation>&amp;Versuche:</translation>
    </message>
    <message>
        <source>Contact chain:</source>
        <translation>Kontaktkette:</translation>
    </message>
    <message>
        <source>The first type that resets it</source>
        <translation>Die erste Terminart, die ihn zurücksetzt</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (nicht in Verwendung)</translation>
    </message>
</context>
<context>
    <name>rapport::RecallTypesDialog</name>
    <message>
        <source>&amp;New type</source>
        <translation>Neue &amp;Recall-Art</translation>
    </message>
    <message>
        <source>Create from &amp;appointment types</source>
        <translation>Aus &amp;Terminarten erstellen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Recall types</source>
        <translation>Recall-Arten</translation>
    </message>
    <message>
        <source>A recall type for each “recall type” text of the appointment types that has none yet, with the interval read from it (“Hygiene, 6 months”)</source>
        <translation>Legt für jeden „Recall“-Eintrag der Terminarten, zu dem es noch keine Recall-Art gibt, eine Recall-Art an; das Intervall wird aus dem Eintrag übernommen („Prophylaxe, 6 Monate“)</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (nicht in Verwendung)</translation>
    </message>
    <message>
        <source>New recall type</source>
        <translation>Neue Recall-Art</translation>
    </message>
    <message>
        <source>the new recall type</source>
        <translation>die neue Recall-Art</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>“%1” was saved.</source>
        <translation>„%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>Every recall text of the appointment types has a recall type already.</source>
        <translation>Für jeden Recall-Eintrag der Terminarten gibt es bereits eine Recall-Art.</translation>
    </message>
    <message>
        <source>One recall type made from the appointment types. Check its interval and contact chain.</source>
        <translation>Eine Recall-Art wurde aus den Terminarten erstellt. Prüfen Sie ihr Intervall und ihre Kontaktkette.</translation>
    </message>
    <message numerus="yes">
        <source>%n recall types made from the appointment types. Check their intervals and contact chains.</source>
        <translation>
            <numerusform>%n Recall-Art wurde aus den Terminarten erstellt. Prüfen Sie ihr Intervall und ihre Kontaktkette.</numerusform>
            <numerusform>%n Recall-Arten wurden aus den Terminarten erstellt. Prüfen Sie ihre Intervalle und Kontaktketten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::RecallsPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Recalls</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n recalls are shown. Narrow the dates or filters to see the rest.</source>
        <translation>
            <numerusform>Es wird nur %n Recall angezeigt. Schränken Sie Zeitraum oder Filter ein, um die übrigen zu sehen.</numerusform>
            <numerusform>Es werden nur die ersten %n Recalls angezeigt. Schränken Sie Zeitraum oder Filter ein, um die übrigen zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No recalls match the filters</source>
        <translation>Keine Recalls für diese Filter</translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n fällig</numerusform>
            <numerusform>%n fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to reactivate</source>
        <translation>
            <numerusform>%n zu reaktivieren</numerusform>
            <numerusform>%n zu reaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>The patient already has a coming appointment for this recall.</source>
        <translation>Der Patient hat für diesen Recall bereits einen anstehenden Termin.</translation>
    </message>
    <message>
        <source>Reactivate the recall first.</source>
        <translation>Aktivieren Sie den Recall zuerst wieder.</translation>
    </message>
    <message>
        <source>Your role cannot book appointments.</source>
        <translation>Mit Ihrer Rolle können Sie keine Termine buchen.</translation>
    </message>
    <message>
        <source>Find a free slot for the patient with the recall&apos;s appointment type</source>
        <translation>Freien Termin für den Patienten mit der Terminart des Recalls suchen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Termin vergeben…</translation>
    </message>
    <message>
        <source>Record a call…</source>
        <translation>Anruf erfassen…</translation>
    </message>
    <message>
        <source>How a call about this recall went</source>
        <translation>Ergebnis eines Anrufs zu diesem Recall</translation>
    </message>
    <message>
        <source>Open patient</source>
        <translation>Patient öffnen</translation>
    </message>
    <message>
        <source>Open the patient&apos;s page</source>
        <translation>Patientenseite öffnen</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>The patient does not want this recall</source>
        <translation>Der Patient möchte diesen Recall nicht</translation>
    </message>
    <message>
        <source>Mark inactive…</source>
        <translation>Als inaktiv kennzeichnen…</translation>
    </message>
    <message>
        <source>Stop the recall, for example when the patient moved away</source>
        <translation>Recall beenden, zum Beispiel wenn der Patient weggezogen ist</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Wieder aktivieren</translation>
    </message>
    <message>
        <source>Put a declined or inactive recall back on the list</source>
        <translation>Einen abgelehnten oder inaktiven Recall wieder in die Liste aufnehmen</translation>
    </message>
    <message>
        <source>Change interval…</source>
        <translation>Intervall ändern…</translation>
    </message>
    <message>
        <source>The patient&apos;s own interval, or back to the recall type&apos;s</source>
        <translation>Eigenes Intervall für den Patienten oder zurück zum Intervall der Recall-Art</translation>
    </message>
    <message>
        <source>Set due date…</source>
        <translation>Fälligkeitsdatum festlegen…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Change the interval or the due date</source>
        <translation>Intervall oder Fälligkeitsdatum ändern</translation>
    </message>
    <message>
        <source>Recall types…</source>
        <translation>Recall-Arten…</translation>
    </message>
    <message>
        <source>Intervals, the appointment types that reset them, and the contact chain</source>
        <translation>Intervalle, die Terminarten, die sie zurücksetzen, und die Kontaktkette</translation>
    </message>
    <message>
        <source>No recalls match these dates and filters.
Try a longer date range or clear the filters.</source>
        <translation>Keine Recalls für diesen Zeitraum und diese Filter.
Wählen Sie einen längeren Zeitraum, oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <source>Booked: %1, %2</source>
        <translation>Termin vereinbart: %1, %2</translation>
    </message>
    <message>
        <source>Recorded: %1 — %2</source>
        <translation>Erfasst: %1 — %2</translation>
    </message>
    <message>
        <source>Recorded: %1 — %2 (%3)</source>
        <translation>Erfasst: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Marked inactive: %1</source>
        <translation>Als inaktiv gekennzeichnet: %1</translation>
    </message>
    <message>
        <source>Reactivated: %1</source>
        <translation>Wieder aktiviert: %1</translation>
    </message>
    <message>
        <source>the recall type&apos;s</source>
        <translation>laut Recall-Art</translation>
    </message>
    <message>
        <source>Interval for %1: %2</source>
        <translation>Intervall für %1: %2</translation>
    </message>
    <message>
        <source>%1 now due %2</source>
        <translation>%1 jetzt fällig am %2</translation>
    </message>
</context>
<context>
    <name>rapport::RecoveryKey</name>
    <message>
        <source>The recovery key contains a character that is not used in recovery keys: “%1”. Check what you typed against the printed sheet.</source>
        <translation>Der Wiederherstellungsschlüssel enthält ein Zeichen, das in Wiederherstellungsschlüsseln nicht vorkommt: „%1“. Vergleichen Sie Ihre Eingabe mit dem ausgedruckten Blatt.</translation>
    </message>
    <message>
        <source>A recovery key has 56 characters in 14 groups of four; this one has %1. Check what you typed against the printed sheet.</source>
        <translation>Ein Wiederherstellungsschlüssel hat 56 Zeichen in 14 Vierergruppen; dieser hat %1. Vergleichen Sie Ihre Eingabe mit dem ausgedruckten Blatt.</translation>
    </message>
    <message>
        <source>The recovery key has a typing error. Check each group against the printed sheet.</source>
        <translation>Der Wiederherstellungsschlüssel enthält einen Tippfehler. Vergleichen Sie jede Gruppe mit dem ausgedruckten Blatt.</translation>
    </message>
</context>
<context>
    <name>rapport::RecoveryKeyDialog</name>
    <message>
        <source>Type the recovery key from the clinic&apos;s recovery sheet.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel vom Wiederherstellungsblatt der Praxis ein.</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>If no administrator can sign in, the recovery key printed when the clinic was set up opens it with an administrator&apos;s rights. Reset an administrator&apos;s password, then sign out.</source>
        <translation>Wenn sich niemand mit einem Administrationskonto anmelden kann, öffnet der Wiederherstellungsschlüssel, der beim Einrichten der Praxis ausgedruckt wurde, die Praxis mit Administrationsrechten. Setzen Sie das Passwort eines Administrationskontos zurück, und melden Sie sich dann ab.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Using the recovery key is always recorded in the clinic&apos;s audit trail.</source>
        <translation>Jede Verwendung des Wiederherstellungsschlüssels wird im Prüfprotokoll der Praxis festgehalten.</translation>
    </message>
    <message>
        <source>Open with recovery key</source>
        <translation>Mit Wiederherstellungsschlüssel öffnen</translation>
    </message>
</context>
<context>
    <name>rapport::RecoveryKeyPage</name>
    <message>
        <source>Recovery key: %1</source>
        <translation>Wiederherstellungsschlüssel: %1</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Wiederherstellungsblatt drucken</translation>
    </message>
    <message>
        <source>The recovery sheet could not be printed. Check the printer, or save it as a PDF and print that.</source>
        <translation>Das Wiederherstellungsblatt konnte nicht gedruckt werden. Prüfen Sie den Drucker, oder speichern Sie es als PDF und drucken Sie dieses.</translation>
    </message>
    <message>
        <source>The recovery sheet was sent to the printer. Check that the key on paper is complete and readable.</source>
        <translation>Das Wiederherstellungsblatt wurde an den Drucker gesendet. Prüfen Sie, ob der Schlüssel auf dem Papier vollständig und lesbar ist.</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Wiederherstellungsblatt als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved at %1. Choose a folder you may write to.</source>
        <translation>Die PDF-Datei konnte nicht unter %1 gespeichert werden. Wählen Sie einen Ordner, für den Sie Schreibrechte haben.</translation>
    </message>
    <message>
        <source>Saved as %1. Print it, keep the paper somewhere safe, and do not keep the file on this computer.</source>
        <translation>Gespeichert als %1. Drucken Sie die Datei aus, bewahren Sie das Papier an einem sicheren Ort auf, und löschen Sie die Datei anschließend von diesem Computer.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>If every administrator password is lost, this key is the only way back into the clinic&apos;s data. Rapport shows it only now.</source>
        <translation>Wenn die Passwörter aller Administrationskonten verloren gehen, ist dieser Schlüssel der einzige Weg zurück zu den Daten der Praxis. Rapport zeigt ihn nur jetzt an.</translation>
    </message>
    <message>
        <source>Print the recovery sheet, or save it as a PDF and print that. Keep the paper in a safe place away from the computers.</source>
        <translation>Drucken Sie das Wiederherstellungsblatt, oder speichern Sie es als PDF und drucken Sie dieses. Bewahren Sie das Papier an einem sicheren Ort getrennt von den Computern auf.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Anyone holding this key and a copy of the clinic&apos;s database can read everything in it. Do not e-mail it or photograph it.</source>
        <translation>Wer diesen Schlüssel und eine Kopie der Praxisdatenbank besitzt, kann alles darin lesen. Versenden Sie ihn nicht per E-Mail, und fotografieren Sie ihn nicht.</translation>
    </message>
    <message>
        <source>I have printed or saved the recovery key and stored it safely</source>
        <translation>Ich habe den Wiederherstellungsschlüssel gedruckt oder gespeichert und sicher aufbewahrt</translation>
    </message>
</context>
<context>
    <name>rapport::RecoverySheet</name>
    <message>
        <source>Recovery key - %1.pdf</source>
        <translation>Wiederherstellungsschlüssel - %1.pdf</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Rapport — keep this sheet in a safe place</source>
        <translation>Rapport – bewahren Sie dieses Blatt an einem sicheren Ort auf</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Clinic id</source>
        <translation>Praxis-ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>14 groups of four characters. Letters may be typed in upper or lower case; the dashes are optional.</source>
        <translation>14 Gruppen mit je vier Zeichen. Buchstaben können groß oder klein geschrieben werden; die Bindestriche sind optional.</translation>
    </message>
    <message>
        <source>What this key is</source>
        <translation>Wofür dieser Schlüssel da ist</translation>
    </message>
    <message>
        <source>This key opens the clinic&apos;s encrypted data when no administrator can sign in — for example if the only administrator forgot their password or has left. Rapport showed it only once and cannot show it again.</source>
        <translation>Dieser Schlüssel öffnet die verschlüsselten Daten der Praxis, wenn sich niemand mit einem Administrationskonto anmelden kann – zum Beispiel, wenn die einzige Person mit Administrationsrechten ihr Passwort vergessen oder die Praxis verlassen hat. Rapport hat ihn nur einmal angezeigt und kann ihn nicht noch einmal anzeigen.</translation>
    </message>
    <message>
        <source>Keep it safe</source>
        <translation>Sicher aufbewahren</translation>
    </message>
    <message>
        <source>Store this sheet in a locked place away from the clinic&apos;s computers, such as a safe or a locked cabinet.</source>
        <translation>Bewahren Sie dieses Blatt verschlossen und getrennt von den Computern der Praxis auf, zum Beispiel in einem Tresor oder einem abschließbaren Schrank.</translation>
    </message>
    <message>
        <source>Do not photograph it, e-mail it or keep a copy as a file on a computer.</source>
        <translation>Fotografieren Sie es nicht, versenden Sie es nicht per E-Mail, und speichern Sie keine Kopie als Datei auf einem Computer.</translation>
    </message>
    <message>
        <source>Anyone with this key and a copy of the clinic&apos;s database can read all of its data.</source>
        <translation>Wer diesen Schlüssel und eine Kopie der Praxisdatenbank hat, kann alle Daten darin lesen.</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>So verwenden Sie ihn</translation>
    </message>
    <message>
        <source>Start Rapport and choose “Use recovery key…” in the sign-in window.</source>
        <translation>Starten Sie Rapport, und wählen Sie im Anmeldefenster „Wiederherstellungsschlüssel verwenden…“.</translation>
    </message>
    <message>
        <source>Type the key exactly as printed above.</source>
        <translation>Geben Sie den Schlüssel genau so ein, wie er oben gedruckt ist.</translation>
    </message>
    <message>
        <source>Reset the password of an administrator on the Staff page, then sign out.</source>
        <translation>Setzen Sie auf der Seite „Mitarbeitende“ das Passwort eines Administrationskontos zurück, und melden Sie sich dann ab.</translation>
    </message>
    <message>
        <source>Every use of the recovery key is recorded in the clinic&apos;s audit trail.</source>
        <translation>Jede Verwendung des Wiederherstellungsschlüssels wird im Prüfprotokoll der Praxis festgehalten.</translation>
    </message>
    <message>
        <source>Stored by</source>
        <translation>Aufbewahrt von</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Printed by Rapport %1</source>
        <translation>Gedruckt mit Rapport %1</translation>
    </message>
</context>
<context>
    <name>rapport::ReminderRulesTab</name>
    <message>
        <source>Reminder rules</source>
        <translation>Erinnerungsregeln</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorlauf</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kontaktwege</translation>
    </message>
    <message>
        <source>Appointment types</source>
        <translation>Terminarten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, dann </translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>Alle Terminarten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (nicht angeboten)</translation>
    </message>
    <message>
        <source>Tick the appointment types this rule is for, or choose every type.</source>
        <translation>Kreuzen Sie die Terminarten an, für die diese Regel gilt, oder wählen Sie alle Terminarten.</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Reminder rule saved.</source>
        <translation>Erinnerungsregel gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>How long &amp;before</source>
        <translation>&amp;Wie lange vorher</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>&amp;Kontaktwege</translation>
    </message>
    <message>
        <source>&amp;Appointment types</source>
        <translation>&amp;Terminarten</translation>
    </message>
    <message>
        <source>2 days before by SMS</source>
        <translation>2 Tage vorher per SMS</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Name der Regel</translation>
    </message>
    <message>
        <source>How long before the appointment</source>
        <translation>Wie lange vor dem Termin</translation>
    </message>
    <message>
        <source>days before</source>
        <translation>Tage vorher</translation>
    </message>
    <message>
        <source>hours before</source>
        <translation>Stunden vorher</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Channels in order</source>
        <translation>Kontaktwege in Reihenfolge</translation>
    </message>
    <message>
        <source>Try this channel earlier</source>
        <translation>Diesen Kontaktweg früher versuchen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Try this channel later</source>
        <translation>Diesen Kontaktweg später versuchen</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Tick the channels to use. Rapport tries the patient&apos;s preferred one first, then the others from the top, and uses the first with consent and an address.</source>
        <translation>Kreuzen Sie die zu verwendenden Kontaktwege an. Rapport versucht zuerst den bevorzugten Kontaktweg des Patienten, dann die übrigen von oben nach unten, und nutzt den ersten, für den eine Einwilligung und eine Adresse vorliegen.</translation>
    </message>
    <message>
        <source>Every appointment type</source>
        <translation>Alle Terminarten</translation>
    </message>
    <message>
        <source>Only the types ticked below</source>
        <translation>Nur die unten angekreuzten Terminarten</translation>
    </message>
    <message>
        <source>Ask the patient to &amp;confirm</source>
        <translation>Patienten um &amp;Bestätigung bitten</translation>
    </message>
    <message>
        <source>The message says how to confirm the appointment ({confirmHow} in the template).</source>
        <translation>Die Nachricht erklärt, wie der Termin bestätigt wird ({confirmHow} in der Vorlage).</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>Switched-off rules plan no new reminders; rules are never deleted.</source>
        <translation>Ausgeschaltete Regeln planen keine neuen Erinnerungen; Regeln werden nie gelöscht.</translation>
    </message>
</context>
<context>
    <name>rapport::RoleText</name>
    <message>
        <source>Finds and edits patients, books appointments, works recalls, sends messages and takes complaints.</source>
        <translation>Sucht und bearbeitet Patienten, vergibt Termine, bearbeitet Recalls, sendet Nachrichten und nimmt Beschwerden entgegen.</translation>
    </message>
    <message>
        <source>Sees patients and the appointment book, books appointments, works recalls and handles complaints.</source>
        <translation>Sieht Patientendaten und den Terminkalender ein, vergibt Termine, bearbeitet Recalls und Beschwerden.</translation>
    </message>
    <message>
        <source>Everything a receptionist does, plus reports, exports, backups, clinic settings and the audit trail.</source>
        <translation>Alles, was der Empfang darf, dazu Berichte, Exporte, Sicherungen, Praxiseinstellungen und das Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Everything, including adding and removing staff accounts.</source>
        <translation>Alles, einschließlich Anlegen und Entfernen von Mitarbeiterkonten.</translation>
    </message>
</context>
<context>
    <name>rapport::ScheduleImport</name>
    <message>
        <source>The schedule import has not started.</source>
        <translation>Der Import des Terminplans wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>A provider needs a name.</source>
        <translation>Ein Behandler braucht einen Namen.</translation>
    </message>
    <message>
        <source>A provider&apos;s kind is dentist, hygienist, doctor, therapist or other.</source>
        <translation>Die Art eines Behandlers ist Zahnarzt, Prophylaxefachkraft, Arzt, Therapeut oder Sonstiges.</translation>
    </message>
    <message>
        <source>A colour is written #rrggbb, for example #3a7bd5.</source>
        <translation>Eine Farbe wird als #rrggbb angegeben, zum Beispiel #3a7bd5.</translation>
    </message>
    <message>
        <source>A chair or room needs a name.</source>
        <translation>Ein Stuhl oder Raum braucht einen Namen.</translation>
    </message>
    <message>
        <source>An appointment type needs a name.</source>
        <translation>Eine Terminart braucht einen Namen.</translation>
    </message>
    <message>
        <source>An appointment type lasts from 5 minutes to 12 hours.</source>
        <translation>Eine Terminart dauert zwischen 5 Minuten und 12 Stunden.</translation>
    </message>
    <message>
        <source>Working hours need a weekday and a start before the end.</source>
        <translation>Arbeitszeiten brauchen einen Wochentag und einen Beginn vor dem Ende.</translation>
    </message>
    <message>
        <source>An absence or closure needs a first and a last date, in that order.</source>
        <translation>Eine Abwesenheit oder ein Schließtag braucht ein erstes und ein letztes Datum, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>An appointment needs a patient, a provider and a type.</source>
        <translation>Ein Termin braucht einen Patienten, einen Behandler und eine Terminart.</translation>
    </message>
    <message>
        <source>An appointment needs a start before its end, 12 hours long at most.</source>
        <translation>Ein Termin braucht einen Beginn vor dem Ende und darf höchstens 12 Stunden dauern.</translation>
    </message>
</context>
<context>
    <name>rapport::SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Terminplan</translation>
    </message>
    <message>
        <source>Week of %1 · %2</source>
        <translation>Woche ab %1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zum heutigen Tag</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The day, week or month before</source>
        <translation>Vorheriger Tag, vorherige Woche oder vorheriger Monat</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The day, week or month after</source>
        <translation>Nächster Tag, nächste Woche oder nächster Monat</translation>
    </message>
    <message>
        <source>Go to a date</source>
        <translation>Zu einem Datum springen</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Angezeigtes Datum</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>One day, a column per provider or chair</source>
        <translation>Ein Tag, eine Spalte je Behandler oder Stuhl</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>One provider&apos;s week</source>
        <translation>Die Woche eines Behandlers</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>The month with the number of appointments each day</source>
        <translation>Der Monat mit der Anzahl der Termine pro Tag</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Nach Behandler</translation>
    </message>
    <message>
        <source>A column for each provider</source>
        <translation>Eine Spalte je Behandler</translation>
    </message>
    <message>
        <source>By chair</source>
        <translation>Nach Stuhl</translation>
    </message>
    <message>
        <source>A column for each chair or room</source>
        <translation>Eine Spalte je Stuhl oder Raum</translation>
    </message>
    <message>
        <source>Provider whose week is shown</source>
        <translation>Behandler, dessen Woche angezeigt wird</translation>
    </message>
    <message>
        <source>Whose week is shown</source>
        <translation>Behandler für die Wochenansicht</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Abgesagte anzeigen</translation>
    </message>
    <message>
        <source>Show cancelled appointments and no-shows on the book</source>
        <translation>Abgesagte Termine und nicht erschienene Patienten im Terminbuch anzeigen</translation>
    </message>
    <message>
        <source>Find a free slot</source>
        <translation>Freien Termin suchen</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>Tagesliste</translation>
    </message>
    <message>
        <source>Print the day or save it as PDF, with names, times, phones and notes</source>
        <translation>Den Tag drucken oder als PDF speichern, mit Namen, Uhrzeiten, Telefonnummern und Notizen</translation>
    </message>
    <message>
        <source>The next free times for a type, provider and time of day</source>
        <translation>Die nächsten freien Termine für eine Terminart, einen Behandler und eine Tageszeit</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last move or change of length</source>
        <translation>Das letzte Verschieben oder Ändern der Dauer rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo the move or change of length</source>
        <translation>Das Verschieben oder Ändern der Dauer wiederholen</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Waitlist (%1)</source>
        <translation>Warteliste (%1)</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>Appointment book</source>
        <translation>Terminbuch</translation>
    </message>
    <message>
        <source>Arrow keys move between times and columns. Enter books an empty time or opens the patient. C confirmed, A arrived, S in the chair, D completed, N no-show, Delete cancels. Drag to move; drag the lower edge to change the length.</source>
        <translation>Mit den Pfeiltasten wechseln Sie zwischen Uhrzeiten und Spalten. Enter bucht eine freie Zeit oder öffnet den Patienten. C bestätigt, A angekommen, S im Behandlungsstuhl, D abgeschlossen, N nicht erschienen, Entf sagt ab. Zum Verschieben ziehen; zum Ändern der Dauer den unteren Rand ziehen.</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Termin gebucht</translation>
    </message>
    <message numerus="yes">
        <source>%n appointments booked</source>
        <translation>
            <numerusform>%n Termin gebucht</numerusform>
            <numerusform>%n Termine gebucht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not changed:
%2</source>
        <translation>%1 wurde nicht geändert:
%2</translation>
    </message>
    <message>
        <source>Conflict in the book</source>
        <translation>Konflikt im Terminbuch</translation>
    </message>
    <message>
        <source>%1 cannot go there.</source>
        <translation>%1 kann nicht dorthin verschoben werden.</translation>
    </message>
    <message>
        <source>Choose another time, provider or chair, or ask a manager.</source>
        <translation>Wählen Sie eine andere Zeit, einen anderen Behandler oder Stuhl, oder wenden Sie sich an das Praxismanagement.</translation>
    </message>
    <message>
        <source>The appointment of %1</source>
        <translation>Der Termin von %1</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Appointment moved to %1</source>
        <translation>Termin verschoben auf %1</translation>
    </message>
    <message>
        <source>Change of length</source>
        <translation>Dauer ändern</translation>
    </message>
    <message>
        <source>Appointment now %1</source>
        <translation>Termin dauert jetzt %1</translation>
    </message>
    <message>
        <source>This cannot be undone any more: %1</source>
        <translation>Dies kann nicht mehr rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <source>An appointment that is “%1” cannot become “%2”.</source>
        <translation>Ein Termin mit dem Status „%1“ kann nicht auf „%2“ gesetzt werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>An appointment that is “%1” cannot be cancelled.</source>
        <translation>Ein Termin mit dem Status „%1“ kann nicht abgesagt werden.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Booked from the waitlist: %1</source>
        <translation>Von der Warteliste gebucht: %1</translation>
    </message>
    <message>
        <source>Open the patient&apos;s page</source>
        <translation>Patientenseite öffnen</translation>
    </message>
    <message>
        <source>Cancel the appointment…</source>
        <translation>Termin absagen…</translation>
    </message>
    <message>
        <source>Book this patient again…</source>
        <translation>Weiteren Termin für diesen Patienten buchen…</translation>
    </message>
    <message>
        <source>Book at %1…</source>
        <translation>Termin um %1 buchen…</translation>
    </message>
    <message>
        <source>Find a free slot…</source>
        <translation>Freien Termin suchen…</translation>
    </message>
    <message>
        <source>Print the clinic&apos;s day…</source>
        <translation>Tagesliste der Praxis drucken…</translation>
    </message>
    <message>
        <source>Save the clinic&apos;s day as PDF…</source>
        <translation>Tagesliste der Praxis als PDF speichern…</translation>
    </message>
    <message>
        <source>Print %1&apos;s day…</source>
        <translation>Tagesliste von %1 drucken…</translation>
    </message>
    <message>
        <source>Save %1&apos;s day as PDF…</source>
        <translation>Tagesliste von %1 als PDF speichern…</translation>
    </message>
    <message numerus="yes">
        <source>%n high-risk appointment(s) to confirm by phone</source>
        <translation>
            <numerusform>%n Termin mit hohem Ausfallrisiko telefonisch bestätigen</numerusform>
            <numerusform>%n Termine mit hohem Ausfallrisiko telefonisch bestätigen</numerusform>
        </translation>
    </message>
    <message>
        <source>The patient still holds their later appointment. Cancel it if it is no longer needed.</source>
        <translation>Der Patient hat weiterhin seinen späteren Termin. Sagen Sie ihn ab, wenn er nicht mehr gebraucht wird.</translation>
    </message>
</context>
<context>
    <name>rapport::ScheduleSetup</name>
    <message>
        <source>There is no such provider.</source>
        <translation>Diesen Behandler gibt es nicht.</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Choose what kind of provider this is: dentist, hygienist, doctor, therapist or other.</source>
        <translation>Wählen Sie die Art des Behandlers: Zahnarzt, Prophylaxefachkraft, Arzt, Therapeut oder Sonstiges.</translation>
    </message>
    <message>
        <source>The linked staff account does not exist.</source>
        <translation>Das verknüpfte Mitarbeiterkonto existiert nicht.</translation>
    </message>
    <message>
        <source>Another provider is already called “%1”.</source>
        <translation>Es gibt bereits einen anderen Behandler mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>chair or room</source>
        <translation>Stuhl oder Raum</translation>
    </message>
    <message>
        <source>Another chair or room is already called “%1”.</source>
        <translation>Es gibt bereits einen anderen Stuhl oder Raum mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>There is no such chair or room.</source>
        <translation>Diesen Stuhl oder Raum gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no such appointment type.</source>
        <translation>Diese Terminart gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no appointment type called “%1”.</source>
        <translation>Es gibt keine Terminart mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>appointment type</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>Enter a duration in steps of 5 minutes, from 5 minutes to 12 hours.</source>
        <translation>Geben Sie eine Dauer in 5-Minuten-Schritten zwischen 5 Minuten und 12 Stunden ein.</translation>
    </message>
    <message>
        <source>One of the chosen providers does not exist.</source>
        <translation>Einer der gewählten Behandler existiert nicht.</translation>
    </message>
    <message>
        <source>Another appointment type is already called “%1”.</source>
        <translation>Es gibt bereits eine andere Terminart mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>Each period of working hours needs a start before its end, within one day.</source>
        <translation>Jeder Zeitraum der Arbeitszeiten braucht einen Beginn vor dem Ende, innerhalb eines Tages.</translation>
    </message>
    <message>
        <source>Two periods of working hours on %1 overlap. Leave a gap for a break instead.</source>
        <translation>Zwei Zeiträume der Arbeitszeiten am %1 überschneiden sich. Lassen Sie stattdessen eine Lücke für eine Pause.</translation>
    </message>
    <message>
        <source>The chosen chair or room does not exist.</source>
        <translation>Der gewählte Stuhl oder Raum existiert nicht.</translation>
    </message>
    <message>
        <source>A closure is for the whole clinic: leave the provider empty.</source>
        <translation>Ein Schließtag gilt für die ganze Praxis: Lassen Sie das Feld „Behandler“ leer.</translation>
    </message>
    <message>
        <source>Enter a first date, and a last date on or after it.</source>
        <translation>Geben Sie ein erstes und ein letztes Datum ein; das letzte darf nicht vor dem ersten liegen.</translation>
    </message>
    <message>
        <source>An exception can last a year at most. Add another for longer.</source>
        <translation>Eine Abwesenheit darf höchstens ein Jahr dauern. Legen Sie für längere Zeiträume eine weitere an.</translation>
    </message>
    <message>
        <source>Enter both a start and an end time, the start before the end, or neither for whole days.</source>
        <translation>Geben Sie eine Beginn- und eine Endzeit ein, mit dem Beginn vor dem Ende, oder keine von beiden für ganze Tage.</translation>
    </message>
    <message>
        <source>This exception no longer exists.</source>
        <translation>Diese Abwesenheit existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Enter the colour as #rrggbb, for example #3b82c4.</source>
        <translation>Geben Sie die Farbe als #rrggbb ein, zum Beispiel #3b82c4.</translation>
    </message>
    <message>
        <source>Enter a name for the %1 (up to 100 characters).</source>
        <translation>Geben Sie einen Namen ein (%1, bis zu 100 Zeichen).</translation>
    </message>
</context>
<context>
    <name>rapport::ScheduleSetupChairsTab</name>
    <message>
        <source>Chairs and rooms</source>
        <translation>Stühle und Räume</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>New chair or room</source>
        <translation>Neuer Stuhl oder Raum</translation>
    </message>
    <message>
        <source>Chair or room saved.</source>
        <translation>Stuhl oder Raum gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Order in the book</source>
        <translation>&amp;Reihenfolge im Terminbuch</translation>
    </message>
    <message>
        <source>Surgery 1</source>
        <translation>Behandlungsraum 1</translation>
    </message>
    <message>
        <source>&amp;In use</source>
        <translation>&amp;In Betrieb</translation>
    </message>
    <message>
        <source>Only chairs and rooms in use are shown in the book and can be booked.</source>
        <translation>Nur Stühle und Räume, die in Betrieb sind, werden im Terminbuch angezeigt und können gebucht werden.</translation>
    </message>
</context>
<context>
    <name>rapport::ScheduleSetupColourButton</name>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Bernstein</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violett</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>Cyan</translation>
    </message>
    <message>
        <source>Olive</source>
        <translation>Oliv</translation>
    </message>
    <message>
        <source>Magenta</source>
        <translation>Magenta</translation>
    </message>
    <message>
        <source>Slate</source>
        <translation>Schiefergrau</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Braun</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Andere Farbe…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>A colour is chosen when you save.</source>
        <translation>Beim Speichern wird eine Farbe gewählt.</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Farbe: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ScheduleSetupExceptionsTab</name>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Exceptions and closures</source>
        <translation>Abwesenheiten und Schließtage</translation>
    </message>
    <message>
        <source>Everyone, and clinic closures</source>
        <translation>Alle Behandler und Schließtage</translation>
    </message>
    <message>
        <source>Clinic closures only</source>
        <translation>Nur Schließtage</translation>
    </message>
    <message>
        <source>The end of the range is before its start.</source>
        <translation>Das Ende des Zeitraums liegt vor seinem Beginn.</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n days)</source>
        <translation>
            <numerusform>%1 – %2 (%n Tag)</numerusform>
            <numerusform>%1 – %2 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole clinic</source>
        <translation>Ganze Praxis</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>midnight</source>
        <translation>24:00</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>A closure is for the whole clinic.</source>
        <translation>Ein Schließtag gilt für die ganze Praxis.</translation>
    </message>
    <message>
        <source>Add a provider first, on the Providers tab, or choose a clinic closure.</source>
        <translation>Legen Sie zuerst auf der Registerkarte „Behandler“ einen Behandler an, oder wählen Sie einen Schließtag.</translation>
    </message>
    <message>
        <source>Closure added.</source>
        <translation>Schließtag hinzugefügt.</translation>
    </message>
    <message>
        <source>Absence added.</source>
        <translation>Abwesenheit hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove exception</source>
        <translation>Abwesenheit entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>„%1“ entfernen?</translation>
    </message>
    <message>
        <source>The hours of that time become bookable again. The removal is kept in the audit trail.</source>
        <translation>Die Stunden dieses Zeitraums sind wieder buchbar. Das Entfernen wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Exception removed.</source>
        <translation>Abwesenheit entfernt.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Add an absence or a closure</source>
        <translation>Abwesenheit oder Schließtag hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Ar&amp;t</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>Behan&amp;dler</translation>
    </message>
    <message>
        <source>F&amp;irst day</source>
        <translation>E&amp;rster Tag</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Letzter Tag</translation>
    </message>
    <message>
        <source>&amp;Times</source>
        <translation>&amp;Zeiten</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Whole days</source>
        <translation>&amp;Ganze Tage</translation>
    </message>
    <message>
        <source>for example: Easter Monday</source>
        <translation>z. B. Ostermontag</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>rapport::ScheduleSetupHoursTab</name>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <source>Discard the changes to the hours of %1?</source>
        <translation>Die Änderungen an den Arbeitszeiten von %1 verwerfen?</translation>
    </message>
    <message>
        <source>They have not been saved.</source>
        <translation>Sie wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>%1, period %2, start</source>
        <translation>%1, Zeitraum %2, Beginn</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>%1, period %2, end</source>
        <translation>%1, Zeitraum %2, Ende</translation>
    </message>
    <message>
        <source>No usual chair</source>
        <translation>Kein Standardstuhl</translation>
    </message>
    <message>
        <source>A chair no longer in use</source>
        <translation>Ein nicht mehr genutzter Stuhl</translation>
    </message>
    <message>
        <source>%1, period %2, usual chair</source>
        <translation>%1, Zeitraum %2, Standardstuhl</translation>
    </message>
    <message>
        <source>Remove these hours</source>
        <translation>Diese Arbeitszeiten entfernen</translation>
    </message>
    <message>
        <source>%1, remove period %2</source>
        <translation>%1, Zeitraum %2 entfernen</translation>
    </message>
    <message>
        <source>midnight</source>
        <translation>Mitternacht</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>Arbeitsfrei</translation>
    </message>
    <message>
        <source>A period ends before it starts.</source>
        <translation>Ein Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Two periods overlap.</source>
        <translation>Zwei Zeiträume überschneiden sich.</translation>
    </message>
    <message>
        <source>break %1–%2</source>
        <translation>Pause %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>, %1 to %2</source>
        <translation>, %1 bis %2</translation>
    </message>
    <message>
        <source>Monday&apos;s hours were copied to Tuesday to Friday. Save to keep them.</source>
        <translation>Die Arbeitszeiten vom Montag wurden auf Dienstag bis Freitag übertragen. Speichern Sie, um sie zu übernehmen.</translation>
    </message>
    <message>
        <source>Working hours of %1 saved.</source>
        <translation>Arbeitszeiten von %1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Behandler</translation>
    </message>
    <message>
        <source>&amp;Copy Monday to Tuesday–Friday</source>
        <translation>Montag auf Dienstag–Freitag &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save hours</source>
        <translation>Arbeitszeiten &amp;speichern</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Speichern (%1)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>The hours each provider regularly works, in the clinic&apos;s time zone. Leave a gap between two periods for a break. Leave and closures are added under Exceptions and closures.</source>
        <translation>Die Zeiten, zu denen jeder Behandler regelmäßig arbeitet, in der Zeitzone der Praxis. Lassen Sie zwischen zwei Zeiträumen eine Lücke für eine Pause. Urlaub und Schließtage werden unter „Abwesenheiten und Schließtage“ eingetragen.</translation>
    </message>
    <message>
        <source>Add hours</source>
        <translation>Arbeitszeiten hinzufügen</translation>
    </message>
    <message>
        <source>Add hours on %1</source>
        <translation>Arbeitszeiten am %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>rapport::ScheduleSetupListTab</name>
    <message>
        <source>Show inactive</source>
        <translation>Inaktive anzeigen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Speichern (%1)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
</context>
<context>
    <name>rapport::ScheduleSetupPage</name>
    <message>
        <source>Schedule set-up</source>
        <translation>Terminplan-Einrichtung</translation>
    </message>
    <message>
        <source>Who sees patients, in which chairs and rooms, for what kinds of appointment, and when.</source>
        <translation>Wer Patienten behandelt – in welchen Stühlen und Räumen, für welche Terminarten und wann.</translation>
    </message>
</context>
<context>
    <name>rapport::ScheduleSetupProvidersTab</name>
    <message>
        <source>Providers</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Mitarbeiterkonto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Nicht verknüpft</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>New provider</source>
        <translation>Neuer Behandler</translation>
    </message>
    <message>
        <source>Provider saved.</source>
        <translation>Behandler gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Co&amp;lour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>Staff &amp;account</source>
        <translation>&amp;Mitarbeiterkonto</translation>
    </message>
    <message>
        <source>&amp;Order in the book</source>
        <translation>&amp;Reihenfolge im Terminbuch</translation>
    </message>
    <message>
        <source>Dr Jane Smith</source>
        <translation>Dr. Erika Mustermann</translation>
    </message>
    <message>
        <source>The account this provider signs in with, so their own day opens first.</source>
        <translation>Das Konto, mit dem sich dieser Behandler anmeldet, damit sein eigener Tag zuerst geöffnet wird.</translation>
    </message>
    <message>
        <source>Providers are shown in the book from the lowest number to the highest.</source>
        <translation>Behandler werden im Terminbuch von der niedrigsten zur höchsten Nummer angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Works here</source>
        <translation>In der Praxis &amp;tätig</translation>
    </message>
    <message>
        <source>Only providers who work here are shown in the book and can be booked.</source>
        <translation>Nur Behandler, die in der Praxis tätig sind, werden im Terminbuch angezeigt und können gebucht werden.</translation>
    </message>
</context>
<context>
    <name>rapport::ScheduleSetupTypesTab</name>
    <message>
        <source>Appointment types</source>
        <translation>Terminarten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Nicht angeboten</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>New appointment type</source>
        <translation>Neue Terminart</translation>
    </message>
    <message>
        <source>Appointment type saved.</source>
        <translation>Terminart gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>Co&amp;lour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>&amp;Who may do it</source>
        <translation>Durchgeführt &amp;von</translation>
    </message>
    <message>
        <source>&amp;Recall it satisfies</source>
        <translation>Erfüllter &amp;Recall</translation>
    </message>
    <message>
        <source>Check-up</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Tick the providers who do this. With none ticked, every provider may.</source>
        <translation>Haken Sie die Behandler an, die diese Terminart durchführen. Ist keiner angehakt, dürfen alle Behandler sie durchführen.</translation>
    </message>
    <message>
        <source>for example: hygiene</source>
        <translation>zum Beispiel: Prophylaxe</translation>
    </message>
    <message>
        <source>A completed appointment of this type counts as this recall done. Leave empty when it is not a recall visit.</source>
        <translation>Ein abgeschlossener Termin dieser Art gilt als erledigter Recall. Lassen Sie das Feld leer, wenn es sich nicht um einen Recall-Termin handelt.</translation>
    </message>
    <message>
        <source>&amp;Offered</source>
        <translation>&amp;Angeboten</translation>
    </message>
    <message>
        <source>Only types that are offered can be booked.</source>
        <translation>Nur angebotene Terminarten können gebucht werden.</translation>
    </message>
</context>
<context>
    <name>rapport::ScheduleText</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Back to booked</source>
        <translation>Zurück auf gebucht</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <source>In the chair</source>
        <translation>Im Behandlungsstuhl</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Absagen…</translation>
    </message>
    <message>
        <source>Did not come (no-show)</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>%1 no-show risk (%2%)</source>
        <translation>Ausfallrisiko: %1 (%2 %)</translation>
    </message>
    <message>
        <source>Call to confirm.</source>
        <translation>Zur Bestätigung anrufen.</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Jeder Tag</translation>
    </message>
</context>
<context>
    <name>rapport::SchedulingVocabulary</name>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <source>In the chair</source>
        <translation>Im Behandlungsstuhl</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled by the patient</source>
        <translation>Vom Patienten abgesagt</translation>
    </message>
    <message>
        <source>Cancelled by the clinic</source>
        <translation>Von der Praxis abgesagt</translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation>Kurzfristige Absage</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Fortbildung</translation>
    </message>
    <message>
        <source>Clinic closed</source>
        <translation>Praxis geschlossen</translation>
    </message>
    <message>
        <source>Other absence</source>
        <translation>Sonstige Abwesenheit</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Zahnarzt</translation>
    </message>
    <message>
        <source>Hygienist</source>
        <translation>Prophylaxefachkraft</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Arzt</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Therapeut</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Provider already booked</source>
        <translation>Behandler bereits belegt</translation>
    </message>
    <message>
        <source>Chair already in use</source>
        <translation>Stuhl bereits belegt</translation>
    </message>
    <message>
        <source>Patient already booked</source>
        <translation>Patient hat bereits einen Termin</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>Außerhalb der Arbeitszeiten</translation>
    </message>
    <message>
        <source>Provider absent</source>
        <translation>Behandler abwesend</translation>
    </message>
    <message>
        <source>Not offered by this provider</source>
        <translation>Wird von diesem Behandler nicht angeboten</translation>
    </message>
</context>
<context>
    <name>rapport::SendingSettingsTab</name>
    <message>
        <source>Sending</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>When e-mail and SMS go out</source>
        <translation>Wann E-Mails und SMS versendet werden</translation>
    </message>
    <message>
        <source>Sending &amp;window:</source>
        <translation>Versand&amp;zeitfenster:</translation>
    </message>
    <message>
        <source>Only between</source>
        <translation>Nur zwischen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Only send within a window</source>
        <translation>Nur innerhalb eines Zeitfensters versenden</translation>
    </message>
    <message>
        <source>Sending window from</source>
        <translation>Versandzeitfenster von</translation>
    </message>
    <message>
        <source>Sending window to</source>
        <translation>Versandzeitfenster bis</translation>
    </message>
    <message>
        <source>Sending &amp;days:</source>
        <translation>Versan&amp;dtage:</translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation>&amp;Ruhezeiten:</translation>
    </message>
    <message>
        <source>Nothing between</source>
        <translation>Kein Versand zwischen</translation>
    </message>
    <message>
        <source>Keep quiet hours</source>
        <translation>Ruhezeiten einhalten</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Ruhezeiten von</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Ruhezeiten bis</translation>
    </message>
    <message>
        <source>Plan reminders &amp;ahead:</source>
        <translation>Erinnerungen &amp;vorausplanen:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days ahead to plan reminders</source>
        <translation>Tage, für die Erinnerungen im Voraus geplant werden</translation>
    </message>
    <message>
        <source>Times are the clinic&apos;s. Quiet hours may run past midnight. A message that cannot go out in time is skipped, with the reason shown on the Messages page. Letters and calls are not held back.</source>
        <translation>Es gelten die Uhrzeiten der Praxis. Ruhezeiten dürfen über Mitternacht hinausgehen. Eine Nachricht, die nicht rechtzeitig versendet werden kann, wird übersprungen; der Grund wird auf der Seite „Nachrichten“ angezeigt. Briefe und Anrufe werden nicht zurückgehalten.</translation>
    </message>
    <message>
        <source>The clinic in messages</source>
        <translation>Praxisangaben in Nachrichten</translation>
    </message>
    <message>
        <source>Messages and letters quote these for {clinicAddress}, {clinicPhone} and calendar entries.</source>
        <translation>Nachrichten und Briefe verwenden diese Angaben für {clinicAddress}, {clinicPhone} und Kalendereinträge.</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress:</source>
        <translation>Post&amp;anschrift:</translation>
    </message>
    <message>
        <source>12 Quay Street
Bristol BS1 4DJ</source>
        <translation>Hafenstraße 12
20457 Hamburg</translation>
    </message>
    <message>
        <source>Clinic&apos;s postal address</source>
        <translation>Postanschrift der Praxis</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>0117 496 0000</source>
        <translation>040 1234567</translation>
    </message>
    <message>
        <source>Clinic&apos;s phone number</source>
        <translation>Telefonnummer der Praxis</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>reception@example.com</source>
        <translation>empfang@example.com</translation>
    </message>
    <message>
        <source>Clinic&apos;s e-mail address</source>
        <translation>E-Mail-Adresse der Praxis</translation>
    </message>
    <message>
        <source>Confirming and cancelling</source>
        <translation>Bestätigen und Absagen</translation>
    </message>
    <message>
        <source>How to &amp;confirm:</source>
        <translation>Hinweis zum &amp;Bestätigen:</translation>
    </message>
    <message>
        <source>How patients confirm</source>
        <translation>Wie Patienten bestätigen</translation>
    </message>
    <message>
        <source>How to ca&amp;ncel:</source>
        <translation>Hinweis zum Absa&amp;gen:</translation>
    </message>
    <message>
        <source>How patients cancel</source>
        <translation>Wie Patienten absagen</translation>
    </message>
    <message>
        <source>They fill {confirmHow} and {cancelHow} in the templates. Leave them empty for Rapport&apos;s own sentences, shown greyed in the fields.</source>
        <translation>Diese Texte füllen {confirmHow} und {cancelHow} in den Vorlagen. Lassen Sie die Felder leer, um die Standardsätze von Rapport zu verwenden, die grau in den Feldern angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>rapport::Session</name>
    <message>
        <source>Your role (%1) may not %2. Ask a practice manager or administrator.</source>
        <translation>Mit Ihrer Rolle (%1) ist Folgendes nicht erlaubt: %2. Wenden Sie sich an das Praxismanagement oder die Administration.</translation>
    </message>
</context>
<context>
    <name>rapport::SettingsFormTab</name>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Saved. The next sending run uses these settings.</source>
        <translation>Gespeichert. Der nächste Versandlauf verwendet diese Einstellungen.</translation>
    </message>
    <message>
        <source>Messaging settings saved.</source>
        <translation>Einstellungen für Nachrichten gespeichert.</translation>
    </message>
    <message>
        <source>Only a practice manager or an administrator can change these settings.</source>
        <translation>Nur das Praxismanagement oder die Administration kann diese Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Speichern (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The clinic&apos;s settings were saved.</source>
        <translation>Die Einstellungen der Praxis wurden gespeichert.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Your password was changed. Use it from the next sign-in on.</source>
        <translation>Ihr Passwort wurde geändert. Verwenden Sie es ab der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>How Rapport works at this clinic and on this computer.</source>
        <translation>Wie Rapport in dieser Praxis und auf diesem Computer arbeitet.</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Only a practice manager or an administrator can change the clinic&apos;s settings.</source>
        <translation>Nur das Praxismanagement oder die Administration kann die Einstellungen der Praxis ändern.</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Name der Praxis:</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>Country or &amp;region:</source>
        <translation>Land oder &amp;Region:</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Land oder Region</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>Automatisch &amp;sperren nach:</translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation> Minuten ohne Benutzung</translation>
    </message>
    <message>
        <source>Idle lock in minutes</source>
        <translation>Automatische Sperre in Minuten</translation>
    </message>
    <message>
        <source>When nobody uses Rapport for this long, it locks itself and asks for the password again.</source>
        <translation>Wird Rapport so lange nicht benutzt, sperrt es sich automatisch und fragt erneut nach dem Passwort.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Sprache der &amp;Oberfläche:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Changes the language of Rapport&apos;s windows at once, on this computer only.</source>
        <translation>Ändert die Sprache der Fenster von Rapport sofort, nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mein Konto</translation>
    </message>
    <message>
        <source>You opened Rapport with the recovery key, which has no password of its own. Reset an administrator&apos;s password on the Staff page instead.</source>
        <translation>Sie haben Rapport mit dem Wiederherstellungsschlüssel geöffnet, der kein eigenes Passwort hat. Setzen Sie stattdessen auf der Seite „Mitarbeitende“ das Passwort eines Administrationskontos zurück.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), %3.</source>
        <translation>Angemeldet als %1 (%2), Rolle: %3.</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Mein Passwort ändern…</translation>
    </message>
</context>
<context>
    <name>rapport::SettingsService</name>
    <message>
        <source>The clinic&apos;s unique id (read-only).</source>
        <translation>Eindeutige ID der Praxis (schreibgeschützt).</translation>
    </message>
    <message>
        <source>The clinic&apos;s name, shown on the sign-in window and on letters.</source>
        <translation>Name der Praxis; erscheint im Anmeldefenster und auf Briefen.</translation>
    </message>
    <message>
        <source>Country or region (ISO 3166 code) for phone number formats.</source>
        <translation>Land oder Region (ISO-3166-Code) für das Format von Telefonnummern.</translation>
    </message>
    <message>
        <source>The clinic&apos;s time zone (IANA id).</source>
        <translation>Zeitzone der Praxis (IANA-Kennung).</translation>
    </message>
    <message>
        <source>Language of messages to patients: en or de.</source>
        <translation>Sprache der Nachrichten an Patienten: en oder de.</translation>
    </message>
    <message>
        <source>Minutes without use before the window locks itself (1 to 240).</source>
        <translation>Minuten ohne Benutzung, nach denen sich das Fenster automatisch sperrt (1 bis 240).</translation>
    </message>
    <message>
        <source>Whether a patient under the age of majority must have a parent or guardian linked (yes or no).</source>
        <translation>Ob bei minderjährigen Patienten ein Elternteil oder Vormund verknüpft sein muss (yes oder no).</translation>
    </message>
    <message>
        <source>The age of majority in years (14 to 21): younger patients are minors.</source>
        <translation>Volljährigkeitsalter in Jahren (14 bis 21): Jüngere Patienten gelten als minderjährig.</translation>
    </message>
    <message>
        <source>There is no setting called “%1”.</source>
        <translation>Es gibt keine Einstellung „%1“.</translation>
    </message>
    <message>
        <source>The setting “%1” cannot be changed.</source>
        <translation>Die Einstellung „%1“ kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s name (up to 100 characters).</source>
        <translation>Geben Sie den Namen der Praxis ein (höchstens 100 Zeichen).</translation>
    </message>
    <message>
        <source>Enter the country or region as a two-letter code such as GB, DE, US or IE.</source>
        <translation>Geben Sie das Land oder die Region als Code aus zwei Buchstaben ein, zum Beispiel DE, AT, CH oder GB.</translation>
    </message>
    <message>
        <source>Enter a time zone such as Europe/London or America/New_York.</source>
        <translation>Geben Sie eine Zeitzone ein, zum Beispiel Europe/Berlin oder Europe/London.</translation>
    </message>
    <message>
        <source>Rapport speaks English (en) and German (de).</source>
        <translation>Rapport unterstützt Englisch (en) und Deutsch (de).</translation>
    </message>
    <message>
        <source>Enter yes or no.</source>
        <translation>Geben Sie yes oder no ein.</translation>
    </message>
    <message>
        <source>The age of majority is a whole number of years from 14 to 21.</source>
        <translation>Das Volljährigkeitsalter muss eine ganze Zahl von 14 bis 21 (Jahre) sein.</translation>
    </message>
    <message>
        <source>The idle lock is a whole number of minutes from 1 to 240.</source>
        <translation>Die automatische Sperre muss eine ganze Zahl von 1 bis 240 (Minuten) sein.</translation>
    </message>
    <message>
        <source>Enter a number of hours from 0 to 168.</source>
        <translation>Geben Sie eine Anzahl von Stunden zwischen 0 und 168 ein.</translation>
    </message>
    <message>
        <source>Enter 5, 10, 15, 20, 30 or 60 minutes.</source>
        <translation>Geben Sie 5, 10, 15, 20, 30 oder 60 Minuten ein.</translation>
    </message>
    <message>
        <source>A patient&apos;s cancellation this many hours or less before the start counts as a late cancellation (0 to 168).</source>
        <translation>Eine Absage durch den Patienten höchstens so viele Stunden vor Beginn gilt als kurzfristige Absage (0 bis 168).</translation>
    </message>
    <message>
        <source>The appointment book&apos;s grid and the step of the free-slot search, in minutes (5, 10, 15, 20, 30 or 60).</source>
        <translation>Das Raster des Terminbuchs und die Schrittweite der Suche nach freien Terminen, in Minuten (5, 10, 15, 20, 30 oder 60).</translation>
    </message>
    <message>
        <source>Enter the postal address in up to 8 lines and 500 characters.</source>
        <translation>Geben Sie die Postanschrift mit höchstens 8 Zeilen und 500 Zeichen ein.</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s phone number as patients should dial it, such as 020 7946 0000.</source>
        <translation>Geben Sie die Telefonnummer der Praxis so ein, wie Patienten sie wählen sollen, zum Beispiel 030 12345678.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as reception@example.com, or leave it empty.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, zum Beispiel empfang@example.com, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Enter quiet hours as HH:MM-HH:MM, such as 21:00-08:00, or leave it empty for none.</source>
        <translation>Geben Sie die Ruhezeiten als HH:MM-HH:MM ein, zum Beispiel 21:00-08:00, oder lassen Sie das Feld leer, wenn es keine gibt.</translation>
    </message>
    <message>
        <source>Enter the sending window as HH:MM-HH:MM within one day, such as 08:00-20:00, or leave it empty for any time.</source>
        <translation>Geben Sie das Versandzeitfenster als HH:MM-HH:MM innerhalb eines Tages ein, zum Beispiel 08:00-20:00, oder lassen Sie das Feld leer, um jederzeit zu versenden.</translation>
    </message>
    <message>
        <source>Enter the sending days like mon-sat, mon-fri or mon,wed,fri.</source>
        <translation>Geben Sie die Versandtage wie mon-sat, mon-fri oder mon,wed,fri ein.</translation>
    </message>
    <message>
        <source>Keep this sentence to 300 characters or fewer.</source>
        <translation>Dieser Satz darf höchstens 300 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Enter a number of days from 1 to 90.</source>
        <translation>Geben Sie eine Anzahl von Tagen zwischen 1 und 90 ein.</translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s name, such as smtp.example.com, without smtp:// or a port; or leave it empty.</source>
        <translation>Geben Sie den Namen des Mailservers ein, zum Beispiel smtp.example.com, ohne smtp:// und ohne Port; oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Enter a port from 1 to 65535: usually 587 for starttls, 465 for tls.</source>
        <translation>Geben Sie einen Port von 1 bis 65535 ein: üblicherweise 587 für starttls, 465 für tls.</translation>
    </message>
    <message>
        <source>Enter starttls, tls or none.</source>
        <translation>Geben Sie starttls, tls oder none ein.</translation>
    </message>
    <message>
        <source>Enter this on one line, in 1,024 characters or fewer.</source>
        <translation>Geben Sie dies in einer Zeile mit höchstens 1.024 Zeichen ein.</translation>
    </message>
    <message>
        <source>Enter the sender&apos;s e-mail address, such as reception@example.com, or leave it empty.</source>
        <translation>Geben Sie die E-Mail-Adresse des Absenders ein, zum Beispiel empfang@example.com, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Enter the sender&apos;s name on one line, in 100 characters or fewer.</source>
        <translation>Geben Sie den Namen des Absenders in einer Zeile mit höchstens 100 Zeichen ein.</translation>
    </message>
    <message>
        <source>Enter twilio, messagebird, vonage, json or custom.</source>
        <translation>Geben Sie twilio, messagebird, vonage, json oder custom ein.</translation>
    </message>
    <message>
        <source>Enter the gateway&apos;s address starting with https:// (or http://), or leave it empty for the preset&apos;s.</source>
        <translation>Geben Sie die Adresse des Gateways beginnend mit https:// (oder http://) ein, oder lassen Sie das Feld leer, um die Adresse der Voreinstellung zu verwenden.</translation>
    </message>
    <message>
        <source>Enter GET, POST or PUT, or leave it empty for the preset&apos;s.</source>
        <translation>Geben Sie GET, POST oder PUT ein, oder lassen Sie das Feld leer, um den Wert der Voreinstellung zu verwenden.</translation>
    </message>
    <message>
        <source>Enter one header per line as Name: value, such as Authorization: Bearer {token}.</source>
        <translation>Geben Sie einen Header pro Zeile im Format Name: Wert ein, zum Beispiel Authorization: Bearer {token}.</translation>
    </message>
    <message>
        <source>Keep the body template to 4,000 characters or fewer.</source>
        <translation>Die Body-Vorlage darf höchstens 4.000 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Enter a content type such as application/json, or leave it empty for the preset&apos;s.</source>
        <translation>Geben Sie einen Content-Type wie application/json ein, oder lassen Sie das Feld leer, um den Wert der Voreinstellung zu verwenden.</translation>
    </message>
    <message>
        <source>Enter the sender as the gateway expects it: a number such as +447700900123 or a short name.</source>
        <translation>Geben Sie den Absender so ein, wie das Gateway ihn erwartet: eine Nummer wie +4915123456789 oder einen Kurznamen.</translation>
    </message>
    <message>
        <source>The clinic&apos;s postal address, one line per line, for messages, letters and calendar entries.</source>
        <translation>Postanschrift der Praxis, jede Adresszeile in einer eigenen Zeile; für Nachrichten, Briefe und Kalendereinträge.</translation>
    </message>
    <message>
        <source>The clinic&apos;s phone number as patients dial it, for messages and letters.</source>
        <translation>Telefonnummer der Praxis, wie Patienten sie wählen; für Nachrichten und Briefe.</translation>
    </message>
    <message>
        <source>The clinic&apos;s e-mail address for patients, shown in messages and calendar entries.</source>
        <translation>E-Mail-Adresse der Praxis für Patienten; erscheint in Nachrichten und Kalendereinträgen.</translation>
    </message>
    <message>
        <source>No e-mail or SMS is sent in these hours (HH:MM-HH:MM, may run past midnight; empty for none).</source>
        <translation>In diesen Stunden werden keine E-Mails und SMS versendet (HH:MM-HH:MM, darf über Mitternacht hinausgehen; leer für keine).</translation>
    </message>
    <message>
        <source>E-mail and SMS go out only between these times (HH:MM-HH:MM; empty for any time).</source>
        <translation>E-Mails und SMS werden nur zwischen diesen Uhrzeiten versendet (HH:MM-HH:MM; leer für jederzeit).</translation>
    </message>
    <message>
        <source>The days on which e-mail and SMS go out, like mon-sat or mon,wed,fri.</source>
        <translation>Die Tage, an denen E-Mails und SMS versendet werden, z. B. mon-sat oder mon,wed,fri.</translation>
    </message>
    <message>
        <source>How patients confirm an appointment, for {confirmHow} in messages; empty for Rapport&apos;s own sentence.</source>
        <translation>Wie Patienten einen Termin bestätigen, für {confirmHow} in Nachrichten; leer für den Standardsatz von Rapport.</translation>
    </message>
    <message>
        <source>How patients cancel or change an appointment, for {cancelHow} in messages; empty for Rapport&apos;s own sentence.</source>
        <translation>Wie Patienten einen Termin absagen oder ändern, für {cancelHow} in Nachrichten; leer für den Standardsatz von Rapport.</translation>
    </message>
    <message>
        <source>How many days ahead each sending run plans reminders (1 to 90), at least as far as the longest reminder rule.</source>
        <translation>Wie viele Tage im Voraus jeder Versandlauf Erinnerungen plant (1 bis 90), mindestens so weit wie die längste Erinnerungsregel.</translation>
    </message>
    <message>
        <source>The mail server (SMTP) that sends e-mail, such as smtp.example.com; empty for no e-mail.</source>
        <translation>Mailserver (SMTP), der die E-Mails versendet, z. B. smtp.example.com; leer, wenn keine E-Mails versendet werden.</translation>
    </message>
    <message>
        <source>The mail server&apos;s port: usually 587 for starttls, 465 for tls.</source>
        <translation>Port des Mailservers: meist 587 für starttls, 465 für tls.</translation>
    </message>
    <message>
        <source>How the connection to the mail server is protected: starttls, tls or none.</source>
        <translation>Wie die Verbindung zum Mailserver geschützt wird: starttls, tls oder none.</translation>
    </message>
    <message>
        <source>The user name for the mail server; empty to send without signing in.</source>
        <translation>Benutzername für den Mailserver; leer, um ohne Anmeldung zu senden.</translation>
    </message>
    <message>
        <source>The password for the mail server (kept secret).</source>
        <translation>Passwort für den Mailserver (wird geheim gehalten).</translation>
    </message>
    <message>
        <source>The sender&apos;s e-mail address on messages, such as reception@example.com.</source>
        <translation>E-Mail-Adresse des Absenders in Nachrichten, z. B. empfang@example.com.</translation>
    </message>
    <message>
        <source>The sender&apos;s name on messages, such as the clinic&apos;s name.</source>
        <translation>Name des Absenders in Nachrichten, z. B. der Name der Praxis.</translation>
    </message>
    <message>
        <source>The SMS gateway the settings start from: twilio, messagebird, vonage, json or custom.</source>
        <translation>SMS-Gateway, dessen Voreinstellung die Grundlage der Einstellungen bildet: twilio, messagebird, vonage, json oder custom.</translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s address, with placeholders such as {username}; empty for the preset&apos;s.</source>
        <translation>Adresse des SMS-Gateways, mit Platzhaltern wie {username}; leer für die Adresse der Voreinstellung.</translation>
    </message>
    <message>
        <source>The HTTP method for the SMS gateway: GET, POST or PUT; empty for the preset&apos;s.</source>
        <translation>HTTP-Methode für das SMS-Gateway: GET, POST oder PUT; leer für die Methode der Voreinstellung.</translation>
    </message>
    <message>
        <source>HTTP headers for the SMS gateway, one Name: value per line, with placeholders such as {token}; empty for the preset&apos;s.</source>
        <translation>HTTP-Header für das SMS-Gateway, einer pro Zeile im Format Name: Wert, mit Platzhaltern wie {token}; leer für die Header der Voreinstellung.</translation>
    </message>
    <message>
        <source>The request body for the SMS gateway with {to}, {toDigits}, {text}, {sender}, {reference}, {username}, {password}, {token} and {basicAuth}; empty for the preset&apos;s.</source>
        <translation>Request-Body für das SMS-Gateway mit {to}, {toDigits}, {text}, {sender}, {reference}, {username}, {password}, {token} und {basicAuth}; leer für den Body der Voreinstellung.</translation>
    </message>
    <message>
        <source>The content type of the request body, such as application/json; empty for the preset&apos;s.</source>
        <translation>Inhaltstyp des Request-Bodys, z. B. application/json; leer für den Inhaltstyp der Voreinstellung.</translation>
    </message>
    <message>
        <source>The sender patients see on an SMS: a number such as +447700900123 or a short name the gateway allows.</source>
        <translation>Absender, den Patienten bei einer SMS sehen: eine Nummer wie +447700900123 oder ein Kurzname, den das Gateway zulässt.</translation>
    </message>
    <message>
        <source>The account, user name or API key for the SMS gateway ({username}).</source>
        <translation>Konto, Benutzername oder API-Schlüssel für das SMS-Gateway ({username}).</translation>
    </message>
    <message>
        <source>The password or API secret for the SMS gateway ({password}, kept secret).</source>
        <translation>Passwort oder API-Secret für das SMS-Gateway ({password}, wird geheim gehalten).</translation>
    </message>
    <message>
        <source>The access token for the SMS gateway ({token}, kept secret).</source>
        <translation>Zugriffstoken für das SMS-Gateway ({token}, wird geheim gehalten).</translation>
    </message>
</context>
<context>
    <name>rapport::SignInDialog</name>
    <message numerus="yes">
        <source>Try again in %n s</source>
        <translation>
            <numerusform>Neuer Versuch in %n s</numerusform>
            <numerusform>Neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>You are signed out. Sign in again with the one-time password when you are ready to choose your own.</source>
        <translation>Sie sind abgemeldet. Melden Sie sich erneut mit dem Einmalpasswort an, wenn Sie bereit sind, ein eigenes Passwort zu wählen.</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Sign in with your Rapport account</source>
        <translation>Melden Sie sich mit Ihrem Rapport-Konto an</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Use recovery key…</source>
        <translation>Wiederherstellungsschlüssel verwenden…</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Wiederherstellungsschlüssel verwenden</translation>
    </message>
</context>
<context>
    <name>rapport::SignInThrottle</name>
    <message numerus="yes">
        <source>Too many wrong passwords for this user name. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Zu viele falsche Passwörter für diesen Benutzernamen. Warten Sie %n Sekunde und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Zu viele falsche Passwörter für diesen Benutzernamen. Warten Sie %n Sekunden und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::SlotFinder</name>
    <message>
        <source>The appointment type &quot;%1&quot; is no longer offered. Choose another type.</source>
        <translation>Die Terminart „%1“ wird nicht mehr angeboten. Wählen Sie eine andere Terminart.</translation>
    </message>
    <message>
        <source>Choose an appointment type or enter a duration in minutes.</source>
        <translation>Wählen Sie eine Terminart oder geben Sie eine Dauer in Minuten ein.</translation>
    </message>
    <message>
        <source>Enter a duration from 5 minutes to %1 hours.</source>
        <translation>Geben Sie eine Dauer von 5 Minuten bis %1 Stunden ein.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Wählen Sie mindestens einen Wochentag.</translation>
    </message>
    <message>
        <source>The earliest start time must be before the latest start time.</source>
        <translation>Die früheste Beginnzeit muss vor der spätesten Beginnzeit liegen.</translation>
    </message>
    <message>
        <source>Ask for 1 to %1 slots.</source>
        <translation>Fragen Sie 1 bis %1 freie Termine ab.</translation>
    </message>
    <message>
        <source>The end date is before the start date. Choose a later end date.</source>
        <translation>Das Enddatum liegt vor dem Startdatum. Wählen Sie ein späteres Enddatum.</translation>
    </message>
    <message>
        <source>Search at most one year at a time: choose a closer end date.</source>
        <translation>Durchsuchen Sie höchstens ein Jahr auf einmal: Wählen Sie ein früheres Enddatum.</translation>
    </message>
    <message>
        <source>One of the chosen providers does not exist or no longer works here. Choose another provider.</source>
        <translation>Einer der gewählten Behandler existiert nicht oder arbeitet nicht mehr hier. Wählen Sie einen anderen Behandler.</translation>
    </message>
    <message>
        <source>None of the chosen providers does &quot;%1&quot; appointments. Choose another provider or type.</source>
        <translation>Keiner der gewählten Behandler führt Termine der Art „%1“ durch. Wählen Sie einen anderen Behandler oder eine andere Terminart.</translation>
    </message>
</context>
<context>
    <name>rapport::SlotFinderDialog</name>
    <message>
        <source>Find a free slot</source>
        <translation>Freien Termin suchen</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>The type&apos;s length</source>
        <translation>Dauer der Terminart</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>Providers; none ticked means any</source>
        <translation>Behandler; ohne Häkchen kommt jeder Behandler infrage</translation>
    </message>
    <message>
        <source>Optional: the patient, to keep clear of their other appointments</source>
        <translation>Optional: der Patient, um Überschneidungen mit seinen anderen Terminen zu vermeiden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Terminart:</translation>
    </message>
    <message>
        <source>Pro&amp;viders:</source>
        <translation>&amp;Behandler:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>Start bet&amp;ween:</source>
        <translation>Be&amp;ginn zwischen:</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Book this slot…</source>
        <translation>Diesen Termin b&amp;uchen…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>Choose a type or a length.</source>
        <translation>Wählen Sie eine Terminart oder eine Dauer.</translation>
    </message>
    <message>
        <source>The last date is before the first. Swap them.</source>
        <translation>Das letzte Datum liegt vor dem ersten. Tauschen Sie die beiden.</translation>
    </message>
    <message>
        <source>The time window ends before it starts.</source>
        <translation>Das Zeitfenster endet, bevor es beginnt.</translation>
    </message>
    <message>
        <source>No free time fits. Try more days, a wider time window or any provider.</source>
        <translation>Keine freie Zeit passt. Versuchen Sie es mit mehr Tagen, einem größeren Zeitfenster oder einem beliebigen Behandler.</translation>
    </message>
    <message>
        <source>No chair</source>
        <translation>Kein Stuhl</translation>
    </message>
    <message>
        <source>One free time. Enter or double-click books it.</source>
        <translation>Ein freier Termin. Mit Enter oder Doppelklick buchen.</translation>
    </message>
    <message numerus="yes">
        <source>The earliest %n free times. Enter or double-click books one.</source>
        <translation>
            <numerusform>%n freier Termin, der früheste. Mit Enter oder Doppelklick buchen.</numerusform>
            <numerusform>Die frühesten %n freien Termine. Mit Enter oder Doppelklick buchen Sie einen davon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::SmsGatewaySender</name>
    <message>
        <source>The phone number is not an E.164 number (international form such as +447700900123).</source>
        <translation>Die Telefonnummer ist keine E.164-Nummer (internationales Format wie +447700900123).</translation>
    </message>
    <message>
        <source>SMS is not set up: choose a gateway and enter its address in the messaging settings.</source>
        <translation>SMS ist nicht eingerichtet: Wählen Sie in den Einstellungen für den Nachrichtenversand ein Gateway und geben Sie seine Adresse ein.</translation>
    </message>
    <message>
        <source>Sending was cancelled before the SMS gateway accepted the message.</source>
        <translation>Der Versand wurde abgebrochen, bevor das SMS-Gateway die Nachricht angenommen hat.</translation>
    </message>
    <message>
        <source>Could not start a connection to the SMS gateway.</source>
        <translation>Es konnte keine Verbindung zum SMS-Gateway aufgebaut werden.</translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s address in the settings is not a valid http:// or https:// address.</source>
        <translation>Die Adresse des SMS-Gateways in den Einstellungen ist keine gültige http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s certificate could not be verified: check its address in the settings.</source>
        <translation>Das Zertifikat des SMS-Gateways konnte nicht überprüft werden: Prüfen Sie seine Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>The SMS gateway could not be found: check its address in the settings and the network.</source>
        <translation>Das SMS-Gateway wurde nicht gefunden: Prüfen Sie seine Adresse in den Einstellungen und das Netzwerk.</translation>
    </message>
    <message>
        <source>Could not connect to the SMS gateway: it may be down.</source>
        <translation>Keine Verbindung zum SMS-Gateway möglich: Es ist möglicherweise ausgefallen.</translation>
    </message>
    <message>
        <source>The SMS gateway did not answer in time.</source>
        <translation>Das SMS-Gateway hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The connection to the SMS gateway broke off before it answered.</source>
        <translation>Die Verbindung zum SMS-Gateway ist abgebrochen, bevor es geantwortet hat.</translation>
    </message>
    <message>
        <source>The SMS gateway answered %1: %2</source>
        <translation>Das SMS-Gateway hat mit %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>The SMS gateway refused the credentials in the settings.</source>
        <translation>Das SMS-Gateway hat die Zugangsdaten aus den Einstellungen abgelehnt.</translation>
    </message>
    <message>
        <source>Other gateway, JSON</source>
        <translation>Anderes Gateway, JSON</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>rapport::SmsSettingsTab</name>
    <message>
        <source>SMS gateway</source>
        <translation>SMS-Gateway</translation>
    </message>
    <message>
        <source>Choose a gateway, or enter its address, to see the request.</source>
        <translation>Wählen Sie ein Gateway oder geben Sie seine Adresse ein, um die Anfrage zu sehen.</translation>
    </message>
    <message>
        <source>This is a test message from your clinic.</source>
        <translation>Dies ist eine Testnachricht Ihrer Praxis.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>Gateway preset</source>
        <translation>Gateway-Voreinstellung</translation>
    </message>
    <message>
        <source>Choosing a gateway fills in its request; adjust it if your account needs that.</source>
        <translation>Bei der Wahl eines Gateways wird seine Anfrage ausgefüllt; passen Sie sie an, falls Ihr Konto das erfordert.</translation>
    </message>
    <message>
        <source>&amp;Address (URL):</source>
        <translation>&amp;Adresse (URL):</translation>
    </message>
    <message>
        <source>https://gateway.example.com/send</source>
        <translation>https://gateway.example.com/send</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Gateway-Adresse</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>&amp;Content type:</source>
        <translation>&amp;Inhaltstyp:</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>Authorization: Bearer {token}</source>
        <translation>Authorization: Bearer {token}</translation>
    </message>
    <message>
        <source>Headers, one per line</source>
        <translation>Header, einer pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Request-Body</translation>
    </message>
    <message>
        <source>Placeholders: {to} {toDigits} {text} {sender} {reference} {username} {password} {token} {basicAuth}. Values are encoded to fit the URL, a form or JSON.</source>
        <translation>Platzhalter: {to} {toDigits} {text} {sender} {reference} {username} {password} {token} {basicAuth}. Die Werte werden passend für die URL, ein Formular oder JSON codiert.</translation>
    </message>
    <message>
        <source>Sender and account</source>
        <translation>Absender und Konto</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>Ab&amp;sender:</translation>
    </message>
    <message>
        <source>+447700900123 or a short name</source>
        <translation>+447700900123 oder ein Kurzname</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>&amp;User name or key:</source>
        <translation>Ben&amp;utzername oder Schlüssel:</translation>
    </message>
    <message>
        <source>User name or API key</source>
        <translation>Benutzername oder API-Schlüssel</translation>
    </message>
    <message>
        <source>Pass&amp;word or secret:</source>
        <translation>Pass&amp;wort oder Secret:</translation>
    </message>
    <message>
        <source>Password or API secret</source>
        <translation>Passwort oder API-Secret</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>Die Anfrage</translation>
    </message>
    <message>
        <source>What Rapport sends for a test message to %1. Passwords and tokens are shown as %2.</source>
        <translation>Was Rapport für eine Testnachricht an %1 sendet. Passwörter und Tokens werden als %2 angezeigt.</translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation>Vorschau der Anfrage</translation>
    </message>
    <message>
        <source>Check the settings</source>
        <translation>Einstellungen prüfen</translation>
    </message>
</context>
<context>
    <name>rapport::SmtpSender</name>
    <message>
        <source>E-mail is not set up: enter the mail server and the sender&apos;s address in the messaging settings.</source>
        <translation>E-Mail ist nicht eingerichtet: Geben Sie in den Einstellungen für den Nachrichtenversand den Mailserver und die Absenderadresse ein.</translation>
    </message>
    <message>
        <source>The sender&apos;s address in the messaging settings is not an e-mail address.</source>
        <translation>Die Absenderadresse in den Einstellungen für den Nachrichtenversand ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The recipient&apos;s e-mail address is not valid.</source>
        <translation>Die E-Mail-Adresse des Empfängers ist ungültig.</translation>
    </message>
    <message>
        <source>Sending was cancelled before the mail server accepted the message.</source>
        <translation>Der Versand wurde abgebrochen, bevor der Mailserver die Nachricht angenommen hat.</translation>
    </message>
    <message>
        <source>Could not start a connection to the mail server.</source>
        <translation>Es konnte keine Verbindung zum Mailserver aufgebaut werden.</translation>
    </message>
</context>
<context>
    <name>rapport::StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>One active account</source>
        <translation>Ein aktives Konto</translation>
    </message>
    <message numerus="yes">
        <source>%n active accounts</source>
        <translation>
            <numerusform>%n aktives Konto</numerusform>
            <numerusform>%n aktive Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deactivated</source>
        <translation>
            <numerusform>%n deaktiviert</numerusform>
            <numerusform>%n deaktiviert</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot deactivate the account you are signed in with.</source>
        <translation>Sie können das Konto, mit dem Sie angemeldet sind, nicht deaktivieren.</translation>
    </message>
    <message>
        <source>Rapport is locked. Sign in again.</source>
        <translation>Rapport ist gesperrt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Account ready</source>
        <translation>Konto eingerichtet</translation>
    </message>
    <message>
        <source>%1 can now sign in as “%2” with this one-time password:</source>
        <translation>%1 kann sich jetzt als „%2“ mit diesem Einmalpasswort anmelden:</translation>
    </message>
    <message>
        <source>They choose their own password the first time they sign in.</source>
        <translation>Bei der ersten Anmeldung wählt die Person ein eigenes Passwort.</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>Neue Rolle von %1: %2</translation>
    </message>
    <message>
        <source>%1 was reactivated.</source>
        <translation>%1 wurde wieder aktiviert.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Das Passwort von %1 wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>Konto wieder aktiviert</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Konto deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate the account of %1?</source>
        <translation>Das Konto von %1 deaktivieren?</translation>
    </message>
    <message>
        <source>They can no longer sign in. Rapport also changes the clinic&apos;s encryption keys, so their old password cannot open the clinic&apos;s data — not even with a copy of the key file.

You can reactivate the account later with a new one-time password.</source>
        <translation>Die Person kann sich dann nicht mehr anmelden. Rapport wechselt außerdem die Verschlüsselungsschlüssel der Praxis, sodass ihr altes Passwort die Daten der Praxis nicht mehr öffnen kann – auch nicht mit einer Kopie der Schlüsseldatei.

Sie können das Konto später mit einem neuen Einmalpasswort wieder aktivieren.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 was deactivated and the clinic&apos;s keys were changed.</source>
        <translation>%1 wurde deaktiviert, und die Schlüssel der Praxis wurden gewechselt.</translation>
    </message>
    <message>
        <source>Everyone who can sign in to Rapport at this clinic, and what their role lets them do.</source>
        <translation>Alle, die sich in dieser Praxis bei Rapport anmelden können, und was ihre Rolle ihnen erlaubt.</translation>
    </message>
    <message>
        <source>Add staff member…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Mitarbeiterkonto anlegen</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Rolle ändern…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Wieder aktivieren…</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Mitarbeiterkonten</translation>
    </message>
</context>
<context>
    <name>rapport::StaffService</name>
    <message>
        <source>There is no member of staff with this user name.</source>
        <translation>Es gibt kein Mitarbeiterkonto mit diesem Benutzernamen.</translation>
    </message>
    <message>
        <source>The user name “%1” is already taken. Choose another one.</source>
        <translation>Der Benutzername „%1“ ist bereits vergeben. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>This is the only active administrator. Make someone else an administrator first.</source>
        <translation>Dies ist das einzige aktive Konto mit der Rolle Administration. Geben Sie zuerst einer anderen Person diese Rolle.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account while signed in with it.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren, während Sie damit angemeldet sind.</translation>
    </message>
    <message>
        <source>This is the only active administrator and cannot be deactivated.</source>
        <translation>Dies ist das einzige aktive Konto mit der Rolle Administration und kann nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>The recovery key has no password. Reset a member&apos;s password instead.</source>
        <translation>Der Wiederherstellungsschlüssel hat kein Passwort. Setzen Sie stattdessen das Passwort eines Mitarbeiterkontos zurück.</translation>
    </message>
    <message>
        <source>Choose a new password that differs from the current one.</source>
        <translation>Wählen Sie ein neues Passwort, das sich vom aktuellen unterscheidet.</translation>
    </message>
</context>
<context>
    <name>rapport::StaffTableModel</name>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Active — must choose a password</source>
        <translation>Aktiv – muss ein Passwort wählen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>Signed in now</source>
        <translation>Jetzt angemeldet</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Signs in with a one-time password and then chooses their own.</source>
        <translation>Meldet sich mit einem Einmalpasswort an und wählt dann ein eigenes Passwort.</translation>
    </message>
    <message>
        <source>Cannot sign in. Reactivate the account to give them a new one-time password.</source>
        <translation>Kann sich nicht anmelden. Aktivieren Sie das Konto wieder, um der Person ein neues Einmalpasswort zu geben.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
</context>
<context>
    <name>rapport::TemplatePreview</name>
    <message>
        <source>Due %1 · %2 · %3</source>
        <translation>Fällig %1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No recall comes due in the next 90 days, so there is nobody to preview with.</source>
        <translation>In den nächsten 90 Tagen wird kein Recall fällig, daher gibt es niemanden für die Vorschau.</translation>
    </message>
    <message>
        <source>No appointment is booked in the next 30 days. Book one to see the message as a patient would get it.</source>
        <translation>In den nächsten 30 Tagen ist kein Termin gebucht. Buchen Sie einen, um die Nachricht so zu sehen, wie ein Patient sie erhalten würde.</translation>
    </message>
    <message>
        <source>Rapport does not know %1. Check the spelling against the placeholders, or the patient will see it as it is.</source>
        <translation>Rapport kennt %1 nicht. Vergleichen Sie die Schreibweise mit den Platzhaltern, sonst sieht der Patient den Text unverändert.</translation>
    </message>
    <message>
        <source>%1 characters · %2 (because of “%3”, up to 70 characters a message)</source>
        <translation>%1 Zeichen · %2 (wegen „%3“ höchstens 70 Zeichen pro Nachricht)</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 characters · %2 (up to 160 characters a message)</source>
        <translation>%1 Zeichen · %2 (höchstens 160 Zeichen pro Nachricht)</translation>
    </message>
    <message>
        <source>&amp;Preview with the recall of</source>
        <translation>&amp;Vorschau mit dem Recall von</translation>
    </message>
    <message>
        <source>&amp;Preview with the appointment</source>
        <translation>&amp;Vorschau mit dem Termin</translation>
    </message>
    <message>
        <source>Preview with</source>
        <translation>Vorschau mit</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Preview of the text</source>
        <translation>Vorschau des Texts</translation>
    </message>
    <message>
        <source>Preview of the HTML part</source>
        <translation>Vorschau des HTML-Teils</translation>
    </message>
</context>
<context>
    <name>rapport::TemplatesTab</name>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Discard your changes to this template?</source>
        <translation>Änderungen an dieser Vorlage verwerfen?</translation>
    </message>
    <message>
        <source>You changed the text and did not save it.</source>
        <translation>Sie haben den Text geändert und nicht gespeichert.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Template saved. Messages from now on use it.</source>
        <translation>Vorlage gespeichert. Nachrichten verwenden sie ab jetzt.</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Vorlage gespeichert.</translation>
    </message>
    <message>
        <source>Use Rapport&apos;s built-in text again?</source>
        <translation>Wieder den Standardtext von Rapport verwenden?</translation>
    </message>
    <message>
        <source>The clinic&apos;s own text for this message is switched off, and messages from now on use the text that comes with Rapport.</source>
        <translation>Der eigene Text der Praxis für diese Nachricht wird abgeschaltet, und Nachrichten verwenden ab jetzt den Standardtext, der mit Rapport geliefert wird.</translation>
    </message>
    <message>
        <source>Use the built-in text</source>
        <translation>Standardtext verwenden</translation>
    </message>
    <message>
        <source>Keep the clinic&apos;s text</source>
        <translation>Text der Praxis behalten</translation>
    </message>
    <message>
        <source>This message uses Rapport&apos;s built-in text again.</source>
        <translation>Diese Nachricht verwendet wieder den Standardtext von Rapport.</translation>
    </message>
    <message>
        <source>Template reset to the built-in text.</source>
        <translation>Vorlage auf den Standardtext zurückgesetzt.</translation>
    </message>
    <message>
        <source>Rapport&apos;s built-in text</source>
        <translation>Standardtext von Rapport</translation>
    </message>
    <message>
        <source>The clinic&apos;s own text</source>
        <translation>Eigener Text der Praxis</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>Appointment reminder</source>
        <translation>Terminerinnerung</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kontaktweg</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kontaktweg</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>HTML part</source>
        <translation>HTML-Teil</translation>
    </message>
    <message>
        <source>Leave the HTML empty to send the text alone, laid out by Rapport.</source>
        <translation>Lassen Sie den HTML-Teil leer, um nur den Text zu senden; das Layout übernimmt dann Rapport.</translation>
    </message>
    <message>
        <source>Placeholders (click to insert)</source>
        <translation>Platzhalter (zum Einfügen anklicken)</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Only a practice manager or an administrator can change the templates.</source>
        <translation>Nur Praxismanagement oder Administration können die Vorlagen ändern.</translation>
    </message>
    <message>
        <source>Reset to built-in</source>
        <translation>Auf Standardtext zurücksetzen</translation>
    </message>
    <message>
        <source>Use the text that comes with Rapport again</source>
        <translation>Wieder den Standardtext von Rapport verwenden</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Speichern (%1)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>rapport::TestMessageDialog</name>
    <message>
        <source>Send a test SMS</source>
        <translation>Test-SMS senden</translation>
    </message>
    <message>
        <source>Send a test e-mail</source>
        <translation>Test-E-Mail senden</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>07700 900123</source>
        <translation>07700 900123</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Rapport sends a short test SMS through the gateway, with the saved settings. To which mobile number?</source>
        <translation>Rapport sendet mit den gespeicherten Einstellungen eine kurze Test-SMS über das Gateway. An welche Mobilnummer?</translation>
    </message>
    <message>
        <source>Rapport sends a short test e-mail through the mail server, with the saved settings. To which address?</source>
        <translation>Rapport sendet mit den gespeicherten Einstellungen eine kurze Test-E-Mail über den Mailserver. An welche Adresse?</translation>
    </message>
    <message>
        <source>&amp;Mobile number:</source>
        <translation>&amp;Mobilnummer:</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Enter a mobile number that can receive text messages.</source>
        <translation>Geben Sie eine Mobilnummer ein, die SMS empfangen kann.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as you@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, z. B. name@example.com.</translation>
    </message>
</context>
<context>
    <name>rapport::TimelineModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>rapport::TimelineView</name>
    <message>
        <source>One entry</source>
        <translation>Ein Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Timeline, newest first</source>
        <translation>Verlauf, neueste Einträge zuerst</translation>
    </message>
    <message>
        <source>Nothing yet. Changes, consent decisions and family links appear here, and later appointments, messages, calls, complaints and surveys.</source>
        <translation>Noch keine Einträge. Hier erscheinen Änderungen, Einwilligungsentscheidungen sowie Angehörige und Bezugspersonen, später auch Termine, Nachrichten, Anrufe, Beschwerden und Umfragen.</translation>
    </message>
</context>
<context>
    <name>rapport::Waitlist</name>
    <message>
        <source>This waitlist entry was already booked or removed; it cannot be changed.</source>
        <translation>Dieser Wartelisteneintrag wurde bereits gebucht oder entfernt und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>This patient was already booked from the waitlist; there is nothing to remove.</source>
        <translation>Für diesen Patienten wurde bereits ein Termin aus der Warteliste gebucht; es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <source>This waitlist entry was booked or removed in the meantime. Look at the offers again.</source>
        <translation>Dieser Wartelisteneintrag wurde inzwischen gebucht oder entfernt. Sehen Sie sich die Angebote erneut an.</translation>
    </message>
    <message>
        <source>Choose a time and a provider for the offer.</source>
        <translation>Wählen Sie eine Zeit und einen Behandler für das Angebot.</translation>
    </message>
    <message>
        <source>The patient asked for another provider. Choose a matching offer.</source>
        <translation>Der Patient hat einen anderen Behandler gewünscht. Wählen Sie ein passendes Angebot.</translation>
    </message>
    <message>
        <source>The patient did not say which type of appointment they are waiting for. Choose the type to book.</source>
        <translation>Der Patient hat nicht angegeben, auf welche Terminart er wartet. Wählen Sie die zu buchende Terminart.</translation>
    </message>
    <message>
        <source>The freed time needs a provider, a start and a later end.</source>
        <translation>Für die frei gewordene Zeit werden ein Behandler, ein Beginn und ein späteres Ende benötigt.</translation>
    </message>
    <message>
        <source>asked for this provider</source>
        <translation>hat diesen Behandler gewünscht</translation>
    </message>
    <message>
        <source>any provider</source>
        <translation>beliebiger Behandler</translation>
    </message>
    <message>
        <source>wants &quot;%1&quot;</source>
        <translation>wünscht „%1“</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>Priorität %1</translation>
    </message>
    <message numerus="yes">
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>wartet seit %n Tag(en)</numerusform>
            <numerusform>wartet seit %n Tag(en)</numerusform>
        </translation>
    </message>
    <message>
        <source>needs an appointment by %1</source>
        <translation>benötigt einen Termin bis %1</translation>
    </message>
    <message>
        <source>brings forward their appointment of %1</source>
        <translation>möchte den Termin vom %1 vorziehen</translation>
    </message>
    <message>
        <source>This waitlist entry does not exist.</source>
        <translation>Dieser Wartelisteneintrag existiert nicht.</translation>
    </message>
    <message>
        <source>Choose the patient who is waiting.</source>
        <translation>Wählen Sie den wartenden Patienten.</translation>
    </message>
    <message>
        <source>This patient&apos;s record was merged into another one. Add the other record instead.</source>
        <translation>Der Datensatz dieses Patienten wurde mit einem anderen zusammengeführt. Fügen Sie stattdessen den anderen Datensatz hinzu.</translation>
    </message>
    <message>
        <source>The appointment type is not offered any more. Choose another type.</source>
        <translation>Diese Terminart wird nicht mehr angeboten. Wählen Sie eine andere Terminart.</translation>
    </message>
    <message>
        <source>The provider does not work here any more. Choose another provider or any provider.</source>
        <translation>Der Behandler ist nicht mehr in der Praxis tätig. Wählen Sie einen anderen oder einen beliebigen Behandler.</translation>
    </message>
    <message>
        <source>%1 does not do &quot;%2&quot; appointments. Choose another provider or any provider.</source>
        <translation>%1 übernimmt keine Termine der Art „%2“. Wählen Sie einen anderen oder einen beliebigen Behandler.</translation>
    </message>
    <message>
        <source>The current appointment is not one of this patient&apos;s. Choose one of theirs, or none.</source>
        <translation>Der aktuelle Termin gehört nicht zu diesem Patienten. Wählen Sie einen seiner Termine oder keinen.</translation>
    </message>
    <message>
        <source>The current appointment is cancelled or already past. Choose an appointment still to come, or none.</source>
        <translation>Der aktuelle Termin ist abgesagt oder bereits vorbei. Wählen Sie einen bevorstehenden Termin oder keinen.</translation>
    </message>
    <message>
        <source>Choose the type of appointment the patient is waiting for, or enter how long it takes.</source>
        <translation>Wählen Sie die Terminart, auf die der Patient wartet, oder geben Sie die Dauer ein.</translation>
    </message>
    <message>
        <source>Enter a duration from 5 minutes to %1 hours.</source>
        <translation>Geben Sie eine Dauer zwischen 5 Minuten und %1 Stunden ein.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week the patient can come.</source>
        <translation>Wählen Sie mindestens einen Wochentag, an dem der Patient kommen kann.</translation>
    </message>
    <message>
        <source>The earliest start time must be before the latest start time.</source>
        <translation>Der früheste Beginn muss vor dem spätesten Beginn liegen.</translation>
    </message>
    <message>
        <source>The latest date is before the earliest date. Choose a later one.</source>
        <translation>Das späteste Datum liegt vor dem frühesten Datum. Wählen Sie ein späteres.</translation>
    </message>
    <message>
        <source>The latest date has already passed. Choose a later one or none.</source>
        <translation>Das späteste Datum ist bereits vergangen. Wählen Sie ein späteres oder keines.</translation>
    </message>
    <message>
        <source>Enter a priority from 0 (normal) to %1 (most urgent).</source>
        <translation>Geben Sie eine Priorität von 0 (normal) bis %1 (am dringendsten) ein.</translation>
    </message>
    <message>
        <source>Shorten the note to %1 characters.</source>
        <translation>Kürzen Sie die Notiz auf %1 Zeichen.</translation>
    </message>
    <message>
        <source>This appointment is another patient&apos;s. The waitlist entry stays.</source>
        <translation>Dieser Termin gehört zu einem anderen Patienten. Der Eintrag auf der Warteliste bleibt bestehen.</translation>
    </message>
</context>
<context>
    <name>rapport::WaitlistEntryDialog</name>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Nicht nach</translation>
    </message>
    <message>
        <source>Add to the waitlist</source>
        <translation>Auf die Warteliste setzen</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Beliebiger Behandler</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Higher comes first among those who fit equally</source>
        <translation>Bei gleicher Eignung kommt der höhere Wert zuerst</translation>
    </message>
    <message>
        <source>For example: can come at short notice</source>
        <translation>Zum Beispiel: kann kurzfristig kommen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Termin&amp;art:</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>&amp;Behandler:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>Start bet&amp;ween:</source>
        <translation>Beginn &amp;zwischen:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorität:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Add to the waitlist</source>
        <translation>Auf die &amp;Warteliste setzen</translation>
    </message>
    <message>
        <source>Find and choose the patient first.</source>
        <translation>Suchen und wählen Sie zuerst den Patienten.</translation>
    </message>
    <message>
        <source>The time window ends before it starts.</source>
        <translation>Das Zeitfenster endet, bevor es beginnt.</translation>
    </message>
</context>
<context>
    <name>rapport::WaitlistOffersDialog</name>
    <message>
        <source>Offer the freed time</source>
        <translation>Frei gewordene Zeit anbieten</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Proposed time</source>
        <translation>Vorgeschlagene Zeit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Buchen</translation>
    </message>
    <message>
        <source>Book the chosen patient into this time (Enter)</source>
        <translation>Den gewählten Patienten zu dieser Zeit buchen (Enter)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Time has been freed. One patient on the waitlist can take it:</source>
        <translation>Es ist Zeit frei geworden. Ein Patient auf der Warteliste kann sie übernehmen:</translation>
    </message>
    <message numerus="yes">
        <source>Time has been freed. %n patients on the waitlist can take it, best match first:</source>
        <translation>
            <numerusform>Es ist Zeit frei geworden. %n Patient auf der Warteliste kann sie übernehmen, am besten passende zuerst:</numerusform>
            <numerusform>Es ist Zeit frei geworden. %n Patienten auf der Warteliste können sie übernehmen, am besten passende zuerst:</numerusform>
        </translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>Kein Telefon</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>rapport::WaitlistPanel</name>
    <message>
        <source>any provider</source>
        <translation>beliebiger Behandler</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>On the list since %1</source>
        <translation>Auf der Liste seit %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for an earlier appointment. Patients added here are offered freed time at once.</source>
        <translation>Niemand wartet auf einen früheren Termin. Hier hinzugefügten Patienten wird frei gewordene Zeit sofort angeboten.</translation>
    </message>
    <message>
        <source>One patient waiting for an earlier appointment; they are offered freed time at once.</source>
        <translation>Ein Patient wartet auf einen früheren Termin; ihm wird frei gewordene Zeit sofort angeboten.</translation>
    </message>
    <message numerus="yes">
        <source>%n patients waiting for an earlier appointment; they are offered freed time at once.</source>
        <translation>
            <numerusform>%n Patient wartet auf einen früheren Termin; ihm wird frei gewordene Zeit sofort angeboten.</numerusform>
            <numerusform>%n Patienten warten auf einen früheren Termin; ihnen wird frei gewordene Zeit sofort angeboten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added to the waitlist</source>
        <translation>Auf die Warteliste gesetzt</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>Take %1 off the waitlist?</source>
        <translation>%1 von der Warteliste nehmen?</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Taken off the waitlist</source>
        <translation>Von der Warteliste genommen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Put a patient on the waitlist</source>
        <translation>Einen Patienten auf die Warteliste setzen</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Buchen…</translation>
    </message>
    <message>
        <source>Book the chosen patient now</source>
        <translation>Den gewählten Patienten jetzt buchen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Take the chosen patient off the waitlist</source>
        <translation>Den gewählten Patienten von der Warteliste nehmen</translation>
    </message>
</context>
<context>
    <name>rapport::dispatch</name>
    <message>
        <source>SMS is not set up: Administration → Messaging</source>
        <translation>SMS ist nicht eingerichtet: Verwaltung → Nachrichtenversand</translation>
    </message>
    <message>
        <source>E-mail is not set up: Administration → Messaging</source>
        <translation>E-Mail ist nicht eingerichtet: Verwaltung → Nachrichtenversand</translation>
    </message>
</context>
<context>
    <name>rapport::dispatch::Claimer</name>
    <message>
        <source>Sending stopped before the outcome was recorded: the message may or may not have arrived. Retry it only after checking with the patient.</source>
        <translation>Der Versand wurde beendet, bevor das Ergebnis festgehalten wurde: Die Nachricht ist möglicherweise angekommen, möglicherweise auch nicht. Versuchen Sie es erst erneut, nachdem Sie beim Patienten nachgefragt haben.</translation>
    </message>
    <message>
        <source>A sending run stopped while sending. Those messages are marked Interrupted on the Messages page: check with the patient before sending again.</source>
        <translation>Ein Versandlauf wurde während des Sendens beendet. Diese Nachrichten sind auf der Seite „Nachrichten“ als „Unterbrochen“ markiert: Fragen Sie beim Patienten nach, bevor Sie sie erneut senden.</translation>
    </message>
</context>
<context>
    <name>rapportctl</name>
    <message>
        <source>The clinic&apos;s database file (.rapport).</source>
        <translation>Die Datenbankdatei der Praxis (.rapport).</translation>
    </message>
    <message>
        <source>Sign in as this member of staff.</source>
        <translation>Mit diesem Benutzernamen anmelden.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (required).</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen (erforderlich).</translation>
    </message>
    <message>
        <source>Print the result as one compact JSON object.</source>
        <translation>Das Ergebnis als ein kompaktes JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Standard input (one line each; nothing is echoed):
</source>
        <translation>Standardeingabe (je eine Zeile; die Eingabe wird nicht angezeigt):
</translation>
    </message>
    <message>
        <source>  line %1: %2
</source>
        <translation>  Zeile %1: %2
</translation>
    </message>
    <message>
        <source>Passwords are read from standard input only: add --password-stdin and give %1 on line %2.</source>
        <translation>Passwörter werden nur über die Standardeingabe gelesen: Fügen Sie --password-stdin hinzu und geben Sie %1 in Zeile %2 an.</translation>
    </message>
    <message>
        <source>Standard input has no line %1: it should hold %2.</source>
        <translation>Die Standardeingabe hat keine Zeile %1; sie sollte %2 enthalten.</translation>
    </message>
    <message>
        <source>the password of %1</source>
        <translation>das Passwort von %1</translation>
    </message>
    <message>
        <source>%1 still has a one-time password. Choose your own password first with &apos;rapportctl user passwd %1 --db PATH --user %1 --password-stdin&apos; (line 1: the one-time password, line 2: the new password).</source>
        <translation>%1 hat noch ein Einmalpasswort. Wählen Sie zuerst Ihr eigenes Passwort mit &apos;rapportctl user passwd %1 --db PATH --user %1 --password-stdin&apos; (Zeile 1: das Einmalpasswort, Zeile 2: das neue Passwort).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>Unexpected argument: “%1”.</source>
        <translation>Unerwartetes Argument: „%1“.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>Die Option --%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [options]

Rapport&apos;s command-line tool: create a clinic, manage staff accounts, patients and settings, and check the audit trail.

Commands:
</source>
        <translation>Aufruf: %1 BEFEHL [Optionen]

Das Kommandozeilenwerkzeug von Rapport: Praxis anlegen, Mitarbeiterkonten, Patienten und Einstellungen verwalten und das Prüfprotokoll kontrollieren.

Befehle:
</translation>
    </message>
    <message>
        <source>
Commands that open a clinic take --db PATH --user NAME --password-stdin and read the password from the first line of standard input. Passwords are never given as arguments, where other users of the computer could see them.

Run &apos;%1 COMMAND --help&apos; (or &apos;%1 help COMMAND&apos;) for a command&apos;s options; &apos;%1 --version&apos; shows the versions.
</source>
        <translation>
Befehle, die eine Praxis öffnen, erwarten --db PATH --user NAME --password-stdin und lesen das Passwort aus der ersten Zeile der Standardeingabe. Passwörter werden nie als Argumente übergeben, weil andere Benutzer des Computers sie dort sehen könnten.

&apos;%1 BEFEHL --help&apos; (oder &apos;%1 help BEFEHL&apos;) zeigt die Optionen eines Befehls; &apos;%1 --version&apos; zeigt die Versionen.
</translation>
    </message>
    <message>
        <source>Usage: %1 %2 COMMAND [options]

%3

Commands:
</source>
        <translation>Aufruf: %1 %2 BEFEHL [Optionen]

%3

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;%1 %2 COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
&apos;%1 %2 BEFEHL --help&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>Name a command before its options; “%1” is not a command.</source>
        <translation>Nennen Sie den Befehl vor seinen Optionen; „%1“ ist kein Befehl.</translation>
    </message>
    <message>
        <source>Name what to do, for example “%1”.</source>
        <translation>Geben Sie an, was getan werden soll, zum Beispiel „%1“.</translation>
    </message>
    <message>
        <source>There is no command “%1 %2”.</source>
        <translation>Es gibt keinen Befehl „%1 %2“.</translation>
    </message>
    <message>
        <source>There is no command “%1”.</source>
        <translation>Es gibt keinen Befehl „%1“.</translation>
    </message>
    <message>
        <source>Check that the audit trail is whole and unchanged</source>
        <translation>Prüfen, ob das Prüfprotokoll vollständig und unverändert ist</translation>
    </message>
    <message>
        <source>Checks every row of the audit trail against its seal and its link to the row before, and that no row is missing. Exits with 0 when the trail is whole and 3 when it is not, naming the first row that does not verify. Needs the audit.read permission.</source>
        <translation>Prüft jeden Eintrag des Prüfprotokolls anhand seines Siegels und seiner Verkettung mit dem vorherigen Eintrag und stellt sicher, dass kein Eintrag fehlt. Endet mit 0, wenn das Protokoll vollständig ist, sonst mit 3 und nennt dann den ersten Eintrag, der die Prüfung nicht besteht. Erfordert die Berechtigung audit.read.</translation>
    </message>
    <message>
        <source>your password (the member of staff given with --user)</source>
        <translation>Ihr Passwort (für das mit --user angegebene Konto)</translation>
    </message>
    <message>
        <source>rapportctl: The audit trail does not verify from row %1 on: it was changed outside Rapport, or the database is damaged. Keep a copy of the database and its key file as evidence before changing anything.</source>
        <translation>rapportctl: Das Prüfprotokoll ist ab Eintrag %1 nicht mehr gültig: Es wurde außerhalb von Rapport geändert, oder die Datenbank ist beschädigt. Bewahren Sie eine Kopie der Datenbank und ihrer Schlüsseldatei als Beweismittel auf, bevor Sie etwas ändern.</translation>
    </message>
    <message>
        <source>The clinic&apos;s append-only, hash-chained audit trail.</source>
        <translation>Das Prüfprotokoll der Praxis: nur ergänzbar und per Hash verkettet.</translation>
    </message>
    <message>
        <source>Create the demo clinic for trying Rapport out</source>
        <translation>Demo-Praxis zum Ausprobieren von Rapport anlegen</translation>
    </message>
    <message>
        <source>Also create N made-up patients (up to %1). Refused when the demo clinic already has patients.</source>
        <translation>Zusätzlich N fiktive Patienten anlegen (höchstens %1). Wird abgelehnt, wenn die Demo-Praxis bereits Patienten enthält.</translation>
    </message>
    <message>
        <source>Which made-up population to create (default 1).</source>
        <translation>Welcher fiktive Patientenbestand angelegt wird (Standard: 1).</translation>
    </message>
    <message>
        <source>Created %1 of %2 patients (%3%)…</source>
        <translation>%1 von %2 Patienten angelegt (%3 %)…</translation>
    </message>
    <message>
        <source>--patients is a whole number from 0 to %1, not “%2”.</source>
        <translation>--patients muss eine ganze Zahl von 0 bis %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--seed is a whole number of 0 or more, not “%1”.</source>
        <translation>--seed muss eine ganze Zahl ab 0 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>A file that is not the demo clinic already exists at %1. Rapport leaves it as it is; choose another path for the demo clinic.</source>
        <translation>Unter %1 gibt es bereits eine Datei, die nicht die Demo-Praxis ist. Rapport lässt sie unverändert; wählen Sie einen anderen Pfad für die Demo-Praxis.</translation>
    </message>
    <message>
        <source>Created the demo clinic “%1” in %2.</source>
        <translation>Demo-Praxis „%1“ in %2 angelegt.</translation>
    </message>
    <message>
        <source>The demo clinic already exists in %1; nothing was changed.</source>
        <translation>Die Demo-Praxis gibt es in %1 bereits; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The demo clinic already exists in %1.</source>
        <translation>Die Demo-Praxis gibt es in %1 bereits.</translation>
    </message>
    <message numerus="yes">
        <source>Created %n made-up patient(s) in %1 seconds (seed %2).</source>
        <translation>
            <numerusform>%n fiktiver Patient in %1 Sekunden angelegt (Seed %2).</numerusform>
            <numerusform>%n fiktive Patienten in %1 Sekunden angelegt (Seed %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>
Every demo account signs in with the password: %1
The demo clinic is for trying Rapport out: its password is public, so never enter real patients into it.</source>
        <translation>
Alle Demo-Konten melden sich mit diesem Passwort an: %1
Die Demo-Praxis ist zum Ausprobieren von Rapport gedacht. Ihr Passwort ist öffentlich bekannt, erfassen Sie darin also niemals echte Patienten.</translation>
    </message>
    <message>
        <source>Create a new clinic and its first administrator</source>
        <translation>Neue Praxis mit erstem Administrationskonto anlegen</translation>
    </message>
    <message>
        <source>Creates a new, encrypted clinic database and its key file, with you as its first administrator, and prints the clinic&apos;s recovery key once.</source>
        <translation>Legt eine neue, verschlüsselte Praxisdatenbank mit ihrer Schlüsseldatei an, mit Ihrem Konto als erstem Administrationskonto, und gibt den Wiederherstellungsschlüssel der Praxis einmalig aus.</translation>
    </message>
    <message>
        <source>Where to create the clinic&apos;s database file (.rapport).</source>
        <translation>Wo die Datenbankdatei der Praxis (.rapport) angelegt wird.</translation>
    </message>
    <message>
        <source>The first administrator&apos;s user name.</source>
        <translation>Benutzername des ersten Administrationskontos.</translation>
    </message>
    <message>
        <source>Read the administrator&apos;s new password from the first line of standard input (required).</source>
        <translation>Das neue Passwort des Administrationskontos aus der ersten Zeile der Standardeingabe lesen (erforderlich).</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation>Vollständiger Name der Person mit dem Administrationskonto.</translation>
    </message>
    <message>
        <source>The clinic&apos;s name.</source>
        <translation>Name der Praxis.</translation>
    </message>
    <message>
        <source>Country or region, for phone numbers (default GB).</source>
        <translation>Land oder Region, für Telefonnummern (Standard: GB).</translation>
    </message>
    <message>
        <source>The clinic&apos;s time zone (default Europe/London).</source>
        <translation>Zeitzone der Praxis (Standard: Europe/London).</translation>
    </message>
    <message>
        <source>Language of messages to patients: en or de (default en).</source>
        <translation>Sprache der Nachrichten an Patienten: en oder de (Standard: en).</translation>
    </message>
    <message>
        <source>Password hashing cost: tuned (default; measured on this computer), minimum, or fast (for tests and demos only).</source>
        <translation>Rechenaufwand für das Passwort-Hashing: tuned (Standard; auf diesem Computer gemessen), minimum oder fast (nur für Tests und Demos).</translation>
    </message>
    <message>
        <source>the new administrator&apos;s password (at least %1 characters)</source>
        <translation>das Passwort des neuen Administrationskontos (mindestens %1 Zeichen)</translation>
    </message>
    <message>
        <source>--kdf is tuned, minimum or fast, not “%1”.</source>
        <translation>--kdf muss tuned, minimum oder fast sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>the new password of %1</source>
        <translation>das neue Passwort von %1</translation>
    </message>
    <message>
        <source>--kdf fast makes passwords quick to guess. Use it only for automated tests and throwaway demo clinics, never for a clinic with real patients.</source>
        <translation>Mit --kdf fast lassen sich Passwörter schnell erraten. Verwenden Sie es nur für automatisierte Tests und Wegwerf-Demo-Praxen, niemals für eine Praxis mit echten Patienten.</translation>
    </message>
    <message>
        <source>Measuring this computer to choose the password hashing cost…</source>
        <translation>Die Leistung dieses Computers wird gemessen, um den Rechenaufwand für das Passwort-Hashing festzulegen…</translation>
    </message>
    <message>
        <source>Print or write down the recovery key now and keep it somewhere safe, away from this computer (for example in the practice safe). It opens the clinic if every administrator&apos;s password is lost, and Rapport cannot show it again.</source>
        <translation>Drucken Sie den Wiederherstellungsschlüssel jetzt aus oder schreiben Sie ihn ab, und bewahren Sie ihn an einem sicheren Ort getrennt von diesem Computer auf (zum Beispiel im Praxistresor). Mit ihm lässt sich die Praxis öffnen, wenn die Passwörter aller Administrationskonten verloren gegangen sind, und Rapport kann ihn nicht noch einmal anzeigen.</translation>
    </message>
    <message>
        <source>Created the clinic “%1” in %2, with %3 as its administrator.

Recovery key (shown this once only):

    %4

%5</source>
        <translation>Praxis „%1“ in %2 angelegt, mit %3 als Administrationskonto.

Wiederherstellungsschlüssel (wird nur dieses eine Mal angezeigt):

    %4

%5</translation>
    </message>
    <message>
        <source>%1
The existing record is %2 (see &apos;rapportctl patient show %2&apos;). If they are different people, run the command again with --allow-duplicate.</source>
        <translation>%1
Der vorhandene Datensatz ist %2 (siehe &apos;rapportctl patient show %2&apos;). Wenn es sich um verschiedene Personen handelt, führen Sie den Befehl mit --allow-duplicate erneut aus.</translation>
    </message>
    <message>
        <source>Name the parent or guardian with --guardian PATIENT_ID (add them as a patient first if they are not one yet).</source>
        <translation>Geben Sie den Elternteil oder Vormund mit --guardian PATIENT_ID an (legen Sie die Person zuerst als Patient an, falls sie noch keiner ist).</translation>
    </message>
    <message>
        <source>Add a patient record</source>
        <translation>Patientendatensatz anlegen</translation>
    </message>
    <message>
        <source>Adds a patient and prints the new record&apos;s id (with --json, the whole record). Phone numbers are typed as they are dialled in the clinic&apos;s country, or with + and the country code, and are stored in international (E.164) form. Before saving, Rapport looks for a record the clinic may already have (same name and date of birth, same phone or same e-mail) and refuses with its id; add --allow-duplicate if they are different people. Needs the patients.edit permission.</source>
        <translation>Legt einen Patienten an und gibt die ID des neuen Datensatzes aus (mit --json den gesamten Datensatz). Telefonnummern werden so eingegeben, wie man sie im Land der Praxis wählt, oder mit + und der Ländervorwahl, und im internationalen Format (E.164) gespeichert. Vor dem Speichern sucht Rapport nach einem Datensatz, den die Praxis möglicherweise schon hat (gleicher Name und gleiches Geburtsdatum, gleiche Telefonnummer oder gleiche E-Mail-Adresse), und lehnt dann unter Angabe von dessen ID ab; fügen Sie --allow-duplicate hinzu, wenn es sich um verschiedene Personen handelt. Erfordert die Berechtigung patients.edit.</translation>
    </message>
    <message>
        <source>Given (first) name.</source>
        <translation>Vorname.</translation>
    </message>
    <message>
        <source>Family name (surname).</source>
        <translation>Nachname (Familienname).</translation>
    </message>
    <message>
        <source>The name the patient likes to be called.</source>
        <translation>Rufname: der Name, mit dem der Patient angesprochen werden möchte.</translation>
    </message>
    <message>
        <source>Date of birth: YYYY-MM-DD, or as dates are written here (%1).</source>
        <translation>Geburtsdatum: JJJJ-MM-TT oder im hier üblichen Format (%1).</translation>
    </message>
    <message>
        <source>female, male, other or unknown.</source>
        <translation>female, male, other oder unknown.</translation>
    </message>
    <message>
        <source>Mobile phone number.</source>
        <translation>Mobilnummer.</translation>
    </message>
    <message>
        <source>Home phone number.</source>
        <translation>Private Telefonnummer.</translation>
    </message>
    <message>
        <source>Work phone number.</source>
        <translation>Geschäftliche Telefonnummer.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>First line of the postal address.</source>
        <translation>Erste Zeile der Postanschrift.</translation>
    </message>
    <message>
        <source>Second line of the postal address.</source>
        <translation>Zweite Zeile der Postanschrift.</translation>
    </message>
    <message>
        <source>Town or city.</source>
        <translation>Ort.</translation>
    </message>
    <message>
        <source>County, state or province.</source>
        <translation>Region (Bundesland, Kanton, County oder Provinz).</translation>
    </message>
    <message>
        <source>Postcode.</source>
        <translation>Postleitzahl.</translation>
    </message>
    <message>
        <source>Country, as a two-letter code such as GB or DE.</source>
        <translation>Land als Code aus zwei Buchstaben, zum Beispiel DE oder GB.</translation>
    </message>
    <message>
        <source>Language for messages to the patient, as a two-letter code such as en or de (default: the clinic&apos;s).</source>
        <translation>Sprache für Nachrichten an den Patienten als Code aus zwei Buchstaben, zum Beispiel de oder en (Standard: die Sprache der Praxis).</translation>
    </message>
    <message>
        <source>Preferred channel: %1.</source>
        <translation>Bevorzugter Kontaktweg: %1.</translation>
    </message>
    <message>
        <source>When the patient prefers to be contacted.</source>
        <translation>Wann der Patient am liebsten kontaktiert werden möchte.</translation>
    </message>
    <message>
        <source>A tag; give --tag once per tag.</source>
        <translation>Ein Schlagwort; geben Sie --tag für jedes Schlagwort einzeln an.</translation>
    </message>
    <message>
        <source>Notes about the relationship with the patient (never clinical notes).</source>
        <translation>Notizen zur Patientenbeziehung (niemals medizinische Notizen).</translation>
    </message>
    <message>
        <source>The patient&apos;s id in another system.</source>
        <translation>ID des Patienten in einem anderen System.</translation>
    </message>
    <message>
        <source>A parent or guardian who is a patient of the clinic (repeatable). Needed for minors when the clinic requires it (patients.requireGuardianForMinors).</source>
        <translation>Ein Elternteil oder Vormund, der Patient der Praxis ist (mehrfach möglich). Bei Minderjährigen erforderlich, wenn die Praxis es verlangt (patients.requireGuardianForMinors).</translation>
    </message>
    <message>
        <source>Save even though the record looks like an existing patient&apos;s (they are different people).</source>
        <translation>Auch dann speichern, wenn der Datensatz einem vorhandenen Patienten ähnelt (es sind verschiedene Personen).</translation>
    </message>
    <message>
        <source>Print the new record as one compact JSON object.</source>
        <translation>Den neuen Datensatz als ein kompaktes JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>--sex is female, male, other or unknown, not “%1”.</source>
        <translation>--sex muss female, male, other oder unknown sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--channel is one of %1, not “%2”.</source>
        <translation>--channel muss einer dieser Werte sein: %1 (nicht „%2“).</translation>
    </message>
    <message>
        <source>--dob: %1</source>
        <translation>--dob: %1</translation>
    </message>
    <message>
        <source>--language: “%1” is not a language code. Use a two-letter code such as en, de or fr.</source>
        <translation>--language: „%1“ ist kein Sprachcode. Verwenden Sie einen Code aus zwei Buchstaben, zum Beispiel de, en oder fr.</translation>
    </message>
    <message>
        <source>--country: “%1” is not a country code. Use a two-letter code such as GB, DE, US or IE.</source>
        <translation>--country: „%1“ ist kein Ländercode. Verwenden Sie einen Code aus zwei Buchstaben, zum Beispiel DE, AT, CH oder GB.</translation>
    </message>
    <message>
        <source>Find patients by name, phone, e-mail, date of birth or id</source>
        <translation>Patienten nach Name, Telefonnummer, E-Mail, Geburtsdatum oder ID suchen</translation>
    </message>
    <message>
        <source>Finds patients as the search box of the window does: names by their beginning in any order, a phone number by its last four or more digits, an e-mail address, an external id, or a date of birth (YYYY-MM-DD or as dates are written here). Case and accents are ignored. Active patients come first, whole names before beginnings. Archived records are left out unless --include-archived is given. Needs the patients.view permission.</source>
        <translation>Sucht Patienten wie das Suchfeld im Programmfenster: Namen nach ihrem Anfang in beliebiger Reihenfolge, eine Telefonnummer nach ihren letzten vier oder mehr Ziffern, eine E-Mail-Adresse, eine externe ID oder ein Geburtsdatum (JJJJ-MM-TT oder im hier üblichen Format). Groß- und Kleinschreibung sowie Akzente werden nicht beachtet. Aktive Patienten erscheinen zuerst, vollständige Namen vor Namensanfängen. Archivierte Datensätze werden nur mit --include-archived berücksichtigt. Erfordert die Berechtigung patients.view.</translation>
    </message>
    <message>
        <source>What to look for (in quotes when it has spaces).</source>
        <translation>Der Suchbegriff (in Anführungszeichen, wenn er Leerzeichen enthält).</translation>
    </message>
    <message>
        <source>Also find archived records.</source>
        <translation>Auch archivierte Datensätze finden.</translation>
    </message>
    <message>
        <source>Show at most N patients (1 to %1, default 50).</source>
        <translation>Höchstens N Patienten anzeigen (1 bis %1, Standard: 50).</translation>
    </message>
    <message>
        <source>Print the result as one compact JSON object: {&quot;hits&quot;: [...]}.</source>
        <translation>Das Ergebnis als ein kompaktes JSON-Objekt ausgeben: {&quot;hits&quot;: [...]}.</translation>
    </message>
    <message>
        <source>--limit is a whole number from 1 to %1, not “%2”.</source>
        <translation>--limit muss eine ganze Zahl von 1 bis %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>No patient matches “%1”.</source>
        <translation>Kein Patient passt zu „%1“.</translation>
    </message>
    <message>
        <source>No patient matches “%1” (archived records were not searched; add --include-archived to search them too).</source>
        <translation>Kein Patient passt zu „%1“ (archivierte Datensätze wurden nicht durchsucht; fügen Sie --include-archived hinzu, um auch diese zu durchsuchen).</translation>
    </message>
    <message>
        <source>Show a patient&apos;s record, consents, links and timeline</source>
        <translation>Datensatz, Einwilligungen, Verknüpfungen und Verlauf eines Patienten anzeigen</translation>
    </message>
    <message>
        <source>Shows a patient&apos;s record with the consents in force, their family and care links and the timeline of every contact and change. Opening a record is written to the audit trail. Needs the patients.view permission.</source>
        <translation>Zeigt den Datensatz eines Patienten mit den gültigen Einwilligungen, den Angehörigen und Bezugspersonen sowie dem Verlauf aller Kontakte und Änderungen. Das Öffnen eines Datensatzes wird im Prüfprotokoll festgehalten. Erfordert die Berechtigung patients.view.</translation>
    </message>
    <message>
        <source>The patient&apos;s id (&apos;patient search&apos; shows it).</source>
        <translation>Die ID des Patienten (&apos;patient search&apos; zeigt sie an).</translation>
    </message>
    <message>
        <source>Print the record as one compact JSON object, with &quot;consents&quot;, &quot;links&quot; and &quot;timeline&quot; arrays.</source>
        <translation>Den Datensatz als ein kompaktes JSON-Objekt ausgeben, mit den Arrays &quot;consents&quot;, &quot;links&quot; und &quot;timeline&quot;.</translation>
    </message>
    <message>
        <source>Consents in force:</source>
        <translation>Gültige Einwilligungen:</translation>
    </message>
    <message>
        <source>  none recorded</source>
        <translation>  keine erfasst</translation>
    </message>
    <message>
        <source>Family and care links:</source>
        <translation>Angehörige und Bezugspersonen:</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  keine</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Archive a patient record</source>
        <translation>Patientendatensatz archivieren</translation>
    </message>
    <message>
        <source>Archives a patient record: it stays in the clinic (records are never deleted by normal work) but is left out of searches and lists unless archived records are asked for. The change is written to the audit trail and the patient&apos;s timeline. Needs the patients.edit permission.</source>
        <translation>Archiviert einen Patientendatensatz: Er bleibt in der Praxis erhalten (im normalen Betrieb werden Datensätze nie gelöscht), erscheint aber nicht mehr in Suchen und Listen, außer wenn archivierte Datensätze ausdrücklich angefordert werden. Die Änderung wird im Prüfprotokoll und im Verlauf des Patienten festgehalten. Erfordert die Berechtigung patients.edit.</translation>
    </message>
    <message>
        <source>Archived the patient record %1. &apos;patient search --include-archived&apos; still finds it.</source>
        <translation>Patientendatensatz %1 archiviert. &apos;patient search --include-archived&apos; findet ihn weiterhin.</translation>
    </message>
    <message>
        <source>Patient records: add a patient, search, show a record with its consents, links and timeline, archive.</source>
        <translation>Patientendatensätze: Patienten anlegen, suchen, Datensatz mit Einwilligungen, Verknüpfungen und Verlauf anzeigen, archivieren.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Zusammengeführt in</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (Alter %2)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Telefon privat</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Telefon geschäftlich</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kontaktweg</translation>
    </message>
    <message>
        <source>Contact times</source>
        <translation>Kontaktzeiten</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>KONTAKTWEG</translation>
    </message>
    <message>
        <source>PURPOSE</source>
        <translation>ZWECK</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>ENTSCHEIDUNG</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>RECORDED</source>
        <translation>ERFASST</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>LINK</source>
        <translation>BEZIEHUNG</translation>
    </message>
    <message>
        <source>PATIENT ID</source>
        <translation>PATIENTEN-ID</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>KONTAKT</translation>
    </message>
    <message>
        <source>lists this patient as %1</source>
        <translation>führt diesen Patienten als %1</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WAS</translation>
    </message>
    <message>
        <source>DATE OF BIRTH</source>
        <translation>GEBURTSDATUM</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ALTER</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELEFON</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Show one setting</source>
        <translation>Eine Einstellung anzeigen</translation>
    </message>
    <message>
        <source>Prints the value of one clinic setting (&apos;settings list&apos; shows them all).</source>
        <translation>Gibt den Wert einer Praxiseinstellung aus (&apos;settings list&apos; zeigt alle an).</translation>
    </message>
    <message>
        <source>The setting, for example clinic.timezone.</source>
        <translation>Die Einstellung, zum Beispiel clinic.timezone.</translation>
    </message>
    <message>
        <source>Change one setting</source>
        <translation>Eine Einstellung ändern</translation>
    </message>
    <message>
        <source>Changes one clinic setting after checking its value. The change is written to the audit trail. Most settings need the settings.manage permission.</source>
        <translation>Ändert eine Praxiseinstellung, nachdem der neue Wert geprüft wurde. Die Änderung wird im Prüfprotokoll festgehalten. Die meisten Einstellungen erfordern die Berechtigung settings.manage.</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>%1 geändert.</translation>
    </message>
    <message>
        <source>Set %1 to “%2”.</source>
        <translation>%1 auf „%2“ gesetzt.</translation>
    </message>
    <message>
        <source>List every setting with its value and meaning</source>
        <translation>Alle Einstellungen mit Wert und Bedeutung auflisten</translation>
    </message>
    <message>
        <source>Lists every clinic setting with its current value and what it means.</source>
        <translation>Listet alle Praxiseinstellungen mit ihrem aktuellen Wert und ihrer Bedeutung auf.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>EINSTELLUNG</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>The clinic&apos;s settings, kept inside its encrypted database.</source>
        <translation>Die Einstellungen der Praxis, gespeichert in ihrer verschlüsselten Datenbank.</translation>
    </message>
    <message>
        <source>Add a member of staff with a one-time password</source>
        <translation>Mitarbeiterkonto mit Einmalpasswort anlegen</translation>
    </message>
    <message>
        <source>Adds a member of staff. They sign in with a one-time password and must choose their own at the first sign-in. Needs the staff.manage permission.</source>
        <translation>Legt ein Mitarbeiterkonto an. Die Person meldet sich mit einem Einmalpasswort an und muss bei der ersten Anmeldung ein eigenes Passwort wählen. Erfordert die Berechtigung staff.manage.</translation>
    </message>
    <message>
        <source>The new member&apos;s user name.</source>
        <translation>Benutzername des neuen Kontos.</translation>
    </message>
    <message>
        <source>The new member&apos;s role: %1.</source>
        <translation>Rolle des neuen Kontos: %1.</translation>
    </message>
    <message>
        <source>The new member&apos;s full name.</source>
        <translation>Vollständiger Name der Person.</translation>
    </message>
    <message>
        <source>optional: the new member&apos;s one-time password; without it one is generated and printed</source>
        <translation>optional: das Einmalpasswort für das neue Konto; ohne Angabe wird eines erzeugt und ausgegeben</translation>
    </message>
    <message>
        <source>--role is one of %1, not “%2”.</source>
        <translation>--role muss einer dieser Werte sein: %1 (nicht „%2“).</translation>
    </message>
    <message>
        <source>One-time password for %1 (Enter to generate one): </source>
        <translation>Einmalpasswort für %1 (Eingabetaste, um eines zu erzeugen): </translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3. They must choose their own password at their first sign-in.</source>
        <translation>%1 (%2) als %3 hinzugefügt. Die Person muss bei der ersten Anmeldung ein eigenes Passwort wählen.</translation>
    </message>
    <message>
        <source>One-time password for %1: %2
Hand it over in person, not by e-mail.</source>
        <translation>Einmalpasswort für %1: %2
Übergeben Sie es persönlich, nicht per E-Mail.</translation>
    </message>
    <message>
        <source>Change your own password, or reset another member&apos;s</source>
        <translation>Eigenes Passwort ändern oder das eines anderen Kontos zurücksetzen</translation>
    </message>
    <message>
        <source>With your own user name: changes your password (also the way to replace a one-time password).
With another member&apos;s user name: resets their password to a one-time password they must change at their next sign-in (needs the staff.manage permission). This also reactivates a deactivated member.</source>
        <translation>Mit Ihrem eigenen Benutzernamen: ändert Ihr Passwort (so ersetzen Sie auch ein Einmalpasswort).
Mit dem Benutzernamen eines anderen Kontos: setzt dessen Passwort auf ein Einmalpasswort zurück, das bei der nächsten Anmeldung geändert werden muss (erfordert die Berechtigung staff.manage). Ein deaktiviertes Konto wird dabei wieder aktiviert.</translation>
    </message>
    <message>
        <source>Whose password to change.</source>
        <translation>Wessen Passwort geändert werden soll.</translation>
    </message>
    <message>
        <source>your current password (the member of staff given with --user)</source>
        <translation>Ihr aktuelles Passwort (für das mit --user angegebene Konto)</translation>
    </message>
    <message>
        <source>for yourself: your new password; for another member: optional one-time password, generated and printed when missing</source>
        <translation>für Sie selbst: Ihr neues Passwort; für ein anderes Konto: optional ein Einmalpasswort (ohne Angabe wird eines erzeugt und ausgegeben)</translation>
    </message>
    <message>
        <source>your new password</source>
        <translation>Ihr neues Passwort</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>%1 still has a one-time password. Choose your own password first with &apos;rapportctl user passwd %1&apos;.</source>
        <translation>%1 hat noch ein Einmalpasswort. Wählen Sie zuerst Ihr eigenes Passwort mit &apos;rapportctl user passwd %1&apos;.</translation>
    </message>
    <message>
        <source>Reset the password of %1. They must choose a new one at their next sign-in.</source>
        <translation>Passwort von %1 zurückgesetzt. Bei der nächsten Anmeldung muss ein neues Passwort gewählt werden.</translation>
    </message>
    <message>
        <source>Reset the password of %1 and reactivated the account. They must choose a new password at their next sign-in.</source>
        <translation>Passwort von %1 zurückgesetzt und Konto wieder aktiviert. Bei der nächsten Anmeldung muss ein neues Passwort gewählt werden.</translation>
    </message>
    <message>
        <source>Deactivate a member of staff and change the clinic&apos;s key</source>
        <translation>Mitarbeiterkonto deaktivieren und den Schlüssel der Praxis wechseln</translation>
    </message>
    <message>
        <source>Deactivates a member of staff: they can no longer sign in, and the clinic&apos;s master key is replaced so their old key slot (or an old copy of the key file) no longer opens the database. Their name stays in the audit trail. Needs the staff.manage permission; &apos;user passwd NAME&apos; reactivates them.</source>
        <translation>Deaktiviert ein Mitarbeiterkonto: Die Person kann sich nicht mehr anmelden, und der Hauptschlüssel der Praxis wird ersetzt, sodass ihr alter Schlüsselplatz (oder eine alte Kopie der Schlüsseldatei) die Datenbank nicht mehr öffnet. Ihr Name bleibt im Prüfprotokoll erhalten. Erfordert die Berechtigung staff.manage; &apos;user passwd NAME&apos; aktiviert das Konto wieder.</translation>
    </message>
    <message>
        <source>The user name to deactivate.</source>
        <translation>Benutzername des zu deaktivierenden Kontos.</translation>
    </message>
    <message>
        <source>%1 was already deactivated.</source>
        <translation>%1 war bereits deaktiviert.</translation>
    </message>
    <message>
        <source>Deactivated %1. The clinic&apos;s key was changed, so their old key no longer opens the database.</source>
        <translation>%1 deaktiviert. Der Schlüssel der Praxis wurde gewechselt, daher öffnet der alte Schlüssel dieser Person die Datenbank nicht mehr.</translation>
    </message>
    <message>
        <source>List the staff accounts</source>
        <translation>Mitarbeiterkonten auflisten</translation>
    </message>
    <message>
        <source>Lists every staff account, active ones first. Needs the staff.manage permission.</source>
        <translation>Listet alle Mitarbeiterkonten auf, aktive zuerst. Erfordert die Berechtigung staff.manage.</translation>
    </message>
    <message>
        <source>LAST SIGN-IN</source>
        <translation>LETZTE ANMELDUNG</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>one-time password</source>
        <translation>Einmalpasswort</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Staff accounts: add members, change or reset passwords, deactivate members, list them.</source>
        <translation>Mitarbeiterkonten: anlegen, Passwörter ändern oder zurücksetzen, deaktivieren, auflisten.</translation>
    </message>
    <message>
        <source>Show the versions of Rapport, Qt, SQLCipher and libsodium</source>
        <translation>Versionen von Rapport, Qt, SQLCipher und libsodium anzeigen</translation>
    </message>
    <message>
        <source>Shows the version of Rapport and of the libraries it runs with.</source>
        <translation>Zeigt die Version von Rapport und der Bibliotheken, mit denen es läuft.</translation>
    </message>
    <message>
        <source>Rapport %1
Qt %2 (built with %3)
SQLCipher %4 (SQLite %5)
libsodium %6</source>
        <translation>Rapport %1
Qt %2 (erstellt mit %3)
SQLCipher %4 (SQLite %5)
libsodium %6</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>%1: %2
Run &apos;%1 --help&apos; for its usage.</source>
        <translation>%1: %2
&apos;%1 --help&apos; zeigt, wie der Befehl verwendet wird.</translation>
    </message>
    <message numerus="yes">
        <source>audit trail intact: %n row(s)</source>
        <translation>
            <numerusform>Prüfprotokoll intakt: %n Eintrag geprüft</numerusform>
            <numerusform>Prüfprotokoll intakt: %n Einträge geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit trail broken at row %1: %2 (%n row(s) before it verify)</source>
        <translation>
            <numerusform>Prüfprotokoll beschädigt bei Eintrag %1: %2 (%n Eintrag davor in Ordnung)</numerusform>
            <numerusform>Prüfprotokoll beschädigt bei Eintrag %1: %2 (%n Einträge davor in Ordnung)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit trail broken at row %1 (id %2): %3 (%n row(s) before it verify)</source>
        <translation>
            <numerusform>Prüfprotokoll beschädigt bei Eintrag %1 (ID %2): %3 (%n Eintrag davor in Ordnung)</numerusform>
            <numerusform>Prüfprotokoll beschädigt bei Eintrag %1 (ID %2): %3 (%n Einträge davor in Ordnung)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The demo clinic in %1 already has %n patient(s); Rapport adds made-up patients only to an empty demo clinic. Delete the demo clinic&apos;s folder (its .rapport file and key file), or choose another --db.</source>
        <translation>
            <numerusform>Die Demo-Praxis in %1 enthält bereits %n Patienten; Rapport fügt fiktive Patienten nur einer leeren Demo-Praxis hinzu. Löschen Sie den Ordner der Demo-Praxis (ihre .rapport-Datei und die Schlüsseldatei), oder wählen Sie eine andere --db.</numerusform>
            <numerusform>Die Demo-Praxis in %1 enthält bereits %n Patienten; Rapport fügt fiktive Patienten nur einer leeren Demo-Praxis hinzu. Löschen Sie den Ordner der Demo-Praxis (ihre .rapport-Datei und die Schlüsseldatei), oder wählen Sie eine andere --db.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n patient(s) found; type more of the name, or raise --limit.</source>
        <translation>
            <numerusform>Angezeigt wird nur %n Treffer; geben Sie mehr vom Namen ein, oder erhöhen Sie --limit.</numerusform>
            <numerusform>Angezeigt werden nur die ersten %n Treffer; geben Sie mehr vom Namen ein, oder erhöhen Sie --limit.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no appointment type called “%1”; &apos;rapportctl type list&apos; shows them.</source>
        <translation>Es gibt keine Terminart „%1“; &apos;rapportctl type list&apos; zeigt die vorhandenen an.</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Einen Termin buchen</translation>
    </message>
    <message>
        <source>Books an appointment of the type&apos;s usual length and prints its id. When the provider, the chair or the patient is busy then, or it is outside the provider&apos;s hours or on a closure, nothing is booked: the reasons are listed and the exit code is 5. A manager or an administrator can book anyway with --override-reason, which is written to the audit trail. Needs the schedule.book permission.</source>
        <translation>Bucht einen Termin mit der üblichen Dauer der Terminart und gibt seine ID aus. Ist der Behandler, der Stuhl oder der Patient zu dieser Zeit belegt, liegt die Zeit außerhalb der Arbeitszeiten des Behandlers oder an einem Schließtag, wird nichts gebucht: Die Gründe werden aufgelistet und der Exit-Code ist 5. Praxismanagement und Administration können mit --override-reason trotzdem buchen; der Grund wird im Prüfprotokoll festgehalten. Erfordert die Berechtigung schedule.book.</translation>
    </message>
    <message>
        <source>The provider&apos;s id (&apos;provider list&apos; shows it).</source>
        <translation>Die ID des Behandlers (&apos;provider list&apos; zeigt sie an).</translation>
    </message>
    <message>
        <source>The appointment type&apos;s name (&apos;type list&apos; shows them).</source>
        <translation>Der Name der Terminart (&apos;type list&apos; zeigt die vorhandenen an).</translation>
    </message>
    <message>
        <source>When it starts, ISO 8601: 2026-11-03T09:30 is the clinic&apos;s local time; add an offset (2026-11-03T09:30+01:00 or …Z) for another.</source>
        <translation>Beginn im Format ISO 8601: 2026-11-03T09:30 ist die Ortszeit der Praxis; für eine andere Zeitzone einen Versatz angeben (2026-11-03T09:30+01:00 oder …Z).</translation>
    </message>
    <message>
        <source>The chair or room&apos;s id (default: none).</source>
        <translation>Die ID des Stuhls oder Raums (Standard: keiner).</translation>
    </message>
    <message>
        <source>Notes for the front desk.</source>
        <translation>Notizen für den Empfang.</translation>
    </message>
    <message>
        <source>Book despite conflicts, for this reason.</source>
        <translation>Trotz Konflikten buchen, mit diesem Grund.</translation>
    </message>
    <message>
        <source>Print the booked appointment as one compact JSON object.</source>
        <translation>Den gebuchten Termin als ein kompaktes JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>--start is a date and time such as 2026-11-03T09:30, not “%1”.</source>
        <translation>--start muss ein Datum mit Uhrzeit sein, z. B. 2026-11-03T09:30, nicht „%1“.</translation>
    </message>
    <message>
        <source>The appointment was not booked:</source>
        <translation>Der Termin wurde nicht gebucht:</translation>
    </message>
    <message>
        <source>Choose another time (&apos;rapportctl slots&apos; finds free ones), or book anyway with --override-reason TEXT (managers and administrators).</source>
        <translation>Wählen Sie eine andere Zeit (&apos;rapportctl slots&apos; findet freie Termine) oder buchen Sie mit --override-reason TEXT trotzdem (Praxismanagement und Administration).</translation>
    </message>
    <message>
        <source>List a day&apos;s appointments</source>
        <translation>Die Termine eines Tages auflisten</translation>
    </message>
    <message>
        <source>Lists the appointments of one day of the clinic, by start time, cancelled ones included. Needs the schedule.view permission.</source>
        <translation>Listet die Termine eines Tages der Praxis nach Beginn auf, einschließlich abgesagter Termine. Erfordert die Berechtigung schedule.view.</translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD.</source>
        <translation>Der Tag, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Only this provider&apos;s (id; repeatable or separated by commas).</source>
        <translation>Nur die Termine dieses Behandlers (ID; mehrfach möglich oder durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Print the result as one compact JSON object: {&quot;date&quot;: ..., &quot;appointments&quot;: [...]}.</source>
        <translation>Das Ergebnis als ein kompaktes JSON-Objekt ausgeben: {&quot;date&quot;: ..., &quot;appointments&quot;: [...]}.</translation>
    </message>
    <message>
        <source>--date is written YYYY-MM-DD, such as 2026-11-03, not “%1”.</source>
        <translation>--date wird als YYYY-MM-DD angegeben, z. B. 2026-11-03, nicht „%1“.</translation>
    </message>
    <message>
        <source>No appointments on %1.</source>
        <translation>Keine Termine am %1.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>BEHANDLER</translation>
    </message>
    <message>
        <source>PATIENT</source>
        <translation>PATIENT</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TERMINART</translation>
    </message>
    <message>
        <source>Confirm, check in, complete or cancel an appointment</source>
        <translation>Einen Termin bestätigen, einchecken, abschließen oder absagen</translation>
    </message>
    <message>
        <source>Changes an appointment&apos;s status; every change is kept with who made it and when. Cancellations need --reason; a patient&apos;s cancellation inside the late-cancellation window (schedule.lateCancelHours) is recorded as a late cancellation. A change the book does not allow (a cancelled appointment cannot be completed) is refused with exit code 5. Needs the schedule.book permission.</source>
        <translation>Ändert den Status eines Termins; jede Änderung wird mit Person und Zeitpunkt festgehalten. Absagen erfordern --reason; eine Absage durch den Patienten innerhalb der Frist für kurzfristige Absagen (schedule.lateCancelHours) wird als kurzfristige Absage erfasst. Eine Änderung, die das Terminbuch nicht zulässt (ein abgesagter Termin kann nicht abgeschlossen werden), wird mit Exit-Code 5 abgelehnt. Erfordert die Berechtigung schedule.book.</translation>
    </message>
    <message>
        <source>The appointment&apos;s id.</source>
        <translation>Die ID des Termins.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Einer der Werte: %1.</translation>
    </message>
    <message>
        <source>Why (needed for cancellations).</source>
        <translation>Der Grund (für Absagen erforderlich).</translation>
    </message>
    <message>
        <source>Print the appointment as one compact JSON object.</source>
        <translation>Den Termin als ein kompaktes JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>STATUS is one of %1, not “%2”.</source>
        <translation>STATUS muss einer der Werte %1 sein, nicht „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled less than %n hour(s) before the start, so it is recorded as a late cancellation.</source>
        <translation>
            <numerusform>Weniger als %n Stunde vor Beginn abgesagt, daher als kurzfristige Absage erfasst.</numerusform>
            <numerusform>Weniger als %n Stunden vor Beginn abgesagt, daher als kurzfristige Absage erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The appointment is now “%1”.</source>
        <translation>Der Termin hat jetzt den Status „%1“.</translation>
    </message>
    <message>
        <source>Find free slots for an appointment type</source>
        <translation>Freie Termine für eine Terminart suchen</translation>
    </message>
    <message>
        <source>Finds the earliest free times for an appointment type in a range of days: the providers&apos; working hours minus leave, closures and appointments. Needs the schedule.view permission.</source>
        <translation>Sucht die frühesten freien Zeiten für eine Terminart in einem Zeitraum: die Arbeitszeiten der Behandler abzüglich Urlaub, Schließtagen und Terminen. Erfordert die Berechtigung schedule.view.</translation>
    </message>
    <message>
        <source>The appointment type&apos;s name.</source>
        <translation>Der Name der Terminart.</translation>
    </message>
    <message>
        <source>The first day to search, YYYY-MM-DD.</source>
        <translation>Der erste zu durchsuchende Tag, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The last day to search, YYYY-MM-DD.</source>
        <translation>Der letzte zu durchsuchende Tag, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Only with this provider (id; repeatable or separated by commas). Default: anyone who does the type.</source>
        <translation>Nur bei diesem Behandler (ID; mehrfach möglich oder durch Kommas getrennt). Standard: alle, die diese Terminart durchführen.</translation>
    </message>
    <message>
        <source>Keep clear of this patient&apos;s other appointments.</source>
        <translation>Überschneidungen mit anderen Terminen dieses Patienten vermeiden.</translation>
    </message>
    <message>
        <source>Only on these weekdays, such as mon,wed or mon-fri.</source>
        <translation>Nur an diesen Wochentagen, z. B. mon,wed oder mon-fri.</translation>
    </message>
    <message>
        <source>Starting at this time of day or later, HH:MM.</source>
        <translation>Beginn frühestens zu dieser Uhrzeit, HH:MM.</translation>
    </message>
    <message>
        <source>Starting before this time of day, HH:MM.</source>
        <translation>Beginn vor dieser Uhrzeit, HH:MM.</translation>
    </message>
    <message>
        <source>At most N slots (1 to 500, default 10).</source>
        <translation>Höchstens N freie Termine (1 bis 500, Standard: 10).</translation>
    </message>
    <message>
        <source>Print the result as one compact JSON object: {&quot;slots&quot;: [...]}.</source>
        <translation>Das Ergebnis als ein kompaktes JSON-Objekt ausgeben: {&quot;slots&quot;: [...]}.</translation>
    </message>
    <message>
        <source>--from and --to are dates written YYYY-MM-DD.</source>
        <translation>--from und --to sind Datumsangaben im Format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--limit is a whole number, not “%1”.</source>
        <translation>--limit muss eine ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--days takes weekdays such as mon,wed or mon-fri.</source>
        <translation>--days erwartet Wochentage wie mon,wed oder mon-fri.</translation>
    </message>
    <message>
        <source>--%1 is a time written HH:MM, such as 08:30.</source>
        <translation>--%1 ist eine Uhrzeit im Format HH:MM, z. B. 08:30.</translation>
    </message>
    <message>
        <source>No free time for “%1” in those days; try a longer range or other providers.</source>
        <translation>Keine freie Zeit für „%1“ an diesen Tagen; versuchen Sie einen längeren Zeitraum oder andere Behandler.</translation>
    </message>
    <message>
        <source>START</source>
        <translation>BEGINN</translation>
    </message>
    <message>
        <source>END</source>
        <translation>ENDE</translation>
    </message>
    <message>
        <source>CHAIR</source>
        <translation>STUHL</translation>
    </message>
    <message>
        <source>PROVIDER ID</source>
        <translation>BEHANDLER-ID</translation>
    </message>
    <message>
        <source>The appointment book: book, list a day, change a status.</source>
        <translation>Das Terminbuch: buchen, Tag auflisten, Status ändern.</translation>
    </message>
    <message>
        <source>Creates the demo clinic at PATH with one made-up account for each role, all sharing one published password. If the demo clinic is there already, nothing is changed. With --patients, fills it with made-up patients: households with shared addresses, children linked to their guardians, consents, tags and statuses; the same --seed gives the same people, ids included, on the same day. With them come providers, chairs, appointment types, working hours, holidays and --years of their appointments (10 years of 100,000 patients are about a million). Never enter real patients into the demo clinic.</source>
        <translation>Legt die Demo-Praxis unter PATH an, mit einem fiktiven Konto für jede Rolle, die alle dasselbe veröffentlichte Passwort haben. Ist die Demo-Praxis bereits vorhanden, wird nichts geändert. Mit --patients wird sie mit fiktiven Patienten gefüllt: Haushalte mit gemeinsamen Adressen, Kinder mit ihren Erziehungsberechtigten verknüpft, Einwilligungen, Merkmale und Status; derselbe --seed ergibt am selben Tag dieselben Personen, einschließlich der IDs. Dazu kommen Behandler, Stühle, Terminarten, Arbeitszeiten, Feiertage und Termine über --years Jahre (10 Jahre bei 100.000 Patienten sind etwa eine Million). Tragen Sie niemals echte Patienten in die Demo-Praxis ein.</translation>
    </message>
    <message>
        <source>Years of appointments for the made-up patients, ending three months from today (0 to %1, default 2; 0 for none).</source>
        <translation>Jahre mit Terminen für die fiktiven Patienten, endend drei Monate nach heute (0 bis %1, Standard: 2; 0 für keine).</translation>
    </message>
    <message>
        <source>Creating appointments: %1%…</source>
        <translation>Termine werden angelegt: %1 %…</translation>
    </message>
    <message>
        <source>--years is a whole number from 0 to %1, not “%2”.</source>
        <translation>--years muss eine ganze Zahl von 0 bis %1 sein, nicht „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>Created %n appointment(s) over %1 with %2 providers in %3 seconds.</source>
        <translation>
            <numerusform>%n Termin verteilt auf %1 mit %2 Behandlern in %3 Sekunden angelegt.</numerusform>
            <numerusform>%n Termine verteilt auf %1 mit %2 Behandlern in %3 Sekunden angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a provider (dentist, hygienist, doctor…)</source>
        <translation>Einen Behandler hinzufügen (Zahnarzt, Prophylaxefachkraft, Arzt…)</translation>
    </message>
    <message>
        <source>Adds a provider who sees patients and prints the new provider&apos;s id. Set the working hours next with &apos;hours set&apos;. Needs the schedule.setup permission.</source>
        <translation>Fügt einen Behandler hinzu, der Patienten behandelt, und gibt die ID des neuen Behandlers aus. Legen Sie anschließend die Arbeitszeiten mit &apos;hours set&apos; fest. Erfordert die Berechtigung schedule.setup.</translation>
    </message>
    <message>
        <source>The name shown in the book, such as “Dr. Ana Ruiz”.</source>
        <translation>Der im Terminbuch angezeigte Name, z. B. „Dr. Ana Ruiz“.</translation>
    </message>
    <message>
        <source>%1 (default dentist).</source>
        <translation>%1 (Standard: dentist).</translation>
    </message>
    <message>
        <source>Colour in the book as #rrggbb (default: the next free one).</source>
        <translation>Farbe im Terminbuch als #rrggbb (Standard: die nächste freie).</translation>
    </message>
    <message>
        <source>Link the provider to this member of staff&apos;s account (user name), so their own day can be found. Needs the staff.manage permission to look the account up.</source>
        <translation>Den Behandler mit diesem Mitarbeiterkonto (Benutzername) verknüpfen, damit der eigene Tag gefunden werden kann. Zum Nachschlagen des Kontos ist die Berechtigung staff.manage erforderlich.</translation>
    </message>
    <message>
        <source>Print the new provider as one compact JSON object.</source>
        <translation>Den neuen Behandler als ein kompaktes JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>--kind is one of %1, not “%2”.</source>
        <translation>--kind muss einer der Werte %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>List the providers</source>
        <translation>Die Behandler auflisten</translation>
    </message>
    <message>
        <source>Lists the providers in the book&apos;s order. Needs the schedule.view permission.</source>
        <translation>Listet die Behandler in der Reihenfolge des Terminbuchs auf. Erfordert die Berechtigung schedule.view.</translation>
    </message>
    <message>
        <source>Also list providers who no longer work here.</source>
        <translation>Auch Behandler auflisten, die nicht mehr hier arbeiten.</translation>
    </message>
    <message>
        <source>Print the result as one compact JSON object: {&quot;providers&quot;: [...]}.</source>
        <translation>Das Ergebnis als ein kompaktes JSON-Objekt ausgeben: {&quot;providers&quot;: [...]}.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>COLOUR</source>
        <translation>FARBE</translation>
    </message>
    <message>
        <source>LINKED</source>
        <translation>VERKNÜPFT</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>There are no providers yet; add one with &apos;rapportctl provider add&apos;.</source>
        <translation>Es gibt noch keine Behandler; fügen Sie einen mit &apos;rapportctl provider add&apos; hinzu.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Add a chair or room</source>
        <translation>Einen Stuhl oder Raum hinzufügen</translation>
    </message>
    <message>
        <source>Adds a dental chair or a room and prints its id. Needs the schedule.setup permission.</source>
        <translation>Fügt einen Behandlungsstuhl oder einen Raum hinzu und gibt seine ID aus. Erfordert die Berechtigung schedule.setup.</translation>
    </message>
    <message>
        <source>The name shown in the book, such as “Surgery 2”.</source>
        <translation>Der im Terminbuch angezeigte Name, z. B. „Behandlungszimmer 2“.</translation>
    </message>
    <message>
        <source>Print the new chair as one compact JSON object.</source>
        <translation>Den neuen Stuhl als ein kompaktes JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>List the chairs and rooms</source>
        <translation>Die Stühle und Räume auflisten</translation>
    </message>
    <message>
        <source>Lists the chairs and rooms. Needs the schedule.view permission.</source>
        <translation>Listet die Stühle und Räume auf. Erfordert die Berechtigung schedule.view.</translation>
    </message>
    <message>
        <source>Also list chairs that are no longer used.</source>
        <translation>Auch Stühle auflisten, die nicht mehr verwendet werden.</translation>
    </message>
    <message>
        <source>Print the result as one compact JSON object: {&quot;chairs&quot;: [...]}.</source>
        <translation>Das Ergebnis als ein kompaktes JSON-Objekt ausgeben: {&quot;chairs&quot;: [...]}.</translation>
    </message>
    <message>
        <source>There are no chairs or rooms yet; add one with &apos;rapportctl chair add&apos;.</source>
        <translation>Es gibt noch keine Stühle oder Räume; fügen Sie einen mit &apos;rapportctl chair add&apos; hinzu.</translation>
    </message>
    <message>
        <source>Add an appointment type</source>
        <translation>Eine Terminart hinzufügen</translation>
    </message>
    <message>
        <source>Adds an appointment type with its usual length and prints its id. Appointments are booked by the type&apos;s name. Needs the schedule.setup permission.</source>
        <translation>Fügt eine Terminart mit ihrer üblichen Dauer hinzu und gibt ihre ID aus. Termine werden über den Namen der Terminart gebucht. Erfordert die Berechtigung schedule.setup.</translation>
    </message>
    <message>
        <source>The type&apos;s name, such as “Check-up”.</source>
        <translation>Der Name der Terminart, z. B. „Kontrolle“.</translation>
    </message>
    <message>
        <source>How long it usually takes, in steps of 5 minutes.</source>
        <translation>Die übliche Dauer, in Schritten von 5 Minuten.</translation>
    </message>
    <message>
        <source>Only these providers do it: their ids, separated by commas (default: everyone).</source>
        <translation>Nur diese Behandler führen sie durch: ihre IDs, durch Kommas getrennt (Standard: alle).</translation>
    </message>
    <message>
        <source>The recall that a completed appointment of this type satisfies, such as “Hygiene, 6 months”.</source>
        <translation>Der Recall, den ein abgeschlossener Termin dieser Art erfüllt, z. B. „Prophylaxe, 6 Monate“.</translation>
    </message>
    <message>
        <source>Print the new type as one compact JSON object.</source>
        <translation>Die neue Terminart als ein kompaktes JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>--minutes is a whole number of minutes, not “%1”.</source>
        <translation>--minutes muss eine ganze Zahl von Minuten sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>List the appointment types</source>
        <translation>Die Terminarten auflisten</translation>
    </message>
    <message>
        <source>Lists the appointment types. Needs the schedule.view permission.</source>
        <translation>Listet die Terminarten auf. Erfordert die Berechtigung schedule.view.</translation>
    </message>
    <message>
        <source>Also list types that are no longer offered.</source>
        <translation>Auch Terminarten auflisten, die nicht mehr angeboten werden.</translation>
    </message>
    <message>
        <source>Print the result as one compact JSON object: {&quot;types&quot;: [...]}.</source>
        <translation>Das Ergebnis als ein kompaktes JSON-Objekt ausgeben: {&quot;types&quot;: [...]}.</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>RECALL</source>
        <translation>RECALL</translation>
    </message>
    <message>
        <source>PROVIDERS</source>
        <translation>BEHANDLER</translation>
    </message>
    <message>
        <source>There are no appointment types yet; add one with &apos;rapportctl type add&apos;.</source>
        <translation>Es gibt noch keine Terminarten; fügen Sie eine mit &apos;rapportctl type add&apos; hinzu.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n Behandler</numerusform>
            <numerusform>%n Behandler</numerusform>
        </translation>
    </message>
    <message>
        <source>Providers who see patients: add, list.</source>
        <translation>Behandler, die Patienten behandeln: hinzufügen, auflisten.</translation>
    </message>
    <message>
        <source>Dental chairs and rooms: add, list.</source>
        <translation>Behandlungsstühle und Räume: hinzufügen, auflisten.</translation>
    </message>
    <message>
        <source>Appointment types and their lengths: add, list.</source>
        <translation>Terminarten und ihre Dauer: hinzufügen, auflisten.</translation>
    </message>
    <message>
        <source>Set a provider&apos;s working hours on some weekdays</source>
        <translation>Die Arbeitszeiten eines Behandlers an bestimmten Wochentagen festlegen</translation>
    </message>
    <message>
        <source>Sets a provider&apos;s regular working hours on the given weekdays, in the clinic&apos;s local time; the other weekdays keep theirs. Give --from and --to once for each period of the day, in order: a gap between periods is a break. For example:
  rapportctl hours set --provider ID --day mon-fri --from 08:00 --to 12:30 --from 13:30 --to 17:00
  rapportctl hours set --provider ID --day sat --off
Needs the schedule.setup permission.</source>
        <translation>Legt die regulären Arbeitszeiten eines Behandlers an den angegebenen Wochentagen fest, in der Ortszeit der Praxis; die übrigen Wochentage behalten ihre Zeiten. Geben Sie --from und --to einmal für jeden Zeitabschnitt des Tages an, der Reihe nach: Eine Lücke zwischen zwei Abschnitten ist eine Pause. Beispiel:
  rapportctl hours set --provider ID --day mon-fri --from 08:00 --to 12:30 --from 13:30 --to 17:00
  rapportctl hours set --provider ID --day sat --off
Erfordert die Berechtigung schedule.setup.</translation>
    </message>
    <message>
        <source>Weekdays: mon, tue, wed, thu, fri, sat, sun, separated by commas, or a range such as mon-fri.</source>
        <translation>Wochentage: mon, tue, wed, thu, fri, sat, sun, durch Kommas getrennt, oder ein Bereich wie mon-fri.</translation>
    </message>
    <message>
        <source>Start of a period, HH:MM (repeatable).</source>
        <translation>Beginn eines Zeitabschnitts, HH:MM (mehrfach möglich).</translation>
    </message>
    <message>
        <source>End of the same period, HH:MM (repeatable).</source>
        <translation>Ende desselben Zeitabschnitts, HH:MM (mehrfach möglich).</translation>
    </message>
    <message>
        <source>The provider&apos;s usual chair or room then (its id).</source>
        <translation>Der übliche Stuhl oder Raum des Behandlers in dieser Zeit (seine ID).</translation>
    </message>
    <message>
        <source>The provider does not work on these days.</source>
        <translation>Der Behandler arbeitet an diesen Tagen nicht.</translation>
    </message>
    <message>
        <source>Print the provider&apos;s whole week as one compact JSON object.</source>
        <translation>Die ganze Woche des Behandlers als ein kompaktes JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>--day takes weekdays such as mon,wed or mon-fri, not “%1”.</source>
        <translation>--day erwartet Wochentage wie mon,wed oder mon-fri, nicht „%1“.</translation>
    </message>
    <message>
        <source>Give either --off or --from and --to, not both.</source>
        <translation>Geben Sie entweder --off oder --from und --to an, nicht beides.</translation>
    </message>
    <message>
        <source>Give --from and --to once for each period of the day (or --off for a day off).</source>
        <translation>Geben Sie --from und --to einmal für jeden Zeitabschnitt des Tages an (oder --off für einen freien Tag).</translation>
    </message>
    <message>
        <source>Times are written HH:MM, such as 08:30 or 17:00, not “%1”.</source>
        <translation>Uhrzeiten werden als HH:MM angegeben, z. B. 08:30 oder 17:00, nicht „%1“.</translation>
    </message>
    <message>
        <source>Working hours set for %1.</source>
        <translation>Arbeitszeiten für %1 festgelegt.</translation>
    </message>
    <message>
        <source>Show a provider&apos;s working week</source>
        <translation>Die Arbeitswoche eines Behandlers anzeigen</translation>
    </message>
    <message>
        <source>Shows a provider&apos;s regular working hours, in the clinic&apos;s local time. Needs the schedule.view permission.</source>
        <translation>Zeigt die regulären Arbeitszeiten eines Behandlers in der Ortszeit der Praxis an. Erfordert die Berechtigung schedule.view.</translation>
    </message>
    <message>
        <source>Print the result as one compact JSON object: {&quot;providerId&quot;: ..., &quot;hours&quot;: [...]}.</source>
        <translation>Das Ergebnis als ein kompaktes JSON-Objekt ausgeben: {&quot;providerId&quot;: ..., &quot;hours&quot;: [...]}.</translation>
    </message>
    <message>
        <source>%1 has no working hours yet; set them with &apos;rapportctl hours set&apos;.</source>
        <translation>Für %1 sind noch keine Arbeitszeiten festgelegt; legen Sie sie mit &apos;rapportctl hours set&apos; fest.</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>BIS</translation>
    </message>
    <message>
        <source>Close the whole clinic on a day or several days</source>
        <translation>Die ganze Praxis an einem oder mehreren Tagen schließen</translation>
    </message>
    <message>
        <source>Records that the whole clinic is closed (a public holiday, a refit) and prints the closure&apos;s id. Nothing is booked on those days without an override; appointments already there stay and are shown as conflicts. Needs the schedule.setup permission.</source>
        <translation>Hält fest, dass die ganze Praxis geschlossen ist (ein Feiertag, ein Umbau), und gibt die ID des Schließtags aus. An diesen Tagen wird ohne „trotzdem buchen“ nichts gebucht; bereits vorhandene Termine bleiben bestehen und werden als Konflikte angezeigt. Erfordert die Berechtigung schedule.setup.</translation>
    </message>
    <message>
        <source>The first day closed, YYYY-MM-DD.</source>
        <translation>Der erste geschlossene Tag, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The last day closed, YYYY-MM-DD (default: the first).</source>
        <translation>Der letzte geschlossene Tag, YYYY-MM-DD (Standard: der erste).</translation>
    </message>
    <message>
        <source>Why, such as “Christmas Day”.</source>
        <translation>Der Grund, z. B. „1. Weihnachtstag“.</translation>
    </message>
    <message>
        <source>Print the closure as one compact JSON object.</source>
        <translation>Den Schließtag als ein kompaktes JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, such as 2026-12-25.</source>
        <translation>Datumsangaben werden als YYYY-MM-DD angegeben, z. B. 2026-12-25.</translation>
    </message>
    <message>
        <source>--to is before --date; give the first day closed with --date.</source>
        <translation>--to liegt vor --date; geben Sie den ersten geschlossenen Tag mit --date an.</translation>
    </message>
    <message>
        <source>Providers&apos; working hours: set, show.</source>
        <translation>Arbeitszeiten der Behandler: festlegen, anzeigen.</translation>
    </message>
    <message>
        <source>Days the whole clinic is closed: add.</source>
        <translation>Tage, an denen die ganze Praxis geschlossen ist: hinzufügen.</translation>
    </message>
    <message>
        <source>Put a patient on the waiting list for an earlier slot</source>
        <translation>Einen Patienten für einen früheren Termin auf die Warteliste setzen</translation>
    </message>
    <message>
        <source>Adds a patient who wants an earlier appointment, with what they can take, and prints the entry&apos;s id. When an appointment is cancelled or moved, the entries that fit are offered first. Needs the schedule.book permission.</source>
        <translation>Fügt einen Patienten hinzu, der einen früheren Termin möchte, mit den Zeiten, die er wahrnehmen kann, und gibt die ID des Eintrags aus. Wird ein Termin abgesagt oder verschoben, werden die passenden Einträge zuerst angeboten. Erfordert die Berechtigung schedule.book.</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>Die ID des Patienten.</translation>
    </message>
    <message>
        <source>How long, when no type is given.</source>
        <translation>Die Dauer, wenn keine Terminart angegeben ist.</translation>
    </message>
    <message>
        <source>Only with this provider (id; default: anyone).</source>
        <translation>Nur bei diesem Behandler (ID; Standard: beliebig).</translation>
    </message>
    <message>
        <source>Weekdays the patient can come, such as mon,tue or mon-fri (default: any).</source>
        <translation>Wochentage, an denen der Patient kommen kann, z. B. mon,tue oder mon-fri (Standard: alle).</translation>
    </message>
    <message>
        <source>Earliest start time, HH:MM.</source>
        <translation>Früheste Beginnzeit, HH:MM.</translation>
    </message>
    <message>
        <source>Latest start time, HH:MM.</source>
        <translation>Späteste Beginnzeit, HH:MM.</translation>
    </message>
    <message>
        <source>Not before this day, YYYY-MM-DD.</source>
        <translation>Nicht vor diesem Tag, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Not after this day, YYYY-MM-DD.</source>
        <translation>Nicht nach diesem Tag, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The later appointment the patient holds now (id), moved when a slot is booked.</source>
        <translation>Der spätere Termin, den der Patient derzeit hat (ID); er wird verschoben, wenn ein freier Termin gebucht wird.</translation>
    </message>
    <message>
        <source>0 (normal) to 99 (most urgent).</source>
        <translation>0 (normal) bis 99 (am dringendsten).</translation>
    </message>
    <message>
        <source>A note for the front desk.</source>
        <translation>Eine Notiz für den Empfang.</translation>
    </message>
    <message>
        <source>Print the new entry as one compact JSON object.</source>
        <translation>Den neuen Eintrag als ein kompaktes JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>--minutes is a whole number of minutes.</source>
        <translation>--minutes muss eine ganze Zahl von Minuten sein.</translation>
    </message>
    <message>
        <source>--priority is a whole number from 0 to 99.</source>
        <translation>--priority muss eine ganze Zahl von 0 bis 99 sein.</translation>
    </message>
    <message>
        <source>--%1 is a date written YYYY-MM-DD.</source>
        <translation>--%1 ist ein Datum im Format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>List the patients waiting for an earlier slot</source>
        <translation>Die Patienten auflisten, die auf einen früheren Termin warten</translation>
    </message>
    <message>
        <source>Lists the waiting list, longest waiting first. Needs the schedule.view permission.</source>
        <translation>Listet die Warteliste auf, die am längsten Wartenden zuerst. Erfordert die Berechtigung schedule.view.</translation>
    </message>
    <message>
        <source>Also list entries that were booked or removed.</source>
        <translation>Auch Einträge auflisten, die gebucht oder entfernt wurden.</translation>
    </message>
    <message>
        <source>Print the result as one compact JSON object: {&quot;entries&quot;: [...]}.</source>
        <translation>Das Ergebnis als ein kompaktes JSON-Objekt ausgeben: {&quot;entries&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Nobody is waiting for an earlier slot.</source>
        <translation>Niemand wartet auf einen früheren Termin.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>TIMES</source>
        <translation>UHRZEITEN</translation>
    </message>
    <message>
        <source>DATES</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <source>WAITING SINCE</source>
        <translation>WARTET SEIT</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Patients who want an earlier slot: add, list.</source>
        <translation>Patienten, die einen früheren Termin möchten: hinzufügen, auflisten.</translation>
    </message>
    <message>
        <source>Whom to call today, and why</source>
        <translation>Wer heute anzurufen ist und warum</translation>
    </message>
    <message>
        <source>Lists today&apos;s call list: reminders and recall steps planned as calls, and coming appointments in the next two working days that are rated high no-show risk and not confirmed. Record each call with &apos;rapportctl call record&apos;. Needs the recalls.work permission.</source>
        <translation>Listet die heutige Anrufliste auf: Erinnerungen und Recall-Schritte, die als Anruf geplant sind, sowie anstehende Termine in den nächsten zwei Werktagen, die ein hohes Risiko des Nichterscheinens haben und nicht bestätigt sind. Erfassen Sie jeden Anruf mit &apos;rapportctl call record&apos;. Erfordert die Berechtigung recalls.work.</translation>
    </message>
    <message>
        <source>Print the result as one compact JSON object: {&quot;calls&quot;: [...]}, instants in ISO 8601 UTC.</source>
        <translation>Das Ergebnis als ein kompaktes JSON-Objekt ausgeben: {&quot;calls&quot;: [...]}, Zeitpunkte in ISO 8601 UTC.</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>CALLED</source>
        <translation>ANGERUFEN</translation>
    </message>
    <message>
        <source>Nobody to call today.</source>
        <translation>Heute ist niemand anzurufen.</translation>
    </message>
    <message>
        <source>%1×, last %2 (%3)</source>
        <translation>%1×, zuletzt %2 (%3)</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>keine Nummer</translation>
    </message>
    <message>
        <source>The confirmation rate over a period</source>
        <translation>Die Bestätigungsquote in einem Zeitraum</translation>
    </message>
    <message>
        <source>Of the appointments that started in the period and held time or were missed (no-shows, late cancellations), how many were confirmed before they started. Needs the schedule.view permission.</source>
        <translation>Wie viele der Termine, die im Zeitraum begannen und Zeit belegten oder versäumt wurden (Nichterscheinen, kurzfristige Absagen), vor ihrem Beginn bestätigt wurden. Erfordert die Berechtigung schedule.view.</translation>
    </message>
    <message>
        <source>The first day, YYYY-MM-DD (default 30 days before --to).</source>
        <translation>Der erste Tag, YYYY-MM-DD (Standard: 30 Tage vor --to).</translation>
    </message>
    <message>
        <source>The last day, YYYY-MM-DD (default yesterday).</source>
        <translation>Der letzte Tag, YYYY-MM-DD (Standard: gestern).</translation>
    </message>
    <message>
        <source>Print the result as one compact JSON object: {&quot;from&quot;, &quot;to&quot;, &quot;appointments&quot;, &quot;confirmed&quot;, &quot;rate&quot;}, the rate from 0 to 1.</source>
        <translation>Das Ergebnis als ein kompaktes JSON-Objekt ausgeben: {&quot;from&quot;, &quot;to&quot;, &quot;appointments&quot;, &quot;confirmed&quot;, &quot;rate&quot;}, die Quote von 0 bis 1.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to liegt vor --from.</translation>
    </message>
    <message>
        <source>No appointments from %1 to %2.</source>
        <translation>Keine Termine von %1 bis %2.</translation>
    </message>
    <message>
        <source>%1 of %2 appointments from %3 to %4 were confirmed before they started (%5%).</source>
        <translation>%1 von %2 Terminen von %3 bis %4 wurden vor ihrem Beginn bestätigt (%5 %).</translation>
    </message>
    <message>
        <source>Record the outcome of a call from the call list</source>
        <translation>Das Ergebnis eines Anrufs aus der Anrufliste erfassen</translation>
    </message>
    <message>
        <source>Records a call on today&apos;s list. reached and booked confirm the appointment it is about; declined declines the recall; wrong-number takes it off the list as failed; no-answer puts it back on tomorrow&apos;s list until the recall&apos;s attempts are used. Needs the recalls.work permission.</source>
        <translation>Erfasst einen Anruf der heutigen Liste. reached und booked bestätigen den betreffenden Termin; declined lehnt den Recall ab; wrong-number nimmt den Anruf als fehlgeschlagen von der Liste; no-answer setzt ihn wieder auf die Liste von morgen, bis die Versuche des Recalls aufgebraucht sind. Erfordert die Berechtigung recalls.work.</translation>
    </message>
    <message>
        <source>The ID column of &apos;rapportctl calls today&apos;: the call&apos;s outbox id, or the appointment&apos;s id for a confirmation call.</source>
        <translation>Die Spalte ID von &apos;rapportctl calls today&apos;: die Postausgang-ID des Anrufs oder bei einem Bestätigungsanruf die ID des Termins.</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>Einer der Werte %1.</translation>
    </message>
    <message>
        <source>A note for the patient&apos;s timeline (up to 2000 characters).</source>
        <translation>Eine Notiz für den Verlauf des Patienten (höchstens 2000 Zeichen).</translation>
    </message>
    <message>
        <source>Print the recorded call as one compact JSON object.</source>
        <translation>Den erfassten Anruf als ein kompaktes JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>--outcome is one of %1, not “%2”.</source>
        <translation>--outcome muss einer der Werte %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>Call recorded: %1.</source>
        <translation>Anruf erfasst: %1.</translation>
    </message>
    <message>
        <source>The call list: today&apos;s calls, the confirmation rate.</source>
        <translation>Die Anrufliste: heutige Anrufe, Bestätigungsquote.</translation>
    </message>
    <message>
        <source>One call: record.</source>
        <translation>Ein Anruf: erfassen.</translation>
    </message>
    <message>
        <source>Building the recalls from the appointment history…</source>
        <translation>Die Recalls werden aus dem Terminverlauf erstellt…</translation>
    </message>
    <message>
        <source>E-mails that are due wait until a mail server is set up: set messaging.smtp.host and messaging.smtp.from (and messaging.smtp.username and messaging.smtp.password if the server asks for them) with &apos;rapportctl settings set KEY VALUE&apos;.</source>
        <translation>Fällige E-Mails warten, bis ein Mailserver eingerichtet ist: Setzen Sie messaging.smtp.host und messaging.smtp.from (sowie messaging.smtp.username und messaging.smtp.password, wenn der Server sie verlangt) mit &apos;rapportctl settings set KEY VALUE&apos;.</translation>
    </message>
    <message>
        <source>Text messages that are due wait until an SMS gateway is set up: set messaging.sms.preset or messaging.sms.url (and its credentials) with &apos;rapportctl settings set KEY VALUE&apos;.</source>
        <translation>Fällige SMS warten, bis ein SMS-Gateway eingerichtet ist: Setzen Sie messaging.sms.preset oder messaging.sms.url (und die zugehörigen Zugangsdaten) mit &apos;rapportctl settings set KEY VALUE&apos;.</translation>
    </message>
    <message>
        <source>Send the reminders and recall messages that are due</source>
        <translation>Die fälligen Erinnerungen und Recall-Nachrichten senden</translation>
    </message>
    <message>
        <source>Plans the reminders of the coming days and the recall chain&apos;s contacts, then sends every e-mail and SMS that is due, and prints a summary. Meant for the system&apos;s scheduler (cron, a systemd timer, the Windows Task Scheduler) every few minutes; it may run while the window sends too: each message is claimed before it is sent, so none goes out twice. Letters and calls wait for the front desk. A message the gateway refuses is recorded as failed, one it could not reach is retried after 1, 5, 30 and 120 minutes: the run still ends with exit code 0, and the problems are listed on standard error. Stopped with Ctrl+C or SIGTERM, it finishes and records the message it is sending, leaves the rest for the next run and ends with exit code 6. Needs the messages.send permission.</source>
        <translation>Plant die Erinnerungen der kommenden Tage und die Kontakte der Recall-Kette, sendet dann jede fällige E-Mail und SMS und gibt eine Zusammenfassung aus. Gedacht für den Zeitplaner des Systems (cron, ein systemd-Timer, die Windows-Aufgabenplanung), alle paar Minuten; der Befehl darf laufen, während auch das Programmfenster sendet: Jede Nachricht wird vor dem Senden reserviert, sodass keine doppelt verschickt wird. Briefe und Anrufe warten auf den Empfang. Eine Nachricht, die das Gateway ablehnt, wird als fehlgeschlagen erfasst; eine, bei der der Server nicht erreichbar war, wird nach 1, 5, 30 und 120 Minuten erneut versucht: Der Lauf endet trotzdem mit Exit-Code 0, und die Probleme werden auf der Standardfehlerausgabe aufgelistet. Wird er mit Strg+C oder SIGTERM angehalten, schließt er die Nachricht ab, die er gerade sendet, hält sie fest, lässt den Rest für den nächsten Lauf und endet mit Exit-Code 6. Erfordert die Berechtigung messages.send.</translation>
    </message>
    <message>
        <source>Print the summary as one compact JSON object: {&quot;planned&quot;, &quot;sent&quot;, &quot;retrying&quot;, &quot;failed&quot;, &quot;skipped&quot;, &quot;interrupted&quot;, &quot;problems&quot;: [...]}.</source>
        <translation>Die Zusammenfassung als ein kompaktes JSON-Objekt ausgeben: {&quot;planned&quot;, &quot;sent&quot;, &quot;retrying&quot;, &quot;failed&quot;, &quot;skipped&quot;, &quot;interrupted&quot;, &quot;problems&quot;: [...]}.</translation>
    </message>
    <message>
        <source>sent %1, retrying %2, failed %3, skipped %4, interrupted %5</source>
        <translation>gesendet %1, erneuter Versuch %2, fehlgeschlagen %3, übersprungen %4, unterbrochen %5</translation>
    </message>
    <message>
        <source>Stopped before everything due was sent; the rest waits for the next run.</source>
        <translation>Beendet, bevor alles Fällige gesendet war; der Rest wartet auf den nächsten Lauf.</translation>
    </message>
    <message>
        <source>List the messages planned, sent, failed or skipped</source>
        <translation>Die geplanten, gesendeten, fehlgeschlagenen oder übersprungenen Nachrichten auflisten</translation>
    </message>
    <message>
        <source>Lists the outbox: every reminder, recall message, letter and call Rapport planned, newest planned time first, with its status and, for a failed or skipped one, why. Needs the messages.send permission.</source>
        <translation>Listet den Postausgang auf: jede Erinnerung, Recall-Nachricht, jeden Brief und jeden Anruf, den Rapport geplant hat, nach geplantem Zeitpunkt, neueste zuerst, mit dem Status und bei fehlgeschlagenen oder übersprungenen Nachrichten dem Grund. Erfordert die Berechtigung messages.send.</translation>
    </message>
    <message>
        <source>Planned on this day or later, YYYY-MM-DD (the clinic&apos;s time zone).</source>
        <translation>An diesem Tag oder später geplant, YYYY-MM-DD (Zeitzone der Praxis).</translation>
    </message>
    <message>
        <source>Planned on this day or earlier, YYYY-MM-DD.</source>
        <translation>An diesem Tag oder früher geplant, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Only these statuses (repeatable or separated by commas): %1.</source>
        <translation>Nur diese Status (mehrfach möglich oder durch Kommas getrennt): %1.</translation>
    </message>
    <message>
        <source>Only these channels (repeatable or separated by commas): %1.</source>
        <translation>Nur diese Kontaktwege (mehrfach möglich oder durch Kommas getrennt): %1.</translation>
    </message>
    <message>
        <source>At most N messages (default 2000).</source>
        <translation>Höchstens N Nachrichten (Standard: 2000).</translation>
    </message>
    <message>
        <source>Print the result as one compact JSON object: {&quot;messages&quot;: [...]}, instants in ISO 8601 UTC.</source>
        <translation>Das Ergebnis als ein kompaktes JSON-Objekt ausgeben: {&quot;messages&quot;: [...]}, Zeitpunkte in ISO 8601 UTC.</translation>
    </message>
    <message>
        <source>--status is one of %1, not “%2”.</source>
        <translation>--status muss einer der Werte %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--limit is a whole number of 1 or more.</source>
        <translation>--limit muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <source>PLANNED</source>
        <translation>GEPLANT</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>No messages match.</source>
        <translation>Keine passenden Nachrichten.</translation>
    </message>
    <message>
        <source>Send a failed, skipped, interrupted or cancelled message again</source>
        <translation>Eine fehlgeschlagene, übersprungene, unterbrochene oder stornierte Nachricht erneut senden</translation>
    </message>
    <message>
        <source>Puts a failed, skipped, interrupted or cancelled message back in the queue, due now: the next &apos;rapportctl dispatch&apos; (or the window) checks it again (consent, address, quiet hours) and sends it. For an interrupted message, check with the patient first: it may have arrived. Needs the messages.send permission.</source>
        <translation>Stellt eine fehlgeschlagene, übersprungene, unterbrochene oder stornierte Nachricht wieder in die Warteschlange, sofort fällig: Der nächste &apos;rapportctl dispatch&apos; (oder das Programmfenster) prüft sie erneut (Einwilligung, Adresse, Ruhezeiten) und sendet sie. Fragen Sie bei einer unterbrochenen Nachricht zuerst beim Patienten nach: Sie ist möglicherweise angekommen. Erfordert die Berechtigung messages.send.</translation>
    </message>
    <message>
        <source>The message&apos;s id (&apos;outbox list&apos; shows it).</source>
        <translation>Die ID der Nachricht (&apos;outbox list&apos; zeigt sie an).</translation>
    </message>
    <message>
        <source>Print the message as one compact JSON object.</source>
        <translation>Die Nachricht als ein kompaktes JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>The message waits to be sent again at the next dispatch.</source>
        <translation>Die Nachricht wartet darauf, beim nächsten Versand erneut gesendet zu werden.</translation>
    </message>
    <message>
        <source>Withdraw a message that waits to be sent</source>
        <translation>Eine wartende Nachricht zurückziehen</translation>
    </message>
    <message>
        <source>Withdraws a waiting message: it is kept as cancelled and never sent, unless someone retries it. Needs the messages.send permission.</source>
        <translation>Zieht eine wartende Nachricht zurück: Sie bleibt als storniert erhalten und wird nie gesendet, es sei denn, jemand sendet sie erneut. Erfordert die Berechtigung messages.send.</translation>
    </message>
    <message>
        <source>Why, for the Messages page (up to 500 characters).</source>
        <translation>Der Grund, für die Seite „Nachrichten“ (höchstens 500 Zeichen).</translation>
    </message>
    <message>
        <source>The message is cancelled and will not be sent.</source>
        <translation>Die Nachricht ist storniert und wird nicht gesendet.</translation>
    </message>
    <message>
        <source>The messages Rapport sends: list, retry, cancel.</source>
        <translation>Die Nachrichten, die Rapport sendet: auflisten, erneut senden, stornieren.</translation>
    </message>
    <message>
        <source>List the recalls due and overdue</source>
        <translation>Die fälligen und überfälligen Recalls auflisten</translation>
    </message>
    <message>
        <source>Lists patients&apos; recalls due between two dates, and the ones still open from before, by due date and name: who to bring back, how often they were contacted and whether they booked. Needs the recalls.work permission.</source>
        <translation>Listet die Recalls der Patienten auf, die zwischen zwei Daten fällig sind, sowie die noch offenen von davor, nach Fälligkeitsdatum und Name: wen Sie wieder einbestellen sollten, wie oft die Patienten kontaktiert wurden und ob sie einen Termin vereinbart haben. Erfordert die Berechtigung recalls.work.</translation>
    </message>
    <message>
        <source>Due on this day or later, YYYY-MM-DD (default today).</source>
        <translation>An diesem Tag oder später fällig, YYYY-MM-DD (Standard: heute).</translation>
    </message>
    <message>
        <source>Due on this day or earlier, YYYY-MM-DD (default 30 days after --from).</source>
        <translation>An diesem Tag oder früher fällig, YYYY-MM-DD (Standard: 30 Tage nach --from).</translation>
    </message>
    <message>
        <source>Leave out open recalls due before --from.</source>
        <translation>Offene Recalls, die vor --from fällig waren, weglassen.</translation>
    </message>
    <message>
        <source>Only recalls of patients last seen by this provider (id; repeatable or separated by commas).</source>
        <translation>Nur Recalls von Patienten, die zuletzt bei diesem Behandler waren (ID; mehrfach möglich oder durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Only this recall type (id, as &apos;recall types&apos; shows; repeatable or separated by commas).</source>
        <translation>Nur diese Recall-Art (ID, wie &apos;recall types&apos; sie anzeigt; mehrfach möglich oder durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Only these states (repeatable or separated by commas): %1. Default: not-contacted, contacted and scheduled.</source>
        <translation>Nur diese Status (mehrfach möglich oder durch Kommas getrennt): %1. Standard: not-contacted, contacted und scheduled.</translation>
    </message>
    <message>
        <source>Only patients whose contact attempts are used up without a booking, to offer for reactivation.</source>
        <translation>Nur Patienten, deren Kontaktversuche ohne Terminvereinbarung aufgebraucht sind, um ihnen eine Reaktivierung anzubieten.</translation>
    </message>
    <message>
        <source>At most N recalls (default 5000).</source>
        <translation>Höchstens N Recalls (Standard: 5000).</translation>
    </message>
    <message>
        <source>Print the result as one compact JSON object: {&quot;from&quot;: ..., &quot;to&quot;: ..., &quot;recalls&quot;: [...]}.</source>
        <translation>Das Ergebnis als ein kompaktes JSON-Objekt ausgeben: {&quot;from&quot;: ..., &quot;to&quot;: ..., &quot;recalls&quot;: [...]}.</translation>
    </message>
    <message>
        <source>--state is one of %1, not “%2”.</source>
        <translation>--state muss einer der Werte %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LAST CONTACT</source>
        <translation>LETZTER KONTAKT</translation>
    </message>
    <message>
        <source>No recalls are due then.</source>
        <translation>In diesem Zeitraum sind keine Recalls fällig.</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (%n Mal)</numerusform>
            <numerusform>%1 (%n Mal)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>%1; offer reactivation</source>
        <translation>%1; Reaktivierung anbieten</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <source>List the recall types</source>
        <translation>Die Recall-Arten auflisten</translation>
    </message>
    <message>
        <source>Lists the recall types: the interval after a visit, the appointment types that reset them, the age at which patients move on to another type, and the contact chain. Needs the recalls.work or messages.configure permission.</source>
        <translation>Listet die Recall-Arten auf: das Intervall nach einem Besuch, die Terminarten, die sie zurücksetzen, das Alter, ab dem Patienten zu einer anderen Art wechseln, und die Kontaktkette. Erfordert die Berechtigung recalls.work oder messages.configure.</translation>
    </message>
    <message>
        <source>Also list recall types that are no longer in use.</source>
        <translation>Auch Recall-Arten auflisten, die nicht mehr verwendet werden.</translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation>INTERVALL</translation>
    </message>
    <message>
        <source>RESET BY</source>
        <translation>ZURÜCKGESETZT DURCH</translation>
    </message>
    <message>
        <source>MOVES ON</source>
        <translation>WECHSELT</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <source>CHAIN</source>
        <translation>KONTAKTKETTE</translation>
    </message>
    <message>
        <source>There are no recall types yet.</source>
        <translation>Es gibt noch keine Recall-Arten.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1 to %2</source>
        <translation>mit %1 zu %2</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (nicht mehr verwendet)</translation>
    </message>
    <message>
        <source>Patients&apos; recalls: list, types.</source>
        <translation>Recalls der Patienten: auflisten, Arten.</translation>
    </message>
    <message>
        <source>Its new value (put -- before a value that starts with -). A single - reads the value from line 2 of standard input, after the password, so that a mail server password or gateway token stays out of the shell&apos;s history.</source>
        <translation>Der neue Wert (setzen Sie -- vor einen Wert, der mit - beginnt). Ein einzelnes - liest den Wert aus Zeile 2 der Standardeingabe, nach dem Passwort, damit ein Mailserver-Passwort oder Gateway-Token nicht im Verlauf der Shell landet.</translation>
    </message>
    <message>
        <source>The value of %1: </source>
        <translation>Der Wert von %1: </translation>
    </message>
    <message>
        <source>Standard input has no line 2: it should hold the value of %1.</source>
        <translation>Die Standardeingabe hat keine Zeile 2; sie sollte den Wert von %1 enthalten.</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>(gesetzt)</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  usage error: unknown command or option, missing argument, no password on standard input
  2  sign-in refused: wrong user name or password, too many attempts, or account deactivated
  3  integrity failure: the audit trail, the database or the key file was altered
  4  not a Rapport database: the database or its key file is missing, empty, foreign or damaged
  5  refused: not permitted for your role, invalid input, or a conflict
  6  any other error
  7  busy: another program kept the database locked; try again in a moment
</source>
        <translation>Exit-Codes:
  0  Erfolg
  1  Aufruffehler: unbekannter Befehl oder unbekannte Option, fehlendes Argument, kein Passwort auf der Standardeingabe
  2  Anmeldung abgelehnt: falscher Benutzername oder falsches Passwort, zu viele Versuche oder Konto deaktiviert
  3  Integritätsfehler: Das Prüfprotokoll, die Datenbank oder die Schlüsseldatei wurde verändert
  4  keine Rapport-Datenbank: Die Datenbank oder ihre Schlüsseldatei fehlt, ist leer, fremd oder beschädigt
  5  abgelehnt: für Ihre Rolle nicht erlaubt, ungültige Eingabe oder ein Konflikt
  6  sonstiger Fehler
  7  belegt: Ein anderes Programm hat die Datenbank gesperrt; versuchen Sie es gleich noch einmal
</translation>
    </message>
</context>
</TS>
