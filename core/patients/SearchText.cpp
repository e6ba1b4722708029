#include "patients/SearchText.h"

#include "patients/Patient.h"
#include "patients/PhoneNumbers.h"

#include <QRegularExpression>

#include <algorithm>

namespace rapport {

namespace {
QString reversed(QString s)
{
    std::reverse(s.begin(), s.end());
    return s;
}
} // namespace

QString SearchText::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        switch (c.unicode()) {
        case 0x0141: case 0x0142: out += QLatin1Char('l'); break;        // Ł ł
        case 0x00D8: case 0x00F8: out += QLatin1Char('o'); break;        // Ø ø
        case 0x0110: case 0x0111: case 0x00D0: case 0x00F0: out += QLatin1Char('d'); break; // Đ đ Ð ð
        case 0x00DF: out += QStringLiteral("ss"); break;                 // ß
        case 0x00C6: case 0x00E6: out += QStringLiteral("ae"); break;    // Æ æ
        case 0x0152: case 0x0153: out += QStringLiteral("oe"); break;    // Œ œ
        case 0x00DE: case 0x00FE: out += QStringLiteral("th"); break;    // Þ þ
        case 0x0131: out += QLatin1Char('i'); break;                     // ı
        default: out += c.toLower();
        }
    }
    return out;
}

QStringList SearchText::words(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return fold(text).split(separators, Qt::SkipEmptyParts);
}

QString SearchText::termsFor(const Patient& p)
{
    QStringList terms;
    for (const QString& name : {p.givenName, p.familyName, p.preferredName}) {
        const QStringList ws = words(name);
        terms << ws;
        if (ws.size() > 1) // "O'Brien" is also found as "obrien", "Mary-Kate" as "marykate"
            terms << ws.join(QString());
    }
    terms << words(p.email);
    if (p.dateOfBirth.isValid())
        terms << QStringLiteral("d") + p.dateOfBirth.toString(QStringLiteral("yyyyMMdd"));
    for (const QString& phone : {p.mobilePhone, p.homePhone, p.workPhone}) {
        const QString d = PhoneNumbers::digits(phone);
        if (!d.isEmpty())
            terms << QStringLiteral("p") + reversed(d);
    }
    const QStringList ext = words(p.externalId);
    if (!ext.isEmpty())
        terms << QStringLiteral("x") + ext.join(QString());
    terms.removeDuplicates();
    return terms.join(QLatin1Char(' '));
}

qint64 SearchText::docidFor(const Patient& p, qint64 localId)
{
    const QString key = words(p.familyName).join(QLatin1Char(' ')) + QLatin1Char(' ')
        + words(p.givenName).join(QLatin1Char(' '));
    qint64 name = 0;
    for (int i = 0; i < 8; ++i) {
        qint64 symbol = 0; // a space, or the end of the name, sorts first
        if (i < key.size()) {
            const QChar c = key.at(i);
            if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                symbol = c.unicode() - u'a' + 1;
            else if (c != QLatin1Char(' '))
                symbol = 27 + qMin<qint64>(4, c.isDigit() ? 0 : 1 + (c.unicode() % 4)); // digits, then other scripts
        }
        name = (name << 5) | symbol;
    }
    const qint64 status = qBound(0, static_cast<int>(p.status), 3);
    return (status << 61) | (name << 21) | (localId & ((qint64(1) << 21) - 1));
}

qint64 SearchText::docidStatusFloor(int statusRank)
{
    return qint64(statusRank) << 61;
}

bool SearchText::isExactNameMatch(const QStringList& typedWords, const Patient& p)
{
    if (typedWords.isEmpty())
        return false;
    const QStringList names = words(p.givenName + QLatin1Char(' ') + p.familyName + QLatin1Char(' ') + p.preferredName);
    for (const QString& w : typedWords)
        if (!names.contains(w))
            return false;
    return true;
}

QDate SearchText::parseDate(const QString& text, const QLocale& locale)
{
    const QString t = text.trimmed();
    if (t.size() < 6 || !t.at(0).isDigit())
        return {};
    QStringList formats{locale.dateFormat(QLocale::ShortFormat), QStringLiteral("yyyy-MM-dd")};
    // People type d/M/yyyy and dd/MM/yyyy interchangeably; accept both for the locale's order.
    QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    shortFormat.replace(QStringLiteral("yyyy"), QStringLiteral("YEAR")).replace(QStringLiteral("yy"), QStringLiteral("YEAR"));
    QString loose = shortFormat;
    loose.replace(QStringLiteral("dd"), QStringLiteral("d")).replace(QStringLiteral("MM"), QStringLiteral("M"));
    formats << QString(loose).replace(QStringLiteral("YEAR"), QStringLiteral("yyyy"))
            << QString(shortFormat).replace(QStringLiteral("YEAR"), QStringLiteral("yyyy"));
    for (const QString& f : formats) {
        const QDate d = QDate::fromString(t, f);
        if (d.isValid() && d.year() > 1880 && d.year() < 2200)
            return d;
    }
    return {};
}

SearchText::Query SearchText::parse(const QString& typed, const QLocale& locale)
{
    Query q;
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return q;

    // A phone number typed with spaces, dashes or a leading +: match its last digits.
    static const QRegularExpression phoneLike(QStringLiteral("^[+(]?[0-9][0-9 ()./-]*$"));
    const QString digits = PhoneNumbers::digits(text);
    if (phoneLike.match(text).hasMatch() && digits.size() >= 4 && !parseDate(text, locale).isValid()) {
        // National numbers start with a trunk 0 that E.164 drops; match on what follows it.
        QString tail = digits;
        if (tail.startsWith(QLatin1Char('0')) && tail.size() > 4)
            tail = tail.mid(1);
        q.phoneDigits = true;
        q.match = QStringLiteral("p%1* OR x%2*").arg(reversed(tail), digits);
        return q;
    }

    QStringList parts;
    QStringList exactParts;
    bool exactPossible = true;
    for (const QString& term : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QDate date = parseDate(term, locale);
        if (date.isValid()) {
            q.dateOfBirth = date;
            parts << QStringLiteral("d") + date.toString(QStringLiteral("yyyyMMdd"));
            exactParts << parts.last();
            continue;
        }
        const QStringList ws = words(term);
        const bool hasDigit = std::any_of(term.begin(), term.end(), [](QChar c) { return c.isDigit(); });
        if (hasDigit && ws.size() > 1) {
            // "AB-1234" is an external id; FTS4's standard syntax has no parentheses to
            // say (ab AND 1234) OR xab1234, and names rarely hold digits.
            parts << QStringLiteral("x%1*").arg(ws.join(QString()));
            exactPossible = false;
            continue;
        }
        for (const QString& w : ws) {
            q.words << w;
            parts << (hasDigit ? QStringLiteral("%1* OR x%1*").arg(w) : w + QLatin1Char('*'));
            exactParts << w;
            exactPossible &= !hasDigit;
        }
    }
    q.match = parts.join(QLatin1Char(' '));
    if (exactPossible && !q.words.isEmpty())
        q.exactMatch = exactParts.join(QLatin1Char(' '));
    return q;
}

} // namespace rapport
