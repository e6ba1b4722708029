#include "commands/DemoCommand.h"

#include "ClinicAccess.h"
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "Output.h"
#include "demo/DemoClinic.h"
#include "demo/DemoPopulation.h"
#include "demo/DemoSchedule.h"
#include "patients/PatientDirectory.h"
#include "security/Clinic.h"
#include "security/Permission.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace rapport::ctl {

namespace {

const QString Patients = QStringLiteral("patients");
const QString Seed = QStringLiteral("seed");
const QString Years = QStringLiteral("years");

// What generating the demo population did.
struct Population
{
    int patients = 0;
    double seconds = 0;
    int providers = 0;
    int appointments = 0;
    double scheduleSeconds = 0;
};

class Demo final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    static constexpr int MaximumPatients = 1000000;
    static constexpr int MaximumYears = 30;

    QStringList path() const override { return {QStringLiteral("demo")}; }
    QString summary() const override { return tr("Create the demo clinic for trying Rapport out"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(
            tr("Creates the demo clinic at PATH with one made-up account for each role, all "
               "sharing one published password. If the demo clinic is there already, nothing is "
               "changed. With --patients, fills it with made-up patients: households with shared "
               "addresses, children linked to their guardians, consents, tags and statuses; the same "
               "--seed gives the same people, ids included, on the same day. With them come providers, "
               "chairs, appointment types, working hours, holidays and --years of their appointments "
               "(10 years of 100,000 patients are about a million). Never enter real patients into the "
               "demo clinic."));
        ClinicAccess::declareDatabaseOption(line);
        line.addValueOption(Patients,
                            tr("Also create N made-up patients (up to %1). Refused when the demo clinic "
                               "already has patients.")
                                .arg(MaximumPatients),
                            QStringLiteral("N"), CommandLine::Presence::Optional, QStringLiteral("0"));
        line.addValueOption(Seed, tr("Which made-up population to create (default 1)."), QStringLiteral("S"),
                            CommandLine::Presence::Optional, QStringLiteral("1"));
        line.addValueOption(Years,
                            tr("Years of appointments for the made-up patients, ending three months from today "
                               "(0 to %1, default 2; 0 for none).")
                                .arg(MaximumYears),
                            QStringLiteral("Y"), CommandLine::Presence::Optional, QStringLiteral("2"));
        ClinicAccess::declareJsonOption(line);
    }

    // Signs in as the demo administrator (the demo passwords are public by design) and
    // writes the population in one transaction, with progress on standard error.
    static std::expected<Population, ExitCode> populate(const QString& path, int patients, quint64 seed, int years,
                                                        CommandContext& context)
    {
        Output& out = context.out;
        QString administrator;
        for (const DemoClinic::Account& a : DemoClinic::accounts())
            if (administrator.isEmpty() && a.role == Role::Administrator)
                administrator = a.username;
        auto clinic = Clinic::signIn(path, administrator, DemoClinic::password(), context.clock);
        if (!clinic)
            return std::unexpected(out.fail(clinic.error(), ErrorStage::OpeningClinic));
        PatientFilter everyone;
        everyone.statuses = {PatientStatus::Active, PatientStatus::Inactive, PatientStatus::Deceased,
                             PatientStatus::Archived};
        auto existing = PatientDirectory(**clinic).count(everyone);
        if (!existing)
            return std::unexpected(out.fail(existing.error(), ErrorStage::Working));
        if (*existing > 0)
            return std::unexpected(out.refuse(
                tr("The demo clinic in %1 already has %n patient(s); Rapport adds made-up patients only to an "
                   "empty demo clinic. Delete the demo clinic's folder (its .rapport file and key file), or "
                   "choose another --db.",
                   nullptr, int(*existing))
                    .arg(QFileInfo(path).absoluteFilePath())));

        int nextStep = 1; // in steps of 5%
        DemoPopulation::Options options;
        options.patients = patients;
        options.seed = seed;
        options.progress = [&](int written) {
            const int step = static_cast<int>(qint64(written) * 20 / patients);
            if (step >= nextStep && step < 20) {
                out.note(
                    tr("Created %1 of %2 patients (%3%)…")
                        .arg(QString::number(written), QString::number(patients), QString::number(step * 5)));
                nextStep = step + 1;
            }
            return true;
        };
        QElapsedTimer timer;
        timer.start();
        auto generated = DemoPopulation::generate(**clinic, options);
        if (!generated)
            return std::unexpected(out.fail(generated.error(), ErrorStage::Working));
        Population population{*generated, double(timer.elapsed()) / 1000.0};
        if (years > 0) {
            timer.restart();
            int nextShare = 10;
            DemoSchedule::Options schedule;
            schedule.years = years;
            schedule.seed = seed;
            schedule.progress = [&](int share) {
                if (share >= nextShare && share < 100) {
                    out.note(tr("Creating appointments: %1%…").arg(share));
                    nextShare = share / 10 * 10 + 10;
                }
                return true;
            };
            auto book = DemoSchedule::generate(**clinic, schedule);
            if (!book)
                return std::unexpected(out.fail(book.error(), ErrorStage::Working));
            out.note(tr("Building the recalls from the appointment history…"));
            if (Status recalls = DemoClinic::setUpRecalls(**clinic); !recalls)
                return std::unexpected(out.fail(recalls.error(), ErrorStage::Working));
            population.providers = book->providers;
            population.appointments = book->appointments;
            population.scheduleSeconds = double(timer.elapsed()) / 1000.0;
        }
        (*clinic)->lock();
        return population;
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        bool numeric = false;
        const int patients = line.value(Patients).toInt(&numeric);
        if (!numeric || patients < 0 || patients > MaximumPatients)
            return out.usageError(line.command(),
                                  tr("--patients is a whole number from 0 to %1, not “%2”.")
                                      .arg(QString::number(MaximumPatients), line.value(Patients)));
        const quint64 seed = line.value(Seed).toULongLong(&numeric);
        if (!numeric)
            return out.usageError(
                line.command(), tr("--seed is a whole number of 0 or more, not “%1”.").arg(line.value(Seed)));
        const int years = line.value(Years).toInt(&numeric);
        if (!numeric || years < 0 || years > MaximumYears)
            return out.usageError(line.command(), tr("--years is a whole number from 0 to %1, not “%2”.")
                                                      .arg(QString::number(MaximumYears), line.value(Years)));
        const QString path = line.value(QStringLiteral("db"));
        const QString database = QFileInfo(path).absoluteFilePath();
        bool created = false;
        if (Clinic::exists(path)) {
            auto info = Clinic::peek(path);
            if (!info || !info->demo)
                return out.refuse(
                    tr("A file that is not the demo clinic already exists at %1. Rapport leaves it "
                       "as it is; choose another path for the demo clinic.")
                        .arg(database));
        } else {
            if (Status ensured = DemoClinic::ensure(path, context.clock); !ensured)
                return out.fail(ensured.error(), ErrorStage::OpeningClinic);
            created = true;
        }
        Population population;
        if (patients > 0) {
            auto populated = populate(path, patients, seed, years, context);
            if (!populated)
                return populated.error();
            population = *populated;
        }

        const QList<DemoClinic::Account> accounts = DemoClinic::accounts();
        if (line.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const DemoClinic::Account& a : accounts)
                list.append(QJsonObject{{QStringLiteral("username"), a.username},
                                        {QStringLiteral("displayName"), a.displayName},
                                        {QStringLiteral("role"), Permissions::roleKey(a.role)}});
            out.printJson(QJsonObject{{QStringLiteral("database"), database},
                                      {QStringLiteral("created"), created},
                                      {QStringLiteral("clinicName"), DemoClinic::clinicName()},
                                      {QStringLiteral("password"), DemoClinic::password()},
                                      {QStringLiteral("accounts"), list},
                                      {QStringLiteral("patientsCreated"), population.patients},
                                      {QStringLiteral("seed"), QString::number(seed)},
                                      {QStringLiteral("seconds"), population.seconds},
                                      {QStringLiteral("years"), patients > 0 ? years : 0},
                                      {QStringLiteral("providersCreated"), population.providers},
                                      {QStringLiteral("appointmentsCreated"), population.appointments},
                                      {QStringLiteral("appointmentSeconds"), population.scheduleSeconds}});
            return ExitCode::Success;
        }
        if (created)
            out.print(tr("Created the demo clinic “%1” in %2.").arg(DemoClinic::clinicName(), database));
        else if (patients == 0)
            out.print(tr("The demo clinic already exists in %1; nothing was changed.").arg(database));
        else
            out.print(tr("The demo clinic already exists in %1.").arg(database));
        if (patients > 0)
            out.print(
                tr("Created %n made-up patient(s) in %1 seconds (seed %2).", nullptr, population.patients)
                    .arg(QLocale().toString(population.seconds, 'f', 1), QString::number(seed)));
        if (population.appointments > 0)
            out.print(tr("Created %n appointment(s) over %1 with %2 providers in %3 seconds.", nullptr,
                         population.appointments)
                          .arg(tr("%n year(s)", nullptr, years), QString::number(population.providers),
                               QLocale().toString(population.scheduleSeconds, 'f', 1)));
        out.print(QString());
        QList<QStringList> rows{{tr("USER"), tr("NAME"), tr("ROLE")}};
        for (const DemoClinic::Account& a : accounts)
            rows << QStringList{a.username, a.displayName, Permissions::roleKey(a.role)};
        out.printTable(rows);
        out.print(tr("\nEvery demo account signs in with the password: %1\n"
                     "The demo clinic is for trying Rapport out: its password is public, so never enter real "
                     "patients into it.")
                      .arg(DemoClinic::password()));
        return ExitCode::Success;
    }
};

} // namespace

void DemoCommand::registerWith(CommandRegistry& registry)
{
    registry.add(std::make_unique<Demo>());
}

} // namespace rapport::ctl
