#include "patients/PatientText.h"

#include "common/Style.h"
#include "patients/PatientVocabulary.h"
#include "patients/PhoneNumbers.h"

#include <QLabel>
#include <QLocale>

namespace rapport {

QString PatientText::age(const QDate& dateOfBirth, const QDate& today)
{
    if (!dateOfBirth.isValid() || !today.isValid() || today < dateOfBirth)
        return {};
    Patient p;
    p.dateOfBirth = dateOfBirth;
    const int years = p.ageOn(today);
    if (years >= 2)
        return tr("%n years", nullptr, years);
    int months = (today.year() - dateOfBirth.year()) * 12 + today.month() - dateOfBirth.month();
    if (today.day() < dateOfBirth.day())
        --months;
    if (months >= 2)
        return tr("%n months", nullptr, months);
    if (months == 1)
        return tr("1 month");
    return tr("under a month");
}

QString PatientText::date(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString PatientText::dateTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString PatientText::ageAndBirth(const QDate& dateOfBirth, const QDate& today)
{
    if (!dateOfBirth.isValid())
        return tr("Date of birth not recorded");
    const QString years = age(dateOfBirth, today);
    return years.isEmpty() ? date(dateOfBirth) : tr("%1 · %2").arg(years, date(dateOfBirth));
}

QString PatientText::phone(const QString& e164, const QString& region)
{
    return e164.isEmpty() ? QString() : PhoneNumbers::format(e164, region);
}

const char* PatientText::tone(PatientStatus status)
{
    switch (status) {
    case PatientStatus::Active:
        return "success";
    case PatientStatus::Inactive:
        return "muted";
    case PatientStatus::Deceased:
        return "dark";
    case PatientStatus::Archived:
        return "warning";
    }
    return "muted";
}

QColor PatientText::toneBackground(PatientStatus status)
{
    switch (status) {
    case PatientStatus::Active:
        return QColor(0xe3, 0xf4, 0xe8);
    case PatientStatus::Inactive:
        return QColor(0xee, 0xf1, 0xf2);
    case PatientStatus::Deceased:
        return QColor(0x47, 0x54, 0x5a);
    case PatientStatus::Archived:
        return QColor(0xff, 0xf1, 0xdf);
    }
    return QColor(0xee, 0xf1, 0xf2);
}

QColor PatientText::toneForeground(PatientStatus status)
{
    switch (status) {
    case PatientStatus::Active:
        return QColor(0x1a, 0x6b, 0x30);
    case PatientStatus::Inactive:
        return QColor(0x4d, 0x5a, 0x60);
    case PatientStatus::Deceased:
        return QColor(Qt::white);
    case PatientStatus::Archived:
        return QColor(0x8f, 0x43, 0x06);
    }
    return Style::mutedText();
}

void PatientText::setStatusBadge(QLabel* label, PatientStatus status)
{
    label->setTextFormat(Qt::PlainText);
    label->setText(PatientVocabulary::name(status));
    label->setAccessibleName(tr("Status: %1").arg(PatientVocabulary::name(status)));
    label->setProperty("tone", QString::fromLatin1(tone(status)));
    Style::setRole(label, "badge");
}

QLabel* PatientText::makeChip(const QString& text, QWidget* parent)
{
    auto* chip = new QLabel(parent);
    chip->setTextFormat(Qt::PlainText);
    chip->setText(text);
    chip->setAccessibleName(tr("Tag: %1").arg(text));
    Style::setRole(chip, "chip");
    return chip;
}

} // namespace rapport
