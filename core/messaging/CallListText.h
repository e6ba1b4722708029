#pragma once

#include "common/Error.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace rapport {

class Clinic;
struct NoShowRisk;

// Why a patient is on the call list, in the locale's formats, and how far ahead the list
// looks for appointments to confirm.
namespace CallListText {

// "Confirm Tue 24/11/2026 09:30 with Dr Patel"
[[nodiscard]] QString appointmentReason(const QDateTime& start, const QTimeZone& zone, const QString& providerName,
                                        bool askToConfirm);
// "... with Dr Patel: high no-show risk (2 no-shows in 9 appointments)"
[[nodiscard]] QString riskReason(const QDateTime& start, const QTimeZone& zone, const QString& providerName,
                                 const NoShowRisk& risk);
// "Recall due 03/10/2026 (Hygiene, 6 months), attempt 2 of 3", or "overdue since".
[[nodiscard]] QString recallReason(QDate due, QDate today, const QString& typeName, int attempt, int maxAttempts);

// The second day after today on which the clinic is open (someone has hours and there is
// no closure); two days ahead when nobody has hours in the next two weeks.
[[nodiscard]] Result<QDate> secondWorkingDay(Clinic& clinic, QDate today);

} // namespace CallListText
} // namespace rapport
