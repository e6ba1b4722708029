#include "admin/AuditText.h"

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
    return key;
}

QString AuditText::detail(const AuditEntry& e)
{
    if (e.detail.isEmpty())
        return {};
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
