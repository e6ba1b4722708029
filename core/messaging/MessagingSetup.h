#pragma once

#include "common/Error.h"
#include "messaging/Messaging.h"

namespace rapport {

class Clinic;

// Reminder rules and message templates. Reading needs SendMessages; changing needs
// ConfigureMessaging; every change is audited.
class MessagingSetup
{
public:
    explicit MessagingSetup(Clinic& clinic);

    [[nodiscard]] Result<QList<ReminderRule>> rules(bool includeInactive = false);
    // Creates (empty id) or updates; never deletes (active = false).
    [[nodiscard]] Result<ReminderRule> saveRule(ReminderRule rule);
    // A new clinic's rules: 7 days before by e-mail, 48 hours before by SMS then e-mail.
    [[nodiscard]] Status createDefaultRules();

    // The stored template, else the built-in one for the language (English when there is
    // none for it).
    [[nodiscard]] Result<MessageTemplate> messageTemplate(MessageKind kind, ContactChannel channel,
                                                          const QString& language);
    [[nodiscard]] Status saveTemplate(const MessageTemplate& messageTemplate);
    // Back to the built-in text.
    [[nodiscard]] Status resetTemplate(MessageKind kind, ContactChannel channel, const QString& language);
    [[nodiscard]] static MessageTemplate builtInTemplate(MessageKind kind, ContactChannel channel,
                                                         const QString& language);
    [[nodiscard]] static QStringList placeholders();

    // The template filled in for a real appointment (reminders) or recall (recalls),
    // exactly as the patient would get it. Reading the patient is audited as an opening.
    [[nodiscard]] Result<RenderedMessage> preview(const MessageTemplate& messageTemplate, const QString& appointmentId,
                                                  const QString& recallId = {});

private:
    Clinic& m_clinic;
};

} // namespace rapport
