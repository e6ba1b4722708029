#include "commands/RecallCommand.h"

#include "ClinicAccess.h"
#include "CommandRegistry.h"
#include "commands/ScheduleCommand.h"
#include "commands/ScheduleFormat.h"
#include "patients/PatientVocabulary.h"
#include "recalls/RecallRows.h"
#include "recalls/RecallService.h"
#include "scheduling/ScheduleSetup.h"
#include "security/SettingsService.h"

#include <QLocale>

namespace rapport::ctl {

namespace {

const QList<RecallState> AllStates{RecallState::NotContacted, RecallState::Contacted, RecallState::Scheduled,
                                   RecallState::Declined, RecallState::Inactive};

QStringList stateKeys()
{
    QStringList keys;
    for (RecallState s : AllStates)
        keys << RecallService::stateKey(s);
    return keys;
}

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue numberOrNull(int n)
{
    return n < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(n);
}

class RecallList final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("recall"), QStringLiteral("list")}; }
    QString summary() const override { return tr("List the recalls due and overdue"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Lists patients' recalls due between two dates, and the ones still open from before, "
                               "by due date and name: who to bring back, how often they were contacted and whether "
                               "they booked. Needs the recalls.work permission."));
        line.addValueOption(QStringLiteral("from"), tr("Due on this day or later, YYYY-MM-DD (default today)."),
                            QStringLiteral("DATE"));
        line.addValueOption(QStringLiteral("to"), tr("Due on this day or earlier, YYYY-MM-DD (default 30 days after --from)."),
                            QStringLiteral("DATE"));
        line.addFlag(QStringLiteral("no-overdue"), tr("Leave out open recalls due before --from."));
        line.addValueOption(QStringLiteral("provider"),
                            tr("Only recalls of patients last seen by this provider (id; repeatable or separated by "
                               "commas)."),
                            QStringLiteral("ID"));
        line.addValueOption(QStringLiteral("type"),
                            tr("Only this recall type (id, as 'recall types' shows; repeatable or separated by commas)."),
                            QStringLiteral("ID"));
        line.addValueOption(QStringLiteral("state"),
                            tr("Only these states (repeatable or separated by commas): %1. Default: not-contacted, "
                               "contacted and scheduled.")
                                .arg(stateKeys().join(QStringLiteral(", "))),
                            QStringLiteral("STATE"));
        line.addFlag(QStringLiteral("reactivation"),
                     tr("Only patients whose contact attempts are used up without a booking, to offer for "
                        "reactivation."));
        line.addValueOption(QStringLiteral("limit"), tr("At most N recalls (default 5000)."), QStringLiteral("N"),
                            CommandLine::Presence::Optional, QStringLiteral("5000"));
        declareCommon(line, tr("Print the result as one compact JSON object: {\"from\": ..., \"to\": ..., "
                               "\"recalls\": [...]}."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        RecallQuery query;
        for (const auto& [option, date] : {std::pair(QStringLiteral("from"), &query.from),
                                           std::pair(QStringLiteral("to"), &query.to)}) {
            if (!line.isSet(option))
                continue;
            const auto parsed = ScheduleFormat::parseDate(line.value(option));
            if (!parsed)
                return out.usageError(line.command(), tr("--%1 is a date written YYYY-MM-DD.").arg(option));
            *date = *parsed;
        }
        query.includeOverdue = !line.isSet(QStringLiteral("no-overdue"));
        query.providerIds = idList(line.values(QStringLiteral("provider")));
        query.recallTypeIds = idList(line.values(QStringLiteral("type")));
        for (const QString& key : idList(line.values(QStringLiteral("state")))) {
            const qsizetype at = stateKeys().indexOf(key.toLower());
            if (at < 0)
                return out.usageError(line.command(), tr("--state is one of %1, not “%2”.")
                                                          .arg(stateKeys().join(QStringLiteral(", ")), key));
            query.states << AllStates.at(at);
        }
        query.reactivationOnly = line.isSet(QStringLiteral("reactivation"));
        bool numeric = false;
        query.limit = line.value(QStringLiteral("limit")).toInt(&numeric);
        if (!numeric || query.limit < 1)
            return out.usageError(line.command(), tr("--limit is a whole number of 1 or more."));
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        Clinic& clinic = *signedIn->clinic;
        const SettingsService settings(clinic);
        const QTimeZone zone = settings.timeZone();
        if (!query.from.isValid())
            query.from = query.to.isValid() ? qMin(settings.today(), query.to) : settings.today();
        if (!query.to.isValid())
            query.to = query.from.addDays(30);
        auto rows = RecallService(clinic).list(query);
        if (!rows)
            return ScheduleFormat::report(out, rows.error());
        const QLocale locale;
        const ListShape shape{QStringLiteral("recalls"),
                              {tr("DUE"), tr("PATIENT"), tr("PHONE"), tr("AGE"), tr("RECALL"), tr("PROVIDER"),
                               tr("STATE"), tr("LAST CONTACT"), tr("ID")},
                              tr("No recalls are due then."),
                              QJsonObject{{QStringLiteral("from"), query.from.toString(Qt::ISODate)},
                                          {QStringLiteral("to"), query.to.toString(Qt::ISODate)}}};
        const auto toJson = [&](const RecallRow& r) { return RecallCommands::rowJson(r, zone); };
        return printList(out, line, *rows, shape, toJson, [&](const RecallRow& r) {
            const PatientRecall& p = r.recall;
            QString due = locale.toString(p.dueDate, QLocale::ShortFormat);
            if (r.overdue)
                due = tr("%1, overdue").arg(due);
            QString state = RecallService::stateName(r.state);
            if (r.state == RecallState::Contacted)
                state = tr("%1 (%n time(s))", nullptr, p.attempts).arg(state);
            else if (r.state == RecallState::Scheduled)
                state = tr("%1 for %2").arg(state, ScheduleFormat::shownInstant(p.scheduledStart, zone));
            if (r.needsReactivation)
                state = tr("%1; offer reactivation").arg(state);
            const QString contact = p.lastContactAt.isValid()
                ? tr("%1 by %2").arg(ScheduleFormat::shownInstant(p.lastContactAt, zone),
                                     PatientVocabulary::name(p.lastContactChannel))
                : QString();
            return QStringList{due, r.patientName, r.patientPhone, r.age < 0 ? QString() : QString::number(r.age),
                               r.recallTypeName, r.providerName, state, contact, p.id};
        });
    }
};

class RecallTypes final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("recall"), QStringLiteral("types")}; }
    QString summary() const override { return tr("List the recall types"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Lists the recall types: the interval after a visit, the appointment types that reset "
                               "them, the age at which patients move on to another type, and the contact chain. "
                               "Needs the recalls.work or messages.configure permission."));
        line.addFlag(QStringLiteral("all"), tr("Also list recall types that are no longer in use."));
        declareCommon(line, tr("Print the result as one compact JSON object: {\"types\": [...]}."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        Clinic& clinic = *signedIn->clinic;
        auto types = RecallService(clinic).types(line.isSet(QStringLiteral("all")));
        if (!types)
            return ScheduleFormat::report(out, types.error());
        QHash<QString, QString> recallNames;
        for (const RecallType& t : *types)
            recallNames.insert(t.id, t.name);
        ScheduleSetup setup(clinic);
        const QHash<QString, QString> appointmentTypes = typeNames(setup);
        const ListShape shape{QStringLiteral("types"),
                              {tr("NAME"), tr("INTERVAL"), tr("RESET BY"), tr("MOVES ON"), tr("ATTEMPTS"), tr("CHAIN"),
                               tr("ID")},
                              tr("There are no recall types yet.")};
        return printList(out, line, *types, shape, &RecallCommands::typeJson, [&](const RecallType& t) {
            QStringList interval;
            if (t.intervalMonths > 0)
                interval << tr("%n month(s)", nullptr, t.intervalMonths);
            if (t.intervalDays > 0)
                interval << tr("%n day(s)", nullptr, t.intervalDays);
            QStringList resets;
            for (const QString& id : t.resetTypeIds)
                resets << appointmentTypes.value(id, id);
            QStringList chain;
            for (const RecallChainStep& s : t.chain)
                chain << QStringLiteral("%1%2:%3")
                             .arg(s.offsetDays > 0 ? QStringLiteral("+") : QString())
                             .arg(s.offsetDays)
                             .arg(recallrows::chainKey(s.channel));
            const QString movesOn = t.untilAge >= 0
                ? tr("at %1 to %2").arg(t.untilAge).arg(recallNames.value(t.thenTypeId, t.thenTypeId))
                : QString();
            const QString name = t.active ? t.name : tr("%1 (not in use)").arg(t.name);
            return QStringList{name, interval.join(QLatin1Char(' ')), resets.join(QStringLiteral(", ")), movesOn,
                               QString::number(t.maxAttempts), chain.join(QLatin1Char(' ')), t.id};
        });
    }
};

} // namespace

QJsonObject RecallCommands::rowJson(const RecallRow& row, const QTimeZone& zone)
{
    const PatientRecall& r = row.recall;
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("patientId"), r.patientId},
        {QStringLiteral("patientName"), row.patientName},
        {QStringLiteral("patientPhone"), textOrNull(row.patientPhone)},
        {QStringLiteral("dateOfBirth"), dateOrNull(row.dateOfBirth)},
        {QStringLiteral("age"), numberOrNull(row.age)},
        {QStringLiteral("recallTypeId"), r.recallTypeId},
        {QStringLiteral("recallTypeName"), row.recallTypeName},
        {QStringLiteral("bookingTypeId"), textOrNull(row.bookingTypeId)},
        {QStringLiteral("providerId"), textOrNull(r.providerId)},
        {QStringLiteral("providerName"), textOrNull(row.providerName)},
        {QStringLiteral("lastCompleted"), dateOrNull(r.lastCompleted)},
        {QStringLiteral("dueDate"), dateOrNull(r.dueDate)},
        {QStringLiteral("overdue"), row.overdue},
        {QStringLiteral("state"), RecallService::stateKey(row.state)},
        {QStringLiteral("stateReason"), textOrNull(r.stateReason)},
        {QStringLiteral("attempts"), r.attempts},
        {QStringLiteral("lastContactAt"), ScheduleFormat::instant(r.lastContactAt, zone)},
        {QStringLiteral("lastContactChannel"), textOrNull(PatientVocabulary::key(r.lastContactChannel))},
        {QStringLiteral("scheduledAppointmentId"), textOrNull(r.scheduledAppointmentId)},
        {QStringLiteral("scheduledStart"), ScheduleFormat::instant(r.scheduledStart, zone)},
        {QStringLiteral("overrideMonths"), numberOrNull(r.overrideMonths)},
        {QStringLiteral("overrideDays"), numberOrNull(r.overrideDays)},
        {QStringLiteral("needsReactivation"), row.needsReactivation},
    };
}

QJsonObject RecallCommands::typeJson(const RecallType& t)
{
    QJsonArray chain;
    for (const RecallChainStep& s : t.chain)
        chain.append(QJsonObject{{QStringLiteral("offsetDays"), s.offsetDays},
                                 {QStringLiteral("channel"), recallrows::chainKey(s.channel)}});
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("name"), t.name},
        {QStringLiteral("intervalMonths"), t.intervalMonths},
        {QStringLiteral("intervalDays"), t.intervalDays},
        {QStringLiteral("resetTypeIds"), QJsonArray::fromStringList(t.resetTypeIds)},
        {QStringLiteral("bookingTypeId"), textOrNull(t.bookingTypeId)},
        {QStringLiteral("untilAge"), numberOrNull(t.untilAge)},
        {QStringLiteral("thenTypeId"), textOrNull(t.thenTypeId)},
        {QStringLiteral("maxAttempts"), t.maxAttempts},
        {QStringLiteral("chain"), chain},
        {QStringLiteral("active"), t.active},
    };
}

void RecallCommands::registerWith(CommandRegistry& registry)
{
    registry.addGroup(QStringLiteral("recall"),
                      QCoreApplication::translate("rapportctl", "Patients' recalls: list, types."));
    registry.add(std::make_unique<RecallList>());
    registry.add(std::make_unique<RecallTypes>());
}

} // namespace rapport::ctl
