#pragma once

#include "../scheduling/ScheduleFixtures.h"

#include "recalls/RecallService.h"
#include "security/SettingsService.h"

namespace rapport::test {

// The schedule clinic of ScheduleFixtures.h with a "Child check-up" appointment type and
// three recall types: Hygiene (6 months, reset by Hygiene), Check-up (12 months, reset by
// Check-up) and Child check-up (6 months, reset by Child check-up, until 18 and then
// Check-up). Each has the chain -21 preferred, 0 other, +14 call and 3 attempts.
struct RecallClinic : ScheduleClinic
{
    AppointmentType childCheckUp;
    RecallType hygieneRecall;
    RecallType checkUpRecall;
    RecallType childRecall;

    RecallClinic()
    {
        // Children without a guardian on record are fine for these histories.
        check(SettingsService(clinic()).set(QStringLiteral("patients.requireGuardianForMinors"), QStringLiteral("no")));
        ScheduleSetup setup(clinic());
        AppointmentType c;
        c.name = QStringLiteral("Child check-up");
        c.durationMinutes = 30;
        c.recallType = QStringLiteral("Child check-up, 6 months");
        childCheckUp = must(setup.saveType(c));
        RecallService recalls(clinic());
        hygieneRecall = must(recalls.saveType(recallType(QStringLiteral("Hygiene, 6 months"), 6, {hygiene.id})));
        checkUpRecall = must(recalls.saveType(recallType(QStringLiteral("Check-up, 12 months"), 12, {checkUp.id})));
        RecallType child = recallType(QStringLiteral("Child check-up, 6 months"), 6, {childCheckUp.id});
        child.untilAge = 18;
        child.thenTypeId = checkUpRecall.id;
        childRecall = must(recalls.saveType(child));
    }

    static RecallType recallType(const QString& name, int months, const QStringList& resets)
    {
        RecallType t;
        t.name = name;
        t.intervalMonths = months;
        t.resetTypeIds = resets;
        t.maxAttempts = 3;
        t.chain = {RecallChainStep{-21, RecallChainStep::Preferred}, RecallChainStep{0, RecallChainStep::Other},
                   RecallChainStep{14, RecallChainStep::Call}};
        return t;
    }

    QString patient(const QString& given, const QString& family, QDate dob)
    {
        PatientService patients(clinic());
        return createOrDie(patients, makePatient(given, family, dob)).id;
    }

    // Books a visit (conflicts overridden: the history is made up) with the clock a week
    // before it.
    Appointment book(const QString& patientId, const Provider& provider, const AppointmentType& type, QDate date,
                     QTime time = QTime(10, 0))
    {
        const QDateTime start = local(date, time);
        if (t.clock.now() > start.addDays(-7))
            t.clock.set(start.addDays(-7));
        return must(AppointmentBook(clinic()).book(draft(patientId, provider, type, start),
                                                   BookingOptions{QStringLiteral("made-up history")}));
    }

    // A visit that took place: booked, arrived and completed, with the clock just after it.
    Appointment visit(const QString& patientId, const Provider& provider, const AppointmentType& type, QDate date,
                      QTime time = QTime(10, 0))
    {
        const Appointment a = book(patientId, provider, type, date, time);
        t.clock.set(a.end);
        AppointmentBook book(clinic());
        must(book.setStatus(a.id, AppointmentStatus::Arrived));
        return must(book.setStatus(a.id, AppointmentStatus::Completed));
    }

    // The patient's recalls that are not retired, by recall type id.
    QHash<QString, PatientRecall> recallsOf(const QString& patientId)
    {
        QHash<QString, PatientRecall> out;
        for (const RecallRow& row : must(RecallService(clinic()).forPatient(patientId)))
            if (!row.recall.inactive)
                out.insert(row.recall.recallTypeId, row.recall);
        return out;
    }

    qint64 count(const QString& sql) { return *clinic().database().scalar(sql); }
    qint64 audits(const char* action)
    {
        return count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(QLatin1String(action)));
    }
};

} // namespace rapport::test
