#include "patients/PatientValidator.h"

#include "patients/PhoneNumbers.h"
#include "patients/SearchText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::PatientValidator", text);
}

Status phone(QString& value, const QString& region, const QString& fieldName)
{
    auto e164 = PhoneNumbers::toE164(value, region);
    if (!e164)
        return fail(ErrorCode::InvalidInput, fieldName + QStringLiteral(": ") + e164.error().message,
                    QStringLiteral("phone"));
    value = *e164;
    return {};
}

Status textLength(const QString& value, int max, const QString& fieldName)
{
    if (value.size() > max)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("rapport::PatientValidator", "%1 is too long: at most %2 characters.").arg(fieldName).arg(max));
    return {};
}
} // namespace

Status PatientValidator::checkEmail(const QString& email)
{
    if (email.isEmpty())
        return {};
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$"));
    if (!re.match(email).hasMatch() || email.contains(QStringLiteral("..")) || email.size() > 254)
        return fail(ErrorCode::InvalidInput,
                    tr("“%1” is not an e-mail address. An address has a name, an @ and a domain, like jo.walsh@example.com.")
                        .arg(email),
                    QStringLiteral("email"));
    return {};
}

Status PatientValidator::checkDateOfBirth(const QDate& date, const QDate& today)
{
    if (!date.isValid())
        return {};
    if (date > today)
        return fail(ErrorCode::InvalidInput,
                    tr("The date of birth %1 is in the future. Check the year.")
                        .arg(QLocale().toString(date, QLocale::ShortFormat)),
                    QStringLiteral("dateOfBirth"));
    if (date < today.addYears(-130))
        return fail(ErrorCode::InvalidInput,
                    tr("The date of birth %1 is more than 130 years ago. Check the year.")
                        .arg(QLocale().toString(date, QLocale::ShortFormat)),
                    QStringLiteral("dateOfBirth"));
    return {};
}

Result<QDate> PatientValidator::parseDate(const QString& typed, const QLocale& locale)
{
    const QString t = typed.trimmed();
    if (t.isEmpty())
        return QDate();
    const QDate d = SearchText::parseDate(t, locale);
    if (d.isValid())
        return d;
    // Say why: a day that does not exist in that month is the common mistake.
    static const QRegularExpression numbers(QStringLiteral("^(\\d{1,4})[./-](\\d{1,2})[./-](\\d{1,4})$"));
    const auto m = numbers.match(t);
    if (m.hasMatch()) {
        const QString order = locale.dateFormat(QLocale::ShortFormat);
        int day = 0, month = 0, year = 0;
        if (m.captured(1).size() == 4) {
            year = m.captured(1).toInt();
            month = m.captured(2).toInt();
            day = m.captured(3).toInt();
        } else if (order.indexOf(QLatin1Char('M')) < order.indexOf(QLatin1Char('d'))) {
            month = m.captured(1).toInt();
            day = m.captured(2).toInt();
            year = m.captured(3).toInt();
        } else {
            day = m.captured(1).toInt();
            month = m.captured(2).toInt();
            year = m.captured(3).toInt();
        }
        if (month < 1 || month > 12)
            return fail(ErrorCode::InvalidInput,
                        tr("“%1” is not a date: there is no month %2.").arg(t).arg(month), QStringLiteral("date"));
        if (year >= 1000 && day >= 1) {
            const int days = QDate(year, month, 1).daysInMonth();
            if (day > days)
                return fail(ErrorCode::InvalidInput,
                            tr("“%1” is not a date: %2 %3 has %4 days.")
                                .arg(t, locale.monthName(month), QString::number(year), QString::number(days)),
                            QStringLiteral("date"));
        }
    }
    return fail(ErrorCode::InvalidInput,
                tr("“%1” is not a date. Type it like %2.")
                    .arg(t, locale.toString(QDate(1985, 3, 14), QLocale::ShortFormat)),
                QStringLiteral("date"));
}

Status PatientValidator::normalise(Patient& p, const QString& region, const QDate& today)
{
    p.givenName = p.givenName.simplified();
    p.familyName = p.familyName.simplified();
    p.preferredName = p.preferredName.simplified();
    p.email = p.email.trimmed();
    p.externalId = p.externalId.trimmed();
    if (p.givenName.isEmpty() && p.familyName.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Enter the patient's given name or family name."),
                    QStringLiteral("name"));
    RAPPORT_TRY(textLength(p.givenName, 100, tr("The given name")));
    RAPPORT_TRY(textLength(p.familyName, 100, tr("The family name")));
    RAPPORT_TRY(textLength(p.preferredName, 100, tr("The preferred name")));
    RAPPORT_TRY(textLength(p.relationshipNotes, 4000, tr("The relationship notes")));
    RAPPORT_TRY(textLength(p.preferredContactTimes, 200, tr("The preferred contact times")));
    RAPPORT_TRY(textLength(p.externalId, 64, tr("The external id")));
    RAPPORT_TRY(checkDateOfBirth(p.dateOfBirth, today));
    RAPPORT_TRY(phone(p.mobilePhone, region, tr("Mobile phone")));
    RAPPORT_TRY(phone(p.homePhone, region, tr("Home phone")));
    RAPPORT_TRY(phone(p.workPhone, region, tr("Work phone")));
    RAPPORT_TRY(checkEmail(p.email));
    QStringList tags;
    for (const QString& t : p.tags) {
        const QString tag = t.simplified().toLower();
        if (tag.isEmpty())
            continue;
        RAPPORT_TRY(textLength(tag, 40, tr("A tag")));
        if (!tags.contains(tag))
            tags << tag;
    }
    p.tags = tags;
    if (p.preferredChannel == ContactChannel::Sms && p.mobilePhone.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("SMS is the preferred channel, but there is no mobile phone number."),
                    QStringLiteral("preferredChannel"));
    if (p.preferredChannel == ContactChannel::Email && p.email.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("E-mail is the preferred channel, but there is no e-mail address."),
                    QStringLiteral("preferredChannel"));
    return {};
}

Status PatientValidator::checkLink(PatientLink& link, const QString& region)
{
    link.contactName = link.contactName.simplified();
    link.contactEmail = link.contactEmail.trimmed();
    if (link.relatedPatientId.isEmpty() && link.contactName.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("A family or care link needs either a patient of the clinic or a contact's name."));
    if (link.relatedPatientId == link.patientId && !link.patientId.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A patient cannot be linked to themselves."));
    RAPPORT_TRY(phone(link.contactPhone, region, tr("Contact phone")));
    RAPPORT_TRY(checkEmail(link.contactEmail));
    return {};
}

} // namespace rapport
