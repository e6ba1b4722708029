#include "messaging/DispatchChecks.h"

#include "patients/PatientService.h"
#include "patients/PhoneNumbers.h"
#include "scheduling/WorkingCalendar.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QRegularExpression>

#include <algorithm>

namespace rapport {

namespace {
bool parseRange(const QString& text, int* from, int* to)
{
    static const QRegularExpression range(
        QStringLiteral("^([01][0-9]|2[0-3]):([0-5][0-9])-([01][0-9]|2[0-3]):([0-5][0-9])$"));
    const auto m = range.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    *from = m.captured(1).toInt() * 60 + m.captured(2).toInt();
    *to = m.captured(3).toInt() * 60 + m.captured(4).toInt();
    return *from != *to;
}

int dayNumber(const QString& key)
{
    static const QStringList days{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                  QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                  QStringLiteral("sun")};
    return int(days.indexOf(key.trimmed().toLower())) + 1; // 0 when unknown
}
} // namespace

SendingTimes SendingTimes::parse(const QString& quiet, const QString& window, const QString& days,
                                 const QTimeZone& zone)
{
    SendingTimes t;
    t.m_zone = zone;
    int from = 0, to = 0;
    if (parseRange(quiet, &from, &to)) {
        t.m_quietFrom = from;
        t.m_quietTo = to;
    }
    if (parseRange(window, &from, &to) && from < to) {
        t.m_windowFrom = from;
        t.m_windowTo = to;
    }
    bool any = false;
    for (const QString& part : days.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList ends = part.split(QLatin1Char('-'));
        const int first = dayNumber(ends.first());
        const int last = dayNumber(ends.last());
        if (first == 0 || last == 0)
            continue;
        // "sat-mon" runs through the weekend.
        for (int d = first;; d = d % 7 + 1) {
            t.m_days[d] = true;
            any = true;
            if (d == last)
                break;
        }
    }
    if (!any)
        std::fill(t.m_days.begin() + 1, t.m_days.end(), true);
    return t;
}

SendingTimes SendingTimes::fromSettings(Clinic& clinic)
{
    SettingsService s(clinic);
    auto get = [&](const char* key, const char* fallback) {
        return s.get(QString::fromLatin1(key)).value_or(QString::fromLatin1(fallback));
    };
    return parse(get("messaging.quietHours", "21:00-08:00"), get("messaging.sendingWindow", "08:00-20:00"),
                 get("messaging.sendingDays", "mon-sat"), s.timeZone());
}

bool SendingTimes::inQuiet(int minute) const
{
    if (m_quietFrom < 0)
        return false;
    if (m_quietFrom < m_quietTo)
        return minute >= m_quietFrom && minute < m_quietTo;
    return minute >= m_quietFrom || minute < m_quietTo; // through midnight
}

SkipReason SendingTimes::blockedAt(const QDateTime& utc) const
{
    const QDateTime local = utc.toTimeZone(m_zone);
    const int minute = local.time().hour() * 60 + local.time().minute();
    if (inQuiet(minute))
        return SkipReason::QuietHours;
    if (!m_days[local.date().dayOfWeek()] || minute < m_windowFrom || minute >= m_windowTo)
        return SkipReason::OutsideSendingWindow;
    return SkipReason::None;
}

QDateTime SendingTimes::nextAllowed(const QDateTime& utc) const
{
    if (blockedAt(utc) == SkipReason::None)
        return utc;
    // Allowed time is a union of intervals that each begin at midnight, the window's start
    // or the end of quiet hours: the next allowed instant is one of those.
    const WorkingCalendar calendar(m_zone, {}, {});
    const QDate today = calendar.localDate(utc.toMSecsSinceEpoch());
    QList<int> starts{0, m_windowFrom};
    if (m_quietTo >= 0)
        starts << m_quietTo;
    QDateTime best;
    for (int day = 0; day <= 8 && !best.isValid(); ++day) {
        QList<QDateTime> candidates;
        for (int minute : starts) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(calendar.toUtcMs(today.addDays(day), minute), Qt::UTC);
            if (t > utc && blockedAt(t) == SkipReason::None)
                candidates << t;
        }
        if (!candidates.isEmpty())
            best = *std::min_element(candidates.begin(), candidates.end());
    }
    return best;
}

Result<ChannelChoice> chooseChannel(Clinic& clinic, const QString& patientId, ContactChannel preferred,
                                    QList<ContactChannel> candidates, ConsentPurpose purpose)
{
    if (candidates.contains(preferred)) {
        candidates.removeAll(preferred);
        candidates.prepend(preferred);
    }
    PatientService patients(clinic);
    ChannelChoice choice;
    bool consented = false;
    for (ContactChannel channel : candidates) {
        RAPPORT_TRY_ASSIGN(const bool consent, patients.hasConsent(patientId, channel, purpose));
        if (!consent)
            continue;
        consented = true;
        RAPPORT_TRY_ASSIGN(const ContactPoint point, patients.contactFor(patientId, channel));
        QString address = point.address.trimmed();
        if (channel == ContactChannel::Sms && !address.isEmpty()) {
            // Guardians' numbers typed into a link may not be in E.164 yet.
            const auto e164 = PhoneNumbers::toE164(address, SettingsService(clinic).region());
            address = e164 ? *e164 : QString();
        }
        if (channel == ContactChannel::Email && !address.contains(QLatin1Char('@')))
            address.clear();
        if (address.isEmpty())
            continue;
        choice.channel = channel;
        choice.address = address;
        return choice;
    }
    choice.reason = consented ? SkipReason::NoAddress : SkipReason::NoConsent;
    return choice;
}

} // namespace rapport
