#pragma once

// Shared by the recall and call list UI tests: the appointment-book clinic of
// ScheduleUiTest.h with two recall types and a history of completed visits.
#include "../schedule/ScheduleUiTest.h"
#include "recalls/RecallService.h"

namespace rapport::test {

// Today is Monday 2 November 2026 (ScheduleUiTest.h). Hygiene recalls (6 months, reset by
// Hygiene, booked as Hygiene) and Check-up recalls (12 months, reset by Check-up), each
// with the chain 21 days before (preferred channel), on the due date (another channel) and
// 14 days after (a call), three attempts. Completed visits give these due dates:
//   Ben Carter   hygiene   7 Oct 2026 (overdue by 26 days)
//   Eve Ford     hygiene   9 Oct 2026 (overdue by 24 days)
//   Anna Berg    hygiene   5 Nov 2026
//   Cara Diaz    hygiene  12 Nov 2026 (born 2016: 10 on the due date; Anna is her guardian)
//   Dan Evans    check-up 17 Nov 2026
//   Dan Evans    hygiene  11 Dec 2026 (outside the next 30 days)
struct RecallUiClinic : BookClinic
{
    RecallType hygieneRecall;
    RecallType checkUpRecall;
    Patient cara;
    Patient dan;
    Patient eve;

    RecallUiClinic()
    {
        RecallService recalls(*t.clinic);
        hygieneRecall = must(recalls.saveType(recallType(QStringLiteral("Hygiene, 6 months"), 6, hygiene.id)));
        checkUpRecall = must(recalls.saveType(recallType(QStringLiteral("Check-up, 12 months"), 12, checkUp.id)));
        cara = createPatient(*t.clinic, patient(QStringLiteral("Cara"), QStringLiteral("Diaz"), QDate(2016, 2, 10),
                                                QStringLiteral("07400 123453")),
                             {PatientLink{{}, {}, LinkKind::Guardian, anna.id, {}, {}, {}, {}, {}, {}}});
        dan = createPatient(*t.clinic, patient(QStringLiteral("Dan"), QStringLiteral("Evans"), QDate(1950, 8, 20),
                                               QStringLiteral("07400 123454")));
        eve = createPatient(*t.clinic, patient(QStringLiteral("Eve"), QStringLiteral("Ford"), QDate(1970, 3, 3),
                                               QStringLiteral("07400 123455")));
        visit(dan, smith, checkUp, QDate(2025, 11, 17)); // a Monday
        visit(ben, hygienist, hygiene, QDate(2026, 4, 7)); // Tuesdays and Thursdays
        visit(eve, hygienist, hygiene, QDate(2026, 4, 9));
        visit(anna, hygienist, hygiene, QDate(2026, 5, 5));
        visit(cara, hygienist, hygiene, QDate(2026, 5, 12));
        visit(dan, hygienist, hygiene, QDate(2026, 6, 11));
    }

    static RecallType recallType(const QString& name, int months, const QString& resetTypeId)
    {
        RecallType r;
        r.name = name;
        r.intervalMonths = months;
        r.resetTypeIds = {resetTypeId};
        r.bookingTypeId = resetTypeId;
        r.maxAttempts = 3;
        r.chain = {RecallChainStep{-21, RecallChainStep::Preferred}, RecallChainStep{0, RecallChainStep::Other},
                   RecallChainStep{14, RecallChainStep::Call}};
        return r;
    }

    // A visit that took place on a past day at 10:00: booked, arrived, completed.
    Appointment visit(const Patient& p, const Provider& provider, const AppointmentType& type, QDate date)
    {
        Appointment a;
        a.patientId = p.id;
        a.providerId = provider.id;
        a.typeId = type.id;
        a.start = local(date, QTime(10, 0));
        AppointmentBook book(*t.clinic);
        const Appointment made = must(book.book(a));
        must(book.setStatus(made.id, AppointmentStatus::Arrived));
        return must(book.setStatus(made.id, AppointmentStatus::Completed));
    }

    PatientRecall recallOf(const Patient& p, const RecallType& type)
    {
        for (const RecallRow& row : must(RecallService(*t.clinic).forPatient(p.id)))
            if (row.recall.recallTypeId == type.id)
                return row.recall;
        qFatal("no recall for the patient");
        return {};
    }
};

} // namespace rapport::test
