#include "messaging/Channels.h"

#include <libical/ical.h>

namespace rapport {

namespace {
icaltimetype utcTime(const QDateTime& t)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(t.toUTC().toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

// Property text in UTF-8 without control characters; libical escapes commas, semicolons,
// backslashes and line breaks itself.
QByteArray text(const QString& value, bool keepLineBreaks = false)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\n') && keepLineBreaks)
            out += c;
        else if (c == QLatin1Char('\r'))
            continue;
        else if (c.category() == QChar::Other_Control)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return out.toUtf8();
}

// Parameter values cannot hold a double quote (RFC 5545, 3.1).
QByteArray parameterText(const QString& value)
{
    QByteArray out = text(value);
    out.replace('"', '\'');
    return out;
}

void addText(icalcomponent* event, icalproperty* (*make)(const char*), const QString& value, bool lines = false)
{
    if (!value.trimmed().isEmpty())
        icalcomponent_add_property(event, make(text(value, lines).constData()));
}

// RFC 5545 wants CRLF line ends; make sure no bare LF or CR slipped through.
QByteArray withCrlf(const QByteArray& in)
{
    QByteArray out;
    out.reserve(in.size() + in.size() / 50);
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < in.size() && in[i + 1] == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    return out;
}
} // namespace

QByteArray calendarFile(const CalendarEvent& event)
{
    icalcomponent* calendar = icalcomponent_new_vcalendar();
    icalcomponent_add_property(calendar, icalproperty_new_prodid("-//Rapport//Rapport//EN"));
    icalcomponent_add_property(calendar, icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar, icalproperty_new_method(ICAL_METHOD_PUBLISH));

    icalcomponent* vevent = icalcomponent_new_vevent();
    icalcomponent_add_property(vevent, icalproperty_new_uid(text(event.uid).constData()));
    icalcomponent_add_property(vevent, icalproperty_new_sequence(event.sequence < 0 ? 0 : event.sequence));
    icalcomponent_add_property(vevent, icalproperty_new_dtstamp(utcTime(QDateTime::currentDateTimeUtc())));
    icalcomponent_add_property(vevent, icalproperty_new_dtstart(utcTime(event.start)));
    const QDateTime end = event.end.isValid() && event.end > event.start ? event.end : event.start;
    icalcomponent_add_property(vevent, icalproperty_new_dtend(utcTime(end)));
    addText(vevent, icalproperty_new_summary, event.summary);
    addText(vevent, icalproperty_new_location, event.location);
    addText(vevent, icalproperty_new_description, event.description, true);
    if (!event.organizerEmail.trimmed().isEmpty()) {
        const QByteArray address = "mailto:" + text(event.organizerEmail.trimmed());
        icalproperty* organizer = icalproperty_new_organizer(address.constData());
        if (!event.organizerName.trimmed().isEmpty())
            icalproperty_add_parameter(organizer, icalparameter_new_cn(parameterText(event.organizerName.trimmed()).constData()));
        icalcomponent_add_property(vevent, organizer);
    }
    icalcomponent_add_property(vevent, icalproperty_new_status(event.cancelled ? ICAL_STATUS_CANCELLED
                                                                               : ICAL_STATUS_CONFIRMED));
    icalcomponent_add_property(vevent, icalproperty_new_transp(event.cancelled ? ICAL_TRANSP_TRANSPARENT
                                                                               : ICAL_TRANSP_OPAQUE));
    icalcomponent_add_component(calendar, vevent);

    char* ics = icalcomponent_as_ical_string_r(calendar);
    QByteArray out = ics ? withCrlf(QByteArray(ics)) : QByteArray();
    if (ics)
        icalmemory_free_buffer(ics);
    icalcomponent_free(calendar);
    return out;
}

} // namespace rapport
