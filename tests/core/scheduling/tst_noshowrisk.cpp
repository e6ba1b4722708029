#include "ScheduleFixtures.h"

#include "common/Uuid.h"
#include "scheduling/NoShowRisk.h"
#include "scheduling/SchedulingVocabulary.h"

#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {
// A past appointment with a known outcome, written as the book would have left it.
void addPast(ScheduleClinic& s, const QString& patientId, const QDateTime& start, AppointmentStatus status)
{
    auto st = s.clinic().database().prepare(
        "INSERT INTO appointments (id, patient_id, provider_id, type_id, start_at, end_at, status, holds_time,"
        " booked_at, updated_at) VALUES (:id, :p, :prov, :type, :start, :end, :status, :holds, :booked, :booked)");
    QVERIFY(st.has_value());
    st->bind(":id", Uuid::create())
        .bind(":p", patientId)
        .bind(":prov", s.smith.id)
        .bind(":type", s.checkUp.id)
        .bind(":start", start)
        .bind(":end", start.addSecs(30 * 60))
        .bind(":status", SchedulingVocabulary::statusKey(status))
        .bind(":holds", holdsTime(status))
        .bind(":booked", start.addDays(-14));
    QVERIFY(st->exec().has_value());
}

void addHistory(ScheduleClinic& s, const QString& patientId, int attended, int noShows, int late, int cancelled)
{
    QDateTime t(QDate(2025, 1, 6), QTime(10, 0), Qt::UTC);
    auto add = [&](int n, AppointmentStatus st) {
        for (int i = 0; i < n; ++i) {
            addPast(s, patientId, t, st);
            t = t.addDays(7);
        }
    };
    add(attended, AppointmentStatus::Completed);
    add(noShows, AppointmentStatus::NoShow);
    add(late, AppointmentStatus::LateCancellation);
    add(cancelled, AppointmentStatus::CancelledByPatient);
}
} // namespace

class TestNoShowRisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoreOnConstructedHistories_data()
    {
        QTest::addColumn<int>("attended");
        QTest::addColumn<int>("noShows");
        QTest::addColumn<int>("late");
        QTest::addColumn<int>("cancelled");
        QTest::addColumn<int>("leadDays");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<int>("hour");
        QTest::addColumn<RiskLevel>("level");
        QTest::addColumn<QString>("reason");

        QTest::newRow("reliable patient") << 20 << 0 << 0 << 0 << 7 << 3 << 10 << RiskLevel::Low
                                          << QStringLiteral("no no-shows or late cancellations in 20 appointment");
        QTest::newRow("many no-shows") << 4 << 5 << 1 << 0 << 7 << 3 << 10 << RiskLevel::High
                                       << QStringLiteral("5 no-show");
        QTest::newRow("new patient gets the prior") << 0 << 0 << 0 << 0 << 7 << 3 << 10 << RiskLevel::Low
                                                    << QStringLiteral("new patient: clinic average");
        QTest::newRow("booked far ahead, Monday, early") << 0 << 0 << 0 << 0 << 45 << 1 << 8 << RiskLevel::Medium
                                                         << QStringLiteral("booked 45 day");
        QTest::newRow("same day lowers it") << 4 << 1 << 0 << 0 << 0 << 3 << 10 << RiskLevel::Low
                                            << QStringLiteral("same day");
        QTest::newRow("one no-show in five") << 4 << 1 << 0 << 0 << 7 << 3 << 10 << RiskLevel::Medium
                                             << QStringLiteral("1 no-show");
        QTest::newRow("cancelling in good time is no fault") << 5 << 0 << 0 << 5 << 7 << 3 << 10 << RiskLevel::Low
                                                             << QStringLiteral("in 5 appointment");
        QTest::newRow("late afternoon on a Friday") << 5 << 2 << 1 << 0 << 7 << 5 << 16 << RiskLevel::High
                                                    << QStringLiteral("late in the afternoon");
    }

    void scoreOnConstructedHistories()
    {
        QFETCH(int, attended);
        QFETCH(int, noShows);
        QFETCH(int, late);
        QFETCH(int, cancelled);
        QFETCH(int, leadDays);
        QFETCH(int, weekday);
        QFETCH(int, hour);
        QFETCH(RiskLevel, level);
        QFETCH(QString, reason);
        const NoShowRisk risk = NoShowRiskModel::score(AttendanceHistory{attended, noShows, late, cancelled}, leadDays,
                                                       weekday, hour);
        QCOMPARE(risk.level, level);
        QVERIFY2(risk.reasons.join(QStringLiteral(" | ")).contains(reason),
                 qPrintable(risk.reasons.join(QStringLiteral(" | "))));
        QCOMPARE(risk.needsConfirmationCall(), level == RiskLevel::High);
        QVERIFY(risk.probability > 0.0 && risk.probability < 1.0);
    }

    void newPatientIsTheClinicAverage()
    {
        const NoShowRisk risk = NoShowRiskModel::score({}, 7, 3, 10);
        QVERIFY(qAbs(risk.probability - 0.12) < 1e-9);
        QCOMPARE(risk.reasons, QStringList{QStringLiteral("new patient: clinic average")});
    }

    void moreNoShowsNeverLowerTheRisk()
    {
        double previous = 0.0;
        for (int n = 0; n <= 10; ++n) {
            const double p = NoShowRiskModel::score(AttendanceHistory{10 - n, n, 0, 0}, 7, 3, 10).probability;
            QVERIFY(p >= previous);
            previous = p;
        }
    }

    void levelNamesAndKeys()
    {
        QCOMPARE(NoShowRiskModel::levelKey(RiskLevel::Low), QStringLiteral("low"));
        QCOMPARE(NoShowRiskModel::levelKey(RiskLevel::Medium), QStringLiteral("medium"));
        QCOMPARE(NoShowRiskModel::levelKey(RiskLevel::High), QStringLiteral("high"));
        QCOMPARE(NoShowRiskModel::levelName(RiskLevel::High), QStringLiteral("High"));
    }

    void historyCountsOutcomesBeforeTheMoment()
    {
        ScheduleClinic s;
        addHistory(s, s.anna, 3, 2, 1, 2);
        addHistory(s, s.ben, 5, 0, 0, 0);
        // Anna's later no-show, after the moment asked about.
        addPast(s, s.anna, QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC), AppointmentStatus::NoShow);
        NoShowRiskModel model(s.clinic());
        auto h = model.history(s.anna, QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(h.has_value());
        QCOMPARE(h->attended, 3);
        QCOMPARE(h->noShows, 2);
        QCOMPARE(h->lateCancellations, 1);
        QCOMPARE(h->cancellations, 2);
        auto now = model.history(s.anna);
        QVERIFY(now.has_value());
        QCOMPARE(now->noShows, 3);
        auto none = model.history(QStringLiteral("someone-else"));
        QVERIFY(none.has_value());
        QCOMPARE(none->attended + none->noShows + none->lateCancellations + none->cancellations, 0);
    }

    void appointmentsStillToComeAreScored()
    {
        ScheduleClinic s;
        addHistory(s, s.anna, 2, 4, 1, 0);
        addHistory(s, s.ben, 12, 0, 0, 0);
        AppointmentBook book(s.clinic());
        const QDate wednesday(2026, 11, 4);
        auto risky = book.book(s.draft(s.anna, s.smith, s.checkUp, ScheduleClinic::local(wednesday, QTime(10, 0))));
        auto reliable = book.book(s.draft(s.ben, s.jones, s.checkUp, ScheduleClinic::local(wednesday, QTime(10, 0))));
        auto cancelled = book.book(s.draft(s.ben, s.smith, s.checkUp, ScheduleClinic::local(wednesday, QTime(11, 0))));
        QVERIFY(risky && reliable && cancelled);
        QVERIFY(book.cancel(cancelled->id, true, QStringLiteral("away")).has_value());
        auto cancelledNow = book.get(cancelled->id);
        QVERIFY(cancelledNow.has_value());

        NoShowRiskModel model(s.clinic());
        auto risks = model.forAppointments({*risky, *reliable, *cancelledNow});
        QVERIFY(risks.has_value());
        QCOMPARE(risks->size(), 2);
        QCOMPARE(risks->value(risky->id).level, RiskLevel::High);
        QVERIFY2(risks->value(risky->id).reasons.first().contains(QStringLiteral("4 no-show")),
                 qPrintable(risks->value(risky->id).reasons.join(QStringLiteral(" | "))));
        QCOMPARE(risks->value(reliable->id).level, RiskLevel::Low);
        QVERIFY(!risks->contains(cancelled->id));

        auto one = model.forAppointment(*risky);
        QVERIFY(one.has_value());
        QCOMPARE(one->probability, risks->value(risky->id).probability);
    }
};

QTEST_GUILESS_MAIN(TestNoShowRisk)
#include "tst_noshowrisk.moc"
