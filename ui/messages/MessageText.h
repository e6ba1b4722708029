#pragma once

#include "messaging/Messaging.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QTimeZone>

namespace rapport {

struct DispatchReport;

// How the Messages page and messaging settings write statuses, channels and counts, so
// the table, its tool tips and the runner's summary say the same thing the same way.
class MessageText
{
    Q_DECLARE_TR_FUNCTIONS(rapport::MessageText)

public:
    [[nodiscard]] static QString statusIcon(OutboxStatus status);
    [[nodiscard]] static QColor statusColour(OutboxStatus status);
    // "Sent", "Skipped: No consent for this channel and purpose", "Failed: 550 mailbox unavailable".
    [[nodiscard]] static QString statusText(const OutboxMessage& message);
    // What the status means for the patient, for the tool tip.
    [[nodiscard]] static QString statusExplanation(const OutboxMessage& message);

    [[nodiscard]] static QString channelIcon(ContactChannel channel);
    [[nodiscard]] static QString channelName(ContactChannel channel);
    // Channels the outbox and reminder rules use, in the order people choose them.
    [[nodiscard]] static QList<ContactChannel> channels();

    // A UTC instant as a date and time in the clinic's zone, the locale's short format.
    [[nodiscard]] static QString dateTime(const QDateTime& utc, const QTimeZone& zone);
    // "12 waiting · 340 sent · 3 failed · 18 skipped"; other statuses only when there are any.
    [[nodiscard]] static QString counts(const QHash<OutboxStatus, int>& counts);
    // "3 sent, 1 will be tried again, 1 failed", or "Nothing was due." ("Nothing was sent." when there were problems)
    [[nodiscard]] static QString report(const DispatchReport& report);
    // "7 days", "48 hours", "1 day and 2 hours", "30 minutes".
    [[nodiscard]] static QString before(int minutes);
};

} // namespace rapport
