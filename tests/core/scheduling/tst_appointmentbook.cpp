#include "ScheduleFixtures.h"

#include "PatientTimeline.h"
#include "scheduling/SchedulingVocabulary.h"
#include "scheduling/WorkingCalendar.h"
#include "security/SettingsService.h"

#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {
qint64 count(Clinic& c, const QString& sql)
{
    return *c.database().scalar(sql);
}

const QDate Monday(2026, 11, 9);
const QDate Tuesday(2026, 11, 10);
} // namespace

class TestAppointmentBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bookingKeepsWhoAndWhenAndAudits()
    {
        ScheduleClinic s;
        AppointmentBook book(s.clinic());
        auto a = book.book(s.draft(s.anna, s.smith, s.checkUp, s.local(Monday, QTime(9, 0)), s.chair1.id));
        QVERIFY2(a.has_value(), a ? "" : qPrintable(a.error().text()));
        QCOMPARE(a->durationMinutes(), 30); // the type's duration
        QCOMPARE(a->status, AppointmentStatus::Booked);
        QCOMPARE(a->bookedAt, s.t.clock.now());
        auto history = book.history(a->id);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().actorName, QStringLiteral("Ada Admin"));
        QCOMPARE(count(s.clinic(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'appointment.book'")), 1);
        auto day = book.day(Monday);
        QCOMPARE(day->size(), 1);
        QCOMPARE(day->first().patientName, QStringLiteral("Anna Berg"));
        QCOMPARE(day->first().typeName, QStringLiteral("Check-up"));
        QCOMPARE(day->first().chairName, QStringLiteral("Chair 1"));
        QCOMPARE(day->first().patientPhone, QStringLiteral("+447400900001"));
        QVERIFY(book.day(Tuesday)->isEmpty());
    }

    void conflicts_data()
    {
        QTest::addColumn<QString>("provider"); // smith, jones, hygienist
        QTest::addColumn<QString>("patient");  // anna, ben
        QTest::addColumn<QString>("type");     // checkup, hygiene
        QTest::addColumn<QString>("chair");    // "", chair1, chair2
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QList<int>>("expected");
        using C = ScheduleConflict;
        // Anna is booked with Dr Smith in Chair 1 on Monday 09:00-09:30 (see the test body).
        QTest::newRow("free") << QStringLiteral("smith") << QStringLiteral("ben") << QStringLiteral("checkup") << QStringLiteral("chair1") << Monday << QTime(10, 0) << QList<int>{};
        QTest::newRow("touching end is free") << QStringLiteral("smith") << QStringLiteral("ben") << QStringLiteral("checkup") << QStringLiteral("chair1") << Monday << QTime(9, 30) << QList<int>{};
        QTest::newRow("provider busy") << QStringLiteral("smith") << QStringLiteral("ben") << QStringLiteral("checkup") << QStringLiteral("") << Monday << QTime(9, 15) << QList<int>{C::ProviderBusy};
        QTest::newRow("chair busy") << QStringLiteral("jones") << QStringLiteral("ben") << QStringLiteral("checkup") << QStringLiteral("chair1") << Monday << QTime(9, 0) << QList<int>{C::ChairBusy};
        QTest::newRow("patient busy") << QStringLiteral("jones") << QStringLiteral("anna") << QStringLiteral("checkup") << QStringLiteral("chair2") << Monday << QTime(8, 45) << QList<int>{C::PatientBusy};
        QTest::newRow("all three") << QStringLiteral("smith") << QStringLiteral("anna") << QStringLiteral("checkup") << QStringLiteral("chair1") << Monday << QTime(9, 0)
                                   << QList<int>{C::ProviderBusy, C::ChairBusy, C::PatientBusy};
        QTest::newRow("before hours") << QStringLiteral("jones") << QStringLiteral("ben") << QStringLiteral("checkup") << QStringLiteral("") << Monday << QTime(7, 45) << QList<int>{C::OutsideWorkingHours};
        QTest::newRow("into the break") << QStringLiteral("jones") << QStringLiteral("ben") << QStringLiteral("checkup") << QStringLiteral("") << Monday << QTime(12, 15) << QList<int>{C::OutsideWorkingHours};
        QTest::newRow("weekend") << QStringLiteral("jones") << QStringLiteral("ben") << QStringLiteral("checkup") << QStringLiteral("") << QDate(2026, 11, 14) << QTime(10, 0) << QList<int>{C::OutsideWorkingHours};
        QTest::newRow("hygienist's day off") << QStringLiteral("hygienist") << QStringLiteral("ben") << QStringLiteral("hygiene") << QStringLiteral("") << Monday << QTime(10, 0) << QList<int>{C::OutsideWorkingHours};
        QTest::newRow("type not offered") << QStringLiteral("jones") << QStringLiteral("ben") << QStringLiteral("hygiene") << QStringLiteral("") << Monday << QTime(10, 0) << QList<int>{C::TypeNotOffered};
        QTest::newRow("closure") << QStringLiteral("jones") << QStringLiteral("ben") << QStringLiteral("checkup") << QStringLiteral("") << QDate(2026, 12, 25) << QTime(10, 0) << QList<int>{C::ClinicClosed};
        QTest::newRow("leave") << QStringLiteral("jones") << QStringLiteral("ben") << QStringLiteral("checkup") << QStringLiteral("") << QDate(2026, 11, 11) << QTime(10, 0) << QList<int>{C::ProviderAbsent};
        QTest::newRow("after leave ends") << QStringLiteral("jones") << QStringLiteral("ben") << QStringLiteral("checkup") << QStringLiteral("") << QDate(2026, 11, 11) << QTime(14, 0) << QList<int>{};
    }

    void conflicts()
    {
        QFETCH(QString, provider);
        QFETCH(QString, patient);
        QFETCH(QString, type);
        QFETCH(QString, chair);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(QList<int>, expected);
        ScheduleClinic s;
        AppointmentBook book(s.clinic());
        ScheduleSetup setup(s.clinic());
        QVERIFY(book.book(s.draft(s.anna, s.smith, s.checkUp, s.local(Monday, QTime(9, 0)), s.chair1.id)).has_value());
        ScheduleException christmas;
        christmas.firstDate = QDate(2026, 12, 25);
        christmas.lastDate = QDate(2026, 12, 26);
        christmas.note = QStringLiteral("Christmas");
        QVERIFY(setup.addException(christmas).has_value());
        ScheduleException training;
        training.providerId = s.jones.id;
        training.kind = ExceptionKind::Training;
        training.firstDate = QDate(2026, 11, 11);
        training.startMinute = 8 * 60;
        training.endMinute = 12 * 60 + 30;
        QVERIFY(setup.addException(training).has_value());

        const Provider& p = provider == QStringLiteral("smith") ? s.smith : provider == QStringLiteral("jones") ? s.jones : s.hygienist;
        const QString patientId = patient == QStringLiteral("anna") ? s.anna : s.ben;
        const AppointmentType& t = type == QStringLiteral("checkup") ? s.checkUp : s.hygiene;
        const QString chairId = chair == QStringLiteral("chair1") ? s.chair1.id : chair == QStringLiteral("chair2") ? s.chair2.id : QString();
        Appointment a = s.draft(patientId, p, t, s.local(date, time), chairId);
        a.end = a.start.addSecs(t.durationMinutes * 60);
        auto found = book.conflicts(a);
        QVERIFY(found.has_value());
        QList<int> kinds;
        for (const ScheduleConflict& c : *found) {
            kinds << c.kind;
            QVERIFY2(!c.message.isEmpty(), "every conflict says why");
        }
        std::sort(kinds.begin(), kinds.end());
        QCOMPARE(kinds, expected);

        // Booking refuses with the reasons; an administrator may override with a reason, audited.
        auto refused = book.book(a);
        QCOMPARE(refused.has_value(), expected.isEmpty());
        if (!expected.isEmpty()) {
            QCOMPARE(refused.error().code, ErrorCode::Conflict);
            QVERIFY(refused.error().message.contains(found->first().message));
            auto forced = book.book(a, BookingOptions{QStringLiteral("patient in pain")});
            QVERIFY2(forced.has_value(), forced ? "" : qPrintable(forced.error().text()));
            QCOMPARE(forced->overrideReason, QStringLiteral("patient in pain"));
            QCOMPARE(count(s.clinic(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'appointment.override'")), 1);
        }
    }

    void receptionistCannotOverrideOrChangeSetup()
    {
        ScheduleClinic s;
        QVERIFY(StaffService(s.clinic()).add(QStringLiteral("desk"), QStringLiteral("Desk"), Role::Receptionist,
                                              QStringLiteral("reception pw 11")).has_value());
        s.clinic().lock();
        auto desk = s.t.signIn(QStringLiteral("desk"), QStringLiteral("reception pw 11"));
        QVERIFY(desk.has_value());
        AppointmentBook book(**desk);
        auto ok = book.book(s.draft(s.anna, s.smith, s.checkUp, s.local(Monday, QTime(9, 0))));
        QVERIFY2(ok.has_value(), ok ? "" : qPrintable(ok.error().text()));
        auto clash = book.book(s.draft(s.ben, s.smith, s.checkUp, s.local(Monday, QTime(9, 0))),
                               BookingOptions{QStringLiteral("squeeze in")});
        QVERIFY(!clash);
        QCOMPARE(clash.error().code, ErrorCode::PermissionDenied);
        Provider p;
        p.name = QStringLiteral("Dr New");
        auto added = ScheduleSetup(**desk).saveProvider(p);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::PermissionDenied);
        QVERIFY(ScheduleSetup(**desk).providers().has_value()); // reading the set-up is fine
    }

    void permissionTableForScheduling()
    {
        // Every role that sees the schedule may book in this clinic's model; one that cannot
        // view it cannot read the book either (checked through the permission table).
        QVERIFY(Permissions::allows(Role::Receptionist, Permission::BookAppointments));
        QVERIFY(!Permissions::allows(Role::Receptionist, Permission::OverrideScheduleConflicts));
        QVERIFY(!Permissions::allows(Role::Clinician, Permission::ManageScheduleSetup));
        QVERIFY(Permissions::allows(Role::Manager, Permission::OverrideScheduleConflicts));
    }

    void daylightSavingChanges()
    {
        ScheduleClinic s;
        AppointmentBook book(s.clinic());
        // Sunday 29 March 2026 loses an hour in London; Sunday 25 October gains one.
        const WorkingCalendar cal(QTimeZone("Europe/London"), {}, {});
        QCOMPARE(cal.localDay(QDate(2026, 3, 29)).endMs - cal.localDay(QDate(2026, 3, 29)).startMs, qint64(23) * 3600000);
        QCOMPARE(cal.localDay(QDate(2026, 10, 25)).endMs - cal.localDay(QDate(2026, 10, 25)).startMs, qint64(25) * 3600000);
        // Working hours stay at 08:00 local on both sides of the change: 08:00 UTC, then 07:00 UTC.
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(cal.toUtcMs(QDate(2026, 3, 27), 8 * 60), Qt::UTC).time(), QTime(8, 0));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(cal.toUtcMs(QDate(2026, 3, 30), 8 * 60), Qt::UTC).time(), QTime(7, 0));
        // A time the change skips moves forward: 01:30 on 29 March is 02:30 BST = 01:30 UTC.
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(cal.toUtcMs(QDate(2026, 3, 29), 90), Qt::UTC).time(), QTime(1, 30));

        // A weekly series across the spring change keeps 09:00 local.
        s.t.clock.set(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
        auto series = book.bookSeries(s.draft(s.anna, s.smith, s.checkUp, s.local(QDate(2026, 3, 23), QTime(9, 0))),
                                      SeriesRule{SeriesRule::Weekly, 1, 3, {}});
        QVERIFY2(series.has_value(), series ? "" : qPrintable(series.error().text()));
        QCOMPARE(series->booked.size(), 3);
        const QTimeZone london("Europe/London");
        for (const Appointment& a : series->booked)
            QCOMPARE(a.start.toTimeZone(london).time(), QTime(9, 0));
        QCOMPARE(series->booked.at(0).start.time(), QTime(9, 0)); // GMT
        QCOMPARE(series->booked.at(1).start.time(), QTime(8, 0)); // BST
        // The day view of the autumn change day covers 25 hours.
        auto late = book.book(s.draft(s.ben, s.jones, s.checkUp, s.local(QDate(2026, 10, 26), QTime(16, 30))));
        QVERIFY2(late.has_value(), late ? "" : qPrintable(late.error().text()));
        QCOMPARE(book.day(QDate(2026, 10, 26))->size(), 1);
        QCOMPARE(book.day(QDate(2026, 10, 25))->size(), 0);
    }

    void recurringSeriesWithExceptions()
    {
        ScheduleClinic s;
        AppointmentBook book(s.clinic());
        ScheduleException closure;
        closure.firstDate = Monday.addDays(14);
        closure.note = QStringLiteral("Staff training day");
        QVERIFY(ScheduleSetup(s.clinic()).addException(closure).has_value());
        // Ben already holds Dr Smith's slot in week four.
        QVERIFY(book.book(s.draft(s.ben, s.smith, s.checkUp, s.local(Monday.addDays(21), QTime(10, 0)))).has_value());
        auto series = book.bookSeries(s.draft(s.anna, s.smith, s.checkUp, s.local(Monday, QTime(10, 0))),
                                      SeriesRule{SeriesRule::Weekly, 1, 6, {4}});
        QVERIFY2(series.has_value(), series ? "" : qPrintable(series.error().text()));
        QCOMPARE(series->booked.size(), 3); // 0, 1, 5
        QCOMPARE(series->leftOut.size(), 3);
        QCOMPARE(series->leftOut.at(0).first, 2);
        QCOMPARE(series->leftOut.at(0).second.first().kind, ScheduleConflict::ClinicClosed);
        QCOMPARE(series->leftOut.at(1).first, 3);
        QCOMPARE(series->leftOut.at(1).second.first().kind, ScheduleConflict::ProviderBusy);
        QCOMPARE(series->leftOut.at(2).first, 4); // skipped on request
        QVERIFY(series->leftOut.at(2).second.isEmpty());
        QCOMPARE(series->booked.last().seriesIndex, 5);
        // Moving one occurrence makes it an exception of the series; the others stay.
        const Appointment second = series->booked.at(1);
        auto moved = book.move(second.id, second.start.addSecs(3600), s.smith.id, {});
        QVERIFY2(moved.has_value(), moved ? "" : qPrintable(moved.error().text()));
        QCOMPARE(count(s.clinic(), QStringLiteral("SELECT count(*) FROM appointments WHERE series_exception = 1")), 1);
        QCOMPARE(book.get(series->booked.at(2).id)->start, series->booked.at(2).start);

        // Monthly: 31 January-style clamping is Qt's addMonths; the local time is kept.
        auto monthly = book.bookSeries(s.draft(s.ben, s.jones, s.checkUp, s.local(QDate(2026, 11, 30), QTime(14, 0))),
                                       SeriesRule{SeriesRule::Monthly, 1, 3, {}});
        QVERIFY(monthly.has_value());
        QCOMPARE(monthly->booked.size() + monthly->leftOut.size(), 3);
        QCOMPARE(monthly->booked.first().start.toTimeZone(QTimeZone("Europe/London")).time(), QTime(14, 0));
    }

    void moveResizeAndConflicts()
    {
        ScheduleClinic s;
        AppointmentBook book(s.clinic());
        auto a = *book.book(s.draft(s.anna, s.smith, s.checkUp, s.local(Monday, QTime(9, 0))));
        auto b = *book.book(s.draft(s.ben, s.smith, s.checkUp, s.local(Monday, QTime(10, 0))));
        auto moved = book.move(a.id, s.local(Monday, QTime(9, 30)), s.jones.id, s.chair2.id);
        QVERIFY2(moved.has_value(), moved ? "" : qPrintable(moved.error().text()));
        QCOMPARE(moved->providerId, s.jones.id);
        QCOMPARE(moved->durationMinutes(), 30);
        auto onto = book.move(a.id, s.local(Monday, QTime(10, 0)), s.smith.id, {});
        QVERIFY(!onto);
        QCOMPARE(onto.error().code, ErrorCode::Conflict);
        QCOMPARE(book.get(a.id)->providerId, s.jones.id); // nothing changed
        auto longer = book.resize(b.id, s.local(Monday, QTime(11, 0)));
        QVERIFY(longer.has_value());
        QCOMPARE(longer->durationMinutes(), 60);
        auto tooShort = book.resize(b.id, s.local(Monday, QTime(10, 0)));
        QVERIFY(!tooShort);
        QCOMPARE(count(s.clinic(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('appointment.move', 'appointment.resize')")), 2);
    }

    void statusTransitions_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<bool>("lastAllowed");
        QTest::newRow("confirm, arrive, chair, complete") << QStringList{QStringLiteral("confirmed"), QStringLiteral("arrived"), QStringLiteral("in-chair"), QStringLiteral("completed")} << true;
        QTest::newRow("no-show then arrived late") << QStringList{QStringLiteral("no-show"), QStringLiteral("arrived")} << true;
        QTest::newRow("cancelled stays cancelled") << QStringList{QStringLiteral("cancelled-clinic"), QStringLiteral("booked")} << false;
        QTest::newRow("completed cannot be a no-show") << QStringList{QStringLiteral("arrived"), QStringLiteral("completed"), QStringLiteral("no-show")} << false;
        QTest::newRow("booked straight to in chair") << QStringList{QStringLiteral("in-chair")} << false;
        QTest::newRow("unconfirm") << QStringList{QStringLiteral("confirmed"), QStringLiteral("booked")} << true;
    }

    void statusTransitions()
    {
        QFETCH(QStringList, path);
        QFETCH(bool, lastAllowed);
        ScheduleClinic s;
        AppointmentBook book(s.clinic());
        auto a = *book.book(s.draft(s.anna, s.smith, s.checkUp, s.local(Monday, QTime(9, 0))));
        s.t.clock.set(s.local(Monday, QTime(9, 20)));
        for (int i = 0; i < path.size(); ++i) {
            const AppointmentStatus to = *SchedulingVocabulary::statusFromKey(path.at(i));
            auto r = book.setStatus(a.id, to, QStringLiteral("reason"));
            const bool expectOk = i < path.size() - 1 || lastAllowed;
            QVERIFY2(r.has_value() == expectOk, qPrintable(path.at(i)));
            if (!expectOk)
                QVERIFY(r.error().message.contains(SchedulingVocabulary::statusName(to)));
        }
        QCOMPARE(book.history(a.id)->size(), 1 + path.size() - (lastAllowed ? 0 : 1));
    }

    void statusRulesInTime()
    {
        ScheduleClinic s;
        AppointmentBook book(s.clinic());
        auto a = *book.book(s.draft(s.anna, s.smith, s.checkUp, s.local(Monday, QTime(9, 0))));
        // Not yet started: no no-show, no arrival on a later day.
        QVERIFY(!book.setStatus(a.id, AppointmentStatus::NoShow));
        QVERIFY(!book.setStatus(a.id, AppointmentStatus::Arrived));
        // A cancellation needs a reason.
        auto noReason = book.cancel(a.id, true, QStringLiteral("  "));
        QVERIFY(!noReason);
        QVERIFY(noReason.error().message.contains(QStringLiteral("why")));
        // A week ahead: an ordinary cancellation by the patient, which frees the time.
        auto cancelled = book.cancel(a.id, true, QStringLiteral("holiday"));
        QCOMPARE(cancelled->status, AppointmentStatus::CancelledByPatient);
        QVERIFY(book.book(s.draft(s.ben, s.smith, s.checkUp, s.local(Monday, QTime(9, 0)))).has_value());
        // Inside the 24-hour window it is a late cancellation.
        auto b = *book.book(s.draft(s.anna, s.smith, s.checkUp, s.local(Monday, QTime(11, 0))));
        s.t.clock.set(s.local(Monday.addDays(-1), QTime(12, 0)));
        QCOMPARE(book.cancel(b.id, true, QStringLiteral("ill"))->status, AppointmentStatus::LateCancellation);
        // The window is a setting.
        QVERIFY(SettingsService(s.clinic()).set(QStringLiteral("schedule.lateCancelHours"), QStringLiteral("12")).has_value());
        auto c = *book.book(s.draft(s.anna, s.jones, s.checkUp, s.local(Monday, QTime(14, 0))));
        QCOMPARE(book.cancel(c.id, true, QStringLiteral("ill"))->status, AppointmentStatus::CancelledByPatient);
        QCOMPARE(book.get(c.id)->statusReason, QStringLiteral("ill"));
        auto cannotMove = book.move(c.id, s.local(Monday, QTime(15, 0)), s.jones.id, {});
        QVERIFY(!cannotMove);
    }

    void monthCountsAndPatientHistory()
    {
        ScheduleClinic s;
        AppointmentBook book(s.clinic());
        QVERIFY(book.book(s.draft(s.anna, s.smith, s.checkUp, s.local(Monday, QTime(9, 0)))).has_value());
        QVERIFY(book.book(s.draft(s.ben, s.smith, s.checkUp, s.local(Monday, QTime(9, 30)))).has_value());
        auto c = *book.book(s.draft(s.anna, s.jones, s.checkUp, s.local(Tuesday, QTime(9, 0))));
        QVERIFY(book.cancel(c.id, false, QStringLiteral("dentist ill")).has_value());
        auto counts = book.monthCounts(2026, 11);
        QCOMPARE(counts->value(Monday), 2);
        QCOMPARE(counts->value(Tuesday), 0); // cancelled ones do not count
        QCOMPARE(book.monthCounts(2026, 11, {s.jones.id})->value(Monday), 0);
        auto annas = book.forPatient(s.anna);
        QCOMPARE(annas->size(), 2);
        QCOMPARE(annas->first().appointment.id, c.id); // newest first
        auto timeline = patientTimeline(s.clinic(), s.anna);
        QVERIFY(timeline.has_value());
        int appointments = 0;
        for (const TimelineEntry& e : *timeline)
            if (e.kind.startsWith(QStringLiteral("appointment.")))
                ++appointments;
        QCOMPARE(appointments, 2);
        QCOMPARE(timeline->first().kind, QStringLiteral("appointment.cancelled-clinic"));
    }

    void setupValidation()
    {
        ScheduleClinic s;
        ScheduleSetup setup(s.clinic());
        Provider dup;
        dup.name = QStringLiteral("dr smith");
        QCOMPARE(setup.saveProvider(dup).error().code, ErrorCode::AlreadyExists);
        Provider badColour;
        badColour.name = QStringLiteral("Dr Colour");
        badColour.colour = QStringLiteral("red");
        QVERIFY(setup.saveProvider(badColour).error().message.contains(QStringLiteral("#rrggbb")));
        AppointmentType odd;
        odd.name = QStringLiteral("Odd");
        odd.durationMinutes = 7;
        QVERIFY(!setup.saveType(odd));
        auto overlap = setup.setWorkingHours(s.smith.id, {WorkingInterval{1, 480, 720, {}}, WorkingInterval{1, 700, 900, {}}});
        QVERIFY(!overlap);
        QVERIFY(overlap.error().message.contains(QStringLiteral("overlap")));
        QCOMPARE(setup.workingHours(s.smith.id)->size(), 10); // unchanged
        ScheduleException backwards;
        backwards.providerId = s.smith.id;
        backwards.firstDate = QDate(2026, 12, 5);
        backwards.lastDate = QDate(2026, 12, 1);
        QVERIFY(!setup.addException(backwards));
        // Deactivating keeps the provider's appointments; they leave the list of active ones.
        Provider jones = s.jones;
        jones.active = false;
        QVERIFY(setup.saveProvider(jones).has_value());
        QCOMPARE(setup.providers()->size(), 2);
        QCOMPARE(setup.providers(true)->size(), 3);
        QVERIFY(setup.typeByName(QStringLiteral("check-UP")).has_value());
        QCOMPARE(setup.typeByName(QStringLiteral("Crown")).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestAppointmentBook)
#include "tst_appointmentbook.moc"
