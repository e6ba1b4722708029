#include "messaging/DispatchClaimer.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "messaging/DispatchChecks.h"
#include "messaging/MessageRenderer.h"
#include "messaging/MessagingSetup.h"
#include "messaging/Outbox.h"
#include "messaging/ReminderRules.h"
#include "patients/PatientRows.h"
#include "recalls/RecallService.h"
#include "scheduling/AppointmentBook.h"
#include "security/Clinic.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace rapport::dispatch {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::Dispatcher", text);
}
} // namespace

QString claimToken()
{
    return Uuid::create();
}

QString messageId(const QString& idempotencyKey)
{
    const QByteArray hash = QCryptographicHash::hash(idempotencyKey.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QLatin1Char('<') + QString::fromLatin1(hash.left(32)) + QStringLiteral("@rapport.local>");
}

QString notSetUp(ContactChannel channel)
{
    return channel == ContactChannel::Sms ? tr("SMS is not set up: Administration → Messaging")
                                          : tr("E-mail is not set up: Administration → Messaging");
}

void addProblem(DispatchReport* report, const QString& problem)
{
    if (report && !report->problems.contains(problem))
        report->problems << problem;
}

Claimer::Claimer(Clinic& clinic, const ClaimContext& context, DispatchReport* report)
    : m_clinic(clinic)
    , m_db(clinic.database())
    , m_context(context)
    , m_report(report)
{
}

Status Claimer::markInterrupted()
{
    QStringList ids;
    {
        RAPPORT_TRY_ASSIGN(Statement st, m_db.prepare("SELECT id FROM outbox WHERE status = 'sending'"
                                                      " AND claim_until < :now"));
        st.bind(":now", m_context.now);
        RAPPORT_TRY(st.forEach([&](const Statement&) { ids << st.text(0); }));
    }
    for (const QString& id : ids) {
        RAPPORT_TRY_ASSIGN(Statement st, m_db.prepare(
                                             "UPDATE outbox SET status = 'interrupted', status_detail = :detail,"
                                             " claim_until = NULL, updated_at = :now WHERE id = :id"
                                             " AND status = 'sending'"));
        st.bind(":detail", tr("Sending stopped before the outcome was recorded: the message may or may not have "
                              "arrived. Retry it only after checking with the patient."));
        st.bind(":now", m_context.now).bind(":id", id);
        RAPPORT_TRY(st.exec());
        RAPPORT_TRY(m_clinic.record(QStringLiteral("message.fail"), QStringLiteral("outbox"), id,
                                    QStringLiteral("interrupted")));
        if (m_report)
            ++m_report->interrupted;
    }
    if (!ids.isEmpty())
        addProblem(m_report, tr("A sending run stopped while sending. Those messages are marked Interrupted on the "
                                "Messages page: check with the patient before sending again."));
    return {};
}

Status Claimer::process(const OutboxMessage& m, QList<PreparedMessage>& out)
{
    // The patient.
    Patient patient;
    {
        RAPPORT_TRY_ASSIGN(Statement st, m_db.prepare(QStringLiteral("SELECT ") + PatientRows::columns()
                                                      + QStringLiteral(" FROM patients WHERE id = :id")));
        st.bind(":id", m.patientId);
        RAPPORT_TRY_ASSIGN(const bool found, st.next());
        if (found)
            patient = PatientRows::read(st);
    }
    if (patient.id.isEmpty() || patient.status != PatientStatus::Active)
        return skip(m.id, SkipReason::PatientInactive);

    // What the message is about, and which channels it may use.
    QList<ContactChannel> channels{m.channel};
    ConsentPurpose purpose = ConsentPurpose::Recalls;
    bool askToConfirm = true;
    QDateTime appointmentStart;
    if (m.kind == MessageKind::Reminder) {
        purpose = ConsentPurpose::AppointmentReminders;
        const auto row = AppointmentBook(m_clinic).get(m.appointmentId);
        if (!row) {
            if (row.error().code == ErrorCode::NotFound)
                return skip(m.id, SkipReason::AppointmentCancelled);
            return std::unexpected(row.error());
        }
        if (!holdsTime(row->status))
            return skip(m.id, SkipReason::AppointmentCancelled);
        if (row->status == AppointmentStatus::Arrived || row->status == AppointmentStatus::InChair
            || row->status == AppointmentStatus::Completed || row->start <= m_context.now)
            return skip(m.id, SkipReason::AppointmentPassed);
        appointmentStart = row->start;
        if (const auto rule = ReminderRules::load(m_db, m.ruleId); rule && !rule->channels.isEmpty()) {
            channels = rule->channels;
            askToConfirm = rule->askToConfirm;
        }
    } else {
        const auto recall = RecallService(m_clinic).get(m.recallId);
        if (!recall) {
            if (recall.error().code == ErrorCode::NotFound)
                return skip(m.id, SkipReason::RecallClosed);
            return std::unexpected(recall.error());
        }
        if (recall->declined || recall->inactive)
            return skip(m.id, SkipReason::RecallClosed);
        if (!recall->scheduledAppointmentId.isEmpty())
            return skip(m.id, SkipReason::RecallScheduled);
    }

    // Consent, the preferred channel and an address, checked now rather than at planning.
    RAPPORT_TRY_ASSIGN(const ChannelChoice choice,
                       chooseChannel(m_clinic, patient.id, patient.preferredChannel, channels, purpose));
    if (choice.channel == ContactChannel::None)
        return skip(m.id, choice.reason);
    if (choice.channel == ContactChannel::Letter || choice.channel == ContactChannel::Phone) {
        // Not sent from here: the letter batch or the call list takes it.
        return setColumns(m.id, QStringLiteral("channel = :channel"), [&](Statement& st) {
            st.bind(":channel", Outbox::channelKey(choice.channel));
        });
    }
    const bool configured = choice.channel == ContactChannel::Email ? m_context.smtp.isConfigured()
                                                                    : m_context.sms.isConfigured();
    if (!configured) {
        // Nothing is lost: it waits until the channel is set up (or its appointment passes).
        addProblem(m_report, notSetUp(choice.channel));
        return {};
    }
    if (m_context.blocked != SkipReason::None) {
        const QDateTime next = m_context.nextAllowed;
        if (!next.isValid()
            || (appointmentStart.isValid() && next.secsTo(appointmentStart) < kUsefulBeforeSecs))
            return skip(m.id, m_context.blocked);
        return setColumns(m.id, QStringLiteral("next_attempt_at = :next, channel = :channel"), [&](Statement& st) {
            st.bind(":next", next).bind(":channel", Outbox::channelKey(choice.channel));
        });
    }

    // Rendered exactly as the preview shows it.
    RAPPORT_TRY_ASSIGN(const MessageFacts facts,
                       MessageRenderer::facts(m_clinic, m.kind, choice.channel, patient.id, m.appointmentId,
                                              m.recallId, askToConfirm));
    RAPPORT_TRY_ASSIGN(const MessageTemplate messageTemplate,
                       MessagingSetup(m_clinic).messageTemplate(m.kind, choice.channel, facts.language));
    const RenderedMessage rendered = MessageRenderer::render(messageTemplate, facts);

    PreparedMessage prepared;
    prepared.outboxId = m.id;
    prepared.claimToken = claimToken();
    prepared.channel = choice.channel;
    if (choice.channel == ContactChannel::Email) {
        EmailMessage email;
        email.fromAddress = m_context.smtp.fromAddress;
        email.fromName = m_context.smtp.fromName.isEmpty() ? facts.clinicName : m_context.smtp.fromName;
        email.to = choice.address;
        email.subject = rendered.subject;
        email.textBody = rendered.text;
        email.htmlBody = rendered.html;
        email.messageId = messageId(m.idempotencyKey);
        if (m.kind == MessageKind::Reminder) {
            RAPPORT_TRY_ASSIGN(const int sequence, moves(m.appointmentId));
            CalendarEvent event;
            event.uid = m.appointmentId + QStringLiteral("@rapport");
            event.sequence = sequence;
            event.start = facts.start;
            event.end = facts.end;
            event.summary = facts.clinicName.isEmpty() ? facts.typeName
                                                       : facts.typeName + QStringLiteral(" – ") + facts.clinicName;
            event.location = facts.clinicAddressLine;
            event.description = rendered.text;
            event.organizerName = facts.clinicName;
            event.organizerEmail = facts.clinicEmail.isEmpty() ? m_context.smtp.fromAddress : facts.clinicEmail;
            email.calendar = calendarFile(event);
            email.calendarFileName = QStringLiteral("appointment.ics");
        }
        prepared.email = email;
    } else {
        prepared.sms = SmsMessage{choice.address, rendered.text, m.idempotencyKey};
    }

    RAPPORT_TRY_ASSIGN(Statement st, m_db.prepare(
                                         "UPDATE outbox SET status = 'sending', claim_token = :token, claim_until = :until,"
                                         " attempts = attempts + 1, recipient = :to, subject = :subject,"
                                         " channel = :channel, skip_reason = '', updated_at = :now"
                                         " WHERE id = :id AND status = 'pending'"));
    st.bind(":token", prepared.claimToken).bind(":until", m_context.now.addSecs(Dispatcher::leaseSeconds));
    st.bind(":to", choice.address).bind(":subject", rendered.subject);
    st.bind(":channel", Outbox::channelKey(choice.channel)).bind(":now", m_context.now).bind(":id", m.id);
    RAPPORT_TRY(st.exec());
    if (m_db.lastChanges() == 1)
        out << prepared;
    return {};
}

Status Claimer::skip(const QString& id, SkipReason reason)
{
    RAPPORT_TRY_ASSIGN(Statement st, m_db.prepare("UPDATE outbox SET status = 'skipped', skip_reason = :r,"
                                                  " updated_at = :now WHERE id = :id AND status = 'pending'"));
    st.bind(":r", Outbox::skipReasonKey(reason)).bind(":now", m_context.now).bind(":id", id);
    RAPPORT_TRY(st.exec());
    if (m_db.lastChanges() == 0)
        return {};
    if (m_report)
        ++m_report->skipped;
    return m_clinic.record(QStringLiteral("message.skip"), QStringLiteral("outbox"), id, Outbox::skipReasonKey(reason));
}

Status Claimer::setColumns(const QString& id, const QString& assignments, const std::function<void(Statement&)>& bind)
{
    RAPPORT_TRY_ASSIGN(Statement st, m_db.prepare(QStringLiteral("UPDATE outbox SET ") + assignments
                                                  + QStringLiteral(", updated_at = :now WHERE id = :id"
                                                                   " AND status = 'pending'")));
    bind(st);
    st.bind(":now", m_context.now).bind(":id", id);
    return st.exec();
}

// How often the appointment's time changed: the calendar entry's SEQUENCE, so that a
// calendar program replaces the entry it has instead of adding a second one.
Result<int> Claimer::moves(const QString& appointmentId)
{
    RAPPORT_TRY_ASSIGN(Statement st, m_db.prepare("SELECT count(*) FROM audit_log WHERE entity_id = :id"
                                                  " AND action IN ('appointment.move', 'appointment.resize')"));
    st.bind(":id", appointmentId);
    RAPPORT_TRY(st.next());
    return st.integer(0);
}

} // namespace rapport::dispatch
