#include "TestSupport.h"

#include "demo/DemoBookings.h"
#include "demo/DemoPopulation.h"
#include "demo/DemoSchedule.h"
#include "scheduling/SchedulingVocabulary.h"
#include "security/StaffService.h"

#include <QTest>
#include <QTimeZone>

using namespace rapport;
using namespace rapport::test;

namespace {

struct Generated
{
    std::unique_ptr<TestClinic> t;
    DemoSchedule::Summary summary;
    QString dentistId;
};

Generated generate(int patients, int years, quint64 seed)
{
    Generated g;
    g.t = std::make_unique<TestClinic>();
    g.t->clock.set(QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC));
    auto dentist = StaffService(*g.t->clinic).add(QStringLiteral("dentist"), QStringLiteral("Dr. Tomás Herrera"),
                                                  Role::Clinician, AdminPassword);
    if (!dentist)
        qFatal("%s", qPrintable(dentist.error().text()));
    g.dentistId = dentist->id;
    DemoPopulation::Options p;
    p.patients = patients;
    p.seed = seed;
    if (auto n = DemoPopulation::generate(*g.t->clinic, p); !n)
        qFatal("%s", qPrintable(n.error().text()));
    DemoSchedule::Options o;
    o.years = years;
    o.seed = seed;
    auto s = DemoSchedule::generate(*g.t->clinic, o);
    if (!s)
        qFatal("%s", qPrintable(s.error().text()));
    g.summary = *s;
    return g;
}

qint64 scalar(Clinic& c, const char* sql)
{
    return *c.database().scalar(QString::fromLatin1(sql));
}

const qint64 kNowMs = QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(); // local midnight (GMT)

} // namespace

class TestDemoSchedule : public QObject
{
    Q_OBJECT

private:
    Generated m_g;

private Q_SLOTS:
    void initTestCase() { m_g = generate(400, 2, 7); }

    void setUpAndCounts()
    {
        Clinic& c = *m_g.t->clinic;
        QCOMPARE(m_g.summary.providers, DemoSchedule::providerCountFor(400));
        QCOMPARE(m_g.summary.providers, 3);
        QCOMPARE(scalar(c, "SELECT count(*) FROM providers"), qint64(3));
        QCOMPARE(scalar(c, "SELECT count(*) FROM providers WHERE kind = 'hygienist'"), qint64(1));
        QCOMPARE(scalar(c, "SELECT count(*) FROM chairs"), qint64(3));
        QCOMPARE(scalar(c, "SELECT count(*) FROM appointment_types"), qint64(6));
        QCOMPARE(scalar(c, "SELECT duration_minutes FROM appointment_types WHERE name = 'Hygiene'"), qint64(45));
        QCOMPARE(scalar(c, "SELECT count(*) FROM appointment_types WHERE recall_type = 'Hygiene, 6 months'"), qint64(1));
        // The hygienist does hygiene only: every other type lists the dentists.
        QCOMPARE(scalar(c, "SELECT count(*) FROM appointment_type_providers tp JOIN providers p ON p.id = tp.provider_id"
                           " WHERE p.kind = 'hygienist'"),
                 qint64(0));
        QCOMPARE(scalar(c, "SELECT count(*) FROM appointment_type_providers"), qint64(5 * 2));
        auto linked = c.database().prepare("SELECT staff_id FROM providers WHERE staff_id IS NOT NULL");
        QVERIFY(*linked->next());
        QCOMPARE(linked->text(0), m_g.dentistId);
        QVERIFY(scalar(c, "SELECT count(*) FROM schedule_exceptions WHERE kind = 'closure' AND first_date = '2025-12-25'") == 1);
        QVERIFY(scalar(c, "SELECT count(*) FROM schedule_exceptions WHERE kind = 'leave'") >= 3 * 2);
        QCOMPARE(scalar(c, "SELECT count(*) FROM appointments"), qint64(m_g.summary.appointments));
        // Two years of 400 patients: most come once or twice a year.
        QVERIFY2(m_g.summary.appointments > 400 && m_g.summary.appointments < 400 * 2 * 5,
                 qPrintable(QString::number(m_g.summary.appointments)));
        QCOMPARE(scalar(c, "SELECT count(*) FROM audit_log WHERE action = 'appointment.import'"), qint64(1));
        QCOMPARE(scalar(c, "SELECT count(*) FROM audit_log WHERE action LIKE 'schedule.%'"), qint64(0));
    }

    void nobodyInTwoPlacesAtOnce_data()
    {
        QTest::addColumn<QString>("column");
        QTest::newRow("provider") << QStringLiteral("provider_id");
        QTest::newRow("patient") << QStringLiteral("patient_id");
        QTest::newRow("chair") << QStringLiteral("chair_id");
    }

    void nobodyInTwoPlacesAtOnce()
    {
        QFETCH(QString, column);
        Clinic& c = *m_g.t->clinic;
        auto st = c.database().prepare(QStringLiteral("SELECT %1, start_at, end_at FROM appointments WHERE holds_time = 1"
                                                      " ORDER BY %1, start_at")
                                           .arg(column));
        QString previousOwner;
        qint64 previousEnd = 0;
        int rows = 0;
        while (*st->next()) {
            if (st->text(0) == previousOwner)
                QVERIFY2(st->int64(1) >= previousEnd, qPrintable(previousOwner));
            previousOwner = st->text(0);
            previousEnd = st->int64(2);
            ++rows;
        }
        QVERIFY(rows > 0);
    }

    void insideWorkingHoursAndNotOnClosures()
    {
        Clinic& c = *m_g.t->clinic;
        const QTimeZone london("Europe/London");
        auto st = c.database().prepare("SELECT start_at, end_at FROM appointments");
        while (*st->next()) {
            const QDateTime start = QDateTime::fromMSecsSinceEpoch(st->int64(0), Qt::UTC).toTimeZone(london);
            const QDateTime end = QDateTime::fromMSecsSinceEpoch(st->int64(1), Qt::UTC).toTimeZone(london);
            QVERIFY2(start.time() >= QTime(8, 0) && end.time() <= QTime(17, 0), qPrintable(start.toString(Qt::ISODate)));
            QVERIFY(start.date().dayOfWeek() != Qt::Sunday);
            QVERIFY(!(start.date().month() == 12 && start.date().day() == 25));
            QVERIFY(!(start.date().month() == 1 && start.date().day() == 1));
        }
    }

    void pastAndFuture()
    {
        Clinic& c = *m_g.t->clinic;
        auto future = c.database().prepare("SELECT status, count(*) FROM appointments WHERE start_at >= :now GROUP BY status");
        future->bind(":now", kNowMs);
        int futureCount = 0;
        while (*future->next()) {
            QVERIFY2(future->text(0) == QLatin1String("booked") || future->text(0) == QLatin1String("confirmed"),
                     qPrintable(future->text(0)));
            futureCount += future->integer(1);
        }
        QVERIFY(futureCount > 0);
        auto past = c.database().prepare("SELECT count(*), sum(status IN ('no-show', 'late-cancellation')),"
                                         " sum(status = 'completed'), sum(status IN ('booked', 'confirmed')),"
                                         " max(end_at) FROM appointments WHERE start_at < :now");
        past->bind(":now", kNowMs);
        QVERIFY(*past->next());
        const double total = past->int64(0);
        const double missed = past->int64(1) / total;
        QVERIFY2(missed >= 0.08 && missed <= 0.25, qPrintable(QString::number(missed)));
        QVERIFY(past->int64(2) / total > 0.6);
        QCOMPARE(past->int64(3), qint64(0));
        // The window ends about three months after today.
        QVERIFY(scalar(c, "SELECT max(start_at) FROM appointments") > kNowMs + 60LL * 24 * 3600 * 1000);
        QVERIFY(scalar(c, "SELECT max(start_at) FROM appointments") < kNowMs + 95LL * 24 * 3600 * 1000);
    }

    void statusHistoryTellsTheStory()
    {
        Clinic& c = *m_g.t->clinic;
        QCOMPARE(scalar(c, "SELECT count(*) FROM appointments a WHERE NOT EXISTS (SELECT 1 FROM"
                           " appointment_status_history h WHERE h.appointment_id = a.id AND h.status = 'booked'"
                           " AND h.at = a.booked_at)"),
                 qint64(0));
        // The newest entry is the appointment's status.
        QCOMPARE(scalar(c, "SELECT count(*) FROM appointments a WHERE a.status <> (SELECT h.status FROM"
                           " appointment_status_history h WHERE h.appointment_id = a.id ORDER BY h.at DESC LIMIT 1)"),
                 qint64(0));
        QCOMPARE(scalar(c, "SELECT count(*) FROM appointments WHERE status IN ('cancelled-patient', 'cancelled-clinic',"
                           " 'late-cancellation') AND status_reason = ''"),
                 qint64(0));
        QCOMPARE(scalar(c, "SELECT count(*) FROM appointments WHERE booked_at > start_at"), qint64(0));
    }

    void sameSeedSameBook()
    {
        const Generated a = generate(120, 1, 3);
        const Generated b = generate(120, 1, 3);
        const Generated other = generate(120, 1, 4);
        auto rows = [](const Generated& g) {
            QStringList out;
            auto st = g.t->clinic->database().prepare("SELECT id, patient_id, start_at, status FROM appointments ORDER BY id");
            while (*st->next())
                out << st->text(0) + st->text(1) + QString::number(st->int64(2)) + st->text(3);
            return out;
        };
        const QStringList first = rows(a);
        QVERIFY(!first.isEmpty());
        QCOMPARE(rows(b), first);
        QVERIFY(rows(other) != first);
    }

    void refusedWhenTheClinicHasASchedule()
    {
        DemoSchedule::Options o;
        auto again = DemoSchedule::generate(*m_g.t->clinic, o);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(scalar(*m_g.t->clinic, "SELECT count(*) FROM providers"), qint64(3));
    }

    // The simulation skips a day when its longest free run is too short for the booking.
    void longestFreeRun_data()
    {
        QTest::addColumn<QList<int>>("runs"); // from, to pairs of set cells
        QTest::addColumn<int>("longest");
        QTest::newRow("empty") << QList<int>{} << 0;
        QTest::newRow("one cell") << QList<int>{5, 6} << 1;
        QTest::newRow("working day") << QList<int>{96, 150, 162, 204} << 54;
        QTest::newRow("across words") << QList<int>{60, 130} << 70;
        QTest::newRow("to the end") << QList<int>{200, 288} << 88;
        QTest::newRow("whole day") << QList<int>{0, 288} << 288;
        QTest::newRow("later is longer") << QList<int>{0, 3, 64, 70, 100, 140} << 40;
    }

    void longestFreeRun()
    {
        QFETCH(QList<int>, runs);
        QFETCH(int, longest);
        demo::DayMask mask;
        for (qsizetype i = 0; i + 1 < runs.size(); i += 2)
            mask.set(runs[i], runs[i + 1]);
        QCOMPARE(mask.longestRun(), longest);
    }

    void cancelledLeavesNothing()
    {
        TestClinic t;
        DemoPopulation::Options p;
        p.patients = 50;
        QVERIFY(DemoPopulation::generate(*t.clinic, p).has_value());
        DemoSchedule::Options o;
        o.progress = [](int share) { return share < 30; };
        auto s = DemoSchedule::generate(*t.clinic, o);
        QVERIFY(!s);
        QCOMPARE(*t.clinic->database().scalar(QStringLiteral("SELECT count(*) FROM appointments")), qint64(0));
        QCOMPARE(*t.clinic->database().scalar(QStringLiteral("SELECT count(*) FROM providers")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestDemoSchedule)
#include "tst_demoschedule.moc"
