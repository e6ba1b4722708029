#pragma once

#include "../scheduling/ScheduleFixtures.h"

#include "messaging/Dispatcher.h"
#include "messaging/MessagingSetup.h"
#include "messaging/Outbox.h"
#include "messaging/OutboxRows.h"
#include "security/SettingsService.h"

namespace rapport::test {

// The schedule clinic of ScheduleFixtures.h with its address and phone set, and helpers
// for reminder rules, consent and reading the outbox. Anna has a mobile number and an
// e-mail address; Ben has a mobile number only. Nobody has consented to anything yet.
struct MessagingClinic : ScheduleClinic
{
    MessagingClinic()
    {
        set("clinic.address", "1 High Street\nLondon\nN1 1AA");
        set("clinic.phone", "020 7946 0000");
        Patient a = must(PatientService(clinic()).open(anna));
        a.email = QStringLiteral("anna@example.com");
        must(PatientService(clinic()).update(a));
    }

    void set(const char* key, const QString& value)
    {
        check(SettingsService(clinic()).set(QString::fromLatin1(key), value));
    }
    void set(const char* key, const char* value) { set(key, QString::fromUtf8(value)); }

    // An SMTP server that is "set up": claim() checks only that one is configured.
    void setUpEmail(const QString& host = QStringLiteral("mail.invalid"), int port = 587)
    {
        set("messaging.smtp.host", host);
        set("messaging.smtp.port", QString::number(port));
        set("messaging.smtp.from", "reception@clinic.example");
    }

    ReminderRule rule(const QString& name, int minutesBefore, QList<ContactChannel> channels,
                      const QStringList& typeIds = {})
    {
        ReminderRule r;
        r.name = name;
        r.minutesBefore = minutesBefore;
        r.channels = channels;
        r.typeIds = typeIds;
        return must(MessagingSetup(clinic()).saveRule(r));
    }

    void consent(const QString& patientId, ContactChannel channel,
                 ConsentPurpose purpose = ConsentPurpose::AppointmentReminders, bool granted = true)
    {
        must(PatientService(clinic()).recordConsent(patientId, channel, purpose, granted, ConsentMethod::Form));
    }

    Appointment bookAt(const QString& patientId, QDate date, QTime time, const Provider& provider = {})
    {
        const Provider& who = provider.id.isEmpty() ? smith : provider;
        return must(AppointmentBook(clinic()).book(draft(patientId, who, checkUp, local(date, time))));
    }

    // The reminders of one appointment, oldest row first.
    QList<OutboxMessage> rowsFor(const QString& appointmentId)
    {
        return rowsWhere(QStringLiteral("o.appointment_id = :v"), appointmentId);
    }
    OutboxMessage row(const QString& outboxId)
    {
        const QList<OutboxMessage> rows = rowsWhere(QStringLiteral("o.id = :v"), outboxId);
        if (rows.size() != 1)
            qFatal("no outbox row %s", qPrintable(outboxId));
        return rows.first();
    }
    QList<OutboxMessage> rowsWhere(const QString& where, const QString& value = {})
    {
        auto st = clinic().database().prepare(QStringLiteral("SELECT ") + OutboxRows::columns()
                                              + QStringLiteral(" FROM outbox o WHERE ") + where
                                              + QStringLiteral(" ORDER BY o.local_id"));
        if (!st)
            qFatal("%s", qPrintable(st.error().text()));
        if (!value.isEmpty())
            st->bind(":v", value);
        QList<OutboxMessage> out;
        check(st->forEach([&](const Statement& s) { out << OutboxRows::read(s); }));
        return out;
    }
    qint64 count(const QString& sql)
    {
        auto v = clinic().database().scalar(sql);
        return v ? *v : -1;
    }
    // For checks that need a state the book would not produce on its own.
    void exec(const QString& sql)
    {
        check(clinic().database().exec(sql));
    }
};

} // namespace rapport::test
