#include "security/AccountRules.h"

#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sodium.h>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::AccountRules", text);
}
} // namespace

Status AccountRules::checkUsername(const QString& username)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$"));
    if (!re.match(username).hasMatch())
        return fail(ErrorCode::InvalidInput,
                    tr("A user name has 2 to 32 letters (a–z), digits, dots, dashes or underscores, and starts with a letter or digit."));
    return {};
}

Status AccountRules::checkDisplayName(const QString& displayName)
{
    const QString t = displayName.trimmed();
    if (t.isEmpty() || t.size() > 100)
        return fail(ErrorCode::InvalidInput, tr("Enter the person's full name (up to 100 characters)."));
    return {};
}

Status AccountRules::checkPassword(const QString& password, const QString& username)
{
    if (password.size() < MinimumPasswordLength)
        return fail(ErrorCode::InvalidInput,
                    tr("A password needs at least %1 characters. A short sentence is easy to remember and hard to guess.")
                        .arg(MinimumPasswordLength));
    if (!username.isEmpty() && password.contains(username, Qt::CaseInsensitive))
        return fail(ErrorCode::InvalidInput, tr("The password must not contain the user name."));
    return {};
}

QString AccountRules::generateOneTimePassword()
{
    Sodium::ensureInitialised();
    // No 0/O, 1/l/I: it is read aloud or copied from paper.
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    QString out;
    for (int group = 0; group < 3; ++group) {
        if (group)
            out += QLatin1Char('-');
        for (int i = 0; i < 4; ++i)
            out += QLatin1Char(alphabet[randombytes_uniform(sizeof alphabet - 1)]);
    }
    return out;
}

} // namespace rapport
