#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rapport {

class Clock;

// Failed sign-ins, kept in a small file beside the database (".signin") because the
// database cannot be opened without a right password. After three failures in a row for
// one user name each further attempt waits longer (5 s, 10 s, 20 s … up to 5 minutes).
// Failures are written to the audit trail at the next successful sign-in.
// User names are stored only as salted hashes: people sometimes type a password into
// the user name box.
class SignInThrottle
{
public:
    struct Failure
    {
        QDateTime at;
        QString userId; // empty when the user name matched no account
    };

    SignInThrottle(QString databasePath, const Clock& clock);

    [[nodiscard]] Status check(const QString& username) const;
    [[nodiscard]] int secondsToWait(const QString& username) const;
    void recordFailure(const QString& username, const QString& userId);
    // Clears the streak for this user name and hands back every failure not yet audited.
    [[nodiscard]] QList<Failure> takeFailures(const QString& username);

    [[nodiscard]] static QString pathFor(const QString& databasePath);
    [[nodiscard]] static int delaySecondsAfter(int consecutiveFailures);

private:
    [[nodiscard]] QString userKey(const QString& username) const;

    QString m_path;
    const Clock& m_clock;
};

} // namespace rapport
