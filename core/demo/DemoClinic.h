#pragma once

#include "common/Error.h"
#include "crypto/PasswordKdf.h"
#include "security/Permission.h"

#include <QList>
#include <QString>

namespace rapport {

class Clinic;
class Clock;

// A throwaway clinic for trying Rapport out: its own folder, made-up staff, and
// passwords that the sign-in window of the demo clinic (and only that) shows.
class DemoClinic
{
public:
    struct Account
    {
        QString username;
        QString displayName;
        Role role;
    };

    [[nodiscard]] static QList<Account> accounts();
    [[nodiscard]] static QString password(); // the same for every demo account
    [[nodiscard]] static QString clinicName();

    // The demo's recall types, made from its appointment types' recall texts (the child
    // check-up hands on to the adult one at 18), then every recall built from the history.
    // Called after DemoSchedule::generate.
    [[nodiscard]] static Status setUpRecalls(Clinic& clinic);

    // Creates the demo clinic at databasePath if it does not exist yet, with `patients`
    // made-up patients (DemoPopulation, from `seed`) and, when there are patients, `years`
    // of their appointments (DemoSchedule and its recalls; none when 0).
    [[nodiscard]] static Status ensure(const QString& databasePath, const Clock& clock,
                                       const KdfParams& kdf = PasswordKdf::insecureFast(), int patients = 0,
                                       quint64 seed = 1, int years = 2);
};

} // namespace rapport
