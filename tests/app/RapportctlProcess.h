#pragma once

// Running the real rapportctl with QProcess, as a script or an administrator at a terminal
// would: arguments, standard input, and what comes back (output, errors, exit code).

#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

namespace rapport::test {

inline const QString Tool = QStringLiteral(RAPPORTCTL_PATH);
inline const QString Admin = QStringLiteral("admin");
inline const QByteArray AdminLine = AdminPassword.toUtf8() + '\n';

// Exit codes, as documented in rapportctl --help.
enum Exit
{
    Success = 0,
    Usage = 1,
    SignInRefused = 2,
    Integrity = 3,
    NotAClinic = 4,
    Refused = 5
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    [[nodiscard]] QString all() const { return out + err; }
    [[nodiscard]] QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout:\n%2--- stderr:\n%3").arg(exitCode).arg(out, err);
    }
};

// environment: variables to set (an empty value removes the variable) on top of the test's.
inline Run rapportctl(const QStringList& arguments, const QByteArray& input = {},
                      const QList<QPair<QString, QString>>& environment = {})
{
    QProcess process;
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto& [name, value] : environment) {
            if (value.isEmpty())
                env.remove(name);
            else
                env.insert(name, value);
        }
        process.setProcessEnvironment(env);
    }
    process.start(Tool, arguments);
    Run run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline QStringList signInAs(const QString& path, const QString& user)
{
    return {QStringLiteral("--db"), path, QStringLiteral("--user"), user, QStringLiteral("--password-stdin")};
}

inline QStringList initArguments(const QString& path)
{
    return {QStringLiteral("init"),
            QStringLiteral("--db"),
            path,
            QStringLiteral("--user"),
            Admin,
            QStringLiteral("--name"),
            QStringLiteral("Ada Admin"),
            QStringLiteral("--clinic-name"),
            QStringLiteral("Test Clinic"),
            QStringLiteral("--kdf"),
            QStringLiteral("fast"),
            QStringLiteral("--password-stdin")};
}

// One compact JSON object on one line, as every --json prints.
inline QJsonObject parseJson(const Run& run, bool* ok)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject() &&
          run.out.trimmed().count(QLatin1Char('\n')) == 0;
    return doc.object();
}

// A new clinic made with rapportctl itself, administrator "admin".
inline bool makeClinic(const QString& path)
{
    const Run run = rapportctl(initArguments(path), AdminLine);
    if (run.exitCode != Success)
        qWarning("%s", qPrintable(run.describe()));
    return run.exitCode == Success;
}

// Adds a member with a one-time password, then lets them choose their own.
inline bool addMember(const QString& path, const QString& username, const QString& role,
                      const QString& password)
{
    const QString oneTime = QStringLiteral("first-time-secret");
    const Run added = rapportctl(QStringList{QStringLiteral("user"), QStringLiteral("add"), username,
                                             QStringLiteral("--role"), role, QStringLiteral("--name"),
                                             QStringLiteral("Some One")} +
                                     signInAs(path, Admin),
                                 AdminLine + oneTime.toUtf8() + '\n');
    const Run changed = rapportctl(QStringList{QStringLiteral("user"), QStringLiteral("passwd"), username} +
                                       signInAs(path, username),
                                   oneTime.toUtf8() + '\n' + password.toUtf8() + '\n');
    if (added.exitCode != Success || changed.exitCode != Success)
        qWarning("%s\n%s", qPrintable(added.describe()), qPrintable(changed.describe()));
    return added.exitCode == Success && changed.exitCode == Success;
}

} // namespace rapport::test

#define EXPECT_EXIT(run, code) QVERIFY2((run).exitCode == (code), qPrintable((run).describe()))
