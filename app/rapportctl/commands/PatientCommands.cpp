#include "commands/PatientCommands.h"

#include "ClinicAccess.h"
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "Output.h"
#include "commands/PatientFormat.h"
#include "patients/PatientSearch.h"
#include "patients/PatientService.h"
#include "patients/PatientValidator.h"
#include "patients/PatientVocabulary.h"
#include "security/SettingsService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace rapport::ctl {

namespace {

const QString Json = QStringLiteral("json");
const QString AllowDuplicate = QStringLiteral("allow-duplicate");

QString passwordLineHelp()
{
    return ClinicAccess::standardInputHelp(
        {QCoreApplication::translate("rapportctl", "your password (the member of staff given with --user)")});
}

PatientFormat::ClinicView clinicView(Clinic& clinic)
{
    const SettingsService settings(clinic);
    return {settings.region(), settings.today(), settings.timeZone()};
}

// Core's sentences are written for the window; on the command line the way forward is an
// option, so say which. The detail of a validation error names a field, not something a
// person needs to read.
ExitCode reportPatientError(Output& out, const Error& error)
{
    if (error.code == ErrorCode::Conflict && !error.detail.isEmpty())
        return out.refuse(QCoreApplication::translate(
                              "rapportctl",
                              "%1\nThe existing record is %2 (see 'rapportctl patient show %2'). If "
                              "they are different people, run the command again with "
                              "--allow-duplicate.")
                              .arg(error.message, error.detail));
    if (error.code == ErrorCode::InvalidInput && error.detail == QStringLiteral("guardian"))
        return out.refuse(error.message + QLatin1Char('\n') +
                          QCoreApplication::translate(
                              "rapportctl", "Name the parent or guardian with --guardian PATIENT_ID "
                                            "(add them as a patient first if they are not one yet)."));
    if (error.code == ErrorCode::InvalidInput)
        return out.refuse(error.message);
    return out.fail(error, ErrorStage::Working);
}

QStringList keysOf(const QList<ContactChannel>& channels)
{
    QStringList keys;
    for (ContactChannel c : channels)
        keys << PatientVocabulary::key(c);
    return keys;
}

class PatientAdd final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("patient"), QStringLiteral("add")}; }
    QString summary() const override { return tr("Add a patient record"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(
            tr("Adds a patient and prints the new record's id (with --json, the whole record). Phone numbers "
               "are typed as they are dialled in the clinic's country, or with + and the country code, and "
               "are stored in international (E.164) form. Before saving, Rapport looks for a record the "
               "clinic may already have (same name and date of birth, same phone or same e-mail) and refuses "
               "with its id; add --allow-duplicate if they are different people. Needs the patients.edit "
               "permission."));
        line.addValueOption(QStringLiteral("given"), tr("Given (first) name."), QStringLiteral("NAME"));
        line.addValueOption(QStringLiteral("family"), tr("Family name (surname)."), QStringLiteral("NAME"));
        line.addValueOption(QStringLiteral("preferred"), tr("The name the patient likes to be called."),
                            QStringLiteral("NAME"));
        line.addValueOption(QStringLiteral("dob"),
                            tr("Date of birth: YYYY-MM-DD, or as dates are written here (%1).")
                                .arg(QLocale().toString(QDate(1985, 3, 14), QLocale::ShortFormat)),
                            QStringLiteral("DATE"));
        line.addValueOption(QStringLiteral("sex"), tr("female, male, other or unknown."),
                            QStringLiteral("SEX"));
        line.addValueOption(QStringLiteral("mobile"), tr("Mobile phone number."), QStringLiteral("PHONE"));
        line.addValueOption(QStringLiteral("home"), tr("Home phone number."), QStringLiteral("PHONE"));
        line.addValueOption(QStringLiteral("work"), tr("Work phone number."), QStringLiteral("PHONE"));
        line.addValueOption(QStringLiteral("email"), tr("E-mail address."), QStringLiteral("ADDRESS"));
        line.addValueOption(QStringLiteral("address-line1"), tr("First line of the postal address."),
                            QStringLiteral("TEXT"));
        line.addValueOption(QStringLiteral("address-line2"), tr("Second line of the postal address."),
                            QStringLiteral("TEXT"));
        line.addValueOption(QStringLiteral("city"), tr("Town or city."), QStringLiteral("TEXT"));
        line.addValueOption(QStringLiteral("address-region"), tr("County, state or province."),
                            QStringLiteral("TEXT"));
        line.addValueOption(QStringLiteral("postcode"), tr("Postcode."), QStringLiteral("TEXT"));
        line.addValueOption(QStringLiteral("country"), tr("Country, as a two-letter code such as GB or DE."),
                            QStringLiteral("CODE"));
        line.addValueOption(QStringLiteral("language"),
                            tr("Language for messages to the patient, as a two-letter code such as en or de "
                               "(default: the clinic's)."),
                            QStringLiteral("CODE"));
        line.addValueOption(QStringLiteral("channel"),
                            tr("Preferred channel: %1.")
                                .arg(keysOf(PatientVocabulary::messageChannels()).join(QStringLiteral(", "))),
                            QStringLiteral("CHANNEL"));
        line.addValueOption(QStringLiteral("contact-times"), tr("When the patient prefers to be contacted."),
                            QStringLiteral("TEXT"));
        line.addValueOption(QStringLiteral("tag"), tr("A tag; give --tag once per tag."),
                            QStringLiteral("TAG"));
        line.addValueOption(QStringLiteral("notes"),
                            tr("Notes about the relationship with the patient (never clinical notes)."),
                            QStringLiteral("TEXT"));
        line.addValueOption(QStringLiteral("external-id"), tr("The patient's id in another system."),
                            QStringLiteral("ID"));
        line.addValueOption(QStringLiteral("guardian"),
                            tr("A parent or guardian who is a patient of the clinic (repeatable). Needed for "
                               "minors when the clinic requires it (patients.requireGuardianForMinors)."),
                            QStringLiteral("PATIENT_ID"));
        line.addFlag(AllowDuplicate,
                     tr("Save even though the record looks like an existing patient's (they are different "
                        "people)."));
        ClinicAccess::declareSignInOptions(line);
        line.addFlag(Json, tr("Print the new record as one compact JSON object."));
        line.addHelpSection(passwordLineHelp());
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        Patient draft;
        if (line.isSet(QStringLiteral("sex"))) {
            const auto sex = PatientVocabulary::sexFromKey(line.value(QStringLiteral("sex")));
            if (!sex)
                return out.usageError(line.command(), tr("--sex is female, male, other or unknown, not “%1”.")
                                                          .arg(line.value(QStringLiteral("sex"))));
            draft.sex = *sex;
        }
        if (line.isSet(QStringLiteral("channel"))) {
            const QString key = line.value(QStringLiteral("channel"));
            const auto channel = PatientVocabulary::channelFromKey(key);
            if (!channel || *channel == ContactChannel::None)
                return out.usageError(
                    line.command(),
                    tr("--channel is one of %1, not “%2”.")
                        .arg(keysOf(PatientVocabulary::messageChannels()).join(QStringLiteral(", ")), key));
            draft.preferredChannel = *channel;
        }
        const auto dateOfBirth = PatientValidator::parseDate(line.value(QStringLiteral("dob")), QLocale());
        if (!dateOfBirth)
            return out.refuse(tr("--dob: %1").arg(dateOfBirth.error().message));
        draft.dateOfBirth = *dateOfBirth;

        const QString language = line.value(QStringLiteral("language")).trimmed().toLower();
        if (!language.isEmpty() &&
            (language.size() != 2 || QLocale::codeToLanguage(language) == QLocale::AnyLanguage))
            return out.refuse(
                tr("--language: “%1” is not a language code. Use a two-letter code such as en, de "
                   "or fr.")
                    .arg(language));
        const QString country = line.value(QStringLiteral("country")).trimmed().toUpper();
        if (!country.isEmpty() &&
            (country.size() != 2 || QLocale::codeToTerritory(country) == QLocale::AnyTerritory))
            return out.refuse(
                tr("--country: “%1” is not a country code. Use a two-letter code such as GB, DE, "
                   "US or IE.")
                    .arg(country));

        draft.givenName = line.value(QStringLiteral("given"));
        draft.familyName = line.value(QStringLiteral("family"));
        draft.preferredName = line.value(QStringLiteral("preferred"));
        draft.mobilePhone = line.value(QStringLiteral("mobile"));
        draft.homePhone = line.value(QStringLiteral("home"));
        draft.workPhone = line.value(QStringLiteral("work"));
        draft.email = line.value(QStringLiteral("email"));
        draft.address = PostalAddress{
            line.value(QStringLiteral("address-line1")), line.value(QStringLiteral("address-line2")),
            line.value(QStringLiteral("city")),          line.value(QStringLiteral("address-region")),
            line.value(QStringLiteral("postcode")),      country};
        draft.language = language;
        draft.preferredContactTimes = line.value(QStringLiteral("contact-times"));
        draft.tags = line.values(QStringLiteral("tag"));
        draft.relationshipNotes = line.value(QStringLiteral("notes"));
        draft.externalId = line.value(QStringLiteral("external-id"));
        QList<PatientLink> links;
        for (const QString& guardian : line.values(QStringLiteral("guardian"))) {
            PatientLink link;
            link.kind = LinkKind::Guardian;
            link.relatedPatientId = guardian.trimmed();
            links << link;
        }

        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        Clinic& clinic = *signedIn->clinic;
        PatientCreateOptions options;
        options.allowDuplicates = line.isSet(AllowDuplicate);
        auto created = PatientService(clinic).create(draft, links, options);
        if (!created)
            return reportPatientError(out, created.error());
        if (line.isSet(Json))
            out.printJson(PatientFormat::recordJson(*created, clinicView(clinic)));
        else
            out.print(created->id);
        return ExitCode::Success;
    }
};

class PatientSearchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    static constexpr int MaximumLimit = 1000;

    QStringList path() const override { return {QStringLiteral("patient"), QStringLiteral("search")}; }
    QString summary() const override
    {
        return tr("Find patients by name, phone, e-mail, date of birth or id");
    }

    void declare(CommandLine& line) const override
    {
        line.setDescription(
            tr("Finds patients as the search box of the window does: names by their beginning in any order, "
               "a phone number by its last four or more digits, an e-mail address, an external id, or a date "
               "of birth (YYYY-MM-DD or as dates are written here). Case and accents are ignored. Active "
               "patients come first, whole names before beginnings. Archived records are left out unless "
               "--include-archived is given. Needs the patients.view permission."));
        line.addArgument(QStringLiteral("TEXT"), tr("What to look for (in quotes when it has spaces)."));
        line.addFlag(QStringLiteral("include-archived"), tr("Also find archived records."));
        line.addValueOption(QStringLiteral("limit"),
                            tr("Show at most N patients (1 to %1, default 50).").arg(MaximumLimit),
                            QStringLiteral("N"), CommandLine::Presence::Optional, QStringLiteral("50"));
        ClinicAccess::declareSignInOptions(line);
        line.addFlag(Json, tr("Print the result as one compact JSON object: {\"hits\": [...]}."));
        line.addHelpSection(passwordLineHelp());
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        bool numeric = false;
        const int limit = line.value(QStringLiteral("limit")).toInt(&numeric);
        if (!numeric || limit < 1 || limit > MaximumLimit)
            return out.usageError(
                line.command(), tr("--limit is a whole number from 1 to %1, not “%2”.")
                                    .arg(QString::number(MaximumLimit), line.value(QStringLiteral("limit"))));
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        Clinic& clinic = *signedIn->clinic;
        PatientSearchOptions options;
        options.includeArchived = line.isSet(QStringLiteral("include-archived"));
        options.limit = limit;
        const QString text = line.argument(0);
        auto hits = PatientSearch(clinic, QLocale()).search(text, options);
        if (!hits)
            return reportPatientError(out, hits.error());
        const PatientFormat::ClinicView view = clinicView(clinic);

        if (line.isSet(Json)) {
            QJsonArray list;
            for (const PatientSearchHit& hit : std::as_const(*hits))
                list.append(PatientFormat::hitJson(hit, view));
            out.printJson(QJsonObject{{QStringLiteral("hits"), list}});
            return ExitCode::Success;
        }
        if (hits->isEmpty()) {
            out.note(options.includeArchived
                         ? tr("No patient matches “%1”.").arg(text)
                         : tr("No patient matches “%1” (archived records were not searched; add "
                              "--include-archived to search them too).")
                               .arg(text));
            return ExitCode::Success;
        }
        out.printTable(PatientFormat::hitRows(*hits, view));
        if (hits->size() == limit)
            out.note(tr("Showing the first %n patient(s) found; type more of the name, or raise --limit.", nullptr,
                        limit));
        return ExitCode::Success;
    }
};

class PatientShow final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("patient"), QStringLiteral("show")}; }
    QString summary() const override { return tr("Show a patient's record, consents, links and timeline"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(
            tr("Shows a patient's record with the consents in force, their family and care links and the "
               "timeline of every contact and change. Opening a record is written to the audit trail. Needs "
               "the patients.view permission."));
        line.addArgument(QStringLiteral("ID"), tr("The patient's id ('patient search' shows it)."));
        ClinicAccess::declareSignInOptions(line);
        line.addFlag(Json, tr("Print the record as one compact JSON object, with \"consents\", \"links\" and "
                              "\"timeline\" arrays."));
        line.addHelpSection(passwordLineHelp());
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        Clinic& clinic = *signedIn->clinic;
        PatientService service(clinic);
        const QString id = line.argument(0).trimmed();
        auto patient = service.open(id);
        if (!patient)
            return reportPatientError(out, patient.error());
        auto consents = service.currentConsents(patient->id);
        if (!consents)
            return reportPatientError(out, consents.error());
        auto links = service.links(patient->id);
        if (!links)
            return reportPatientError(out, links.error());
        auto timeline = service.timeline(patient->id);
        if (!timeline)
            return reportPatientError(out, timeline.error());
        const PatientFormat::ClinicView view = clinicView(clinic);

        if (line.isSet(Json)) {
            QJsonObject json = PatientFormat::recordJson(*patient, view);
            QJsonArray consentList, linkList, timelineList;
            for (const ConsentRecord& c : std::as_const(*consents))
                consentList.append(PatientFormat::consentJson(c));
            for (const PatientLink& l : std::as_const(*links))
                linkList.append(PatientFormat::linkJson(l, patient->id));
            for (const TimelineEntry& t : std::as_const(*timeline))
                timelineList.append(PatientFormat::timelineJson(t));
            json.insert(QStringLiteral("consents"), consentList);
            json.insert(QStringLiteral("links"), linkList);
            json.insert(QStringLiteral("timeline"), timelineList);
            out.printJson(json);
            return ExitCode::Success;
        }
        out.printTable(PatientFormat::recordRows(*patient, view));
        out.print(QStringLiteral("\n") + tr("Consents in force:"));
        if (consents->isEmpty())
            out.print(tr("  none recorded"));
        else
            out.printTable(PatientFormat::consentRows(*consents, view));
        out.print(QStringLiteral("\n") + tr("Family and care links:"));
        if (links->isEmpty())
            out.print(tr("  none"));
        else
            out.printTable(PatientFormat::linkRows(*links, patient->id));
        out.print(QStringLiteral("\n") + tr("Timeline:"));
        out.printTable(PatientFormat::timelineRows(*timeline, view));
        return ExitCode::Success;
    }
};

class PatientArchive final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("patient"), QStringLiteral("archive")}; }
    QString summary() const override { return tr("Archive a patient record"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(
            tr("Archives a patient record: it stays in the clinic (records are never deleted by normal work) "
               "but is left out of searches and lists unless archived records are asked for. The change is "
               "written to the audit trail and the patient's timeline. Needs the patients.edit permission."));
        line.addArgument(QStringLiteral("ID"), tr("The patient's id ('patient search' shows it)."));
        ClinicAccess::declareSignInOptions(line);
        ClinicAccess::declareJsonOption(line);
        line.addHelpSection(passwordLineHelp());
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        const QString id = line.argument(0).trimmed();
        if (Status archived = PatientService(*signedIn->clinic).archive(id); !archived)
            return reportPatientError(out, archived.error());
        if (line.isSet(Json))
            out.printJson(
                QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("status"), PatientVocabulary::key(PatientStatus::Archived)}});
        else
            out.print(
                tr("Archived the patient record %1. 'patient search --include-archived' still finds it.")
                    .arg(id));
        return ExitCode::Success;
    }
};

} // namespace

void PatientCommands::registerWith(CommandRegistry& registry)
{
    registry.addGroup(QStringLiteral("patient"),
                      QCoreApplication::translate(
                          "rapportctl", "Patient records: add a patient, search, show a record with "
                                        "its consents, links and timeline, archive."));
    registry.add(std::make_unique<PatientAdd>());
    registry.add(std::make_unique<PatientSearchCommand>());
    registry.add(std::make_unique<PatientShow>());
    registry.add(std::make_unique<PatientArchive>());
}

} // namespace rapport::ctl
