#pragma once

// Shared by the messaging UI tests: a provider, an appointment type, bookings, patients
// with consent, and outbox rows put into a given state.
#include "../patients/PatientUiTest.h"
#include "messaging/MessagingSetup.h"
#include "messaging/Outbox.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/ScheduleSetup.h"
#include "storage/Database.h"

#include <QTimeZone>

namespace rapport::test {

// The clinic's test clock starts on Monday 5 January 2026, 09:00 in London (UTC in winter).
inline QDateTime londonTime(QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone("Europe/London")).toUTC();
}

inline Provider addProvider(Clinic& clinic, const QString& name)
{
    Provider p;
    p.name = name;
    auto saved = ScheduleSetup(clinic).saveProvider(p);
    if (!saved)
        qFatal("provider: %s", qPrintable(saved.error().text()));
    QList<WorkingInterval> week;
    for (int d = 1; d <= 6; ++d)
        week << WorkingInterval{d, 8 * 60, 18 * 60, {}};
    if (!ScheduleSetup(clinic).setWorkingHours(saved->id, week))
        qFatal("hours");
    return *saved;
}

inline AppointmentType addType(Clinic& clinic, const QString& name)
{
    AppointmentType t;
    t.name = name;
    t.durationMinutes = 30;
    auto saved = ScheduleSetup(clinic).saveType(t);
    if (!saved)
        qFatal("type: %s", qPrintable(saved.error().text()));
    return *saved;
}

inline Appointment book(Clinic& clinic, const Patient& patient, const Provider& provider, const AppointmentType& type,
                        const QDateTime& start)
{
    Appointment a;
    a.patientId = patient.id;
    a.providerId = provider.id;
    a.typeId = type.id;
    a.start = start;
    auto booked = AppointmentBook(clinic).book(a);
    if (!booked)
        qFatal("booking: %s", qPrintable(booked.error().text()));
    return *booked;
}

inline void grant(Clinic& clinic, const Patient& patient, ContactChannel channel,
                  ConsentPurpose purpose = ConsentPurpose::AppointmentReminders)
{
    if (!PatientService(clinic).recordConsent(patient.id, channel, purpose, true, ConsentMethod::Form))
        qFatal("consent");
}

inline ReminderRule addRule(Clinic& clinic, const QString& name, int minutesBefore, QList<ContactChannel> channels)
{
    ReminderRule r;
    r.name = name;
    r.minutesBefore = minutesBefore;
    r.channels = std::move(channels);
    auto saved = MessagingSetup(clinic).saveRule(r);
    if (!saved)
        qFatal("rule: %s", qPrintable(saved.error().text()));
    return *saved;
}

// An outbox row for the patient, put straight into the given state as a dispatcher would
// have left it.
inline QString outboxRow(Clinic& clinic, const Patient& patient, MessageKind kind, ContactChannel channel,
                         const QDateTime& plannedAt, OutboxStatus status, const QString& detail = {},
                         SkipReason reason = SkipReason::None)
{
    static int counter = 0;
    OutboxDraft d;
    d.idempotencyKey = QStringLiteral("test:%1").arg(++counter);
    d.kind = kind;
    d.patientId = patient.id;
    d.channel = channel;
    d.plannedAt = plannedAt;
    if (!Outbox(clinic).enqueue(d))
        qFatal("enqueue");
    auto st = clinic.database().prepare("UPDATE outbox SET status = :s, status_detail = :d, skip_reason = :r,"
                                        " attempts = :a, sent_at = :sent WHERE idempotency_key = :k");
    if (!st)
        qFatal("prepare");
    st->bind(":s", Outbox::statusKey(status)).bind(":d", detail).bind(":r", Outbox::skipReasonKey(reason));
    st->bind(":a", status == OutboxStatus::Pending ? 0 : 1).bind(":k", d.idempotencyKey);
    if (status == OutboxStatus::Sent)
        st->bind(":sent", plannedAt.addSecs(60));
    else
        st->bindNull(":sent");
    if (!st->exec())
        qFatal("update");
    auto id = clinic.database().prepare("SELECT id FROM outbox WHERE idempotency_key = :k");
    id->bind(":k", d.idempotencyKey);
    if (!id->next().value_or(false))
        qFatal("select");
    return id->text(0);
}

inline OutboxStatus statusOf(Clinic& clinic, const QString& outboxId)
{
    auto row = Outbox(clinic).get(outboxId);
    if (!row)
        qFatal("get: %s", qPrintable(row.error().text()));
    return row->message.status;
}

} // namespace rapport::test
