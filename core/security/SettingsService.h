#pragma once

#include "common/Error.h"
#include "security/Permission.h"

#include <QList>
#include <QDate>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace rapport {

class Clinic;

struct SettingDefinition
{
    QString key;
    QString defaultValue;
    Permission writePermission = Permission::ManageClinicSettings;
    bool readOnly = false;
    bool secret = false; // read back only by those who may write it
    std::function<Status(const QString&)> validate;
    QString description; // translated
};

// Clinic-wide settings kept inside the encrypted database, each with its validation and
// the permission needed to change it. Every change is audited (the key, never the value
// of a secret).
class SettingsService
{
public:
    explicit SettingsService(Clinic& clinic);

    [[nodiscard]] static const QList<SettingDefinition>& definitions();
    [[nodiscard]] static const SettingDefinition* definition(const QString& key);

    [[nodiscard]] Result<QString> get(const QString& key) const;
    [[nodiscard]] Status set(const QString& key, const QString& value);

    [[nodiscard]] int idleLockMinutes() const;
    // The clinic's time zone (clinic.timezone) and today's date there.
    [[nodiscard]] QTimeZone timeZone() const;
    [[nodiscard]] QDate today() const;
    [[nodiscard]] QString region() const;
    // The appointment book's grid (schedule.slotMinutes) and late-cancellation window.
    [[nodiscard]] int slotMinutes() const;
    [[nodiscard]] int lateCancelHours() const;

private:
    Clinic& m_clinic;
};

} // namespace rapport
