#include "commands/ScheduleCommands.h"

#include "ClinicAccess.h"
#include "CommandRegistry.h"
#include "commands/ScheduleCommand.h"
#include "commands/ScheduleFormat.h"
#include "commands/ScheduleHoursCommands.h"
#include "scheduling/ScheduleSetup.h"
#include "scheduling/SchedulingVocabulary.h"
#include "security/StaffService.h"

namespace rapport::ctl {

namespace {

class ProviderAdd final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("provider"), QStringLiteral("add")}; }
    QString summary() const override { return tr("Add a provider (dentist, hygienist, doctor…)"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Adds a provider who sees patients and prints the new provider's id. Set the "
                               "working hours next with 'hours set'. Needs the schedule.setup permission."));
        line.addValueOption(QStringLiteral("name"), tr("The name shown in the book, such as “Dr. Ana Ruiz”."),
                            QStringLiteral("NAME"), CommandLine::Presence::Required);
        line.addValueOption(QStringLiteral("kind"),
                            tr("%1 (default dentist).").arg(SchedulingVocabulary::providerKinds().join(QStringLiteral(", "))),
                            QStringLiteral("KIND"), CommandLine::Presence::Optional, QStringLiteral("dentist"));
        line.addValueOption(QStringLiteral("colour"), tr("Colour in the book as #rrggbb (default: the next free one)."),
                            QStringLiteral("COLOUR"));
        line.addValueOption(QStringLiteral("staff"),
                            tr("Link the provider to this member of staff's account (user name), so their own "
                               "day can be found. Needs the staff.manage permission to look the account up."),
                            QStringLiteral("USERNAME"));
        declareCommon(line, tr("Print the new provider as one compact JSON object."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        Provider p;
        p.name = line.value(QStringLiteral("name"));
        p.kind = line.value(QStringLiteral("kind")).trimmed().toLower();
        if (!SchedulingVocabulary::providerKinds().contains(p.kind))
            return out.usageError(line.command(), tr("--kind is one of %1, not “%2”.")
                                                      .arg(SchedulingVocabulary::providerKinds().join(QStringLiteral(", ")),
                                                           line.value(QStringLiteral("kind"))));
        p.colour = line.value(QStringLiteral("colour")).trimmed();
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        Clinic& clinic = *signedIn->clinic;
        if (line.isSet(QStringLiteral("staff"))) {
            auto member = StaffService(clinic).find(line.value(QStringLiteral("staff")));
            if (!member)
                return ScheduleFormat::report(out, member.error());
            p.staffId = member->id;
        }
        ScheduleSetup setup(clinic);
        auto all = setup.providers(true);
        if (!all)
            return ScheduleFormat::report(out, all.error());
        p.sortOrder = int(all->size()) + 1;
        auto saved = setup.saveProvider(p);
        if (!saved)
            return ScheduleFormat::report(out, saved.error());
        return printAdded(out, line, saved->id, ScheduleFormat::providerJson(*saved));
    }
};

class ProviderList final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("provider"), QStringLiteral("list")}; }
    QString summary() const override { return tr("List the providers"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Lists the providers in the book's order. Needs the schedule.view permission."));
        line.addFlag(QStringLiteral("all"), tr("Also list providers who no longer work here."));
        declareCommon(line, tr("Print the result as one compact JSON object: {\"providers\": [...]}."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        auto providers = ScheduleSetup(*signedIn->clinic).providers(line.isSet(QStringLiteral("all")));
        if (!providers)
            return ScheduleFormat::report(out, providers.error());
        const ListShape shape{QStringLiteral("providers"),
                              {tr("NAME"), tr("KIND"), tr("COLOUR"), tr("LINKED"), tr("ACTIVE"), tr("ID")},
                              tr("There are no providers yet; add one with 'rapportctl provider add'.")};
        return printList(out, line, *providers, shape, &ScheduleFormat::providerJson, [](const Provider& p) {
            return QStringList{p.name, SchedulingVocabulary::providerKindName(p.kind), p.colour,
                               p.staffId.isEmpty() ? tr("no") : tr("yes"), p.active ? tr("yes") : tr("no"), p.id};
        });
    }
};

class ChairAdd final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("chair"), QStringLiteral("add")}; }
    QString summary() const override { return tr("Add a chair or room"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Adds a dental chair or a room and prints its id. Needs the schedule.setup "
                               "permission."));
        line.addValueOption(QStringLiteral("name"), tr("The name shown in the book, such as “Surgery 2”."),
                            QStringLiteral("NAME"), CommandLine::Presence::Required);
        declareCommon(line, tr("Print the new chair as one compact JSON object."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        ScheduleSetup setup(*signedIn->clinic);
        auto all = setup.chairs(true);
        if (!all)
            return ScheduleFormat::report(out, all.error());
        auto saved = setup.saveChair(Chair{{}, line.value(QStringLiteral("name")), true, int(all->size()) + 1});
        if (!saved)
            return ScheduleFormat::report(out, saved.error());
        return printAdded(out, line, saved->id, ScheduleFormat::chairJson(*saved));
    }
};

class ChairList final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("chair"), QStringLiteral("list")}; }
    QString summary() const override { return tr("List the chairs and rooms"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Lists the chairs and rooms. Needs the schedule.view permission."));
        line.addFlag(QStringLiteral("all"), tr("Also list chairs that are no longer used."));
        declareCommon(line, tr("Print the result as one compact JSON object: {\"chairs\": [...]}."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        auto chairs = ScheduleSetup(*signedIn->clinic).chairs(line.isSet(QStringLiteral("all")));
        if (!chairs)
            return ScheduleFormat::report(out, chairs.error());
        const ListShape shape{QStringLiteral("chairs"), {tr("NAME"), tr("ACTIVE"), tr("ID")},
                              tr("There are no chairs or rooms yet; add one with 'rapportctl chair add'.")};
        return printList(out, line, *chairs, shape, &ScheduleFormat::chairJson, [](const Chair& c) {
            return QStringList{c.name, c.active ? tr("yes") : tr("no"), c.id};
        });
    }
};

class TypeAdd final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("type"), QStringLiteral("add")}; }
    QString summary() const override { return tr("Add an appointment type"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Adds an appointment type with its usual length and prints its id. Appointments "
                               "are booked by the type's name. Needs the schedule.setup permission."));
        line.addValueOption(QStringLiteral("name"), tr("The type's name, such as “Check-up”."), QStringLiteral("NAME"),
                            CommandLine::Presence::Required);
        line.addValueOption(QStringLiteral("minutes"), tr("How long it usually takes, in steps of 5 minutes."),
                            QStringLiteral("M"), CommandLine::Presence::Required);
        line.addValueOption(QStringLiteral("colour"), tr("Colour in the book as #rrggbb (default: the next free one)."),
                            QStringLiteral("COLOUR"));
        line.addValueOption(QStringLiteral("providers"),
                            tr("Only these providers do it: their ids, separated by commas (default: everyone)."),
                            QStringLiteral("ID,ID"));
        line.addValueOption(QStringLiteral("recall-type"),
                            tr("The recall that a completed appointment of this type satisfies, such as "
                               "“Hygiene, 6 months”."),
                            QStringLiteral("TEXT"));
        declareCommon(line, tr("Print the new type as one compact JSON object."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        AppointmentType t;
        bool numeric = false;
        t.durationMinutes = line.value(QStringLiteral("minutes")).toInt(&numeric);
        if (!numeric)
            return out.usageError(line.command(), tr("--minutes is a whole number of minutes, not “%1”.")
                                                      .arg(line.value(QStringLiteral("minutes"))));
        t.name = line.value(QStringLiteral("name"));
        t.colour = line.value(QStringLiteral("colour")).trimmed();
        t.recallType = line.value(QStringLiteral("recall-type"));
        t.providerIds = idList({line.value(QStringLiteral("providers"))});
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        auto saved = ScheduleSetup(*signedIn->clinic).saveType(t);
        if (!saved)
            return ScheduleFormat::report(out, saved.error());
        return printAdded(out, line, saved->id, ScheduleFormat::typeJson(*saved));
    }
};

class TypeList final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("type"), QStringLiteral("list")}; }
    QString summary() const override { return tr("List the appointment types"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Lists the appointment types. Needs the schedule.view permission."));
        line.addFlag(QStringLiteral("all"), tr("Also list types that are no longer offered."));
        declareCommon(line, tr("Print the result as one compact JSON object: {\"types\": [...]}."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        auto types = ScheduleSetup(*signedIn->clinic).types(line.isSet(QStringLiteral("all")));
        if (!types)
            return ScheduleFormat::report(out, types.error());
        const ListShape shape{QStringLiteral("types"),
                              {tr("NAME"), tr("MINUTES"), tr("RECALL"), tr("PROVIDERS"), tr("ID")},
                              tr("There are no appointment types yet; add one with 'rapportctl type add'.")};
        return printList(out, line, *types, shape, &ScheduleFormat::typeJson, [](const AppointmentType& t) {
            return QStringList{t.name, QString::number(t.durationMinutes), t.recallType,
                               t.providerIds.isEmpty() ? tr("everyone") : tr("%n provider(s)", nullptr, int(t.providerIds.size())),
                               t.id};
        });
    }
};

} // namespace

void ScheduleCommands::registerWith(CommandRegistry& registry)
{
    registry.addGroup(QStringLiteral("provider"),
                      QCoreApplication::translate("rapportctl", "Providers who see patients: add, list."));
    registry.addGroup(QStringLiteral("chair"),
                      QCoreApplication::translate("rapportctl", "Dental chairs and rooms: add, list."));
    registry.addGroup(QStringLiteral("type"),
                      QCoreApplication::translate("rapportctl", "Appointment types and their lengths: add, list."));
    registry.add(std::make_unique<ProviderAdd>());
    registry.add(std::make_unique<ProviderList>());
    registry.add(std::make_unique<ChairAdd>());
    registry.add(std::make_unique<ChairList>());
    registry.add(std::make_unique<TypeAdd>());
    registry.add(std::make_unique<TypeList>());
    ScheduleHoursCommands::registerWith(registry);
}

} // namespace rapport::ctl
