#pragma once

#include "messaging/Messaging.h"
#include "recalls/Recalls.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace rapport {

// How the Recalls page and the call list write due dates, states, contacts and intervals,
// so the table, its tool tips, the dialogs and the confirmation lines say the same thing.
class RecallText
{
    Q_DECLARE_TR_FUNCTIONS(rapport::RecallText)

public:
    // "3 Nov" in the current year, the locale's short date otherwise.
    [[nodiscard]] static QString shortDate(QDate date, QDate today);
    // A UTC instant as "3 Nov 09:30" in the clinic's zone.
    [[nodiscard]] static QString shortDateTime(const QDateTime& utc, const QTimeZone& zone, QDate today);
    // "by SMS", "by e-mail", "by letter", "by phone".
    [[nodiscard]] static QString byChannel(ContactChannel channel);
    // "03/10/2026 · overdue by 30 days", "Today", "03/12/2026".
    [[nodiscard]] static QString due(QDate due, QDate today);
    // "Contacted 2× · last 3 Nov by SMS", "Scheduled for 24 Nov 09:30", "Declined: moved away".
    [[nodiscard]] static QString state(const RecallRow& row, QDate today, const QTimeZone& zone);
    // The longer story for the tool tip: attempts of the cycle, the reason, what to do.
    [[nodiscard]] static QString stateTip(const RecallRow& row, int maxAttempts);
    [[nodiscard]] static QColor stateColour(const RecallRow& row);
    // "6 months", "1 year", "6 months and 14 days", "21 days".
    [[nodiscard]] static QString interval(int months, int days);
    // The contact chain's channels, for its editor.
    [[nodiscard]] static QString chainChannel(RecallChainStep::Channel channel);
    [[nodiscard]] static QList<RecallChainStep::Channel> chainChannels();
    // "3 weeks before the due date", "on the due date", "14 days after the due date".
    [[nodiscard]] static QString offset(int days);

    // The call list's one-key outcomes: R, M, N, W, D, B.
    [[nodiscard]] static QList<CallOutcome> outcomes();
    [[nodiscard]] static int outcomeKey(CallOutcome outcome);
    [[nodiscard]] static QString outcomeKeyText(CallOutcome outcome);
    [[nodiscard]] static std::optional<CallOutcome> outcomeForKey(int key);
    // "reached", "left a message", ... for sentences.
    [[nodiscard]] static QString outcomeWords(CallOutcome outcome);
    [[nodiscard]] static QString outcomeIcon(CallOutcome outcome);
};

} // namespace rapport
