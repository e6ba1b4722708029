#include "ScheduleFixtures.h"

#include "scheduling/SlotFinder.h"
#include "security/SettingsService.h"

#include <QTest>

#include <optional>

using namespace rapport;
using namespace rapport::test;

namespace {
const QDate kMonday(2026, 11, 2);

QDateTime localOf(const QDateTime& utc)
{
    return utc.toTimeZone(QTimeZone("Europe/London"));
}
} // namespace

class TestSlotFinder : public QObject
{
    Q_OBJECT

    // One clinic for the whole program; each test runs inside a transaction that is
    // rolled back afterwards, so every test starts from the same book.
    std::unique_ptr<ScheduleClinic> m_world;
    std::optional<Transaction> m_undo;

private Q_SLOTS:
    void initTestCase() { m_world = std::make_unique<ScheduleClinic>(); }

    void init()
    {
        m_world->t.clock.set(QDateTime(QDate(2026, 11, 2), QTime(7, 0), Qt::UTC));
        auto tx = m_world->clinic().database().begin();
        QVERIFY(tx.has_value());
        m_undo.emplace(std::move(*tx));
    }

    void cleanup() { m_undo.reset(); }

    // What the first free slot of Dr Smith (Mon-Fri 08:00-12:30 and 13:30-17:00, chair 1)
    // is for a 30-minute check-up searched from Monday 2 November, after one change.
    void firstSlotSkipsWhatIsTaken_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<int>("chair"); // 0 none, 1 chair 1, 2 chair 2

        QTest::newRow("free day") << "plain" << kMonday << QTime(8, 0) << 1;
        QTest::newRow("leave all day") << "leave" << kMonday.addDays(1) << QTime(8, 0) << 1;
        QTest::newRow("clinic closure") << "closure" << kMonday.addDays(1) << QTime(8, 0) << 1;
        QTest::newRow("training in the morning") << "training" << kMonday << QTime(10, 30) << 1;
        QTest::newRow("lunch break skipped") << "break" << kMonday << QTime(13, 30) << 1;
        QTest::newRow("provider busy") << "providerBusy" << kMonday << QTime(9, 0) << 1;
        QTest::newRow("usual chair busy") << "chairBusy" << kMonday << QTime(8, 30) << 1;
        QTest::newRow("patient busy elsewhere") << "patientBusy" << kMonday << QTime(8, 30) << 1;
        QTest::newRow("cancelled appointment frees time") << "cancelled" << kMonday << QTime(8, 0) << 1;
        QTest::newRow("nothing in the past") << "notBefore" << kMonday << QTime(10, 15) << 1;
        QTest::newRow("weekdays") << "wednesday" << kMonday.addDays(2) << QTime(8, 0) << 1;
        QTest::newRow("time of day window") << "afternoon" << kMonday << QTime(14, 0) << 1;
        QTest::newRow("date range start") << "laterFrom" << kMonday.addDays(3) << QTime(8, 0) << 1;
        QTest::newRow("weekend range has nothing") << "weekend" << QDate() << QTime() << 0;
        QTest::newRow("hourly grid") << "step60" << kMonday << QTime(9, 0) << 1;
        QTest::newRow("chosen chair busy") << "chosenChair" << kMonday << QTime(8, 30) << 1;
        QTest::newRow("second chosen chair") << "secondChair" << kMonday << QTime(8, 0) << 2;
    }

    void firstSlotSkipsWhatIsTaken()
    {
        QFETCH(QString, scenario);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(int, chair);
        ScheduleClinic& s = *m_world;
        Clinic& c = s.clinic();
        ScheduleSetup setup(c);
        AppointmentBook book(c);
        SlotQuery q;
        q.typeId = s.checkUp.id;
        q.providerIds = {s.smith.id};
        q.from = kMonday;
        q.to = kMonday.addDays(13);
        q.limit = 1;
        auto at = [](QTime t, QDate d = kMonday) { return ScheduleClinic::local(d, t); };

        if (scenario == QLatin1String("leave") || scenario == QLatin1String("closure")
            || scenario == QLatin1String("training")) {
            ScheduleException e;
            e.kind = scenario == QLatin1String("leave") ? ExceptionKind::Leave
                : scenario == QLatin1String("closure")  ? ExceptionKind::Closure
                                                        : ExceptionKind::Training;
            e.providerId = e.kind == ExceptionKind::Closure ? QString() : s.smith.id;
            e.firstDate = e.lastDate = kMonday;
            if (e.kind == ExceptionKind::Training) {
                e.startMinute = 8 * 60;
                e.endMinute = 10 * 60 + 30;
            }
            QVERIFY(setup.addException(e).has_value());
        } else if (scenario == QLatin1String("break")) {
            q.earliestMinute = 12 * 60 + 15; // 12:15 + 30 minutes runs into the break
        } else if (scenario == QLatin1String("providerBusy")) {
            QVERIFY(book.book(s.draft(s.anna, s.smith, s.checkUp, at(QTime(8, 0)), s.chair1.id)).has_value());
            QVERIFY(book.book(s.draft(s.ben, s.smith, s.checkUp, at(QTime(8, 30)), s.chair1.id)).has_value());
        } else if (scenario == QLatin1String("chairBusy") || scenario == QLatin1String("chosenChair")
                   || scenario == QLatin1String("secondChair")) {
            QVERIFY(book.book(s.draft(s.ben, s.jones, s.checkUp, at(QTime(8, 0)), s.chair1.id)).has_value());
            if (scenario == QLatin1String("chosenChair"))
                q.chairIds = {s.chair1.id};
            if (scenario == QLatin1String("secondChair"))
                q.chairIds = {s.chair1.id, s.chair2.id};
        } else if (scenario == QLatin1String("patientBusy")) {
            QVERIFY(book.book(s.draft(s.anna, s.jones, s.checkUp, at(QTime(8, 0)), s.chair2.id)).has_value());
            q.patientId = s.anna;
        } else if (scenario == QLatin1String("cancelled")) {
            auto a = book.book(s.draft(s.anna, s.smith, s.checkUp, at(QTime(8, 0)), s.chair1.id));
            QVERIFY(a.has_value());
            QVERIFY(book.cancel(a->id, false, QStringLiteral("dentist ill")).has_value());
            q.patientId = s.anna;
        } else if (scenario == QLatin1String("notBefore")) {
            s.t.clock.set(at(QTime(10, 7)));
        } else if (scenario == QLatin1String("wednesday")) {
            q.weekdays = 1 << 2;
        } else if (scenario == QLatin1String("afternoon")) {
            q.earliestMinute = 14 * 60;
            q.latestMinute = 15 * 60;
        } else if (scenario == QLatin1String("laterFrom")) {
            q.from = kMonday.addDays(3);
        } else if (scenario == QLatin1String("weekend")) {
            q.from = kMonday.addDays(5);
            q.to = kMonday.addDays(6);
        } else if (scenario == QLatin1String("step60")) {
            QVERIFY(SettingsService(c).set(QStringLiteral("schedule.slotMinutes"), QStringLiteral("60")).has_value());
            s.t.clock.set(at(QTime(8, 10)));
        }

        auto slots = SlotFinder(c).find(q);
        QVERIFY2(slots.has_value(), slots ? "" : qPrintable(slots.error().text()));
        if (!date.isValid()) {
            QVERIFY(slots->isEmpty());
            return;
        }
        QCOMPARE(slots->size(), 1);
        const Slot& first = slots->first();
        QCOMPARE(localOf(first.start).date(), date);
        QCOMPARE(localOf(first.start).time(), time);
        QCOMPARE(first.start.secsTo(first.end), qint64(30 * 60));
        QCOMPARE(first.providerId, s.smith.id);
        QCOMPARE(first.chairId, chair == 1 ? s.chair1.id : chair == 2 ? s.chair2.id : QString());
    }

    void earliestFirstWithTiesInProviderOrder()
    {
        ScheduleClinic& s = *m_world;
        SlotQuery q;
        q.typeId = s.checkUp.id;
        q.from = kMonday.addDays(1); // Tuesday: the hygienist works too, from 09:00
        q.earliestMinute = 9 * 60;
        q.limit = 7;
        auto slots = SlotFinder(s.clinic()).find(q);
        QVERIFY2(slots.has_value(), slots ? "" : qPrintable(slots.error().text()));
        QCOMPARE(slots->size(), 7);
        const QDate tuesday = kMonday.addDays(1);
        const QList<std::pair<QTime, QString>> expected{
            {QTime(9, 0), s.smith.id},   {QTime(9, 0), s.jones.id},   {QTime(9, 0), s.hygienist.id},
            {QTime(9, 15), s.smith.id},  {QTime(9, 15), s.jones.id},  {QTime(9, 15), s.hygienist.id},
            {QTime(9, 30), s.smith.id},
        };
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(slots->at(i).start, ScheduleClinic::local(tuesday, expected.at(i).first));
            QCOMPARE(slots->at(i).providerId, expected.at(i).second);
        }
        QCOMPARE(slots->at(0).chairId, s.chair1.id);
        QCOMPARE(slots->at(1).chairId, s.chair2.id);
        QVERIFY(slots->at(2).chairId.isEmpty()); // the hygienist has no usual chair
    }

    void limitSpansDaysAndSkipsTheWeekend()
    {
        ScheduleClinic& s = *m_world;
        SlotQuery q;
        q.typeId = s.checkUp.id;
        q.providerIds = {s.smith.id};
        q.from = kMonday;
        q.limit = 200; // 30 a day: 17 in the morning, 13 in the afternoon
        auto slots = SlotFinder(s.clinic()).find(q);
        QVERIFY(slots.has_value());
        QCOMPARE(slots->size(), 200);
        for (int i = 1; i < slots->size(); ++i)
            QVERIFY(slots->at(i - 1).start < slots->at(i).start);
        QHash<QDate, int> perDay;
        for (const Slot& slot : *slots)
            ++perDay[localOf(slot.start).date()];
        QCOMPARE(perDay.value(kMonday), 30);
        QCOMPARE(perDay.value(kMonday.addDays(4)), 30);
        QVERIFY(!perDay.contains(kMonday.addDays(5)));
        QVERIFY(!perDay.contains(kMonday.addDays(6)));
        QCOMPARE(perDay.value(kMonday.addDays(8)), 200 - 6 * 30);
        QCOMPARE(localOf(slots->last().start).time(), QTime(14, 0)); // 20th of that day: after the break
    }

    void typeDecidesWhoIsOffered()
    {
        ScheduleClinic& s = *m_world;
        SlotQuery q;
        q.typeId = s.hygiene.id;
        q.from = kMonday;
        q.limit = 3;
        auto slots = SlotFinder(s.clinic()).find(q);
        QVERIFY(slots.has_value());
        QCOMPARE(slots->size(), 3);
        for (const Slot& slot : *slots)
            QCOMPARE(slot.providerId, s.hygienist.id);
        QCOMPARE(slots->first().start, ScheduleClinic::local(kMonday.addDays(1), QTime(9, 0)));
        QCOMPARE(slots->first().start.secsTo(slots->first().end), qint64(45 * 60));
    }

    // Working hours are local: 09:00 stays 09:00 on the days the clocks change.
    void daylightSavingChangeDays_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("utcHour");
        QTest::newRow("clocks go forward") << QDate(2026, 3, 29) << 8;
        QTest::newRow("clocks go back") << QDate(2026, 10, 25) << 9;
    }

    void daylightSavingChangeDays()
    {
        QFETCH(QDate, date);
        QFETCH(int, utcHour);
        ScheduleClinic& s = *m_world;
        s.t.clock.set(QDateTime(QDate(2026, 3, 1), QTime(7, 0), Qt::UTC));
        ScheduleSetup setup(s.clinic());
        QCOMPARE(date.dayOfWeek(), int(Qt::Sunday));
        QVERIFY(setup.setWorkingHours(s.smith.id, {WorkingInterval{7, 9 * 60, 12 * 60, s.chair1.id}}).has_value());
        SlotQuery q;
        q.typeId = s.checkUp.id;
        q.providerIds = {s.smith.id};
        q.from = date.addDays(-1);
        q.to = date;
        q.limit = 50;
        auto slots = SlotFinder(s.clinic()).find(q);
        QVERIFY2(slots.has_value(), slots ? "" : qPrintable(slots.error().text()));
        QCOMPARE(slots->size(), 11); // 09:00 to 11:30 every 15 minutes
        QCOMPARE(slots->first().start, QDateTime(date, QTime(utcHour, 0), Qt::UTC));
        QCOMPARE(localOf(slots->first().start).time(), QTime(9, 0));
        QCOMPARE(localOf(slots->last().start).time(), QTime(11, 30));
        QCOMPARE(slots->last().start.secsTo(slots->last().end), qint64(30 * 60));
    }

    void badQueriesAreExplained_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("end before start") << "dates" << "end date is before the start date";
        QTest::newRow("no type or duration") << "duration" << "enter a duration";
        QTest::newRow("no weekday") << "weekdays" << "at least one day";
        QTest::newRow("window inverted") << "window" << "earliest start time";
        QTest::newRow("provider does not do the type") << "provider" << "does \"Hygiene\" appointments";
        QTest::newRow("unknown provider") << "unknownProvider" << "Choose another provider";
    }

    void badQueriesAreExplained()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, fragment);
        ScheduleClinic& s = *m_world;
        SlotQuery q;
        q.typeId = s.checkUp.id;
        q.from = kMonday;
        if (scenario == QLatin1String("dates")) {
            q.to = kMonday.addDays(-1);
        } else if (scenario == QLatin1String("duration")) {
            q.typeId.clear();
        } else if (scenario == QLatin1String("weekdays")) {
            q.weekdays = 0;
        } else if (scenario == QLatin1String("window")) {
            q.earliestMinute = 15 * 60;
            q.latestMinute = 9 * 60;
        } else if (scenario == QLatin1String("provider")) {
            q.typeId = s.hygiene.id;
            q.providerIds = {s.smith.id};
        } else if (scenario == QLatin1String("unknownProvider")) {
            q.providerIds = {QStringLiteral("no-such-provider")};
        }
        auto slots = SlotFinder(s.clinic()).find(q);
        QVERIFY(!slots);
        QCOMPARE(slots.error().code, ErrorCode::InvalidInput);
        QVERIFY2(slots.error().message.contains(fragment, Qt::CaseInsensitive), qPrintable(slots.error().message));
    }

    void durationWithoutTypeUsesEveryProvider()
    {
        ScheduleClinic& s = *m_world;
        SlotQuery q;
        q.durationMinutes = 60;
        q.from = kMonday;
        q.earliestMinute = 12 * 60; // only 12:00 would end after 12:30; 13:30 is next
        q.limit = 2;
        auto slots = SlotFinder(s.clinic()).find(q);
        QVERIFY(slots.has_value());
        QCOMPARE(slots->size(), 2);
        QCOMPARE(slots->at(0).start, ScheduleClinic::local(kMonday, QTime(13, 30)));
        QCOMPARE(slots->at(0).providerId, s.smith.id);
        QCOMPARE(slots->at(1).providerId, s.jones.id);
        QCOMPARE(slots->at(0).start.secsTo(slots->at(0).end), qint64(3600));
    }
};

QTEST_GUILESS_MAIN(TestSlotFinder)
#include "tst_slotfinder.moc"
