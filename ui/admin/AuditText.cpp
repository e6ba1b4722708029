#include "admin/AuditText.h"

#include "scheduling/Scheduling.h"
#include "scheduling/SchedulingVocabulary.h"
#include "security/Clinic.h"
#include "security/Permission.h"

#include <QLocale>

namespace rapport {

QList<AuditText::Family> AuditText::families()
{
    return {
        {QStringLiteral("signin"), tr("Sign-ins")},       {QStringLiteral("session"), tr("Locking")},
        {QStringLiteral("staff"), tr("Staff accounts")},  {QStringLiteral("settings"), tr("Settings")},
        {QStringLiteral("clinic"), tr("Clinic")},         {QStringLiteral("key"), tr("Encryption keys")},
        {QStringLiteral("recovery"), tr("Recovery key")},  {QStringLiteral("patient"), tr("Patients")},
        {QStringLiteral("schedule"), tr("Schedule set-up and day sheets")},
        {QStringLiteral("appointment"), tr("Appointments")}, {QStringLiteral("waitlist"), tr("Waitlist")},
        {QStringLiteral("recall"), tr("Recalls")},           {QStringLiteral("message"), tr("Messages")},
        {QStringLiteral("call"), tr("Calls")},               {QStringLiteral("letter"), tr("Letters")},
        {QStringLiteral("messaging"), tr("Messaging set-up")},
    };
}

QString AuditText::actionLabel(const QString& action)
{
    static const struct
    {
        const char* key;
        const char* label;
    } labels[] = {
        {"signin", QT_TR_NOOP("Signed in")},
        {"signin.failed", QT_TR_NOOP("Sign-in failed (wrong password)")},
        {"signin.recovery", QT_TR_NOOP("Opened with the recovery key")},
        {"session.lock", QT_TR_NOOP("Locked or signed out")},
        {"clinic.create", QT_TR_NOOP("Created the clinic")},
        {"staff.add", QT_TR_NOOP("Added a member of staff")},
        {"staff.role", QT_TR_NOOP("Changed a role")},
        {"staff.deactivate", QT_TR_NOOP("Deactivated an account")},
        {"staff.reactivate", QT_TR_NOOP("Reactivated an account")},
        {"staff.reset-password", QT_TR_NOOP("Reset a password")},
        {"staff.password-changed", QT_TR_NOOP("Changed own password")},
        {"settings.set", QT_TR_NOOP("Changed a setting")},
        {"key.rotate", QT_TR_NOOP("Changed the clinic's encryption keys")},
        {"recovery.print", QT_TR_NOOP("Printed the recovery sheet")},
        {"recovery.save-pdf", QT_TR_NOOP("Saved the recovery sheet as PDF")},
        {"patient.create", QT_TR_NOOP("Registered a patient")},
        {"patient.open", QT_TR_NOOP("Opened a patient's record")},
        {"patient.update", QT_TR_NOOP("Changed a patient's record")},
        {"patient.status", QT_TR_NOOP("Changed a patient's status")},
        {"patient.archive", QT_TR_NOOP("Archived a patient")},
        {"patient.merge", QT_TR_NOOP("Merged two patient records")},
        {"patient.consent", QT_TR_NOOP("Recorded a consent decision")},
        {"patient.link.add", QT_TR_NOOP("Added a family or care link")},
        {"patient.link.end", QT_TR_NOOP("Ended a family or care link")},
        {"patient.import", QT_TR_NOOP("Imported patients")},
        {"schedule.provider.save", QT_TR_NOOP("Saved a provider")},
        {"schedule.chair.save", QT_TR_NOOP("Saved a chair or room")},
        {"schedule.type.save", QT_TR_NOOP("Saved an appointment type")},
        {"schedule.hours.set", QT_TR_NOOP("Changed working hours")},
        {"schedule.exception.add", QT_TR_NOOP("Added leave or a closure")},
        {"schedule.exception.remove", QT_TR_NOOP("Removed leave or a closure")},
        {"schedule.daysheet.print", QT_TR_NOOP("Printed a day sheet")},
        {"schedule.daysheet.pdf", QT_TR_NOOP("Saved a day sheet as PDF")},
        {"appointment.book", QT_TR_NOOP("Booked an appointment")},
        {"appointment.move", QT_TR_NOOP("Moved an appointment")},
        {"appointment.resize", QT_TR_NOOP("Changed an appointment's length")},
        {"appointment.status", QT_TR_NOOP("Changed an appointment's status")},
        {"appointment.override", QT_TR_NOOP("Booked despite a conflict")},
        {"appointment.notes", QT_TR_NOOP("Changed an appointment's notes")},
        {"appointment.series", QT_TR_NOOP("Booked a series of appointments")},
        {"appointment.import", QT_TR_NOOP("Imported appointments")},
        {"waitlist.add", QT_TR_NOOP("Added a patient to the waitlist")},
        {"waitlist.update", QT_TR_NOOP("Changed a waitlist entry")},
        {"waitlist.remove", QT_TR_NOOP("Removed a patient from the waitlist")},
        {"waitlist.book", QT_TR_NOOP("Booked from the waitlist")},
        {"recall.type.save", QT_TR_NOOP("Saved a recall type")},
        {"recall.start", QT_TR_NOOP("Started a recall")},
        {"recall.override", QT_TR_NOOP("Changed a patient's recall interval")},
        {"recall.due", QT_TR_NOOP("Changed a recall's due date")},
        {"recall.decline", QT_TR_NOOP("Recorded a declined recall")},
        {"recall.deactivate", QT_TR_NOOP("Marked a recall inactive")},
        {"recall.reactivate", QT_TR_NOOP("Reactivated a recall")},
        {"recall.contact", QT_TR_NOOP("Counted a recall contact")},
        {"recall.reset", QT_TR_NOOP("Moved a recall's due date after a visit")},
        {"recall.switch", QT_TR_NOOP("Moved a recall to the adult type")},
        {"recall.rebuild", QT_TR_NOOP("Rebuilt recalls from the appointment history")},
        {"message.send", QT_TR_NOOP("Sent a message")},
        {"message.fail", QT_TR_NOOP("A message failed")},
        {"message.skip", QT_TR_NOOP("Skipped a message")},
        {"message.retry", QT_TR_NOOP("Put a message back to send again")},
        {"message.cancel", QT_TR_NOOP("Cancelled a message")},
        {"message.test", QT_TR_NOOP("Sent a test message")},
        {"messaging.rule.save", QT_TR_NOOP("Saved a reminder rule")},
        {"messaging.template.save", QT_TR_NOOP("Changed a message template")},
        {"messaging.template.reset", QT_TR_NOOP("Reset a message template")},
        {"call.record", QT_TR_NOOP("Recorded a call")},
        {"letter.print", QT_TR_NOOP("Printed letters")},
    };
    for (const auto& l : labels)
        if (action == QLatin1String(l.key))
            return tr(l.label);
    return action;
}

QString AuditText::settingLabel(const QString& key)
{
    if (key == QLatin1String("clinic.name"))
        return tr("Clinic name");
    if (key == QLatin1String("clinic.region"))
        return tr("Country or region");
    if (key == QLatin1String("clinic.timezone"))
        return tr("Time zone");
    if (key == QLatin1String("clinic.language"))
        return tr("Language for patients");
    if (key == QLatin1String("security.idleLockMinutes"))
        return tr("Idle lock");
    if (key == QLatin1String("patients.requireGuardianForMinors"))
        return tr("Guardian required for minors");
    if (key == QLatin1String("patients.adultAge"))
        return tr("Age of majority");
    if (key == QLatin1String("schedule.lateCancelHours"))
        return tr("Late-cancellation window");
    if (key == QLatin1String("schedule.slotMinutes"))
        return tr("Appointment book grid");
    return key;
}

// The scheduling area writes plain details: "added", a status key, a count, a patient id.
QString AuditText::schedulingDetail(const AuditEntry& e)
{
    const QString& a = e.action;
    const QString& d = e.detail;
    if (a.startsWith(QLatin1String("schedule.")) && a.endsWith(QLatin1String(".save")))
        return d == QLatin1String("added") ? tr("Added") : d == QLatin1String("changed") ? tr("Changed") : d;
    if (a == QLatin1String("schedule.exception.add"))
        if (const auto kind = SchedulingVocabulary::exceptionFromKey(d))
            return SchedulingVocabulary::exceptionName(*kind);
    if (a == QLatin1String("appointment.status"))
        if (const auto status = SchedulingVocabulary::statusFromKey(d))
            return tr("Now: %1").arg(SchedulingVocabulary::statusName(*status));
    if (a == QLatin1String("appointment.resize"))
        return tr("%n minutes", nullptr, d.toInt());
    if (a == QLatin1String("appointment.series"))
        return tr("%n appointments", nullptr, d.toInt());
    if (a == QLatin1String("appointment.book") || a == QLatin1String("waitlist.add"))
        return tr("Patient %1").arg(d.left(8)); // ids, never names, in the trail
    if (a == QLatin1String("waitlist.book"))
        return tr("Appointment %1").arg(d.left(8));
    if (a == QLatin1String("appointment.move") || a == QLatin1String("waitlist.update"))
        return tr("Fields: %1").arg(d.split(QLatin1Char(',')).join(QStringLiteral(", ")));
    if (a == QLatin1String("appointment.override")) {
        QStringList kinds;
        for (const QString& k : d.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int n = k.toInt(&ok);
            kinds << (ok && n >= 0 && n <= ScheduleConflict::TypeNotOffered
                          ? SchedulingVocabulary::conflictName(ScheduleConflict::Kind(n))
                          : k);
        }
        return kinds.join(QStringLiteral(", "));
    }
    return {};
}

QString AuditText::detail(const AuditEntry& e)
{
    if (e.detail.isEmpty())
        return {};
    if (const QString scheduling = schedulingDetail(e); !scheduling.isEmpty())
        return scheduling;
    QHash<QString, QString> values;
    for (const QString& part : e.detail.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return e.detail;
        values.insert(part.left(eq), part.mid(eq + 1));
    }
    auto roleName = [](const QString& key) {
        const auto role = Permissions::roleFromKey(key);
        return role ? Permissions::roleName(*role) : key;
    };
    if (values.contains(QStringLiteral("from")) && values.contains(QStringLiteral("to")))
        return tr("%1 → %2").arg(roleName(values.value(QStringLiteral("from"))),
                                 roleName(values.value(QStringLiteral("to"))));
    if (values.size() == 1 && values.contains(QStringLiteral("role")))
        return tr("Role: %1").arg(roleName(values.value(QStringLiteral("role"))));
    if (values.size() == 1 && values.contains(QStringLiteral("at"))) {
        const QDateTime at = QDateTime::fromString(values.value(QStringLiteral("at")), Qt::ISODateWithMs);
        if (at.isValid())
            return tr("Attempt at %1").arg(time(at));
    }
    if (values.size() == 1 && values.contains(QStringLiteral("keyId")))
        return tr("Key generation %1").arg(values.value(QStringLiteral("keyId")));
    if (values.size() == 1 && values.contains(QStringLiteral("fields")))
        return tr("Fields: %1").arg(values.value(QStringLiteral("fields")).split(QLatin1Char(',')).join(QStringLiteral(", ")));
    if (values.size() == 1 && values.contains(QStringLiteral("merged")))
        return tr("Merged record %1").arg(values.value(QStringLiteral("merged")).left(8));
    if (values.contains(QStringLiteral("providers")) && values.contains(QStringLiteral("appointments"))) {
        const QString providers = values.value(QStringLiteral("providers"));
        const int appointments = values.value(QStringLiteral("appointments")).toInt();
        const QString count = appointments == 1 ? tr("one appointment") : tr("%n appointments", nullptr, appointments);
        if (providers == QLatin1String("all"))
            return tr("Whole clinic, %1").arg(count);
        return providers == QLatin1String("1") ? tr("One provider, %1").arg(count)
                                               : tr("%1 providers, %2").arg(providers, count);
    }
    if (e.action == QLatin1String("appointment.import") && values.contains(QStringLiteral("count")))
        return tr("%1 appointments, %2 providers, %3 chairs or rooms, %4 types, %5 absences and closures, from %6")
            .arg(values.value(QStringLiteral("count")), values.value(QStringLiteral("providers"), QStringLiteral("0")),
                 values.value(QStringLiteral("chairs"), QStringLiteral("0")),
                 values.value(QStringLiteral("types"), QStringLiteral("0")),
                 values.value(QStringLiteral("exceptions"), QStringLiteral("0")),
                 values.value(QStringLiteral("source")));
    if (values.contains(QStringLiteral("count")) && values.contains(QStringLiteral("source")))
        return tr("%1 patients, from %2").arg(values.value(QStringLiteral("count")), values.value(QStringLiteral("source")));
    return e.detail;
}

QString AuditText::actor(const AuditEntry& e, const QHash<QString, QString>& names)
{
    if (!e.actorName.isEmpty())
        return e.actorName;
    if (e.actorId == Clinic::recoveryActorId())
        return tr("Recovery key");
    if (e.actorId.isEmpty())
        return tr("Unknown user name");
    return names.value(e.actorId, e.actorId);
}

QString AuditText::entity(const AuditEntry& e, const QHash<QString, QString>& names)
{
    if (e.entityType == QLatin1String("staff"))
        return names.value(e.entityId, tr("Member of staff %1").arg(e.entityId.left(8)));
    if (e.entityType == QLatin1String("setting"))
        return tr("Setting: %1").arg(settingLabel(e.entityId));
    if (e.entityType == QLatin1String("clinic"))
        return tr("The clinic");
    if (e.entityType == QLatin1String("recovery"))
        return tr("Recovery key");
    if (e.entityType == QLatin1String("patient"))
        return tr("Patient %1").arg(e.entityId.left(8)); // ids, never names, in the trail
    if (e.entityType == QLatin1String("patients"))
        return tr("Patients");
    if (e.entityType == QLatin1String("provider"))
        return tr("Provider %1").arg(e.entityId.left(8));
    if (e.entityType == QLatin1String("chair"))
        return tr("Chair or room %1").arg(e.entityId.left(8));
    if (e.entityType == QLatin1String("appointment-type"))
        return tr("Appointment type %1").arg(e.entityId.left(8));
    if (e.entityType == QLatin1String("schedule-exception"))
        return tr("Leave or closure %1").arg(e.entityId.left(8));
    if (e.entityType == QLatin1String("appointments"))
        return tr("Appointments");
    if (e.entityType == QLatin1String("appointment"))
        return tr("Appointment %1").arg(e.entityId.left(8));
    if (e.entityType == QLatin1String("appointment-series"))
        return tr("Series %1").arg(e.entityId.left(8));
    if (e.entityType == QLatin1String("waitlist"))
        return tr("Waitlist entry %1").arg(e.entityId.left(8));
    if (e.entityType == QLatin1String("schedule.day")) {
        const QDate day = QDate::fromString(e.entityId, Qt::ISODate);
        return tr("Day sheet for %1").arg(day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : e.entityId);
    }
    if (e.entityType.isEmpty())
        return e.entityId;
    return QStringLiteral("%1 %2").arg(e.entityType, e.entityId);
}

QString AuditText::time(const QDateTime& utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           local.time().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace rapport
