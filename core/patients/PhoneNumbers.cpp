#include "patients/PhoneNumbers.h"

#include <QCoreApplication>
#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

namespace rapport {

namespace {
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::PhoneNumbers", text);
}

QString regionName(const QString& region)
{
    const QLocale::Territory t = QLocale::codeToTerritory(region);
    return t == QLocale::AnyTerritory ? region : QLocale::territoryToString(t);
}
} // namespace

Result<QString> PhoneNumbers::toE164(const QString& typed, const QString& region)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto rc = util->Parse(trimmed.toStdString(), region.toUpper().toStdString(), &number);
    if (rc != PhoneNumberUtil::NO_PARSING_ERROR)
        return fail(ErrorCode::InvalidInput,
                    tr("“%1” is not a phone number. Type it as you would dial it in %2 (for example %3), or with + and the country code.")
                        .arg(trimmed, regionName(region), example(region)));
    if (!util->IsValidNumber(number))
        return fail(ErrorCode::InvalidInput,
                    tr("“%1” is not a valid phone number: check the number of digits and the area code, or add + and the country code for a number abroad.")
                        .arg(trimmed));
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}

QString PhoneNumbers::format(const QString& e164, const QString& region)
{
    if (e164.isEmpty())
        return {};
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), region.toUpper().toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string out;
    const std::string numberRegion = [&] {
        std::string r;
        util->GetRegionCodeForNumber(number, &r);
        return r;
    }();
    util->Format(number,
                 numberRegion == region.toUpper().toStdString() ? PhoneNumberUtil::NATIONAL
                                                                : PhoneNumberUtil::INTERNATIONAL,
                 &out);
    return QString::fromStdString(out);
}

bool PhoneNumbers::isMobile(const QString& e164)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return false;
    const auto type = util->GetNumberType(number);
    return type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
}

QString PhoneNumbers::digits(const QString& text)
{
    QString out;
    for (QChar c : text)
        if (c.isDigit())
            out += c;
    return out;
}

QString PhoneNumbers::example(const QString& region)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (!util->GetExampleNumberForType(region.toUpper().toStdString(), PhoneNumberUtil::MOBILE, &number))
        return QStringLiteral("+44 7700 900123");
    std::string out;
    util->Format(number, PhoneNumberUtil::NATIONAL, &out);
    return QString::fromStdString(out);
}

} // namespace rapport
