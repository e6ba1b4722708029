#pragma once

#include "common/Error.h"
#include "messaging/Messaging.h"

namespace rapport {

class Database;

// Reading reminder rules without a permission check, for the planner and the dispatcher
// (their callers have checked their own); MessagingSetup::rules() is the checked way.
class ReminderRules
{
public:
    [[nodiscard]] static Result<QList<ReminderRule>> load(Database& db, bool includeInactive);
    [[nodiscard]] static Result<ReminderRule> load(Database& db, const QString& ruleId);

    // "email,sms" in order, as stored.
    [[nodiscard]] static QString channelsText(const QList<ContactChannel>& channels);
    [[nodiscard]] static QList<ContactChannel> channelsFromText(const QString& text);

    [[nodiscard]] static bool appliesTo(const ReminderRule& rule, const QString& appointmentTypeId)
    {
        return rule.active && (rule.typeIds.isEmpty() || rule.typeIds.contains(appointmentTypeId));
    }
};

} // namespace rapport
