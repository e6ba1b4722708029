#include "demo/DemoClinic.h"

#include "demo/DemoPopulation.h"
#include "demo/DemoSchedule.h"
#include "messaging/MessagingSetup.h"
#include "recalls/RecallService.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"
#include "security/StaffService.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rapport {

QList<DemoClinic::Account> DemoClinic::accounts()
{
    return {
        {QStringLiteral("admin"), QStringLiteral("Alex Morgan"), Role::Administrator},
        {QStringLiteral("manager"), QStringLiteral("Priya Natarajan"), Role::Manager},
        {QStringLiteral("dentist"), QStringLiteral("Dr. Tomás Herrera"), Role::Clinician},
        {QStringLiteral("reception"), QStringLiteral("Jo Walsh"), Role::Receptionist},
    };
}

QString DemoClinic::password()
{
    return QStringLiteral("rapport-demo");
}

QString DemoClinic::clinicName()
{
    return QCoreApplication::translate("rapport::DemoClinic", "Harbour Street Dental (demo)");
}

Status DemoClinic::setUpRecalls(Clinic& clinic)
{
    RecallService recalls(clinic);
    RAPPORT_TRY(recalls.createTypesFromAppointmentTypes());
    RAPPORT_TRY_ASSIGN(const QList<RecallType> types, recalls.types(true));
    // The texts DemoSchedule gives its appointment types.
    const auto named = [&](const QString& name) {
        for (const RecallType& t : types)
            if (t.name == name)
                return t;
        return RecallType{};
    };
    RecallType child = named(QStringLiteral("Child check-up, 6 months"));
    const RecallType adult = named(QStringLiteral("Check-up, 12 months"));
    if (!child.id.isEmpty() && !adult.id.isEmpty() && child.thenTypeId.isEmpty()) {
        child.untilAge = 18;
        child.thenTypeId = adult.id;
        RAPPORT_TRY(recalls.saveType(child));
    }
    RAPPORT_TRY(recalls.rebuildAll());
    return {};
}

Status DemoClinic::ensure(const QString& databasePath, const Clock& clock, const KdfParams& kdf, int patients,
                          quint64 seed, int years)
{
    if (QFileInfo::exists(databasePath))
        return {};
    const QList<Account> all = accounts();
    const Account& admin = all.first();
    RAPPORT_TRY_ASSIGN(Clinic::Created created,
                       Clinic::create(databasePath,
                                      ClinicProfile{clinicName(), QStringLiteral("GB"), QStringLiteral("Europe/London"),
                                                    QStringLiteral("en")},
                                      NewStaffAccount{admin.username, admin.displayName, admin.role, password()}, kdf,
                                      clock, true));
    Clinic& clinic = *created.clinic;
    RAPPORT_TRY(MessagingSetup(clinic).createDefaultRules());
    // Made-up contact details (a reserved example domain, a drama number) for messages,
    // letters and calendar entries.
    SettingsService settings(clinic);
    RAPPORT_TRY(settings.set(QStringLiteral("clinic.address"), QStringLiteral("12 Harbour Street\nBristol\nBS1 4RN")));
    RAPPORT_TRY(settings.set(QStringLiteral("clinic.phone"), QStringLiteral("0117 496 0000")));
    RAPPORT_TRY(settings.set(QStringLiteral("clinic.email"), QStringLiteral("reception@harbour-dental.example")));
    StaffService staff(clinic);
    for (qsizetype i = 1; i < all.size(); ++i) {
        RAPPORT_TRY_ASSIGN(StaffMember m, staff.add(all[i].username, all[i].displayName, all[i].role, password()));
        // Demo accounts skip the first-sign-in password change so anyone can try each role.
        RAPPORT_TRY_ASSIGN(Statement st,
                           clinic.database().prepare("UPDATE staff SET must_change_password = 0 WHERE id = :id"));
        st.bind(":id", m.id);
        RAPPORT_TRY(st.exec());
    }
    if (patients > 0) {
        DemoPopulation::Options options;
        options.patients = patients;
        options.seed = seed;
        RAPPORT_TRY(DemoPopulation::generate(clinic, options));
        if (years > 0) {
            DemoSchedule::Options schedule;
            schedule.years = years;
            schedule.seed = seed;
            RAPPORT_TRY(DemoSchedule::generate(clinic, schedule));
            RAPPORT_TRY(setUpRecalls(clinic));
        }
    }
    clinic.lock();
    return {};
}

} // namespace rapport
