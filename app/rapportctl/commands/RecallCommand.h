#pragma once

#include "recalls/Recalls.h"

#include <QJsonObject>
#include <QTimeZone>

namespace rapport::ctl {

class CommandRegistry;

// `recall list|types`: the recall list (due and overdue, with its filters) and the recall
// types, through RecallService.
class RecallCommands
{
public:
    static void registerWith(CommandRegistry& registry);

    // One row of the recall list as JSON: ids, stored keys, dates as YYYY-MM-DD and
    // instants in ISO 8601 with the clinic's offset.
    [[nodiscard]] static QJsonObject rowJson(const RecallRow& row, const QTimeZone& zone);
    [[nodiscard]] static QJsonObject typeJson(const RecallType& type);
};

} // namespace rapport::ctl
