#include "messaging/Dispatcher.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "messaging/DispatchChecks.h"
#include "messaging/DispatchClaimer.h"
#include "messaging/MessageRenderer.h"
#include "messaging/MessageTemplates.h"
#include "messaging/Outbox.h"
#include "messaging/OutboxRows.h"
#include "messaging/ReminderPlanner.h"
#include "messaging/ReminderRules.h"
#include "patients/PhoneNumbers.h"
#include "recalls/RecallService.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <limits>

namespace rapport {

namespace {
using namespace dispatch;

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::Dispatcher", text);
}

// A claimed message that was not sent after all (the run was cancelled): back to waiting,
// its attempt not counted.
Status release(Clinic& clinic, const PreparedMessage& message)
{
    RAPPORT_TRY_ASSIGN(Statement st, clinic.database().prepare(
                                         "UPDATE outbox SET status = 'pending', attempts = max(attempts - 1, 0),"
                                         " claim_token = NULL, claim_until = NULL, updated_at = :now"
                                         " WHERE id = :id AND claim_token = :token AND status = 'sending'"));
    st.bind(":now", clinic.clock().now()).bind(":id", message.outboxId).bind(":token", message.claimToken);
    return st.exec();
}
} // namespace

Dispatcher::Dispatcher(Clinic& clinic)
    : m_clinic(clinic)
{
}

Result<int> Dispatcher::plan()
{
    RAPPORT_TRY(m_clinic.session().require(Permission::SendMessages));
    // Far enough ahead for the longest rule, so an imported appointment gets every reminder.
    int days = SettingsService(m_clinic).get(QStringLiteral("messaging.reminderHorizonDays")).value_or(QString()).toInt();
    if (days < 1)
        days = 14;
    RAPPORT_TRY_ASSIGN(const QList<ReminderRule> rules, ReminderRules::load(m_clinic.database(), false));
    for (const ReminderRule& r : rules)
        days = std::max(days, r.minutesBefore / (24 * 60) + 1);
    const QDateTime now = m_clinic.clock().now();
    RAPPORT_TRY_ASSIGN(const int reminders, ReminderPlanner(m_clinic).planRange(now, now.addDays(days)));
    RAPPORT_TRY_ASSIGN(const int recalls, RecallService(m_clinic).planContacts());
    return reminders + recalls;
}

Result<QList<PreparedMessage>> Dispatcher::claim(int limit, DispatchReport* report)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::SendMessages));
    ClaimContext context;
    context.now = m_clinic.clock().now();
    context.smtp = smtpSettings(m_clinic);
    context.sms = smsGatewaySettings(m_clinic);
    const SendingTimes times = SendingTimes::fromSettings(m_clinic);
    context.blocked = times.blockedAt(context.now);
    if (context.blocked != SkipReason::None)
        context.nextAllowed = times.nextAllowed(context.now);

    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    Claimer claimer(m_clinic, context, report);
    RAPPORT_TRY(claimer.markInterrupted());

    // Due rows in planned order. A row that stays pending (its channel is not set up) is
    // passed over by the cursor, so each row is looked at once per pass.
    QList<PreparedMessage> out;
    qint64 afterPlanned = std::numeric_limits<qint64>::min();
    qint64 afterLocal = 0;
    const int batch = std::max(limit, 1) * 2;
    while (out.size() < limit) {
        QList<OutboxMessage> due;
        {
            RAPPORT_TRY_ASSIGN(Statement st, db.prepare(QStringLiteral("SELECT ") + OutboxRows::columns()
                                                        + QStringLiteral(", o.local_id FROM outbox o WHERE o.status = 'pending'"
                                                                         " AND o.kind IN ('reminder', 'recall')"
                                                                         " AND o.channel IN ('email', 'sms')"
                                                                         " AND o.planned_at <= :now"
                                                                         " AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= :now)"
                                                                         " AND (o.planned_at > :p OR (o.planned_at = :p AND o.local_id > :l))"
                                                                         " ORDER BY o.planned_at, o.local_id LIMIT :n")));
            st.bind(":now", context.now).bind(":p", afterPlanned).bind(":l", afterLocal).bind(":n", batch);
            RAPPORT_TRY(st.forEach([&](const Statement&) {
                due << OutboxRows::read(st);
                afterPlanned = st.int64(8); // planned_at
                afterLocal = st.int64(OutboxRows::ColumnCount);
            }));
        }
        if (due.isEmpty())
            break;
        for (const OutboxMessage& m : due) {
            RAPPORT_TRY(claimer.process(m, out));
            if (out.size() >= limit)
                break;
        }
    }
    RAPPORT_TRY(tx.commit());
    return out;
}

SendResult Dispatcher::send(const PreparedMessage& message, const SmtpSettings& smtp, const SmsGatewaySettings& sms,
                            const std::atomic_bool* cancel)
{
    if (message.channel == ContactChannel::Email && message.email) {
        if (!smtp.isConfigured())
            return SendResult{SendResult::Retry, notSetUp(ContactChannel::Email), {}};
        return SmtpSender(smtp).send(*message.email, cancel);
    }
    if (message.channel == ContactChannel::Sms && message.sms) {
        if (!sms.isConfigured())
            return SendResult{SendResult::Retry, notSetUp(ContactChannel::Sms), {}};
        return SmsGatewaySender(sms).send(*message.sms, cancel);
    }
    return SendResult{SendResult::Failed, tr("This message has nothing to send on its channel."), {}};
}

Status Dispatcher::record(const PreparedMessage& message, const SendResult& result, DispatchReport* report)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::SendMessages));
    Database& db = m_clinic.database();
    const QDateTime now = m_clinic.clock().now();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    MessageKind kind = MessageKind::Reminder;
    QString recallId;
    int attempts = 0;
    ContactChannel channel = message.channel;
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT kind, recall_id, attempts, channel FROM outbox WHERE id = :id"
                                                    " AND claim_token = :token AND status = 'sending'"));
        st.bind(":id", message.outboxId).bind(":token", message.claimToken);
        RAPPORT_TRY_ASSIGN(const bool found, st.next());
        if (!found) {
            // The lease ran out and another run took the row over; what it recorded stands.
            addProblem(report, tr("A message took longer than its lease to send; see it on the Messages page."));
            return {};
        }
        kind = OutboxRows::kindFromKey(st.text(0)).value_or(MessageKind::Reminder);
        recallId = st.text(1);
        attempts = st.integer(2);
        channel = OutboxRows::channelFromKey(st.text(3)).value_or(message.channel);
    }
    auto finish = [&](const char* sql, const std::function<void(Statement&)>& bind) -> Status {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare(sql));
        bind(st);
        st.bind(":now", now).bind(":id", message.outboxId).bind(":token", message.claimToken);
        return st.exec();
    };
    SendResult::Outcome outcome = result.outcome;
    // A test is not retried behind the back of the person who asked for it.
    if (outcome == SendResult::Retry && (kind == MessageKind::Test || attempts >= kMaxAttempts))
        outcome = SendResult::Failed;
    switch (outcome) {
    case SendResult::Sent:
        RAPPORT_TRY(finish("UPDATE outbox SET status = 'sent', sent_at = :now, gateway_id = :gateway, status_detail = '',"
                           " claim_until = NULL, updated_at = :now WHERE id = :id AND claim_token = :token"
                           " AND status = 'sending'",
                           [&](Statement& st) { st.bind(":gateway", result.gatewayId); }));
        if (kind == MessageKind::Recall && !recallId.isEmpty())
            RAPPORT_TRY(RecallService(m_clinic).recordContact(recallId, channel, now));
        RAPPORT_TRY(m_clinic.record(QStringLiteral("message.send"), QStringLiteral("outbox"), message.outboxId,
                                    Outbox::channelKey(channel)));
        if (report)
            ++report->sent;
        break;
    case SendResult::Retry: {
        const int wait = kBackoffMinutes[std::clamp(attempts, 1, 4) - 1];
        RAPPORT_TRY(finish("UPDATE outbox SET status = 'pending', next_attempt_at = :next, status_detail = :detail,"
                           " claim_token = NULL, claim_until = NULL, updated_at = :now WHERE id = :id"
                           " AND claim_token = :token AND status = 'sending'",
                           [&](Statement& st) {
                               st.bind(":next", now.addSecs(qint64(wait) * 60)).bind(":detail", result.detail);
                           }));
        if (report)
            ++report->retrying;
        break;
    }
    case SendResult::Failed:
        RAPPORT_TRY(finish("UPDATE outbox SET status = 'failed', status_detail = :detail, claim_until = NULL,"
                           " updated_at = :now WHERE id = :id AND claim_token = :token AND status = 'sending'",
                           [&](Statement& st) {
                               st.bind(":detail", result.detail.isEmpty() ? tr("The server gave no reason.")
                                                                          : result.detail);
                           }));
        RAPPORT_TRY(m_clinic.record(QStringLiteral("message.fail"), QStringLiteral("outbox"), message.outboxId,
                                    Outbox::channelKey(channel)));
        if (report) {
            ++report->failed;
            addProblem(report, tr("A message could not be sent: %1").arg(result.detail));
        }
        break;
    }
    return tx.commit();
}

Result<DispatchReport> Dispatcher::runOnce(const std::function<void(int done, int total)>& progress,
                                           const std::atomic_bool* cancel)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::SendMessages));
    DispatchReport report;
    RAPPORT_TRY_ASSIGN(report.planned, plan());
    const SmtpSettings smtp = smtpSettings(m_clinic);
    const SmsGatewaySettings sms = smsGatewaySettings(m_clinic);
    int done = 0;
    int total = 0;
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    while (!cancelled()) {
        RAPPORT_TRY_ASSIGN(const QList<PreparedMessage> batch, claim(50, &report));
        if (batch.isEmpty())
            break;
        total += int(batch.size());
        if (progress)
            progress(done, total);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            if (cancelled()) {
                for (qsizetype j = i; j < batch.size(); ++j)
                    RAPPORT_TRY(release(m_clinic, batch.at(j)));
                break;
            }
            const SendResult result = send(batch.at(i), smtp, sms, cancel);
            if (const Status recorded = record(batch.at(i), result, &report); !recorded) {
                // The rest were never sent: put them back rather than leave them to look
                // interrupted. This one stays claimed: it may have gone out.
                for (qsizetype j = i + 1; j < batch.size(); ++j)
                    (void)release(m_clinic, batch.at(j));
                return std::unexpected(recorded.error());
            }
            ++done;
            if (progress)
                progress(done, total);
        }
    }
    return report;
}

Result<SendResult> Dispatcher::sendTest(ContactChannel channel, const QString& toIn)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ConfigureMessaging));
    QString to = toIn.trimmed();
    const SmtpSettings smtp = smtpSettings(m_clinic);
    const SmsGatewaySettings sms = smsGatewaySettings(m_clinic);
    if (channel == ContactChannel::Email) {
        if (!to.contains(QLatin1Char('@')))
            return fail(ErrorCode::InvalidInput, tr("Enter the e-mail address to send the test message to."));
        if (!smtp.isConfigured())
            return fail(ErrorCode::InvalidInput, tr("Enter the mail server and the sender's address first."));
    } else if (channel == ContactChannel::Sms) {
        const auto e164 = PhoneNumbers::toE164(to, SettingsService(m_clinic).region());
        if (!e164 || e164->isEmpty())
            return fail(ErrorCode::InvalidInput, tr("Enter the mobile number to send the test message to."));
        to = *e164;
        if (!sms.isConfigured())
            return fail(ErrorCode::InvalidInput, tr("Enter the SMS gateway's address first."));
    } else {
        return fail(ErrorCode::InvalidInput, tr("A test message goes by e-mail or SMS."));
    }

    const QString language = MessageRenderer::languageFor(m_clinic, {});
    const MessageFacts facts = MessageRenderer::clinicFacts(m_clinic, language);
    const RenderedMessage rendered = MessageRenderer::render(MessageTemplates::builtIn(MessageKind::Test, channel, language),
                                                             facts);
    const QDateTime now = m_clinic.clock().now();
    PreparedMessage prepared;
    prepared.claimToken = claimToken();
    prepared.channel = channel;
    const QString key = QStringLiteral("test:") + Uuid::create(now.toMSecsSinceEpoch());
    {
        Database& db = m_clinic.database();
        RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
        OutboxDraft draft;
        draft.idempotencyKey = key;
        draft.kind = MessageKind::Test;
        draft.channel = channel;
        draft.plannedAt = now;
        RAPPORT_TRY(Outbox(m_clinic).enqueue(draft));
        // Claimed at once, so no dispatcher running meanwhile takes it.
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("UPDATE outbox SET status = 'sending', claim_token = :token,"
                                                    " claim_until = :until, attempts = 1, recipient = :to,"
                                                    " subject = :subject, updated_at = :now WHERE idempotency_key = :key"));
        st.bind(":token", prepared.claimToken).bind(":until", now.addSecs(leaseSeconds)).bind(":to", to);
        st.bind(":subject", rendered.subject).bind(":now", now).bind(":key", key);
        RAPPORT_TRY(st.exec());
        RAPPORT_TRY_ASSIGN(Statement id, db.prepare("SELECT id FROM outbox WHERE idempotency_key = :key"));
        id.bind(":key", key);
        RAPPORT_TRY(id.next());
        prepared.outboxId = id.text(0);
        RAPPORT_TRY(m_clinic.record(QStringLiteral("message.test"), QStringLiteral("outbox"), prepared.outboxId,
                                    Outbox::channelKey(channel)));
        RAPPORT_TRY(tx.commit());
    }
    if (channel == ContactChannel::Email) {
        EmailMessage email;
        email.fromAddress = smtp.fromAddress;
        email.fromName = smtp.fromName.isEmpty() ? facts.clinicName : smtp.fromName;
        email.to = to;
        email.subject = rendered.subject;
        email.textBody = rendered.text;
        email.htmlBody = rendered.html;
        email.messageId = messageId(key);
        prepared.email = email;
    } else {
        prepared.sms = SmsMessage{to, rendered.text, key};
    }
    const SendResult result = send(prepared, smtp, sms);
    RAPPORT_TRY(record(prepared, result));
    return result;
}

} // namespace rapport
