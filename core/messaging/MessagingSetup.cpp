#include "messaging/MessagingSetup.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "messaging/MessageRenderer.h"
#include "messaging/MessageTemplates.h"
#include "messaging/Outbox.h"
#include "messaging/OutboxRows.h"
#include "messaging/ReminderRules.h"
#include "recalls/RecallService.h"
#include "scheduling/AppointmentBook.h"
#include "security/Clinic.h"

#include <QCoreApplication>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::MessagingSetup", text);
}

constexpr int kMinMinutesBefore = 30;
constexpr int kMaxMinutesBefore = 60 * 24 * 60;

QString templateId(MessageKind kind, ContactChannel channel, const QString& language)
{
    return Outbox::kindKey(kind) + QLatin1Char('/') + Outbox::channelKey(channel) + QLatin1Char('/') + language;
}

QString knownLanguage(const QString& language)
{
    return MessageTemplates::languages().contains(language) ? language : QStringLiteral("en");
}
} // namespace

MessagingSetup::MessagingSetup(Clinic& clinic)
    : m_clinic(clinic)
{
}

Result<QList<ReminderRule>> MessagingSetup::rules(bool includeInactive)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::SendMessages));
    return ReminderRules::load(m_clinic.database(), includeInactive);
}

Result<ReminderRule> MessagingSetup::saveRule(ReminderRule rule)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ConfigureMessaging));
    rule.name = rule.name.simplified();
    if (rule.name.isEmpty() || rule.name.size() > 100)
        return fail(ErrorCode::InvalidInput, tr("Give the rule a name of up to 100 characters, such as “2 days before by SMS”."));
    if (rule.minutesBefore < kMinMinutesBefore || rule.minutesBefore > kMaxMinutesBefore)
        return fail(ErrorCode::InvalidInput,
                    tr("A reminder goes out from 30 minutes to 60 days before the appointment. Choose a time in between."));
    QList<ContactChannel> channels;
    for (ContactChannel c : rule.channels)
        if (c != ContactChannel::None && !channels.contains(c))
            channels << c;
    if (channels.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Choose at least one channel: e-mail, SMS, letter or a phone call."));
    rule.channels = channels;
    rule.typeIds.removeDuplicates();
    rule.typeIds.removeAll(QString());
    Database& db = m_clinic.database();
    for (const QString& typeId : rule.typeIds) {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT 1 FROM appointment_types WHERE id = :id"));
        st.bind(":id", typeId);
        RAPPORT_TRY_ASSIGN(const bool found, st.next());
        if (!found)
            return fail(ErrorCode::InvalidInput,
                        tr("One of the chosen appointment types no longer exists. Choose the types again."), typeId);
    }
    const bool insert = rule.id.isEmpty();
    const QDateTime now = m_clinic.clock().now();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    if (insert) {
        rule.id = Uuid::create(now.toMSecsSinceEpoch());
    } else {
        RAPPORT_TRY(ReminderRules::load(db, rule.id));
    }
    RAPPORT_TRY_ASSIGN(Statement st,
                       db.prepare(insert ? "INSERT INTO reminder_rules (id, name, minutes_before, channels, type_ids,"
                                           " ask_to_confirm, active, created_at, updated_at) VALUES (:id, :name, :minutes,"
                                           " :channels, :types, :confirm, :active, :now, :now)"
                                         : "UPDATE reminder_rules SET name = :name, minutes_before = :minutes,"
                                           " channels = :channels, type_ids = :types, ask_to_confirm = :confirm,"
                                           " active = :active, updated_at = :now WHERE id = :id"));
    st.bind(":id", rule.id).bind(":name", rule.name).bind(":minutes", rule.minutesBefore);
    st.bind(":channels", ReminderRules::channelsText(rule.channels)).bind(":types", rule.typeIds.join(QLatin1Char(',')));
    st.bind(":confirm", rule.askToConfirm).bind(":active", rule.active).bind(":now", now);
    RAPPORT_TRY(st.exec());
    RAPPORT_TRY(m_clinic.record(QStringLiteral("messaging.rule.save"), QStringLiteral("reminder-rule"), rule.id,
                                insert ? QStringLiteral("created") : QStringLiteral("changed")));
    RAPPORT_TRY(tx.commit());
    return rule;
}

Status MessagingSetup::createDefaultRules()
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ConfigureMessaging));
    RAPPORT_TRY_ASSIGN(const QList<ReminderRule> existing, ReminderRules::load(m_clinic.database(), true));
    if (!existing.isEmpty())
        return {};
    RAPPORT_TRY_ASSIGN(Transaction tx, m_clinic.database().begin());
    ReminderRule week;
    week.name = tr("7 days before by e-mail");
    week.minutesBefore = 7 * 24 * 60;
    week.channels = {ContactChannel::Email};
    week.askToConfirm = false;
    RAPPORT_TRY(saveRule(week));
    ReminderRule twoDays;
    twoDays.name = tr("48 hours before by SMS, else e-mail");
    twoDays.minutesBefore = 48 * 60;
    twoDays.channels = {ContactChannel::Sms, ContactChannel::Email};
    twoDays.askToConfirm = true;
    RAPPORT_TRY(saveRule(twoDays));
    return tx.commit();
}

Result<MessageTemplate> MessagingSetup::messageTemplate(MessageKind kind, ContactChannel channel, const QString& languageIn)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::SendMessages));
    const QString language = knownLanguage(languageIn);
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                         "SELECT subject, body, html FROM message_templates WHERE kind = :k"
                                         " AND channel = :c AND language = :l AND active = 1"));
    st.bind(":k", Outbox::kindKey(kind)).bind(":c", Outbox::channelKey(channel)).bind(":l", language);
    RAPPORT_TRY_ASSIGN(const bool found, st.next());
    if (!found)
        return builtInTemplate(kind, channel, language);
    MessageTemplate t;
    t.kind = kind;
    t.channel = channel;
    t.language = language;
    t.subject = st.text(0);
    t.body = st.text(1);
    t.html = st.text(2);
    t.builtIn = false;
    return t;
}

Status MessagingSetup::saveTemplate(const MessageTemplate& t)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ConfigureMessaging));
    if (!MessageTemplates::languages().contains(t.language))
        return fail(ErrorCode::InvalidInput, tr("Templates are kept in English (en) and German (de)."));
    if (t.channel == ContactChannel::None)
        return fail(ErrorCode::InvalidInput, tr("Choose the channel this template is for."));
    const QString body = t.body.trimmed();
    if (body.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Write the text of the message."));
    if (t.channel == ContactChannel::Sms && body.size() > 640)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("rapport::MessagingSetup",
                                                "An SMS text can be up to 640 characters (four messages); this one has %n.",
                                                nullptr, int(body.size())));
    if (body.size() > 10000 || t.html.size() > 100000 || t.subject.size() > 200)
        return fail(ErrorCode::InvalidInput, tr("This template is too long. Keep the subject to 200 characters and the text to 10,000."));
    if ((t.channel == ContactChannel::Email || t.channel == ContactChannel::Letter) && t.subject.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Write a subject line."));
    QStringList unknown = MessageRenderer::unknownIn(t.subject + QLatin1Char('\n') + body + QLatin1Char('\n') + t.html);
    if (!unknown.isEmpty()) {
        for (QString& u : unknown)
            u = QLatin1Char('{') + u + QLatin1Char('}');
        return fail(ErrorCode::InvalidInput,
                    tr("Rapport does not know %1. Check the spelling; the placeholders are %2.")
                        .arg(unknown.join(QStringLiteral(", ")), placeholders().join(QStringLiteral(", "))));
    }
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(
                                         "INSERT OR REPLACE INTO message_templates (kind, channel, language, subject, body,"
                                         " html, active, updated_at, updated_by) VALUES (:k, :c, :l, :s, :b, :h, 1, :now, :by)"));
    st.bind(":k", Outbox::kindKey(t.kind)).bind(":c", Outbox::channelKey(t.channel)).bind(":l", t.language);
    st.bind(":s", t.subject.trimmed()).bind(":b", body).bind(":h", t.channel == ContactChannel::Email ? t.html : QString());
    st.bind(":now", m_clinic.clock().now()).bindOrNull(":by", m_clinic.session().userId);
    RAPPORT_TRY(st.exec());
    RAPPORT_TRY(m_clinic.record(QStringLiteral("messaging.template.save"), QStringLiteral("message-template"),
                                templateId(t.kind, t.channel, t.language)));
    return tx.commit();
}

Status MessagingSetup::resetTemplate(MessageKind kind, ContactChannel channel, const QString& languageIn)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ConfigureMessaging));
    const QString language = knownLanguage(languageIn);
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    // The clinic's text is kept, switched off: the built-in one is used again.
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare("UPDATE message_templates SET active = 0, updated_at = :now, updated_by = :by"
                                                " WHERE kind = :k AND channel = :c AND language = :l AND active = 1"));
    st.bind(":k", Outbox::kindKey(kind)).bind(":c", Outbox::channelKey(channel)).bind(":l", language);
    st.bind(":now", m_clinic.clock().now()).bindOrNull(":by", m_clinic.session().userId);
    RAPPORT_TRY(st.exec());
    if (db.lastChanges() == 0)
        return {};
    RAPPORT_TRY(m_clinic.record(QStringLiteral("messaging.template.reset"), QStringLiteral("message-template"),
                                templateId(kind, channel, language)));
    return tx.commit();
}

MessageTemplate MessagingSetup::builtInTemplate(MessageKind kind, ContactChannel channel, const QString& language)
{
    return MessageTemplates::builtIn(kind, channel, language);
}

QStringList MessagingSetup::placeholders()
{
    QStringList out;
    for (const QString& name : MessageRenderer::placeholders())
        out << QLatin1Char('{') + name + QLatin1Char('}');
    return out;
}

Result<RenderedMessage> MessagingSetup::preview(const MessageTemplate& t, const QString& appointmentId,
                                                const QString& recallId)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::SendMessages));
    QString patientId;
    if (!appointmentId.isEmpty()) {
        RAPPORT_TRY_ASSIGN(const Appointment a, AppointmentBook(m_clinic).get(appointmentId));
        patientId = a.patientId;
    } else if (!recallId.isEmpty()) {
        RAPPORT_TRY_ASSIGN(const PatientRecall r, RecallService(m_clinic).get(recallId));
        patientId = r.patientId;
    } else {
        return fail(ErrorCode::InvalidInput, tr("Choose an appointment or a recall to preview the message with."));
    }
    RAPPORT_TRY_ASSIGN(const MessageFacts facts,
                       MessageRenderer::facts(m_clinic, t.kind, t.channel, patientId, appointmentId, recallId, true,
                                              t.language));
    RAPPORT_TRY(m_clinic.record(QStringLiteral("patient.open"), QStringLiteral("patient"), patientId,
                                QStringLiteral("message-preview")));
    return MessageRenderer::render(t, facts);
}

} // namespace rapport
