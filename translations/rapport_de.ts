<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>rapport</name>
    <message>
        <source>This patient record does not exist. It may have been merged into another record.</source>
        <translation>Diesen Patientendatensatz gibt es nicht. Möglicherweise wurde er mit einem anderen Datensatz zusammengeführt.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1: Der Text ist zu lang (höchstens %2 Zeichen).</translation>
    </message>
    <message>
        <source>The key file cannot be written. Check that you may write to the clinic&apos;s folder.</source>
        <translation>Die Schlüsseldatei kann nicht geschrieben werden. Prüfen Sie, ob Sie Schreibrechte für den Ordner der Praxis haben.</translation>
    </message>
    <message>
        <source>The key file could not be saved. Check the free space on the drive; nothing was changed.</source>
        <translation>Die Schlüsseldatei konnte nicht gespeichert werden. Prüfen Sie den freien Speicherplatz auf dem Laufwerk; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The clinic&apos;s key file has been changed outside Rapport, so it is not trusted. Restore the key file (.keys) from a backup, or sign in with the recovery key and tell your administrator.</source>
        <translation>Die Schlüsseldatei der Praxis wurde außerhalb von Rapport geändert und gilt daher nicht als vertrauenswürdig. Stellen Sie die Schlüsseldatei (.keys) aus einer Sicherung wieder her, oder melden Sie sich mit dem Wiederherstellungsschlüssel an und informieren Sie Ihre Administration.</translation>
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
    <name>rapport::DuplicateMatch</name>
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
    <name>rapport::PatientImport</name>
    <message>
        <source>The import has not started.</source>
        <translation>Der Import wurde noch nicht gestartet.</translation>
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
        <source>%1 is %2 years old, and the clinic requires a parent or guardian for patients under %3. Add one under Family and care links.</source>
        <translation>%1 ist minderjährig (Alter: %2), und die Praxis verlangt für Patienten unter %3 Jahren einen Elternteil oder Vormund. Fügen Sie unter „Angehörige und Bezugspersonen“ eine solche Person hinzu.</translation>
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
        <source>Consent granted: %1 for %2 (%3)</source>
        <translation>Einwilligung erteilt: %1 für %2 (%3)</translation>
    </message>
    <message>
        <source>Consent withdrawn: %1 for %2 (%3)</source>
        <translation>Einwilligung widerrufen: %1 für %2 (%3)</translation>
    </message>
    <message>
        <source>%1 added as %2</source>
        <translation>%1 als %2 hinzugefügt</translation>
    </message>
    <message>
        <source>Linked from %1&apos;s record as %2</source>
        <translation>Im Datensatz von %1 als %2 verknüpft</translation>
    </message>
    <message>
        <source>Link to %1 ended</source>
        <translation>Verknüpfung mit %1 beendet</translation>
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
    <name>rapport::Session</name>
    <message>
        <source>Your role (%1) may not %2. Ask a practice manager or administrator.</source>
        <translation>Mit Ihrer Rolle (%1) ist Folgendes nicht erlaubt: %2. Wenden Sie sich an das Praxismanagement oder die Administration.</translation>
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
        <source>audit trail intact: %1 rows</source>
        <translation>Prüfprotokoll intakt (geprüfte Einträge: %1)</translation>
    </message>
    <message>
        <source>audit trail broken at row %1: %2 (%3 rows before it verify)</source>
        <translation>Prüfprotokoll beschädigt bei Eintrag %1: %2 (Einträge davor in Ordnung: %3)</translation>
    </message>
    <message>
        <source>audit trail broken at row %1 (id %2): %3 (%4 rows before it verify)</source>
        <translation>Prüfprotokoll beschädigt bei Eintrag %1 (ID %2): %3 (Einträge davor in Ordnung: %4)</translation>
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
        <source>Creates the demo clinic at PATH with one made-up account for each role, all sharing one published password. If the demo clinic is there already, nothing is changed. With --patients, fills it with made-up patients: households with shared addresses, children linked to their guardians, consents, tags and statuses; the same --seed gives the same people, ids included, on the same day. Never enter real patients into the demo clinic.</source>
        <translation>Legt unter PATH die Demo-Praxis an, mit einem fiktiven Konto für jede Rolle; alle Konten verwenden dasselbe, öffentlich bekannte Passwort. Gibt es die Demo-Praxis dort bereits, wird nichts geändert. Mit --patients wird sie mit fiktiven Patienten gefüllt: Haushalte mit gemeinsamer Anschrift, Kinder mit verknüpftem Elternteil oder Vormund, Einwilligungen, Schlagwörter und Status; derselbe --seed ergibt am selben Tag dieselben Personen, einschließlich der IDs. Erfassen Sie niemals echte Patienten in der Demo-Praxis.</translation>
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
        <source>The demo clinic in %1 already has %2 patients; Rapport adds made-up patients only to an empty demo clinic. Delete the demo clinic&apos;s folder (its .rapport file and key file), or choose another --db.</source>
        <translation>Die Demo-Praxis in %1 enthält bereits Patienten (%2); Rapport fügt fiktive Patienten nur einer leeren Demo-Praxis hinzu. Löschen Sie den Ordner der Demo-Praxis (ihre .rapport-Datei und die Schlüsseldatei), oder wählen Sie eine andere --db.</translation>
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
        <source>Showing the first %1 patients found; type more of the name, or raise --limit.</source>
        <translation>Angezeigt werden nur die ersten Treffer (%1); geben Sie mehr vom Namen ein, oder erhöhen Sie --limit.</translation>
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
        <source>Its new value (put -- before a value that starts with -).</source>
        <translation>Der neue Wert (setzen Sie -- vor einen Wert, der mit - beginnt).</translation>
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
        <source>Exit codes:
  0  success
  1  usage error: unknown command or option, missing argument, no password on standard input
  2  sign-in refused: wrong user name or password, too many attempts, or account deactivated
  3  integrity failure: the audit trail, the database or the key file was altered
  4  not a Rapport database: the database or its key file is missing, empty, foreign or damaged
  5  refused: not permitted for your role, invalid input, or a conflict
  6  any other error
</source>
        <translation>Exit-Codes:
  0  Erfolg
  1  Aufruffehler: unbekannter Befehl oder unbekannte Option, fehlendes Argument, kein Passwort auf der Standardeingabe
  2  Anmeldung abgelehnt: falscher Benutzername oder falsches Passwort, zu viele Versuche oder Konto deaktiviert
  3  Integritätsfehler: Prüfprotokoll, Datenbank oder Schlüsseldatei wurde verändert
  4  keine Rapport-Datenbank: Datenbank oder Schlüsseldatei fehlt, ist leer, fremd oder beschädigt
  5  abgelehnt: für Ihre Rolle nicht erlaubt, ungültige Eingabe oder Konflikt
  6  sonstiger Fehler
</translation>
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
</context>
</TS>
