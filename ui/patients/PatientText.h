#pragma once

#include "patients/Patient.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QString>

class QLabel;
class QWidget;

namespace rapport {

// How the patient area writes ages, dates, phone numbers and statuses, so the search,
// the list and the patient page say the same thing the same way.
class PatientText
{
    Q_DECLARE_TR_FUNCTIONS(rapport::PatientText)

public:
    // "38 years", "1 year", "7 months", "under a month"; empty when unknown.
    [[nodiscard]] static QString age(const QDate& dateOfBirth, const QDate& today);
    // The locale's short date; empty when unknown.
    [[nodiscard]] static QString date(const QDate& date);
    // A UTC instant in local time, the locale's short format.
    [[nodiscard]] static QString dateTime(const QDateTime& utc);
    // "38 years · 14/03/1985", or "Date of birth not recorded".
    [[nodiscard]] static QString ageAndBirth(const QDate& dateOfBirth, const QDate& today);
    // An E.164 number as people of the clinic's region write it.
    [[nodiscard]] static QString phone(const QString& e164, const QString& region);

    // Status badges: a tone the style sheet knows ("success", "muted", "dark", "warning").
    [[nodiscard]] static const char* tone(PatientStatus status);
    [[nodiscard]] static QColor toneBackground(PatientStatus status);
    [[nodiscard]] static QColor toneForeground(PatientStatus status);
    static void setStatusBadge(QLabel* label, PatientStatus status);
    // A tag shown as a chip.
    [[nodiscard]] static QLabel* makeChip(const QString& text, QWidget* parent = nullptr);
};

} // namespace rapport
