#pragma once

#include "messaging/Messaging.h"

namespace rapport {

// The texts shipped with Rapport, per language. They are data for patients in their own
// language (not tr() strings, which follow the language of the window).
class MessageTemplates
{
public:
    [[nodiscard]] static QStringList languages(); // "en", "de"
    // English when there is none for the language. Test messages have e-mail and SMS
    // texts; a letter or call asks for the e-mail one.
    [[nodiscard]] static MessageTemplate builtIn(MessageKind kind, ContactChannel channel, const QString& language);
    // The sentences {confirmHow} and {cancelHow} stand for when the clinic has not
    // written its own; they may hold {clinicPhone}.
    [[nodiscard]] static QString confirmHow(ContactChannel channel, const QString& language, bool withPhone);
    [[nodiscard]] static QString cancelHow(const QString& language, bool withPhone);
    // The frame of an HTML part made from plain paragraphs (already escaped).
    [[nodiscard]] static QString htmlPage(const QString& innerHtml);
};

} // namespace rapport
