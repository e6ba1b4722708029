#pragma once

#include "../patients/PatientFixtures.h"
#include "TestSupport.h"

#include "patients/PatientService.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/ScheduleSetup.h"
#include "security/StaffService.h"

#include <QTimeZone>

namespace rapport::test {

// A clinic in Europe/London with two dentists (Mon-Fri 08:00-12:30 and 13:30-17:00, each
// with a usual chair), a hygienist (Tuesday and Thursday 09:00-15:00), two chairs,
// Check-up (30 min, any provider) and Hygiene (45 min, hygienist only), and two patients.
// The clock stands at Monday 2 November 2026, 07:00 UTC (07:00 local).
struct ScheduleClinic
{
    TestClinic t;
    Provider smith;
    Provider jones;
    Provider hygienist;
    Chair chair1;
    Chair chair2;
    AppointmentType checkUp;
    AppointmentType hygiene;
    QString anna;
    QString ben;

    ScheduleClinic()
    {
        t.clock.set(QDateTime(QDate(2026, 11, 2), QTime(7, 0), Qt::UTC));
        ScheduleSetup setup(*t.clinic);
        chair1 = must(setup.saveChair(Chair{{}, QStringLiteral("Chair 1"), true, 1}));
        chair2 = must(setup.saveChair(Chair{{}, QStringLiteral("Chair 2"), true, 2}));
        smith = must(setup.saveProvider(Provider{{}, QStringLiteral("Dr Smith"), QStringLiteral("dentist"), {}, {}, true, 1}));
        jones = must(setup.saveProvider(Provider{{}, QStringLiteral("Dr Jones"), QStringLiteral("dentist"), {}, {}, true, 2}));
        hygienist = must(setup.saveProvider(
            Provider{{}, QStringLiteral("Hana Hygienist"), QStringLiteral("hygienist"), {}, {}, true, 3}));
        QList<WorkingInterval> week;
        for (int d = 1; d <= 5; ++d) {
            week << WorkingInterval{d, 8 * 60, 12 * 60 + 30, chair1.id} << WorkingInterval{d, 13 * 60 + 30, 17 * 60, chair1.id};
        }
        check(setup.setWorkingHours(smith.id, week));
        for (WorkingInterval& w : week)
            w.chairId = chair2.id;
        check(setup.setWorkingHours(jones.id, week));
        check(setup.setWorkingHours(hygienist.id, {WorkingInterval{2, 9 * 60, 15 * 60, {}},
                                                   WorkingInterval{4, 9 * 60, 15 * 60, {}}}));
        AppointmentType c;
        c.name = QStringLiteral("Check-up");
        c.durationMinutes = 30;
        c.recallType = QStringLiteral("Check-up, 12 months");
        checkUp = must(setup.saveType(c));
        AppointmentType h;
        h.name = QStringLiteral("Hygiene");
        h.durationMinutes = 45;
        h.providerIds = {hygienist.id};
        hygiene = must(setup.saveType(h));
        PatientService patients(*t.clinic);
        anna = must(patients.create(makePatient(QStringLiteral("Anna"), QStringLiteral("Berg"), QDate(1985, 3, 1),
                                                QStringLiteral("07400 900001"), {})))
                   .id;
        ben = must(patients.create(makePatient(QStringLiteral("Ben"), QStringLiteral("Carter"), QDate(1979, 7, 9),
                                               QStringLiteral("07400 900002"), {})))
                  .id;
    }

    Clinic& clinic() { return *t.clinic; }

    // A UTC instant for a local date and time in the clinic (Europe/London).
    static QDateTime local(QDate date, QTime time)
    {
        return QDateTime(date, time, QTimeZone("Europe/London")).toUTC();
    }

    Appointment draft(const QString& patientId, const Provider& provider, const AppointmentType& type, QDateTime start,
                      const QString& chairId = {}) const
    {
        Appointment a;
        a.patientId = patientId;
        a.providerId = provider.id;
        a.typeId = type.id;
        a.chairId = chairId;
        a.start = start;
        return a;
    }

    template<typename T>
    static T must(Result<T> r)
    {
        if (!r)
            qFatal("fixture step failed: %s", qPrintable(r.error().text()));
        return std::move(*r);
    }
    static void check(const Status& s)
    {
        if (!s)
            qFatal("fixture step failed: %s", qPrintable(s.error().text()));
    }
};

} // namespace rapport::test
