#pragma once

#include "common/Error.h"
#include "messaging/Messaging.h"

#include <QHash>

namespace rapport {

class Clinic;

// What a message says about its appointment or recall: the placeholder values in the
// patient's language and the clinic's time zone, and what the calendar entry needs.
struct MessageFacts
{
    QString language;
    QHash<QString, QString> values; // placeholder name (no braces) -> plain text
    QString patientId;
    QString patientName;            // for letters' address block
    QString appointmentId;
    QDateTime start;                // UTC
    QDateTime end;
    QString typeName;
    QString providerName;
    QString clinicName;
    QString clinicAddressLine;
    QString clinicEmail;
};

// One code path for the preview in settings and for sending.
class MessageRenderer
{
public:
    // Reads the patient, the appointment (reminders) or the recall (recalls) and the clinic's
    // settings, in the given language or else the patient's. Needs the permissions of the caller's own reads (ViewSchedule, WorkRecalls).
    [[nodiscard]] static Result<MessageFacts> facts(Clinic& clinic, MessageKind kind, ContactChannel channel,
                                                    const QString& patientId, const QString& appointmentId,
                                                    const QString& recallId, bool askToConfirm = true,
                                                    const QString& language = {});
    // The clinic's part only (test messages).
    [[nodiscard]] static MessageFacts clinicFacts(Clinic& clinic, const QString& language);

    // {placeholders} replaced (HTML-escaped in the HTML part); unknown ones stay visible
    // and are listed. Empty values leave no double spaces or empty lines in the text.
    [[nodiscard]] static RenderedMessage render(const MessageTemplate& messageTemplate, const MessageFacts& facts);

    // The patient's language when Rapport has texts in it, else the clinic's.
    [[nodiscard]] static QString languageFor(Clinic& clinic, const QString& patientLanguage);
    [[nodiscard]] static QStringList placeholders();
    // Placeholder names used in a text that Rapport does not know.
    [[nodiscard]] static QStringList unknownIn(const QString& text);
};

} // namespace rapport
