#pragma once

#include "common/Clock.h"
#include "crypto/PasswordKdf.h"
#include "security/Clinic.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace rapport::test {

inline const QString AdminPassword = QStringLiteral("correct horse battery");

// A new clinic in a temporary folder, signed in as its administrator, with the fast
// key-derivation setting.
struct TestClinic
{
    QTemporaryDir dir;
    ManualClock clock;
    QString path;
    QString recoveryKey;
    std::unique_ptr<Clinic> clinic;

    explicit TestClinic(const QString& name = QStringLiteral("Test Clinic"))
    {
        path = dir.filePath(QStringLiteral("clinic.rapport"));
        auto created = Clinic::create(path,
                                      ClinicProfile{name, QStringLiteral("GB"), QStringLiteral("Europe/London"),
                                                    QStringLiteral("en")},
                                      NewStaffAccount{QStringLiteral("admin"), QStringLiteral("Ada Admin"),
                                                      Role::Administrator, AdminPassword},
                                      PasswordKdf::insecureFast(), clock);
        if (!created)
            qFatal("could not create test clinic: %s", qPrintable(created.error().text()));
        recoveryKey = created->recoveryKey;
        clinic = std::move(created->clinic);
    }

    Result<std::unique_ptr<Clinic>> signIn(const QString& user, const QString& password)
    {
        return Clinic::signIn(path, user, password, clock);
    }
};

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

} // namespace rapport::test
