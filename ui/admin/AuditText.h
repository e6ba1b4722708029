#pragma once

#include "security/AuditLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace rapport {

// The audit trail in words: action keys ("staff.role") become "Changed a role", details
// ("from=receptionist to=manager") become "Receptionist → Practice manager".
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(rapport::AuditText)

public:
    struct Family
    {
        QString prefix;
        QString label;
    };

    [[nodiscard]] static QList<Family> families();
    [[nodiscard]] static QString actionLabel(const QString& action);
    [[nodiscard]] static QString settingLabel(const QString& key);
    [[nodiscard]] static QString detail(const AuditEntry& entry);
    // names: staff id -> display name
    [[nodiscard]] static QString actor(const AuditEntry& entry, const QHash<QString, QString>& names);
    [[nodiscard]] static QString entity(const AuditEntry& entry, const QHash<QString, QString>& names);
    [[nodiscard]] static QString time(const QDateTime& utc);

private:
    [[nodiscard]] static QString schedulingDetail(const AuditEntry& entry);
};

} // namespace rapport
