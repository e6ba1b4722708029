#include "commands/AppointmentCommands.h"

#include "ClinicAccess.h"
#include "CommandRegistry.h"
#include "commands/ScheduleCommand.h"
#include "commands/ScheduleFormat.h"
#include "commands/WaitlistCommands.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/NoShowRisk.h"
#include "scheduling/ScheduleSetup.h"
#include "scheduling/SchedulingVocabulary.h"
#include "scheduling/SlotFinder.h"
#include "security/SettingsService.h"

#include <QLocale>

namespace rapport::ctl {

namespace {

class AppointmentBookCommand final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("appointment"), QStringLiteral("book")}; }
    QString summary() const override { return tr("Book an appointment"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(
            tr("Books an appointment of the type's usual length and prints its id. When the provider, the chair "
               "or the patient is busy then, or it is outside the provider's hours or on a closure, nothing is "
               "booked: the reasons are listed and the exit code is 5. A manager or an administrator can book "
               "anyway with --override-reason, which is written to the audit trail. Needs the schedule.book "
               "permission."));
        line.addValueOption(QStringLiteral("patient"), tr("The patient's id ('patient search' shows it)."),
                            QStringLiteral("ID"), CommandLine::Presence::Required);
        declareProviderOption(line);
        line.addValueOption(QStringLiteral("type"), tr("The appointment type's name ('type list' shows them)."),
                            QStringLiteral("NAME"), CommandLine::Presence::Required);
        line.addValueOption(QStringLiteral("start"),
                            tr("When it starts, ISO 8601: 2026-11-03T09:30 is the clinic's local time; add an offset "
                               "(2026-11-03T09:30+01:00 or …Z) for another."),
                            QStringLiteral("DATETIME"), CommandLine::Presence::Required);
        line.addValueOption(QStringLiteral("chair"), tr("The chair or room's id (default: none)."), QStringLiteral("ID"));
        line.addValueOption(QStringLiteral("notes"), tr("Notes for the front desk."), QStringLiteral("TEXT"));
        line.addValueOption(QStringLiteral("override-reason"), tr("Book despite conflicts, for this reason."),
                            QStringLiteral("TEXT"));
        declareCommon(line, tr("Print the booked appointment as one compact JSON object."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        if (!ScheduleFormat::parseStart(line.value(QStringLiteral("start")), QTimeZone(QByteArrayLiteral("UTC"))))
            return out.usageError(line.command(), tr("--start is a date and time such as 2026-11-03T09:30, not “%1”.")
                                                      .arg(line.value(QStringLiteral("start"))));
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        Clinic& clinic = *signedIn->clinic;
        const QTimeZone zone = SettingsService(clinic).timeZone();
        ScheduleSetup setup(clinic);
        auto type = typeNamed(setup, line.value(QStringLiteral("type")), out);
        if (!type)
            return type.error();
        Appointment draft;
        draft.patientId = line.value(QStringLiteral("patient")).trimmed();
        draft.providerId = line.value(QStringLiteral("provider")).trimmed();
        draft.chairId = line.value(QStringLiteral("chair")).trimmed();
        draft.typeId = type->id;
        draft.start = *ScheduleFormat::parseStart(line.value(QStringLiteral("start")), zone);
        draft.end = draft.start.addSecs(qint64(type->durationMinutes) * 60);
        draft.notes = line.value(QStringLiteral("notes"));
        BookingOptions options;
        options.overrideReason = line.value(QStringLiteral("override-reason"));
        AppointmentBook book(clinic);
        auto booked = book.book(draft, options);
        if (!booked) {
            if (booked.error().code != ErrorCode::Conflict)
                return ScheduleFormat::report(out, booked.error());
            QString why = tr("The appointment was not booked:");
            auto found = book.conflicts(draft);
            if (found && !found->isEmpty()) {
                for (const ScheduleConflict& c : std::as_const(*found))
                    why += QStringLiteral("\n  - ") + c.message;
            } else {
                why += QStringLiteral("\n  - ") + booked.error().message;
            }
            why += QLatin1Char('\n')
                + tr("Choose another time ('rapportctl slots' finds free ones), or book anyway with "
                     "--override-reason TEXT (managers and administrators).");
            return out.refuse(why);
        }
        return printAdded(out, line, booked->id, ScheduleFormat::appointmentJson(*booked, zone));
    }
};

class AppointmentList final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("appointment"), QStringLiteral("list")}; }
    QString summary() const override { return tr("List a day's appointments"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Lists the appointments of one day of the clinic, by start time, cancelled ones "
                               "included. Needs the schedule.view permission."));
        line.addValueOption(QStringLiteral("date"), tr("The day, YYYY-MM-DD."), QStringLiteral("DATE"),
                            CommandLine::Presence::Required);
        line.addValueOption(QStringLiteral("provider"), tr("Only this provider's (id; repeatable or separated by commas)."),
                            QStringLiteral("ID"));
        declareCommon(line, tr("Print the result as one compact JSON object: {\"date\": ..., \"appointments\": [...]}."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        const auto date = ScheduleFormat::parseDate(line.value(QStringLiteral("date")));
        if (!date)
            return out.usageError(line.command(), tr("--date is written YYYY-MM-DD, such as 2026-11-03, not “%1”.")
                                                      .arg(line.value(QStringLiteral("date"))));
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        Clinic& clinic = *signedIn->clinic;
        const QTimeZone zone = SettingsService(clinic).timeZone();
        auto rows = AppointmentBook(clinic).day(*date, idList(line.values(QStringLiteral("provider"))));
        if (!rows)
            return ScheduleFormat::report(out, rows.error());
        const ListShape shape{QStringLiteral("appointments"),
                              {tr("TIME"), tr("PROVIDER"), tr("PATIENT"), tr("TYPE"), tr("STATUS"), tr("ID")},
                              tr("No appointments on %1.").arg(QLocale().toString(*date, QLocale::LongFormat)),
                              {{QStringLiteral("date"), date->toString(Qt::ISODate)}}};
        // Appointments still to come carry their no-show risk, so a script can list the
        // confirmation calls (callToConfirm).
        QList<Appointment> appointments;
        for (const AppointmentRow& r : std::as_const(*rows))
            appointments << r.appointment;
        auto risks = NoShowRiskModel(clinic).forAppointments(appointments);
        if (!risks)
            return ScheduleFormat::report(out, risks.error());
        const auto toJson = [&](const AppointmentRow& r) {
            QJsonObject o = ScheduleFormat::rowJson(r, zone);
            const auto risk = risks->constFind(r.appointment.id);
            if (risk != risks->cend())
                o.insert(QStringLiteral("noShowRisk"), ScheduleFormat::riskJson(*risk));
            return o;
        };
        return printList(out, line, *rows, shape, toJson, [&](const AppointmentRow& r) {
            const Appointment& a = r.appointment;
            return QStringList{ScheduleFormat::shownTime(a.start, zone) + QStringLiteral("–") + ScheduleFormat::shownTime(a.end, zone),
                               r.providerName, r.patientName, r.typeName, SchedulingVocabulary::statusName(a.status), a.id};
        });
    }
};

class AppointmentStatusCommand final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("appointment"), QStringLiteral("status")}; }
    QString summary() const override { return tr("Confirm, check in, complete or cancel an appointment"); }

    static QStringList keys()
    {
        QStringList out;
        for (AppointmentStatus s : SchedulingVocabulary::allStatuses())
            out << SchedulingVocabulary::statusKey(s);
        return out;
    }

    void declare(CommandLine& line) const override
    {
        line.setDescription(
            tr("Changes an appointment's status; every change is kept with who made it and when. Cancellations "
               "need --reason; a patient's cancellation inside the late-cancellation window "
               "(schedule.lateCancelHours) is recorded as a late cancellation. A change the book does not allow "
               "(a cancelled appointment cannot be completed) is refused with exit code 5. Needs the "
               "schedule.book permission."));
        line.addArgument(QStringLiteral("ID"), tr("The appointment's id."));
        line.addArgument(QStringLiteral("STATUS"), tr("One of: %1.").arg(keys().join(QStringLiteral(", "))));
        line.addValueOption(QStringLiteral("reason"), tr("Why (needed for cancellations)."), QStringLiteral("TEXT"));
        declareCommon(line, tr("Print the appointment as one compact JSON object."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        const auto status = SchedulingVocabulary::statusFromKey(line.argument(1).trimmed().toLower());
        if (!status)
            return out.usageError(line.command(), tr("STATUS is one of %1, not “%2”.")
                                                      .arg(keys().join(QStringLiteral(", ")), line.argument(1)));
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        Clinic& clinic = *signedIn->clinic;
        AppointmentBook book(clinic);
        const QString id = line.argument(0).trimmed();
        const QString reason = line.value(QStringLiteral("reason"));
        auto changed = *status == AppointmentStatus::CancelledByPatient || *status == AppointmentStatus::CancelledByClinic
            ? book.cancel(id, *status == AppointmentStatus::CancelledByPatient, reason)
            : book.setStatus(id, *status, reason);
        if (!changed)
            return ScheduleFormat::report(out, changed.error());
        if (wantsJson(line)) {
            out.printJson(ScheduleFormat::appointmentJson(*changed, SettingsService(clinic).timeZone()));
            return ExitCode::Success;
        }
        if (changed->status != *status)
            out.note(tr("Cancelled less than %n hour(s) before the start, so it is recorded as a late cancellation.",
                        nullptr, book.lateCancelHours()));
        out.print(tr("The appointment is now “%1”.").arg(SchedulingVocabulary::statusName(changed->status)));
        return ExitCode::Success;
    }
};

class SlotsCommand final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("slots")}; }
    QString summary() const override { return tr("Find free slots for an appointment type"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Finds the earliest free times for an appointment type in a range of days: the "
                               "providers' working hours minus leave, closures and appointments. Needs the "
                               "schedule.view permission."));
        line.addValueOption(QStringLiteral("type"), tr("The appointment type's name."), QStringLiteral("NAME"),
                            CommandLine::Presence::Required);
        line.addValueOption(QStringLiteral("from"), tr("The first day to search, YYYY-MM-DD."), QStringLiteral("DATE"),
                            CommandLine::Presence::Required);
        line.addValueOption(QStringLiteral("to"), tr("The last day to search, YYYY-MM-DD."), QStringLiteral("DATE"),
                            CommandLine::Presence::Required);
        line.addValueOption(QStringLiteral("provider"),
                            tr("Only with this provider (id; repeatable or separated by commas). Default: anyone who "
                               "does the type."),
                            QStringLiteral("ID"));
        line.addValueOption(QStringLiteral("patient"), tr("Keep clear of this patient's other appointments."),
                            QStringLiteral("ID"));
        line.addValueOption(QStringLiteral("days"), tr("Only on these weekdays, such as mon,wed or mon-fri."),
                            QStringLiteral("DAYS"));
        line.addValueOption(QStringLiteral("from-time"), tr("Starting at this time of day or later, HH:MM."),
                            QStringLiteral("HH:MM"));
        line.addValueOption(QStringLiteral("to-time"), tr("Starting before this time of day, HH:MM."),
                            QStringLiteral("HH:MM"));
        line.addValueOption(QStringLiteral("limit"), tr("At most N slots (1 to 500, default 10)."), QStringLiteral("N"),
                            CommandLine::Presence::Optional, QStringLiteral("10"));
        declareCommon(line, tr("Print the result as one compact JSON object: {\"slots\": [...]}."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        SlotQuery q;
        const auto from = ScheduleFormat::parseDate(line.value(QStringLiteral("from")));
        const auto to = ScheduleFormat::parseDate(line.value(QStringLiteral("to")));
        if (!from || !to)
            return out.usageError(line.command(), tr("--from and --to are dates written YYYY-MM-DD."));
        q.from = *from;
        q.to = *to;
        bool numeric = false;
        q.limit = line.value(QStringLiteral("limit")).toInt(&numeric);
        if (!numeric)
            return out.usageError(line.command(), tr("--limit is a whole number, not “%1”.").arg(line.value(QStringLiteral("limit"))));
        if (auto wrong = readWeekdays(line, out, q.weekdays))
            return *wrong;
        if (auto wrong = readTimesOfDay(line, out, q.earliestMinute, q.latestMinute))
            return *wrong;
        q.providerIds = idList(line.values(QStringLiteral("provider")));
        q.patientId = line.value(QStringLiteral("patient")).trimmed();
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        Clinic& clinic = *signedIn->clinic;
        ScheduleSetup setup(clinic);
        auto type = typeNamed(setup, line.value(QStringLiteral("type")), out);
        if (!type)
            return type.error();
        q.typeId = type->id;
        auto slots = SlotFinder(clinic).find(q);
        if (!slots)
            return ScheduleFormat::report(out, slots.error());
        const QHash<QString, QString> names = providerNames(setup), chairs = chairNames(setup);
        const QTimeZone zone = SettingsService(clinic).timeZone();
        const ListShape shape{
            QStringLiteral("slots"),
            {tr("START"), tr("END"), tr("PROVIDER"), tr("CHAIR"), tr("PROVIDER ID")},
            tr("No free time for “%1” in those days; try a longer range or other providers.").arg(type->name)};
        const auto toJson = [&](const Slot& s) { return ScheduleFormat::slotJson(s, names.value(s.providerId), zone); };
        return printList(out, line, *slots, shape, toJson, [&](const Slot& s) {
            return QStringList{ScheduleFormat::shownInstant(s.start, zone), ScheduleFormat::shownTime(s.end, zone),
                               names.value(s.providerId), chairs.value(s.chairId), s.providerId};
        });
    }
};

} // namespace

void AppointmentCommands::registerWith(CommandRegistry& registry)
{
    registry.addGroup(QStringLiteral("appointment"),
                      QCoreApplication::translate("rapportctl", "The appointment book: book, list a day, change a status."));
    registry.add(std::make_unique<AppointmentBookCommand>());
    registry.add(std::make_unique<AppointmentList>());
    registry.add(std::make_unique<AppointmentStatusCommand>());
    registry.add(std::make_unique<SlotsCommand>());
    WaitlistCommands::registerWith(registry);
}

} // namespace rapport::ctl
