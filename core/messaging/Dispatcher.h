#pragma once

#include "common/Error.h"
#include "messaging/Channels.h"
#include "messaging/Messaging.h"

#include <functional>
#include <optional>

namespace rapport {

class Clinic;

// One message claimed for sending, rendered and addressed. Sending needs no database,
// so the window does it off the UI thread.
struct PreparedMessage
{
    QString outboxId;
    QString claimToken;
    ContactChannel channel = ContactChannel::Email;
    std::optional<EmailMessage> email;
    std::optional<SmsMessage> sms;
};

struct DispatchReport
{
    int planned = 0;     // rows added by planning reminders and recall contacts
    int sent = 0;
    int retrying = 0;    // will be tried again later
    int failed = 0;
    int skipped = 0;
    int interrupted = 0; // found claimed by a run that stopped while sending
    QStringList problems; // one sentence per failure, no patient details
};

// Sends what is due. Both the window and `rapportctl dispatch` run it, even at once on the
// same file: a message is claimed in a write transaction (status sending, a token and a
// lease) before it is sent, and only the claimant records the outcome, so no message goes
// out twice. A run that stops between sending and recording leaves the row claimed; when
// its lease has run out the next run marks it Interrupted (final, never resent by itself:
// the patient may or may not have received it; staff can retry it by hand).
//
// Retries: 1, 5, 30 and 120 minutes after each transient failure, then Failed.
// Needs SendMessages.
class Dispatcher
{
public:
    explicit Dispatcher(Clinic& clinic);

    // Plans reminders for the coming days and the recall chain's contacts.
    [[nodiscard]] Result<int> plan();

    // Claims up to limit due e-mail and SMS messages: each is checked (consent for the
    // channel and purpose, the preferred channel, an address, quiet hours and the sending
    // window, the appointment or recall still needing it); those that fail a check are
    // recorded as skipped with the reason, the rest are rendered and returned.
    // Also marks rows whose lease ran out as Interrupted.
    [[nodiscard]] Result<QList<PreparedMessage>> claim(int limit, DispatchReport* report = nullptr);

    // Sends one prepared message through the configured channel. No database access:
    // safe on another thread.
    [[nodiscard]] static SendResult send(const PreparedMessage& message, const SmtpSettings& smtp,
                                         const SmsGatewaySettings& sms, const std::atomic_bool* cancel = nullptr);

    // Records the outcome of a send by the claimant: sent (and the recall's contact),
    // retry later with backoff, or failed.
    [[nodiscard]] Status record(const PreparedMessage& message, const SendResult& result,
                                DispatchReport* report = nullptr);

    // plan + claim + send + record until nothing is due; for rapportctl and tests.
    [[nodiscard]] Result<DispatchReport> runOnce(const std::function<void(int done, int total)>& progress = {},
                                                 const std::atomic_bool* cancel = nullptr);

    // "Send a test message" in settings: straight through the channel, recorded in the
    // outbox as a Test message to the given address or number (no patient).
    [[nodiscard]] Result<SendResult> sendTest(ContactChannel channel, const QString& to);

    // The claim lease; a claim older than this is taken for a stopped run.
    static constexpr int leaseSeconds = 600;

private:
    Clinic& m_clinic;
};

} // namespace rapport
