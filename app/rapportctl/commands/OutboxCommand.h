#pragma once

#include "messaging/Messaging.h"

#include <QJsonObject>
#include <QStringList>

namespace rapport::ctl {

class CommandRegistry;

// `outbox list|retry|cancel`: the messages Rapport means to send, through Outbox.
class OutboxCommands
{
public:
    static void registerWith(CommandRegistry& registry);

    // One outbox row as JSON: ids, stored keys and instants in ISO 8601 UTC.
    [[nodiscard]] static QJsonObject messageJson(const OutboxRow& row);
    // "pending, sent" and so on: the keys --status and --channel take.
    [[nodiscard]] static QStringList statusKeys();
    [[nodiscard]] static QStringList channelKeys();
};

} // namespace rapport::ctl
