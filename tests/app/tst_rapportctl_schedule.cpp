// rapportctl's scheduling commands run as the real program: the set-up (providers, chairs,
// types, hours, closures), booking with conflicts refused (exit code 5, with the reasons)
// and overridden with a reason, the day list, status changes, free slots and the waitlist.

#include "RapportctlProcess.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace rapport;
using namespace rapport::test;

namespace {

const QString Receptionist = QStringLiteral("rita");
const QString ReceptionistPassword = QStringLiteral("front desk all day");
const QRegularExpression
    Uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));

QJsonObject json(const Run& run)
{
    bool ok = false;
    const QJsonObject o = parseJson(run, &ok);
    if (!ok)
        qWarning("not one JSON object: %s", qPrintable(run.describe()));
    return o;
}

} // namespace

class TestRapportctlSchedule : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clinic;
    QString m_anna, m_ben;
    QString m_smith, m_hygienist, m_chair;
    QDate m_monday; // a Monday two weeks or more ahead, in the clinic's time zone
    const QTimeZone m_london{QByteArrayLiteral("Europe/London")};

    Run as(const QString& user, const QStringList& arguments) const
    {
        return rapportctl(arguments + signInAs(m_clinic, user),
                          user == Admin ? AdminLine : ReceptionistPassword.toUtf8() + '\n');
    }
    Run admin(const QStringList& arguments) const { return as(Admin, arguments); }
    QString idOf(const Run& run) const { return run.exitCode == Success ? run.out.trimmed() : QString(); }
    QString at(const QDate& day, const char* time) const
    {
        return day.toString(Qt::ISODate) + QLatin1Char('T') + QString::fromLatin1(time);
    }
    QDateTime local(const QJsonValue& iso) const
    {
        return QDateTime::fromString(iso.toString(), Qt::ISODate).toTimeZone(m_london);
    }
    Run book(const QString& patient, const QString& start, const QStringList& more = {}) const
    {
        return admin(QStringList{QStringLiteral("appointment"), QStringLiteral("book"), QStringLiteral("--patient"),
                                 patient, QStringLiteral("--provider"), m_smith, QStringLiteral("--type"),
                                 QStringLiteral("check-up"), QStringLiteral("--start"), start}
                     + more);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clinic = m_dir.filePath(QStringLiteral("clinic.rapport"));
        QVERIFY(makeClinic(m_clinic));
        QVERIFY(addMember(m_clinic, Receptionist, QStringLiteral("receptionist"), ReceptionistPassword));
        const QDate today = QDateTime::currentDateTime().toTimeZone(m_london).date();
        m_monday = today.addDays(14 + (8 - today.dayOfWeek()) % 7);
        m_anna = idOf(admin({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--given"),
                             QStringLiteral("Anna"), QStringLiteral("--family"), QStringLiteral("Berg"),
                             QStringLiteral("--dob"), QStringLiteral("1980-04-02")}));
        m_ben = idOf(admin({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--given"),
                            QStringLiteral("Ben"), QStringLiteral("--family"), QStringLiteral("Okafor"),
                            QStringLiteral("--dob"), QStringLiteral("1975-09-30")}));
        QVERIFY(Uuid.match(m_anna).hasMatch() && Uuid.match(m_ben).hasMatch());
    }

    void setUpTheBook()
    {
        const Run smith = admin({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("--name"),
                                 QStringLiteral("Dr. Smith"), QStringLiteral("--colour"), QStringLiteral("#3a7bd5"),
                                 QStringLiteral("--json")});
        EXPECT_EXIT(smith, Success);
        m_smith = json(smith).value(QStringLiteral("id")).toString();
        QCOMPARE(json(smith).value(QStringLiteral("kind")).toString(), QStringLiteral("dentist"));
        m_hygienist = idOf(admin({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("--name"),
                                  QStringLiteral("Hana Lind"), QStringLiteral("--kind"), QStringLiteral("hygienist")}));
        QVERIFY(Uuid.match(m_hygienist).hasMatch());
        const Run badKind = admin({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("X"), QStringLiteral("--kind"), QStringLiteral("wizard")});
        EXPECT_EXIT(badKind, Usage);
        QVERIFY(badKind.err.contains(QStringLiteral("hygienist")));
        // Setting up the book is for managers and administrators.
        const Run notAllowed = as(Receptionist, {QStringLiteral("chair"), QStringLiteral("add"), QStringLiteral("--name"),
                                                 QStringLiteral("Surgery 9")});
        EXPECT_EXIT(notAllowed, Refused);

        m_chair = idOf(admin({QStringLiteral("chair"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("Surgery 1")}));
        QVERIFY(Uuid.match(m_chair).hasMatch());
        EXPECT_EXIT(admin({QStringLiteral("type"), QStringLiteral("add"), QStringLiteral("--name"),
                           QStringLiteral("Check-up"), QStringLiteral("--minutes"), QStringLiteral("30"),
                           QStringLiteral("--recall-type"), QStringLiteral("Check-up, 12 months")}),
                    Success);
        const Run hygiene = admin({QStringLiteral("type"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("Hygiene"), QStringLiteral("--minutes"), QStringLiteral("45"),
                                   QStringLiteral("--providers"), m_hygienist, QStringLiteral("--json")});
        EXPECT_EXIT(hygiene, Success);
        QCOMPARE(json(hygiene).value(QStringLiteral("providerIds")).toArray(), QJsonArray{m_hygienist});
        EXPECT_EXIT(admin({QStringLiteral("type"), QStringLiteral("add"), QStringLiteral("--name"),
                           QStringLiteral("Odd"), QStringLiteral("--minutes"), QStringLiteral("7")}),
                    Refused);

        const Run hours = admin({QStringLiteral("hours"), QStringLiteral("set"), QStringLiteral("--provider"), m_smith,
                                 QStringLiteral("--day"), QStringLiteral("mon-fri"), QStringLiteral("--from"),
                                 QStringLiteral("08:00"), QStringLiteral("--to"), QStringLiteral("12:30"),
                                 QStringLiteral("--from"), QStringLiteral("13:30"), QStringLiteral("--to"),
                                 QStringLiteral("17:00"), QStringLiteral("--chair"), m_chair});
        EXPECT_EXIT(hours, Success);
        const Run overlapping = admin({QStringLiteral("hours"), QStringLiteral("set"), QStringLiteral("--provider"),
                                       m_hygienist, QStringLiteral("--day"), QStringLiteral("tue"),
                                       QStringLiteral("--from"), QStringLiteral("09:00"), QStringLiteral("--to"),
                                       QStringLiteral("13:00"), QStringLiteral("--from"), QStringLiteral("12:00"),
                                       QStringLiteral("--to"), QStringLiteral("15:00")});
        EXPECT_EXIT(overlapping, Refused);
        QVERIFY2(overlapping.err.contains(QStringLiteral("overlap")), qPrintable(overlapping.describe()));
        EXPECT_EXIT(admin({QStringLiteral("hours"), QStringLiteral("set"), QStringLiteral("--provider"), m_smith,
                           QStringLiteral("--day"), QStringLiteral("mon"), QStringLiteral("--from"),
                           QStringLiteral("8 o'clock"), QStringLiteral("--to"), QStringLiteral("12:00")}),
                    Usage);

        const Run shown = admin({QStringLiteral("hours"), QStringLiteral("show"), QStringLiteral("--provider"), m_smith,
                                 QStringLiteral("--json")});
        EXPECT_EXIT(shown, Success);
        const QJsonArray week = json(shown).value(QStringLiteral("hours")).toArray();
        QCOMPARE(week.size(), 10);
        QCOMPARE(week.first().toObject(), (QJsonObject{{QStringLiteral("day"), QStringLiteral("mon")},
                                                       {QStringLiteral("from"), QStringLiteral("08:00")},
                                                       {QStringLiteral("to"), QStringLiteral("12:30")},
                                                       {QStringLiteral("chairId"), m_chair}}));

        const Run providers = admin({QStringLiteral("provider"), QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EXIT(providers, Success);
        QCOMPARE(json(providers).value(QStringLiteral("providers")).toArray().size(), 2);
        const Run types = admin({QStringLiteral("type"), QStringLiteral("list")});
        EXPECT_EXIT(types, Success);
        QVERIFY(types.out.contains(QStringLiteral("Check-up, 12 months")));
    }

    void bookingAndConflicts()
    {
        const QString first = idOf(book(m_anna, at(m_monday, "09:00"), {QStringLiteral("--chair"), m_chair}));
        QVERIFY2(Uuid.match(first).hasMatch(), qPrintable(first));

        // Dr. Smith is busy then: nothing is booked, the reason is said, exit code 5.
        const Run busy = book(m_ben, at(m_monday, "09:15"));
        EXPECT_EXIT(busy, Refused);
        QVERIFY2(busy.err.contains(QStringLiteral("not booked")) && busy.err.contains(QStringLiteral("Dr. Smith")),
                 qPrintable(busy.describe()));
        QVERIFY(busy.err.contains(QStringLiteral("--override-reason")));
        const Run saturday = book(m_ben, at(m_monday.addDays(5), "10:00"));
        EXPECT_EXIT(saturday, Refused);
        QVERIFY2(saturday.err.contains(QStringLiteral("does not work")), qPrintable(saturday.describe()));

        // A receptionist may not override; an administrator may, with a reason.
        const Run receptionist = as(Receptionist, {QStringLiteral("appointment"), QStringLiteral("book"),
                                                   QStringLiteral("--patient"), m_ben, QStringLiteral("--provider"),
                                                   m_smith, QStringLiteral("--type"), QStringLiteral("Check-up"),
                                                   QStringLiteral("--start"), at(m_monday, "09:15"),
                                                   QStringLiteral("--override-reason"), QStringLiteral("in pain")});
        EXPECT_EXIT(receptionist, Refused);
        const Run overridden = book(m_ben, at(m_monday, "09:15"),
                                    {QStringLiteral("--override-reason"), QStringLiteral("In pain, squeezed in"),
                                     QStringLiteral("--json")});
        EXPECT_EXIT(overridden, Success);
        const QJsonObject o = json(overridden);
        QCOMPARE(o.value(QStringLiteral("overrideReason")).toString(), QStringLiteral("In pain, squeezed in"));
        QCOMPARE(local(o.value(QStringLiteral("start"))), QDateTime(m_monday, QTime(9, 15), m_london));
        QCOMPARE(local(o.value(QStringLiteral("end"))), QDateTime(m_monday, QTime(9, 45), m_london));

        EXPECT_EXIT(book(m_ben, QStringLiteral("next monday")), Usage);
        const Run noType = admin({QStringLiteral("appointment"), QStringLiteral("book"), QStringLiteral("--patient"),
                                  m_ben, QStringLiteral("--provider"), m_smith, QStringLiteral("--type"),
                                  QStringLiteral("Root canal"), QStringLiteral("--start"), at(m_monday, "11:00")});
        EXPECT_EXIT(noType, Refused);
        QVERIFY(noType.err.contains(QStringLiteral("type list")));

        // A closure is a conflict too.
        EXPECT_EXIT(admin({QStringLiteral("closure"), QStringLiteral("add"), QStringLiteral("--date"),
                           m_monday.addDays(1).toString(Qt::ISODate), QStringLiteral("--note"),
                           QStringLiteral("Staff training day")}),
                    Success);
        const Run closed = book(m_anna, at(m_monday.addDays(1), "10:00"));
        EXPECT_EXIT(closed, Refused);
        QVERIFY2(closed.err.contains(QStringLiteral("Staff training day")), qPrintable(closed.describe()));
    }

    void dayListAndStatus()
    {
        const Run day = admin({QStringLiteral("appointment"), QStringLiteral("list"), QStringLiteral("--date"),
                               m_monday.toString(Qt::ISODate), QStringLiteral("--json")});
        EXPECT_EXIT(day, Success);
        const QJsonArray list = json(day).value(QStringLiteral("appointments")).toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject first = list.first().toObject();
        QCOMPARE(first.value(QStringLiteral("patientId")).toString(), m_anna);
        QCOMPARE(first.value(QStringLiteral("patientName")).toString().contains(QStringLiteral("Berg")), true);
        QCOMPARE(first.value(QStringLiteral("typeName")).toString(), QStringLiteral("Check-up"));
        QCOMPARE(first.value(QStringLiteral("providerName")).toString(), QStringLiteral("Dr. Smith"));
        QCOMPARE(first.value(QStringLiteral("chairId")).toString(), m_chair);
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("booked"));
        QCOMPARE(local(first.value(QStringLiteral("start"))), QDateTime(m_monday, QTime(9, 0), m_london));
        QVERIFY(first.value(QStringLiteral("start")).toString().contains(QRegularExpression(QStringLiteral("(Z|[+-]\\d\\d:\\d\\d)$"))));
        const QString id = first.value(QStringLiteral("id")).toString();
        // Still to come: the no-show risk with its reasons; a new patient starts at the clinic's average.
        const QJsonObject risk = first.value(QStringLiteral("noShowRisk")).toObject();
        QVERIFY2(QStringList({QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")})
                     .contains(risk.value(QStringLiteral("level")).toString()),
                 qPrintable(day.describe()));
        QVERIFY(risk.value(QStringLiteral("reasons")).toArray().first().toString().contains(QStringLiteral("new patient")));
        QCOMPARE(risk.value(QStringLiteral("callToConfirm")).toBool(), risk.value(QStringLiteral("level")).toString() == QStringLiteral("high"));

        const Run confirmed = admin({QStringLiteral("appointment"), QStringLiteral("status"), id,
                                     QStringLiteral("confirmed"), QStringLiteral("--json")});
        EXPECT_EXIT(confirmed, Success);
        QCOMPARE(json(confirmed).value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
        const Run noReason = admin({QStringLiteral("appointment"), QStringLiteral("status"), id,
                                    QStringLiteral("cancelled-patient")});
        EXPECT_EXIT(noReason, Refused);
        const Run cancelled = admin({QStringLiteral("appointment"), QStringLiteral("status"), id,
                                     QStringLiteral("cancelled-patient"), QStringLiteral("--reason"),
                                     QStringLiteral("Away on holiday")});
        EXPECT_EXIT(cancelled, Success);
        QVERIFY(cancelled.out.contains(QStringLiteral("Cancelled by the patient")));
        const Run refused = admin({QStringLiteral("appointment"), QStringLiteral("status"), id,
                                   QStringLiteral("confirmed")});
        EXPECT_EXIT(refused, Refused);
        QVERIFY2(refused.err.contains(QStringLiteral("cannot be marked")), qPrintable(refused.describe()));
        EXPECT_EXIT(admin({QStringLiteral("appointment"), QStringLiteral("status"), id, QStringLiteral("done")}), Usage);
    }

    void freeSlots()
    {
        const Run slots = admin({QStringLiteral("slots"), QStringLiteral("--type"), QStringLiteral("Check-up"),
                                 QStringLiteral("--from"), m_monday.toString(Qt::ISODate), QStringLiteral("--to"),
                                 m_monday.addDays(4).toString(Qt::ISODate), QStringLiteral("--provider"), m_smith,
                                 QStringLiteral("--limit"), QStringLiteral("40"), QStringLiteral("--json")});
        EXPECT_EXIT(slots, Success);
        const QJsonArray list = json(slots).value(QStringLiteral("slots")).toArray();
        QCOMPARE(list.size(), 40);
        QCOMPARE(local(list.first().toObject().value(QStringLiteral("start"))), QDateTime(m_monday, QTime(8, 0), m_london));
        // The overridden 09:15-09:45 appointment still holds its time; the cancelled one does not.
        const QDateTime held(m_monday, QTime(9, 15), m_london);
        for (const QJsonValue& v : list) {
            const QJsonObject s = v.toObject();
            QCOMPARE(s.value(QStringLiteral("providerId")).toString(), m_smith);
            QCOMPARE(s.value(QStringLiteral("providerName")).toString(), QStringLiteral("Dr. Smith"));
            const QDateTime start = local(s.value(QStringLiteral("start")));
            QVERIFY2(start.addSecs(30 * 60) <= held || start >= held.addSecs(30 * 60), qPrintable(start.toString()));
            QVERIFY(start.date() != m_monday.addDays(1)); // closed
            QVERIFY(start.time() >= QTime(8, 0) && start.time() <= QTime(16, 30));
        }
        EXPECT_EXIT(admin({QStringLiteral("slots"), QStringLiteral("--type"), QStringLiteral("Check-up"),
                           QStringLiteral("--from"), QStringLiteral("soon"), QStringLiteral("--to"),
                           QStringLiteral("later")}),
                    Usage);
    }

    void waitlist()
    {
        const Run added = as(Receptionist, {QStringLiteral("waitlist"), QStringLiteral("add"), QStringLiteral("--patient"),
                                            m_ben, QStringLiteral("--type"), QStringLiteral("Check-up"),
                                            QStringLiteral("--provider"), m_smith, QStringLiteral("--days"),
                                            QStringLiteral("mon,tue"), QStringLiteral("--from-time"),
                                            QStringLiteral("08:00"), QStringLiteral("--to-time"),
                                            QStringLiteral("12:00"), QStringLiteral("--latest"),
                                            m_monday.addDays(30).toString(Qt::ISODate)});
        EXPECT_EXIT(added, Success);
        QVERIFY(Uuid.match(added.out.trimmed()).hasMatch());
        EXPECT_EXIT(admin({QStringLiteral("waitlist"), QStringLiteral("add"), QStringLiteral("--patient"), m_anna,
                           QStringLiteral("--type"), QStringLiteral("Check-up"), QStringLiteral("--days"),
                           QStringLiteral("someday")}),
                    Usage);
        const Run list = admin({QStringLiteral("waitlist"), QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EXIT(list, Success);
        const QJsonArray entries = json(list).value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject e = entries.first().toObject();
        QCOMPARE(e.value(QStringLiteral("id")).toString(), added.out.trimmed());
        QCOMPARE(e.value(QStringLiteral("patientId")).toString(), m_ben);
        QCOMPARE(e.value(QStringLiteral("providerId")).toString(), m_smith);
        QCOMPARE(e.value(QStringLiteral("days")).toArray(), (QJsonArray{QStringLiteral("mon"), QStringLiteral("tue")}));
        QCOMPARE(e.value(QStringLiteral("fromTime")).toString(), QStringLiteral("08:00"));
        QCOMPARE(e.value(QStringLiteral("toTime")).toString(), QStringLiteral("12:00"));
        QCOMPARE(e.value(QStringLiteral("durationMinutes")).toInt(), 30);
        QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("waiting"));
        const Run table = admin({QStringLiteral("waitlist"), QStringLiteral("list")});
        EXPECT_EXIT(table, Success);
        QVERIFY(table.out.contains(QStringLiteral("Dr. Smith")) && table.out.contains(QStringLiteral("mon,tue")));
    }

    void demoBook()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.rapport"));
        EXPECT_EXIT(rapportctl({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--patients"),
                                QStringLiteral("150"), QStringLiteral("--years"), QStringLiteral("31")}),
                    Usage);
        const Run demo = rapportctl({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--patients"),
                                     QStringLiteral("150"), QStringLiteral("--years"), QStringLiteral("1"),
                                     QStringLiteral("--json")});
        EXPECT_EXIT(demo, Success);
        const QJsonObject o = json(demo);
        QCOMPARE(o.value(QStringLiteral("providersCreated")).toInt(), 3);
        QVERIFY2(o.value(QStringLiteral("appointmentsCreated")).toInt() > 150, qPrintable(demo.out));
        const QByteArray password = o.value(QStringLiteral("password")).toString().toUtf8() + '\n';
        const Run providers = rapportctl(QStringList{QStringLiteral("provider"), QStringLiteral("list"),
                                                     QStringLiteral("--json")}
                                             + signInAs(path, QStringLiteral("reception")),
                                         password);
        EXPECT_EXIT(providers, Success);
        const QJsonArray list = json(providers).value(QStringLiteral("providers")).toArray();
        QCOMPARE(list.size(), 3);
        QVERIFY(!list.first().toObject().value(QStringLiteral("staffId")).isNull()); // the demo dentist
        const Run slots = rapportctl(QStringList{QStringLiteral("slots"), QStringLiteral("--type"),
                                                 QStringLiteral("Hygiene"), QStringLiteral("--from"),
                                                 m_monday.toString(Qt::ISODate), QStringLiteral("--to"),
                                                 m_monday.addDays(60).toString(Qt::ISODate), QStringLiteral("--json")}
                                         + signInAs(path, QStringLiteral("reception")),
                                     password);
        EXPECT_EXIT(slots, Success);
        QCOMPARE(json(slots).value(QStringLiteral("slots")).toArray().size(), 10);
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("book") << QStringList{QStringLiteral("appointment"), QStringLiteral("book")} << QStringLiteral("--override-reason");
        QTest::newRow("status") << QStringList{QStringLiteral("appointment"), QStringLiteral("status")} << QStringLiteral("late-cancellation");
        QTest::newRow("hours") << QStringList{QStringLiteral("hours"), QStringLiteral("set")} << QStringLiteral("mon-fri");
        QTest::newRow("slots") << QStringList{QStringLiteral("slots")} << QStringLiteral("--limit");
        QTest::newRow("waitlist") << QStringList{QStringLiteral("waitlist"), QStringLiteral("add")} << QStringLiteral("--from-time");
        QTest::newRow("provider") << QStringList{QStringLiteral("provider"), QStringLiteral("add")} << QStringLiteral("--staff");
        QTest::newRow("overview") << QStringList{} << QStringLiteral("appointment book");
    }

    void help()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, mentions);
        const Run run = rapportctl(command + QStringList{QStringLiteral("--help")});
        EXPECT_EXIT(run, Success);
        QVERIFY2(run.out.contains(mentions), qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestRapportctlSchedule)
#include "tst_rapportctl_schedule.moc"
