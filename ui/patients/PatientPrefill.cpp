#include "patients/PatientPrefill.h"

#include "patients/PatientValidator.h"
#include "patients/PhoneNumbers.h"

#include <QRegularExpression>

namespace rapport {

namespace {
bool allLowerCase(const QString& text)
{
    return text == text.toLower();
}

// "jo walsh" typed in a hurry becomes "Jo Walsh"; anything with capitals is kept as typed.
QString capitalised(const QString& word)
{
    return word.isEmpty() ? word : word.at(0).toUpper() + word.mid(1);
}
} // namespace

Patient PatientPrefill::fromSearchText(const QString& typed, const QLocale& locale)
{
    Patient p;
    // E-mail addresses and dates first: a date's digits must not be taken for a phone number.
    QStringList kept;
    for (const QString& word : typed.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.contains(QLatin1Char('@')) && p.email.isEmpty()) {
            p.email = word;
            continue;
        }
        if (!p.dateOfBirth.isValid() && word.at(0).isDigit()) {
            if (auto date = PatientValidator::parseDate(word, locale); date && date->isValid()) {
                p.dateOfBirth = *date;
                continue;
            }
        }
        kept << word;
    }
    QString rest = kept.join(QLatin1Char(' '));

    // A phone number may be typed with spaces ("07400 123456").
    static const QRegularExpression phoneRun(
        QStringLiteral("(?:^|\\s)(\\+?[0-9(][0-9 ()-]{4,}[0-9])(?=\\s|$)"));
    QRegularExpressionMatchIterator it = phoneRun.globalMatch(rest);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (PhoneNumbers::digits(m.captured(1)).size() < 6)
            continue;
        p.mobilePhone = m.captured(1).trimmed();
        rest.remove(m.capturedStart(1), m.capturedLength(1));
        break;
    }

    QStringList names;
    QString familyFirst; // "Walsh, Jo"
    for (QString word : rest.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.endsWith(QLatin1Char(',')) && names.isEmpty() && familyFirst.isEmpty()) {
            word.chop(1);
            familyFirst = word;
            continue;
        }
        names << word;
    }
    if (!familyFirst.isEmpty()) {
        p.familyName = familyFirst;
        p.givenName = names.join(QLatin1Char(' '));
    } else if (names.size() == 1) {
        // One word is usually the family name: that is what people search by.
        p.familyName = names.constFirst();
    } else if (!names.isEmpty()) {
        p.familyName = names.takeLast();
        p.givenName = names.join(QLatin1Char(' '));
    }
    if (allLowerCase(p.givenName + p.familyName)) {
        QStringList given;
        for (const QString& w : p.givenName.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            given << capitalised(w);
        p.givenName = given.join(QLatin1Char(' '));
        p.familyName = capitalised(p.familyName);
    }
    return p;
}

} // namespace rapport
