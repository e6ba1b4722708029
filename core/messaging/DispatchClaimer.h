#pragma once

// The claiming half of the dispatcher: the checks each due row passes and the message it
// becomes. Internal to core/messaging.

#include "common/Error.h"
#include "messaging/Channels.h"
#include "messaging/Dispatcher.h"
#include "messaging/Messaging.h"
#include "storage/Statement.h"

#include <functional>

namespace rapport {

class Clinic;
class Database;

namespace dispatch {

inline constexpr int kMaxAttempts = 5;
inline constexpr int kBackoffMinutes[] = {1, 5, 30, 120};
// A reminder that could only go out later than this before its appointment is not sent.
inline constexpr qint64 kUsefulBeforeSecs = 2 * 3600;

[[nodiscard]] QString claimToken();
// "<hash of the outbox key>@rapport.local>": the same message always has the same id.
[[nodiscard]] QString messageId(const QString& idempotencyKey);
[[nodiscard]] QString notSetUp(ContactChannel channel);
void addProblem(DispatchReport* report, const QString& problem);

// Everything one claim pass knows before it looks at the rows.
struct ClaimContext
{
    QDateTime now;
    SmtpSettings smtp;
    SmsGatewaySettings sms;
    SkipReason blocked = SkipReason::None; // quiet hours or outside the window now
    QDateTime nextAllowed;                 // when blocked
};

// Runs inside the claim's write transaction.
class Claimer
{
public:
    Claimer(Clinic& clinic, const ClaimContext& context, DispatchReport* report);

    // Rows whose claim outlived its lease: the run that took them stopped while sending.
    [[nodiscard]] Status markInterrupted();
    // Checks one due row; claims it into out when it is to be sent now.
    [[nodiscard]] Status process(const OutboxMessage& m, QList<PreparedMessage>& out);

private:
    [[nodiscard]] Status skip(const QString& id, SkipReason reason);
    [[nodiscard]] Status setColumns(const QString& id, const QString& assignments,
                                    const std::function<void(Statement&)>& bind);
    [[nodiscard]] Result<int> moves(const QString& appointmentId);

    Clinic& m_clinic;
    Database& m_db;
    const ClaimContext& m_context;
    DispatchReport* m_report;
};

} // namespace dispatch
} // namespace rapport
