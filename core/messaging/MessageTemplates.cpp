#include "messaging/MessageTemplates.h"

namespace rapport {

namespace {
bool german(const QString& language)
{
    return language == QStringLiteral("de");
}

const QString kFont = QStringLiteral("font-family:Arial,Helvetica,sans-serif;");

QString paragraph(const QString& html)
{
    return QStringLiteral("<p style=\"margin:0 0 16px 0;\">") + html + QStringLiteral("</p>\n");
}

QString footer(const QString& html)
{
    return QStringLiteral("<p style=\"margin:24px 0 0 0;padding-top:12px;border-top:1px solid #dddddd;color:#666666;"
                          "font-size:14px;\">")
        + html + QStringLiteral("</p>\n");
}

// The appointment at a glance: a two-column table of labels and values.
QString factsTable(const QList<std::pair<QString, QString>>& rows)
{
    QString out = QStringLiteral("<table role=\"presentation\" style=\"border-collapse:collapse;margin:0 0 16px 0;\">\n");
    for (const auto& [label, value] : rows)
        out += QStringLiteral("<tr><td style=\"padding:4px 16px 4px 0;color:#666666;vertical-align:top;\">") + label
            + QStringLiteral("</td><td style=\"padding:4px 0;font-weight:bold;vertical-align:top;\">") + value
            + QStringLiteral("</td></tr>\n");
    return out + QStringLiteral("</table>\n");
}

const QString kSignature = QStringLiteral("{clinicName}<br>{clinicAddress}<br>{clinicPhone}");

MessageTemplate reminderEmail(bool de)
{
    MessageTemplate t;
    t.kind = MessageKind::Reminder;
    t.channel = ContactChannel::Email;
    if (de) {
        t.subject = QStringLiteral("Ihr Termin am {weekday}, {date} um {time} Uhr");
        t.body = QStringLiteral("Guten Tag {fullName},\n\n"
                                "wir möchten Sie an Ihren Termin erinnern: {type} bei {provider} am {weekday}, {date} "
                                "um {time} Uhr.\n\n"
                                "{confirmHow}\n{cancelHow}\n\n"
                                "Im Anhang finden Sie den Termin für Ihren Kalender. Wir freuen uns auf Ihren Besuch.\n\n"
                                "Mit freundlichen Grüßen\n{clinicName}\n{clinicAddress}\n{clinicPhone}");
        t.html = MessageTemplates::htmlPage(
            paragraph(QStringLiteral("Guten Tag {fullName},"))
            + paragraph(QStringLiteral("wir möchten Sie an Ihren Termin erinnern:"))
            + factsTable({{QStringLiteral("Wann"), QStringLiteral("{weekday}, {date} um {time} Uhr")},
                          {QStringLiteral("Was"), QStringLiteral("{type}")},
                          {QStringLiteral("Bei"), QStringLiteral("{provider}")},
                          {QStringLiteral("Wo"), QStringLiteral("{clinicName}, {clinicAddress}")}})
            + paragraph(QStringLiteral("{confirmHow}<br>{cancelHow}"))
            + paragraph(QStringLiteral("Im Anhang finden Sie den Termin für Ihren Kalender. Wir freuen uns auf Ihren Besuch."))
            + footer(QStringLiteral("Mit freundlichen Grüßen<br>") + kSignature));
    } else {
        t.subject = QStringLiteral("Your appointment on {weekday} {date} at {time}");
        t.body = QStringLiteral("Hello {name},\n\n"
                                "This is a reminder of your {type} with {provider} on {weekday} {date} at {time}.\n\n"
                                "{confirmHow}\n{cancelHow}\n\n"
                                "The attached calendar entry adds the appointment to your calendar. "
                                "We look forward to seeing you.\n\n"
                                "Best wishes,\n{clinicName}\n{clinicAddress}\n{clinicPhone}");
        t.html = MessageTemplates::htmlPage(
            paragraph(QStringLiteral("Hello {name},"))
            + paragraph(QStringLiteral("This is a reminder of your appointment:"))
            + factsTable({{QStringLiteral("When"), QStringLiteral("{weekday} {date} at {time}")},
                          {QStringLiteral("What"), QStringLiteral("{type}")},
                          {QStringLiteral("With"), QStringLiteral("{provider}")},
                          {QStringLiteral("Where"), QStringLiteral("{clinicName}, {clinicAddress}")}})
            + paragraph(QStringLiteral("{confirmHow}<br>{cancelHow}"))
            + paragraph(QStringLiteral("The attached calendar entry adds the appointment to your calendar. "
                                       "We look forward to seeing you."))
            + footer(QStringLiteral("Best wishes,<br>") + kSignature));
    }
    return t;
}

MessageTemplate recallEmail(bool de)
{
    MessageTemplate t;
    t.kind = MessageKind::Recall;
    t.channel = ContactChannel::Email;
    if (de) {
        t.subject = QStringLiteral("Zeit für Ihren nächsten Termin: {recallType}");
        t.body = QStringLiteral("Guten Tag {fullName},\n\n"
                                "Ihr nächster Termin ({recallType}) ist am {dueDate} fällig. Regelmäßige Besuche helfen, "
                                "kleine Probleme zu erkennen, bevor sie groß werden.\n\n"
                                "Bitte rufen Sie uns unter {clinicPhone} an, um einen Termin zu vereinbaren, der Ihnen passt. "
                                "Wenn Sie schon einen Termin haben, vielen Dank – dann ist diese Nachricht für Sie erledigt.\n\n"
                                "Mit freundlichen Grüßen\n{clinicName}\n{clinicAddress}\n{clinicPhone}");
        t.html = MessageTemplates::htmlPage(
            paragraph(QStringLiteral("Guten Tag {fullName},"))
            + paragraph(QStringLiteral("Ihr nächster Termin (<strong>{recallType}</strong>) ist am <strong>{dueDate}</strong> "
                                       "fällig. Regelmäßige Besuche helfen, kleine Probleme zu erkennen, bevor sie groß werden."))
            + paragraph(QStringLiteral("Bitte rufen Sie uns unter <strong>{clinicPhone}</strong> an, um einen Termin zu "
                                       "vereinbaren, der Ihnen passt. Wenn Sie schon einen Termin haben, vielen Dank – dann "
                                       "ist diese Nachricht für Sie erledigt."))
            + footer(QStringLiteral("Mit freundlichen Grüßen<br>") + kSignature));
    } else {
        t.subject = QStringLiteral("Time to book your {recallType}");
        t.body = QStringLiteral("Hello {name},\n\n"
                                "Your {recallType} is due on {dueDate}. Regular visits help us catch small problems "
                                "before they become big ones.\n\n"
                                "Please call us on {clinicPhone} to book a time that suits you. If you have already "
                                "booked, thank you, and please ignore this message.\n\n"
                                "Best wishes,\n{clinicName}\n{clinicAddress}\n{clinicPhone}");
        t.html = MessageTemplates::htmlPage(
            paragraph(QStringLiteral("Hello {name},"))
            + paragraph(QStringLiteral("Your <strong>{recallType}</strong> is due on <strong>{dueDate}</strong>. Regular "
                                       "visits help us catch small problems before they become big ones."))
            + paragraph(QStringLiteral("Please call us on <strong>{clinicPhone}</strong> to book a time that suits you. "
                                       "If you have already booked, thank you, and please ignore this message."))
            + footer(QStringLiteral("Best wishes,<br>") + kSignature));
    }
    return t;
}

MessageTemplate text(MessageKind kind, ContactChannel channel, QString subject, QString body)
{
    MessageTemplate t;
    t.kind = kind;
    t.channel = channel;
    t.subject = std::move(subject);
    t.body = std::move(body);
    return t;
}

MessageTemplate builtInFor(MessageKind kind, ContactChannel channel, bool de)
{
    using C = ContactChannel;
    switch (kind) {
    case MessageKind::Reminder:
        switch (channel) {
        case C::Sms:
            return text(kind, channel, {},
                        de ? QStringLiteral("Hallo {name}, wir erinnern Sie an Ihren Termin ({type}) bei {provider} am "
                                            "{weekday}, {date} um {time} Uhr. {confirmHow} {clinicName}")
                           : QStringLiteral("Hi {name}, a reminder of your {type} with {provider} on {weekday} {date} "
                                            "at {time}. {confirmHow} {clinicName}"));
        case C::Letter:
            return de ? text(kind, channel, QStringLiteral("Ihr Termin am {date}"),
                             QStringLiteral("Guten Tag {fullName},\n\n"
                                            "wir möchten Sie an Ihren Termin erinnern: {type} bei {provider} am {weekday}, "
                                            "{date} um {time} Uhr.\n\n{confirmHow} {cancelHow}\n\n"
                                            "Wir freuen uns auf Ihren Besuch.\n\nMit freundlichen Grüßen\n\n{clinicName}"))
                      : text(kind, channel, QStringLiteral("Your appointment on {date}"),
                             QStringLiteral("Dear {fullName},\n\n"
                                            "We would like to remind you of your {type} with {provider} on {weekday} "
                                            "{date} at {time}.\n\n{confirmHow} {cancelHow}\n\n"
                                            "We look forward to seeing you.\n\nYours sincerely,\n\n{clinicName}"));
        case C::Phone:
            return text(kind, channel, {},
                        de ? QStringLiteral("{name} anrufen: {type} bei {provider} am {weekday}, {date} um {time} Uhr. "
                                            "Termin bestätigen lassen.")
                           : QStringLiteral("Call {name} about their {type} with {provider} on {weekday} {date} at "
                                            "{time} and ask them to confirm."));
        case C::Email:
        case C::None:
            return reminderEmail(de);
        }
        break;
    case MessageKind::Recall:
        switch (channel) {
        case C::Sms:
            return text(kind, channel, {},
                        de ? QStringLiteral("Hallo {name}, es ist Zeit für Ihren nächsten Termin ({recallType}), fällig am "
                                            "{dueDate}. Bitte rufen Sie uns unter {clinicPhone} an, um einen passenden "
                                            "Termin zu vereinbaren. {clinicName}")
                           : QStringLiteral("Hi {name}, your {recallType} is due on {dueDate}. Please call {clinicPhone} "
                                            "to book a time that suits you. {clinicName}"));
        case C::Letter:
            return de ? text(kind, channel, QStringLiteral("Zeit für Ihren nächsten Termin"),
                             QStringLiteral("Guten Tag {fullName},\n\n"
                                            "Ihr nächster Termin ({recallType}) ist am {dueDate} fällig. Regelmäßige "
                                            "Besuche helfen, kleine Probleme zu erkennen, bevor sie groß werden.\n\n"
                                            "Bitte rufen Sie uns unter {clinicPhone} an, um einen Termin zu vereinbaren, "
                                            "der Ihnen passt. Wenn Sie schon einen Termin haben, betrachten Sie dieses "
                                            "Schreiben bitte als erledigt.\n\nMit freundlichen Grüßen\n\n{clinicName}"))
                      : text(kind, channel, QStringLiteral("Time to book your {recallType}"),
                             QStringLiteral("Dear {fullName},\n\n"
                                            "Your {recallType} is due on {dueDate}. Regular visits help us catch small "
                                            "problems before they become big ones.\n\n"
                                            "Please call us on {clinicPhone} to book a time that suits you. If you have "
                                            "already booked, thank you, and please ignore this letter.\n\n"
                                            "Yours sincerely,\n\n{clinicName}"));
        case C::Phone:
            return text(kind, channel, {},
                        de ? QStringLiteral("{name} anrufen: {recallType} fällig am {dueDate}. Einen Termin anbieten.")
                           : QStringLiteral("Call {name}: their {recallType} is due on {dueDate}. Offer to book a time."));
        case C::Email:
        case C::None:
            return recallEmail(de);
        }
        break;
    case MessageKind::Test:
        if (channel == C::Sms)
            return text(kind, channel, {},
                        de ? QStringLiteral("Testnachricht von Rapport für {clinicName}: Der SMS-Versand funktioniert.")
                           : QStringLiteral("Test message from Rapport for {clinicName}: sending SMS works."));
        return text(kind, C::Email,
                    de ? QStringLiteral("Testnachricht von {clinicName}") : QStringLiteral("Test message from {clinicName}"),
                    de ? QStringLiteral("Dies ist eine Testnachricht von Rapport für {clinicName}.\n\n"
                                        "Wenn Sie sie lesen können, funktioniert der E-Mail-Versand.")
                       : QStringLiteral("This is a test message from Rapport for {clinicName}.\n\n"
                                        "If you can read it, sending e-mail works."));
    }
    return reminderEmail(de);
}
} // namespace

QStringList MessageTemplates::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

MessageTemplate MessageTemplates::builtIn(MessageKind kind, ContactChannel channel, const QString& language)
{
    const bool de = german(language);
    MessageTemplate t = builtInFor(kind, channel, de);
    t.language = de ? QStringLiteral("de") : QStringLiteral("en");
    t.builtIn = true;
    return t;
}

QString MessageTemplates::confirmHow(ContactChannel channel, const QString& language, bool withPhone)
{
    const bool de = german(language);
    switch (channel) {
    case ContactChannel::Sms:
        if (de)
            return withPhone ? QStringLiteral("Bitte bestätigen Sie mit JA, oder rufen Sie uns unter {clinicPhone} an, "
                                              "wenn Sie ihn ändern möchten.")
                             : QStringLiteral("Bitte bestätigen Sie mit JA.");
        return withPhone ? QStringLiteral("Reply YES to confirm, or call {clinicPhone} to change it.")
                         : QStringLiteral("Reply YES to confirm.");
    case ContactChannel::Email:
        if (de)
            return withPhone ? QStringLiteral("Bitte bestätigen Sie den Termin mit einer kurzen Antwort auf diese E-Mail, "
                                              "oder rufen Sie uns unter {clinicPhone} an, wenn Sie ihn ändern möchten.")
                             : QStringLiteral("Bitte bestätigen Sie den Termin mit einer kurzen Antwort auf diese E-Mail.");
        return withPhone ? QStringLiteral("Please reply to this e-mail to confirm, or call {clinicPhone} to change it.")
                         : QStringLiteral("Please reply to this e-mail to confirm.");
    case ContactChannel::Letter:
    case ContactChannel::Phone:
    case ContactChannel::None:
        break;
    }
    if (de)
        return withPhone ? QStringLiteral("Bitte rufen Sie uns unter {clinicPhone} an, wenn Sie den Termin ändern möchten.")
                         : QString();
    return withPhone ? QStringLiteral("Please call {clinicPhone} if you need to change it.") : QString();
}

QString MessageTemplates::cancelHow(const QString& language, bool withPhone)
{
    if (german(language))
        return withPhone ? QStringLiteral("Falls Sie verhindert sind, sagen Sie bitte so früh wie möglich unter "
                                          "{clinicPhone} ab, damit wir die Zeit anderen Patienten anbieten können.")
                         : QStringLiteral("Falls Sie verhindert sind, sagen Sie bitte so früh wie möglich ab, damit wir "
                                          "die Zeit anderen Patienten anbieten können.");
    return withPhone ? QStringLiteral("If you cannot come, please call {clinicPhone} as early as you can so that we can "
                                      "offer the time to someone else.")
                     : QStringLiteral("If you cannot come, please let us know as early as you can so that we can offer "
                                      "the time to someone else.");
}

QString MessageTemplates::htmlPage(const QString& innerHtml)
{
    return QStringLiteral("<!DOCTYPE html>\n<html>\n<body style=\"margin:0;padding:16px;background-color:#ffffff;\">\n"
                          "<div style=\"")
        + kFont
        + QStringLiteral("font-size:16px;line-height:1.5;color:#222222;max-width:560px;\">\n") + innerHtml
        + QStringLiteral("</div>\n</body>\n</html>\n");
}

} // namespace rapport
