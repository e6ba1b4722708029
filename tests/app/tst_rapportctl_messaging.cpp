// rapportctl's messaging commands run as the real program: the outbox after a booking with
// reminder rules, dispatch with no channel set up (nothing lost, and what to set), retry
// and cancel, the call list, the exit code for a refused sign-in, and
// two dispatch runs at once against a real SMTP server: every message arrives once.

#include "RapportctlProcess.h"

#include "common/Clock.h"
#include "messaging/MessagingSetup.h"
#include "messaging/Outbox.h"
#include "patients/PatientService.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/ScheduleSetup.h"
#include "security/SettingsService.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace rapport;
using namespace rapport::test;

namespace {

const QTimeZone London(QByteArrayLiteral("Europe/London"));

QJsonObject json(const Run& run)
{
    bool ok = false;
    const QJsonObject o = parseJson(run, &ok);
    if (!ok)
        qWarning("not one JSON object: %s", qPrintable(run.describe()));
    return o;
}

template<typename T>
T must(Result<T> r)
{
    if (!r)
        qFatal("set-up step failed: %s", qPrintable(r.error().text()));
    return std::move(*r);
}

void check(const Status& s)
{
    if (!s)
        qFatal("set-up step failed: %s", qPrintable(s.error().text()));
}

// The clinic opened in this process for what rapportctl has no command for (reminder
// rules, consent) and to look at the result; closed again before rapportctl runs.
struct InProcess
{
    ManualClock clock;
    std::unique_ptr<Clinic> clinic;

    // daysBack: the clock stands that many days before now, for bookings whose reminders
    // were planned then and are due now.
    explicit InProcess(const QString& path, int daysBack = 0)
        : clock(QDateTime::currentDateTimeUtc().addDays(-daysBack))
    {
        auto signedIn = Clinic::signIn(path, Admin, AdminPassword, clock);
        if (!signedIn)
            qFatal("sign-in failed: %s", qPrintable(signedIn.error().text()));
        clinic = std::move(*signedIn);
    }
    Clinic& operator*() { return *clinic; }
};

// A clinic with one provider working every day 07:00-20:00, a Check-up type, e-mail and
// SMS allowed at any hour, and three reminder rules: 2 days before by e-mail, 2 days
// before a call, 1 day before by SMS.
struct MessagingSetUp
{
    QString provider;
    QString checkUp;
};

MessagingSetUp setUpClinic(const QString& path)
{
    InProcess c(path);
    ScheduleSetup setup(*c);
    MessagingSetUp out;
    out.provider = must(setup.saveProvider(Provider{{}, QStringLiteral("Dr Patel"), QStringLiteral("dentist"), {}, {}, true, 1})).id;
    QList<WorkingInterval> week;
    for (int d = 1; d <= 7; ++d)
        week << WorkingInterval{d, 7 * 60, 20 * 60, {}};
    check(setup.setWorkingHours(out.provider, week));
    AppointmentType t;
    t.name = QStringLiteral("Check-up");
    t.durationMinutes = 30;
    out.checkUp = must(setup.saveType(t)).id;
    SettingsService settings(*c);
    check(settings.set(QStringLiteral("messaging.quietHours"), QString()));
    check(settings.set(QStringLiteral("messaging.sendingWindow"), QString()));
    check(settings.set(QStringLiteral("messaging.sendingDays"), QStringLiteral("mon-sun")));
    MessagingSetup messaging(*c);
    // `init` gave the clinic the usual two rules; these tests use their own instead.
    const QList<ReminderRule> defaults = must(messaging.rules());
    if (defaults.size() != 2)
        qFatal("rapportctl init should create the two default reminder rules");
    for (ReminderRule rule : defaults) {
        rule.active = false;
        must(messaging.saveRule(rule));
    }
    for (const auto& [name, minutes, channel] :
         {std::tuple(QStringLiteral("2 days before by e-mail"), 2 * 24 * 60, ContactChannel::Email),
          std::tuple(QStringLiteral("2 days before, a call"), 2 * 24 * 60, ContactChannel::Phone),
          std::tuple(QStringLiteral("1 day before by SMS"), 24 * 60, ContactChannel::Sms)}) {
        ReminderRule r;
        r.name = name;
        r.minutesBefore = minutes;
        r.channels = {channel};
        must(messaging.saveRule(r));
    }
    return out;
}

QString addPatient(const QString& path, const QString& given, const QString& email, const QString& mobile)
{
    InProcess c(path);
    PatientService patients(*c);
    Patient p;
    p.givenName = given;
    p.familyName = QStringLiteral("Berg");
    p.dateOfBirth = QDate(1980, 4, 2);
    p.email = email;
    p.mobilePhone = mobile;
    const QString id = must(patients.create(p, {}, PatientCreateOptions{true})).id;
    for (ContactChannel channel : {ContactChannel::Email, ContactChannel::Sms})
        must(patients.recordConsent(id, channel, ConsentPurpose::AppointmentReminders, true, ConsentMethod::Form));
    return id;
}

// A local time of the clinic some days ahead, as rapportctl's --start takes it.
QDateTime daysAhead(int days, int hour, int minute = 0)
{
    const QDate day = QDateTime::currentDateTimeUtc().toTimeZone(London).date().addDays(days);
    return QDateTime(day, QTime(0, 0), London).addSecs(qint64(hour) * 3600 + qint64(minute) * 60).toUTC();
}

// Booked two days ago for tomorrow: the reminders "2 days before" were planned for
// yesterday and are due now.
QString bookedTwoDaysAgo(const QString& path, const MessagingSetUp& setUp, const QString& patientId,
                         const QDateTime& start)
{
    InProcess c(path, 2);
    Appointment a;
    a.patientId = patientId;
    a.providerId = setUp.provider;
    a.typeId = setUp.checkUp;
    a.start = start;
    return must(AppointmentBook(*c).book(a)).id;
}

QJsonArray messagesOf(const QJsonObject& list, const QString& appointmentId)
{
    QJsonArray out;
    for (const QJsonValue& v : list.value(QStringLiteral("messages")).toArray())
        if (v.toObject().value(QStringLiteral("appointmentId")).toString() == appointmentId)
            out << v;
    return out;
}

QJsonObject byChannel(const QJsonArray& messages, const char* channel)
{
    for (const QJsonValue& v : messages)
        if (v.toObject().value(QStringLiteral("channel")).toString() == QLatin1String(channel))
            return v.toObject();
    return {};
}

} // namespace

class TestRapportctlMessaging : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clinic;
    MessagingSetUp m_setUp;
    QString m_anna;
    QString m_ben;
    QString m_appointment; // Anna's, booked now for three days ahead
    QDateTime m_start;
    QString m_dueAppointment; // Ben's, booked two days ago for tomorrow
    QDateTime m_dueStart;

    Run admin(const QStringList& arguments) const
    {
        return rapportctl(arguments + signInAs(m_clinic, Admin), AdminLine);
    }
    QJsonObject outbox(const QStringList& more = {}) const
    {
        const Run run = admin(QStringList{QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")} + more);
        if (run.exitCode != Success)
            qWarning("%s", qPrintable(run.describe()));
        return json(run);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clinic = m_dir.filePath(QStringLiteral("clinic.rapport"));
        QVERIFY(makeClinic(m_clinic));
        m_setUp = setUpClinic(m_clinic);
        m_anna = addPatient(m_clinic, QStringLiteral("Anna"), QStringLiteral("anna@example.com"),
                            QStringLiteral("07400 900001"));
        m_ben = addPatient(m_clinic, QStringLiteral("Ben"), QStringLiteral("ben@example.com"),
                           QStringLiteral("07400 900002"));
        m_dueStart = daysAhead(1, 11);
        m_dueAppointment = bookedTwoDaysAgo(m_clinic, m_setUp, m_ben, m_dueStart);
    }

    void bookingPlansTheRulesReminders()
    {
        m_start = daysAhead(3, 10);
        const Run booked = admin({QStringLiteral("appointment"), QStringLiteral("book"), QStringLiteral("--patient"),
                                  m_anna, QStringLiteral("--provider"), m_setUp.provider, QStringLiteral("--type"),
                                  QStringLiteral("check-up"), QStringLiteral("--start"),
                                  m_start.toTimeZone(London).toString(QStringLiteral("yyyy-MM-ddTHH:mm"))});
        EXPECT_EXIT(booked, Success);
        m_appointment = booked.out.trimmed();

        const QJsonArray messages = messagesOf(outbox(), m_appointment);
        QCOMPARE(messages.size(), 3);
        const QJsonObject sms = byChannel(messages, "sms");
        QCOMPARE(sms.value(QStringLiteral("kind")).toString(), QStringLiteral("reminder"));
        QCOMPARE(sms.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(sms.value(QStringLiteral("patientId")).toString(), m_anna);
        QCOMPARE(sms.value(QStringLiteral("patientName")).toString(), QStringLiteral("Anna Berg"));
        QVERIFY(sms.value(QStringLiteral("recallId")).isNull());
        QCOMPARE(sms.value(QStringLiteral("plannedAt")).toString(), m_start.addDays(-1).toString(Qt::ISODate));
        QVERIFY(sms.value(QStringLiteral("plannedAt")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(sms.value(QStringLiteral("attempts")).toInt(), 0);
        QVERIFY(sms.value(QStringLiteral("sentAt")).isNull());
        QVERIFY(sms.value(QStringLiteral("skipReason")).isNull());
        QVERIFY(sms.value(QStringLiteral("key")).toString().startsWith(QStringLiteral("reminder:") + m_appointment));
        QCOMPARE(byChannel(messages, "email").value(QStringLiteral("plannedAt")).toString(),
                 m_start.addDays(-2).toString(Qt::ISODate));
        QCOMPARE(byChannel(messages, "phone").value(QStringLiteral("plannedAt")).toString(),
                 m_start.addDays(-2).toString(Qt::ISODate));

        // Filters.
        QCOMPARE(messagesOf(outbox({QStringLiteral("--channel"), QStringLiteral("sms")}), m_appointment).size(), 1);
        QCOMPARE(messagesOf(outbox({QStringLiteral("--channel"), QStringLiteral("sms,phone")}), m_appointment).size(), 2);
        QCOMPARE(messagesOf(outbox({QStringLiteral("--status"), QStringLiteral("sent")}), m_appointment).size(), 0);
        const QString dayOfSms = m_start.addDays(-1).toTimeZone(London).date().toString(Qt::ISODate);
        QCOMPARE(messagesOf(outbox({QStringLiteral("--from"), dayOfSms, QStringLiteral("--to"), dayOfSms}), m_appointment).size(), 1);
        EXPECT_EXIT(admin({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--status"),
                           QStringLiteral("lost")}),
                    Usage);
        const Run table = admin({QStringLiteral("outbox"), QStringLiteral("list")});
        EXPECT_EXIT(table, Success);
        QVERIFY2(table.out.contains(QStringLiteral("PLANNED")) && table.out.contains(QStringLiteral("Waiting"))
                     && table.out.contains(QStringLiteral("1 day before by SMS")),
                 qPrintable(table.describe()));
    }

    void dispatchWithoutAChannelLosesNothing()
    {
        const Run run = admin({QStringLiteral("dispatch")});
        EXPECT_EXIT(run, Success);
        QCOMPARE(run.out.trimmed(), QStringLiteral("sent 0, retrying 0, failed 0, skipped 0, interrupted 0"));
        // The window's words and the settings to set from here.
        QVERIFY2(run.err.contains(QStringLiteral("E-mail is not set up")), qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QStringLiteral("messaging.smtp.host")), qPrintable(run.describe()));
        // Ben's e-mail was due: it waits, untried, until a mail server is set up.
        const QJsonObject email = byChannel(messagesOf(outbox(), m_dueAppointment), "email");
        QCOMPARE(email.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(email.value(QStringLiteral("attempts")).toInt(), 0);
        QVERIFY(QDateTime::fromString(email.value(QStringLiteral("plannedAt")).toString(), Qt::ISODate)
                < QDateTime::currentDateTimeUtc());

        const QJsonObject report = json(admin({QStringLiteral("dispatch"), QStringLiteral("--json")}));
        QCOMPARE(report.value(QStringLiteral("sent")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 0);
        QVERIFY(report.contains(QStringLiteral("interrupted")));
        QVERIFY(report.value(QStringLiteral("problems")).toArray().contains(QStringLiteral("E-mail is not set up: Administration → Messaging")));
    }

    void retryAndCancel()
    {
        const QString sms = byChannel(messagesOf(outbox(), m_appointment), "sms").value(QStringLiteral("id")).toString();
        QVERIFY(!sms.isEmpty());
        // Only a failed, skipped, interrupted or cancelled message can be retried.
        const Run early = admin({QStringLiteral("outbox"), QStringLiteral("retry"), sms});
        EXPECT_EXIT(early, Refused);
        QVERIFY2(early.err.contains(QStringLiteral("Waiting")), qPrintable(early.describe()));
        const Run cancelled = admin({QStringLiteral("outbox"), QStringLiteral("cancel"), sms, QStringLiteral("--reason"),
                                     QStringLiteral("patient asked for no texts"), QStringLiteral("--json")});
        EXPECT_EXIT(cancelled, Success);
        QCOMPARE(json(cancelled).value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(json(cancelled).value(QStringLiteral("detail")).toString(), QStringLiteral("patient asked for no texts"));
        EXPECT_EXIT(admin({QStringLiteral("outbox"), QStringLiteral("cancel"), sms}), Refused);
        const Run retried = admin({QStringLiteral("outbox"), QStringLiteral("retry"), sms});
        EXPECT_EXIT(retried, Success);
        const QJsonObject again = byChannel(messagesOf(outbox(), m_appointment), "sms");
        QCOMPARE(again.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        EXPECT_EXIT(admin({QStringLiteral("outbox"), QStringLiteral("retry"),
                           QStringLiteral("01890000-0000-7000-8000-000000000000")}),
                    Refused);
    }

    void theCallListAndRecordingACall()
    {
        const Run listed = admin({QStringLiteral("calls"), QStringLiteral("today"), QStringLiteral("--json")});
        EXPECT_EXIT(listed, Success);
        const QJsonArray calls = json(listed).value(QStringLiteral("calls")).toArray();
        QCOMPARE(calls.size(), 1);
        const QJsonObject call = calls.first().toObject();
        // Ben's call was due yesterday; Anna's is tomorrow's.
        const QString phoneRow = byChannel(messagesOf(outbox(), m_dueAppointment), "phone").value(QStringLiteral("id")).toString();
        QCOMPARE(call.value(QStringLiteral("outboxId")).toString(), phoneRow);
        QCOMPARE(call.value(QStringLiteral("appointmentId")).toString(), m_dueAppointment);
        QCOMPARE(call.value(QStringLiteral("appointmentStart")).toString(), m_dueStart.toString(Qt::ISODate));
        QCOMPARE(call.value(QStringLiteral("phone")).toString(), QStringLiteral("+447400900002"));
        QCOMPARE(call.value(QStringLiteral("patientName")).toString(), QStringLiteral("Berg, Ben"));
        QVERIFY2(call.value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("Confirm ")),
                 qPrintable(call.value(QStringLiteral("reason")).toString()));
        QVERIFY(call.value(QStringLiteral("reason")).toString().endsWith(QStringLiteral(" with Dr Patel")));
        QCOMPARE(call.value(QStringLiteral("previousCalls")).toInt(), 0);
        const Run table = admin({QStringLiteral("calls"), QStringLiteral("today")});
        QVERIFY2(table.out.contains(QStringLiteral("Berg, Ben")) && table.out.contains(phoneRow),
                 qPrintable(table.describe()));

        EXPECT_EXIT(admin({QStringLiteral("call"), QStringLiteral("record"), phoneRow, QStringLiteral("--outcome"),
                           QStringLiteral("maybe")}),
                    Usage);
        const Run recorded = admin({QStringLiteral("call"), QStringLiteral("record"), phoneRow, QStringLiteral("--outcome"),
                                    QStringLiteral("reached"), QStringLiteral("--note"), QStringLiteral("will come")});
        EXPECT_EXIT(recorded, Success);
        QCOMPARE(recorded.out.trimmed(), QStringLiteral("Call recorded: Reached."));
        const Run day = admin({QStringLiteral("appointment"), QStringLiteral("list"), QStringLiteral("--date"),
                               m_dueStart.toTimeZone(London).date().toString(Qt::ISODate), QStringLiteral("--json")});
        EXPECT_EXIT(day, Success);
        QCOMPARE(json(day).value(QStringLiteral("appointments")).toArray().first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("confirmed"));
        QCOMPARE(byChannel(messagesOf(outbox(), m_dueAppointment), "phone").value(QStringLiteral("status")).toString(),
                 QStringLiteral("sent"));
        const Run empty = admin({QStringLiteral("calls"), QStringLiteral("today")});
        EXPECT_EXIT(empty, Success);
        QVERIFY2(empty.err.contains(QStringLiteral("Nobody to call today.")), qPrintable(empty.describe()));
        // Recorded once: a second time is refused.
        EXPECT_EXIT(admin({QStringLiteral("call"), QStringLiteral("record"), phoneRow, QStringLiteral("--outcome"),
                           QStringLiteral("reached")}),
                    Refused);
    }

    void theConfirmationRate()
    {
        // Ben's appointment (confirmed by the call above) is the only one on its day.
        const QString day = m_dueStart.toTimeZone(London).date().toString(Qt::ISODate);
        const Run rate = admin({QStringLiteral("calls"), QStringLiteral("confirmations"), QStringLiteral("--from"), day,
                                QStringLiteral("--to"), day, QStringLiteral("--json")});
        EXPECT_EXIT(rate, Success);
        const QJsonObject figures = json(rate);
        QCOMPARE(figures.value(QStringLiteral("appointments")).toInt(), 1);
        QCOMPARE(figures.value(QStringLiteral("confirmed")).toInt(), 1);
        QCOMPARE(figures.value(QStringLiteral("rate")).toDouble(), 1.0);
        const Run text = admin({QStringLiteral("calls"), QStringLiteral("confirmations"), QStringLiteral("--from"), day,
                                QStringLiteral("--to"), day});
        QVERIFY2(text.out.contains(QStringLiteral("1 of 1 appointments")) && text.out.contains(QStringLiteral("(100%)")),
                 qPrintable(text.describe()));
        EXPECT_EXIT(admin({QStringLiteral("calls"), QStringLiteral("confirmations"), QStringLiteral("--from"),
                           QStringLiteral("2026-13-01")}),
                    Usage);
    }

    void dispatchSaysWhenItCannotStart()
    {
        const Run wrong = rapportctl({QStringLiteral("dispatch"), QStringLiteral("--db"), m_clinic, QStringLiteral("--user"),
                                      Admin, QStringLiteral("--password-stdin")},
                                     QByteArrayLiteral("not the password\n"));
        EXPECT_EXIT(wrong, SignInRefused);
        // A database locked by another program gives exit code 7 (busy); not run here because
        // sign-in waits out SQLite's busy timeout twice (10 s).
    }

    void twoDispatchRunsAtOnceSendEachMessageOnce();
};

void TestRapportctlMessaging::twoDispatchRunsAtOnceSendEachMessageOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("race.rapport"));
    QVERIFY(makeClinic(path));
    const MessagingSetUp setUp = setUpClinic(path);

    // The SMTP server (channel_servers.py's mail handler, without TLS).
    const QString mailDir = dir.filePath(QStringLiteral("mail"));
    QVERIFY(QDir().mkpath(mailDir));
    QProcess server;
    server.start(QStringLiteral(RAPPORT_TEST_PYTHON),
                 {QStringLiteral(PLAIN_SMTP_SCRIPT), QStringLiteral(CHANNEL_SERVERS_SCRIPT), mailDir});
    QVERIFY2(server.waitForStarted(5000), qPrintable(server.errorString()));
    QByteArray ready;
    while (!ready.endsWith('\n')) {
        QVERIFY2(server.waitForReadyRead(8000), server.readAllStandardError().constData());
        ready += server.readAllStandardOutput();
    }
    QVERIFY2(ready.startsWith("READY "), ready.constData());
    const int port = QJsonDocument::fromJson(ready.mid(6)).object().value(QStringLiteral("smtp")).toInt();
    QVERIFY(port > 0);

    constexpr int patients = 12;
    QSet<QString> addresses;
    QStringList ids;
    {
        InProcess c(path);
        SettingsService settings(*c);
        check(settings.set(QStringLiteral("messaging.smtp.host"), QStringLiteral("127.0.0.1")));
        check(settings.set(QStringLiteral("messaging.smtp.port"), QString::number(port)));
        check(settings.set(QStringLiteral("messaging.smtp.security"), QStringLiteral("none")));
        check(settings.set(QStringLiteral("messaging.smtp.from"), QStringLiteral("reception@clinic.example")));
        PatientService people(*c);
        for (int i = 0; i < patients; ++i) {
            Patient p;
            p.givenName = QStringLiteral("Patient%1").arg(i);
            p.familyName = QStringLiteral("Race");
            p.dateOfBirth = QDate(1970, 1, 1).addDays(i);
            p.email = QStringLiteral("p%1@example.com").arg(i);
            const QString id = must(people.create(p, {}, PatientCreateOptions{true})).id;
            must(people.recordConsent(id, ContactChannel::Email, ConsentPurpose::AppointmentReminders, true,
                                      ConsentMethod::Form));
            ids << id;
            addresses << p.email;
        }
    }
    for (int i = 0; i < patients; ++i)
        bookedTwoDaysAgo(path, setUp, ids.at(i), daysAhead(1, 8, 30 * i));

    const QStringList arguments{QStringLiteral("dispatch"), QStringLiteral("--json"), QStringLiteral("--db"), path,
                                QStringLiteral("--user"), Admin, QStringLiteral("--password-stdin")};
    QProcess first, second;
    for (QProcess* p : {&first, &second}) {
        p->start(Tool, arguments);
        QVERIFY(p->waitForStarted(10000));
        p->write(AdminLine);
        p->closeWriteChannel();
    }
    int sent = 0;
    for (QProcess* p : {&first, &second}) {
        QVERIFY(p->waitForFinished(60000));
        const QByteArray err = p->readAllStandardError();
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == Success, err.constData());
        const QJsonObject report = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("interrupted")).toInt(), 0);
        sent += report.value(QStringLiteral("sent")).toInt();
    }
    QCOMPARE(sent, patients);

    server.closeWriteChannel();
    QVERIFY(server.waitForFinished(5000));
    // Each patient's reminder arrived exactly once.
    QStringList received;
    const QStringList files = QDir(mailDir).entryList({QStringLiteral("mail-*.json")}, QDir::Files);
    for (const QString& f : files) {
        QFile file(QDir(mailDir).filePath(f));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray to = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("rcptTos")).toArray();
        QCOMPARE(to.size(), 1);
        received << to.first().toString();
    }
    QCOMPARE(received.size(), patients);
    QCOMPARE(QSet<QString>(received.cbegin(), received.cend()), addresses);

    InProcess c(path);
    OutboxQuery all;
    const QList<OutboxRow> rows = must(Outbox(*c).list(all));
    int emails = 0;
    for (const OutboxRow& r : rows) {
        if (r.message.channel != ContactChannel::Email)
            continue;
        ++emails;
        QCOMPARE(r.message.status, OutboxStatus::Sent);
        QCOMPARE(r.message.attempts, 1);
    }
    QCOMPARE(emails, patients);
}

QTEST_GUILESS_MAIN(TestRapportctlMessaging)
#include "tst_rapportctl_messaging.moc"
