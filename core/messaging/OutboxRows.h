#pragma once

#include "messaging/Messaging.h"
#include "storage/Statement.h"

#include <optional>

namespace rapport {

// The columns of an outbox row and how they become an OutboxMessage, shared by the
// outbox, the dispatcher and the patient timeline; and the stored keys read back.
class OutboxRows
{
public:
    static constexpr int ColumnCount = 20;
    // "o.id, o.idempotency_key, ..." with the given table alias.
    [[nodiscard]] static QString columns(const QString& alias = QStringLiteral("o"));
    [[nodiscard]] static OutboxMessage read(const Statement& st, int first = 0);

    [[nodiscard]] static std::optional<OutboxStatus> statusFromKey(const QString& key);
    [[nodiscard]] static std::optional<SkipReason> skipReasonFromKey(const QString& key);
    [[nodiscard]] static std::optional<MessageKind> kindFromKey(const QString& key);
    [[nodiscard]] static std::optional<ContactChannel> channelFromKey(const QString& key);
};

} // namespace rapport
