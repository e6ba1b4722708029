#pragma once

#include "common/Error.h"
#include "messaging/Messaging.h"
#include "patients/Consent.h"

#include <QTimeZone>

#include <array>

namespace rapport {

class Clinic;

// When the clinic lets e-mail and SMS go out: its sending days and window, minus quiet
// hours, all in the clinic's local time.
class SendingTimes
{
public:
    // quiet "21:00-08:00" (may run past midnight; empty: none), window "08:00-20:00"
    // (empty: all day), days "mon-sat" or "mon,wed,fri" (empty: every day).
    [[nodiscard]] static SendingTimes parse(const QString& quiet, const QString& window, const QString& days,
                                            const QTimeZone& zone);
    [[nodiscard]] static SendingTimes fromSettings(Clinic& clinic);

    // None when a message may go out at this instant; else QuietHours or OutsideSendingWindow.
    [[nodiscard]] SkipReason blockedAt(const QDateTime& utc) const;
    // The first instant at or after utc when a message may go out; invalid when never.
    [[nodiscard]] QDateTime nextAllowed(const QDateTime& utc) const;

private:
    [[nodiscard]] bool inQuiet(int minute) const;

    QTimeZone m_zone;
    int m_quietFrom = -1; // minutes after local midnight; -1: no quiet hours
    int m_quietTo = -1;
    int m_windowFrom = 0;
    int m_windowTo = 24 * 60;
    std::array<bool, 8> m_days{}; // by Qt::DayOfWeek (1 = Monday)
};

// The channel a message goes out on: the first of the candidates (the patient's preferred
// one first when it is among them) with consent for the purpose and an address.
struct ChannelChoice
{
    ContactChannel channel = ContactChannel::None;
    QString address;                     // e-mail address, E.164 number or postal address
    SkipReason reason = SkipReason::None; // NoConsent or NoAddress when none qualified
};

[[nodiscard]] Result<ChannelChoice> chooseChannel(Clinic& clinic, const QString& patientId,
                                                  ContactChannel preferred, QList<ContactChannel> candidates,
                                                  ConsentPurpose purpose);

} // namespace rapport
