#include "commands/ScheduleFormat.h"

#include "Output.h"
#include "scheduling/NoShowRisk.h"
#include "scheduling/SchedulingVocabulary.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace rapport::ctl {

namespace {

const char* const WeekdayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

int weekdayFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower().left(3);
    for (int i = 0; i < 7; ++i)
        if (k == QLatin1String(WeekdayKeys[i]))
            return i + 1;
    return 0;
}

} // namespace

std::optional<QDate> ScheduleFormat::parseDate(const QString& text)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString t = text.trimmed();
    if (!iso.match(t).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(t, Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

std::optional<int> ScheduleFormat::parseTime(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int h = m.captured(1).toInt(), min = m.captured(2).toInt();
    if (min > 59 || h > 24 || (h == 24 && min != 0))
        return std::nullopt;
    return h * 60 + min;
}

QString ScheduleFormat::timeText(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> ScheduleFormat::parseWeekdays(const QString& text)
{
    int bits = 0;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QStringList range = part.split(QLatin1Char('-'));
        if (range.size() == 1) {
            const int d = weekdayFromKey(range.first());
            if (d == 0)
                return std::nullopt;
            bits |= 1 << (d - 1);
        } else if (range.size() == 2) {
            const int from = weekdayFromKey(range.first()), to = weekdayFromKey(range.last());
            if (from == 0 || to == 0 || to < from)
                return std::nullopt;
            for (int d = from; d <= to; ++d)
                bits |= 1 << (d - 1);
        } else {
            return std::nullopt;
        }
    }
    if (bits == 0)
        return std::nullopt;
    return bits;
}

QString ScheduleFormat::weekdayKey(int weekday)
{
    return weekday >= 1 && weekday <= 7 ? QString::fromLatin1(WeekdayKeys[weekday - 1]) : QString();
}

QStringList ScheduleFormat::weekdayKeys(int bits)
{
    QStringList out;
    for (int d = 1; d <= 7; ++d)
        if (bits & (1 << (d - 1)))
            out << weekdayKey(d);
    return out;
}

std::optional<QDateTime> ScheduleFormat::parseStart(const QString& text, const QTimeZone& zone)
{
    QString t = text.trimmed();
    if (t.size() > 10 && t.at(10) == QLatin1Char(' '))
        t[10] = QLatin1Char('T');
    const QDateTime parsed = QDateTime::fromString(t, Qt::ISODate);
    if (!parsed.isValid() || t.size() < 16)
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime) {
        // No offset given: the clinic's wall clock, wherever this computer is.
        const QDateTime local(parsed.date(), parsed.time(), zone);
        if (!local.isValid())
            return std::nullopt;
        return local.toUTC();
    }
    return parsed.toUTC();
}

QJsonValue ScheduleFormat::instant(const QDateTime& at, const QTimeZone& zone)
{
    if (!at.isValid())
        return QJsonValue(QJsonValue::Null);
    return at.toTimeZone(zone).toString(Qt::ISODate);
}

QString ScheduleFormat::shownInstant(const QDateTime& at, const QTimeZone& zone)
{
    return at.isValid() ? QLocale().toString(at.toTimeZone(zone), QLocale::ShortFormat) : QString();
}

QString ScheduleFormat::shownTime(const QDateTime& at, const QTimeZone& zone)
{
    return at.isValid() ? QLocale().toString(at.toTimeZone(zone).time(), QLocale::ShortFormat) : QString();
}

QJsonObject ScheduleFormat::providerJson(const Provider& p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("kind"), p.kind},
            {QStringLiteral("colour"), p.colour},
            {QStringLiteral("staffId"), textOrNull(p.staffId)},
            {QStringLiteral("active"), p.active},
            {QStringLiteral("sortOrder"), p.sortOrder}};
}

QJsonObject ScheduleFormat::chairJson(const Chair& c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("active"), c.active},
            {QStringLiteral("sortOrder"), c.sortOrder}};
}

QJsonObject ScheduleFormat::typeJson(const AppointmentType& t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("durationMinutes"), t.durationMinutes},
            {QStringLiteral("colour"), t.colour},
            {QStringLiteral("recallType"), textOrNull(t.recallType)},
            {QStringLiteral("providerIds"), QJsonArray::fromStringList(t.providerIds)},
            {QStringLiteral("active"), t.active}};
}

QJsonObject ScheduleFormat::intervalJson(const WorkingInterval& h)
{
    return {{QStringLiteral("day"), weekdayKey(h.weekday)},
            {QStringLiteral("from"), timeText(h.startMinute)},
            {QStringLiteral("to"), timeText(h.endMinute)},
            {QStringLiteral("chairId"), textOrNull(h.chairId)}};
}

QJsonObject ScheduleFormat::exceptionJson(const ScheduleException& e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("kind"), SchedulingVocabulary::exceptionKey(e.kind)},
            {QStringLiteral("providerId"), textOrNull(e.providerId)},
            {QStringLiteral("firstDate"), dateOrNull(e.firstDate)},
            {QStringLiteral("lastDate"), dateOrNull(e.lastDate)},
            {QStringLiteral("from"), e.wholeDay() ? QJsonValue(QJsonValue::Null) : QJsonValue(timeText(e.startMinute))},
            {QStringLiteral("to"), e.wholeDay() ? QJsonValue(QJsonValue::Null) : QJsonValue(timeText(e.endMinute))},
            {QStringLiteral("note"), e.note}};
}

QJsonObject ScheduleFormat::appointmentJson(const Appointment& a, const QTimeZone& zone)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("patientId"), a.patientId},
            {QStringLiteral("providerId"), a.providerId},
            {QStringLiteral("chairId"), textOrNull(a.chairId)},
            {QStringLiteral("typeId"), a.typeId},
            {QStringLiteral("start"), instant(a.start, zone)},
            {QStringLiteral("end"), instant(a.end, zone)},
            {QStringLiteral("durationMinutes"), a.durationMinutes()},
            {QStringLiteral("status"), SchedulingVocabulary::statusKey(a.status)},
            {QStringLiteral("statusReason"), textOrNull(a.statusReason)},
            {QStringLiteral("notes"), a.notes},
            {QStringLiteral("overrideReason"), textOrNull(a.overrideReason)},
            {QStringLiteral("seriesId"), textOrNull(a.seriesId)},
            {QStringLiteral("bookedAt"), instant(a.bookedAt, zone)}};
}

QJsonObject ScheduleFormat::rowJson(const AppointmentRow& row, const QTimeZone& zone)
{
    QJsonObject o = appointmentJson(row.appointment, zone);
    o.insert(QStringLiteral("patientName"), row.patientName);
    o.insert(QStringLiteral("providerName"), row.providerName);
    o.insert(QStringLiteral("chairName"), textOrNull(row.chairName));
    o.insert(QStringLiteral("typeName"), row.typeName);
    return o;
}

QJsonObject ScheduleFormat::riskJson(const NoShowRisk& risk)
{
    return QJsonObject{{QStringLiteral("level"), NoShowRiskModel::levelKey(risk.level)},
                       {QStringLiteral("probability"), qRound(risk.probability * 1000) / 1000.0},
                       {QStringLiteral("callToConfirm"), risk.needsConfirmationCall()},
                       {QStringLiteral("reasons"), QJsonArray::fromStringList(risk.reasons)}};
}

QJsonObject ScheduleFormat::slotJson(const Slot& slot, const QString& providerName, const QTimeZone& zone)
{
    return {{QStringLiteral("start"), instant(slot.start, zone)},
            {QStringLiteral("end"), instant(slot.end, zone)},
            {QStringLiteral("providerId"), slot.providerId},
            {QStringLiteral("providerName"), providerName},
            {QStringLiteral("chairId"), textOrNull(slot.chairId)}};
}

QJsonObject ScheduleFormat::waitlistJson(const WaitlistEntry& e, const QTimeZone& zone)
{
    static const char* const statuses[] = {"waiting", "booked", "removed"};
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("patientId"), e.patientId},
            {QStringLiteral("typeId"), textOrNull(e.typeId)},
            {QStringLiteral("providerId"), textOrNull(e.providerId)},
            {QStringLiteral("durationMinutes"), e.durationMinutes},
            {QStringLiteral("days"), QJsonArray::fromStringList(weekdayKeys(e.weekdays))},
            {QStringLiteral("fromTime"), timeText(e.earliestMinute)},
            {QStringLiteral("toTime"), timeText(e.latestMinute)},
            {QStringLiteral("earliestDate"), dateOrNull(e.earliestDate)},
            {QStringLiteral("latestDate"), dateOrNull(e.latestDate)},
            {QStringLiteral("priority"), e.priority},
            {QStringLiteral("note"), e.note},
            {QStringLiteral("currentAppointmentId"), textOrNull(e.currentAppointmentId)},
            {QStringLiteral("status"), QString::fromLatin1(statuses[int(e.status)])},
            {QStringLiteral("bookedAppointmentId"), textOrNull(e.bookedAppointmentId)},
            {QStringLiteral("createdAt"), instant(e.createdAt, zone)}};
}

ExitCode ScheduleFormat::report(Output& out, const Error& error)
{
    // Core's sentences say what is wrong and what to do; the detail is an id or a field.
    switch (error.code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::AlreadyExists:
    case ErrorCode::Conflict:
    case ErrorCode::NotFound:
        return out.refuse(error.message);
    default:
        return out.fail(error, ErrorStage::Working);
    }
}

} // namespace rapport::ctl
