#include "security/SettingsService.h"

#include "common/Clock.h"
#include "security/Clinic.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::SettingsService", text);
}

Status nonEmptyName(const QString& v)
{
    if (v.trimmed().isEmpty() || v.trimmed().size() > 100)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::SettingsService", "Enter the clinic's name (up to 100 characters)."));
    return {};
}

Status regionCode(const QString& v)
{
    const QLocale::Territory t = QLocale::codeToTerritory(v);
    if (v.size() != 2 || t == QLocale::AnyTerritory)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("rapport::SettingsService", "Enter the country or region as a two-letter code such as GB, DE, US or IE."));
    return {};
}

Status timeZoneId(const QString& v)
{
    if (!QTimeZone::isTimeZoneIdAvailable(v.toUtf8()))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("rapport::SettingsService", "Enter a time zone such as Europe/London or America/New_York."));
    return {};
}

Status languageCode(const QString& v)
{
    if (v != QStringLiteral("en") && v != QStringLiteral("de"))
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::SettingsService", "Rapport speaks English (en) and German (de)."));
    return {};
}

Status yesNo(const QString& v)
{
    if (v != QStringLiteral("yes") && v != QStringLiteral("no"))
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::SettingsService", "Enter yes or no."));
    return {};
}

Status lateCancelHoursValue(const QString& v)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 0 || n > 168)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("rapport::SettingsService", "Enter a number of hours from 0 to 168."));
    return {};
}

Status slotMinutesValue(const QString& v)
{
    static const QStringList allowed{QStringLiteral("5"), QStringLiteral("10"), QStringLiteral("15"),
                                     QStringLiteral("20"), QStringLiteral("30"), QStringLiteral("60")};
    if (!allowed.contains(v))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("rapport::SettingsService", "Enter 5, 10, 15, 20, 30 or 60 minutes."));
    return {};
}

Status adultAge(const QString& v)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 14 || n > 21)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::SettingsService", "The age of majority is a whole number of years from 14 to 21."));
    return {};
}

Status idleMinutes(const QString& v)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 1 || n > 240)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::SettingsService", "The idle lock is a whole number of minutes from 1 to 240."));
    return {};
}
} // namespace

SettingsService::SettingsService(Clinic& clinic)
    : m_clinic(clinic)
{
}

const QList<SettingDefinition>& SettingsService::definitions()
{
    static const QList<SettingDefinition> defs{
        {QStringLiteral("clinic.id"), {}, Permission::ManageClinicSettings, true, false, {},
         tr("The clinic's unique id (read-only).")},
        {QStringLiteral("clinic.name"), {}, Permission::ManageClinicSettings, false, false, nonEmptyName,
         tr("The clinic's name, shown on the sign-in window and on letters.")},
        {QStringLiteral("clinic.region"), QStringLiteral("GB"), Permission::ManageClinicSettings, false, false,
         regionCode, tr("Country or region (ISO 3166 code) for phone number formats.")},
        {QStringLiteral("clinic.timezone"), QStringLiteral("Europe/London"), Permission::ManageClinicSettings, false,
         false, timeZoneId, tr("The clinic's time zone (IANA id).")},
        {QStringLiteral("clinic.language"), QStringLiteral("en"), Permission::ManageClinicSettings, false, false,
         languageCode, tr("Language of messages to patients: en or de.")},
        {QStringLiteral("security.idleLockMinutes"), QStringLiteral("5"), Permission::ManageClinicSettings, false,
         false, idleMinutes, tr("Minutes without use before the window locks itself (1 to 240).")},
        {QStringLiteral("patients.requireGuardianForMinors"), QStringLiteral("yes"), Permission::ManageClinicSettings,
         false, false, yesNo, tr("Whether a patient under the age of majority must have a parent or guardian linked (yes or no).")},
        {QStringLiteral("patients.adultAge"), QStringLiteral("18"), Permission::ManageClinicSettings, false, false,
         adultAge, tr("The age of majority in years (14 to 21): younger patients are minors.")},
        {QStringLiteral("schedule.lateCancelHours"), QStringLiteral("24"), Permission::ManageScheduleSetup, false,
         false, lateCancelHoursValue,
         tr("A patient's cancellation this many hours or less before the start counts as a late cancellation (0 to 168).")},
        {QStringLiteral("schedule.slotMinutes"), QStringLiteral("15"), Permission::ManageScheduleSetup, false, false,
         slotMinutesValue, tr("The appointment book's grid and the step of the free-slot search, in minutes (5, 10, 15, 20, 30 or 60).")},
    };
    return defs;
}

const SettingDefinition* SettingsService::definition(const QString& key)
{
    for (const SettingDefinition& d : definitions())
        if (d.key == key)
            return &d;
    return nullptr;
}

Result<QString> SettingsService::get(const QString& key) const
{
    const SettingDefinition* def = definition(key);
    if (!def)
        return fail(ErrorCode::NotFound, tr("There is no setting called “%1”.").arg(key));
    if (def->secret)
        RAPPORT_TRY(m_clinic.session().require(def->writePermission));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare("SELECT value FROM settings WHERE key = :k"));
    st.bind(":k", key);
    RAPPORT_TRY_ASSIGN(const bool row, st.next());
    return row ? st.text(0) : def->defaultValue;
}

Status SettingsService::set(const QString& key, const QString& value)
{
    const SettingDefinition* def = definition(key);
    if (!def)
        return fail(ErrorCode::NotFound, tr("There is no setting called “%1”.").arg(key));
    if (def->readOnly)
        return fail(ErrorCode::InvalidInput, tr("The setting “%1” cannot be changed.").arg(key));
    RAPPORT_TRY(m_clinic.session().require(def->writePermission));
    if (def->validate)
        RAPPORT_TRY(def->validate(value));
    const QString stored = key == QStringLiteral("clinic.name") ? value.trimmed() : value;
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare("INSERT OR REPLACE INTO settings(key, value, updated_at, updated_by)"
                                                " VALUES (:k, :v, :t, :by)"));
    st.bind(":k", key).bind(":v", stored).bind(":t", m_clinic.clock().now()).bind(":by", m_clinic.session().userId);
    RAPPORT_TRY(st.exec());
    RAPPORT_TRY(m_clinic.record(QStringLiteral("settings.set"), QStringLiteral("setting"), key));
    if (key == QStringLiteral("clinic.name"))
        RAPPORT_TRY(m_clinic.keyring().setClinicName(stored));
    return tx.commit();
}

int SettingsService::idleLockMinutes() const
{
    const auto v = get(QStringLiteral("security.idleLockMinutes"));
    const int n = v ? v->toInt() : 5;
    return n >= 1 ? n : 5;
}

} // namespace rapport

namespace rapport {

QTimeZone SettingsService::timeZone() const
{
    const QTimeZone tz(get(QStringLiteral("clinic.timezone")).value_or(QString()).toUtf8());
    return tz.isValid() ? tz : QTimeZone::systemTimeZone();
}

QDate SettingsService::today() const
{
    return m_clinic.clock().now().toTimeZone(timeZone()).date();
}

QString SettingsService::region() const
{
    const QString r = get(QStringLiteral("clinic.region")).value_or(QString());
    return r.isEmpty() ? QStringLiteral("GB") : r;
}

int SettingsService::slotMinutes() const
{
    const int n = get(QStringLiteral("schedule.slotMinutes")).value_or(QString()).toInt();
    return n > 0 ? n : 15;
}

int SettingsService::lateCancelHours() const
{
    bool ok = false;
    const int n = get(QStringLiteral("schedule.lateCancelHours")).value_or(QString()).toInt(&ok);
    return ok ? n : 24;
}

} // namespace rapport
