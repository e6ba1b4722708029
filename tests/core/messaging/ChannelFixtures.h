#pragma once

// Shared by tst_channels and tst_channelformats: a reminder with its calendar entry and
// SMS, and small readers for what the transports produce.

#include "messaging/Channels.h"

#include <QMap>
#include <QUrl>

#include <libical/ical.h>

namespace rapport::test {

inline const QString Password = QString::fromUtf8("pässwort");
inline const QDateTime Start(QDate(2025, 3, 31), QTime(8, 30), Qt::UTC);

inline CalendarEvent appointmentEvent()
{
    CalendarEvent e;
    e.uid = QStringLiteral("appointment-0190f3a2@rapport.test");
    e.sequence = 2;
    e.start = Start;
    e.end = Start.addSecs(30 * 60);
    e.summary = QString::fromUtf8("Dental check-up at Riverside Dental, Zürich");
    e.location = QString::fromUtf8("1 Hauptstraße; 8001 Zürich");
    e.description = QString::fromUtf8("Please bring your Krankenkassenkarte. Grüße, Ihr Praxisteam 🦷\n").repeated(3);
    e.organizerName = QStringLiteral("Riverside Dental");
    e.organizerEmail = QStringLiteral("reception@riverside.test");
    return e;
}

inline EmailMessage reminder(const QString& to = QStringLiteral("jo.walsh@example.test"))
{
    EmailMessage m;
    m.fromAddress = QStringLiteral("reception@riverside.test");
    m.fromName = QString::fromUtf8("Riverside Dental Zürich");
    m.to = to;
    m.subject = QString::fromUtf8("Your appointment on Monday 31 March at 09:30 – Grüße 🦷 from Riverside Dental");
    m.textBody = QString::fromUtf8("Dear Jö,\n\nyour check-up is on Monday 31 March at 09:30.\n.\n.a line that starts "
                                   "with a dot, and a long line that goes on well past seventy-six characters = fine\n"
                                   "Trailing space \nRiverside Dental");
    m.htmlBody = QString::fromUtf8("<p>Dear Jö,</p><p>your check-up is on <b>Monday 31 March</b> at 09:30.</p>");
    m.calendar = calendarFile(appointmentEvent());
    m.calendarFileName = QStringLiteral("appointment.ics");
    m.messageId = QStringLiteral("<rem.0190f3a2.r1@rapport.riverside.test>");
    return m;
}

inline bool onlyCrlf(const QByteArray& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r'))
            return false;
        if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))
            return false;
    }
    return true;
}

struct ParsedCalendar
{
    icalcomponent* calendar = nullptr;
    icalcomponent* event = nullptr;
    explicit ParsedCalendar(const QByteArray& ics)
        : calendar(icalparser_parse_string(ics.constData()))
    {
        if (calendar)
            event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
    }
    ~ParsedCalendar()
    {
        if (calendar)
            icalcomponent_free(calendar);
    }
};

inline QMap<QString, QString> formFields(const QString& encoded)
{
    QMap<QString, QString> out;
    for (const QString& pair : encoded.split(QLatin1Char('&')))
        out.insert(QUrl::fromPercentEncoding(pair.section(QLatin1Char('='), 0, 0).toUtf8()),
                   QUrl::fromPercentEncoding(pair.section(QLatin1Char('='), 1).toUtf8()));
    return out;
}

inline SmsMessage reminderSms()
{
    return SmsMessage{QStringLiteral("+447700900123"),
                      QString::fromUtf8("Grüße aus Zürich 🦷 \"Mon 09:30\" & more = ok?\nReply C to confirm"),
                      QStringLiteral("rem:0190f3a2:r1:2025-03-30T08:00Z")};
}

} // namespace rapport::test
