#include "commands/PatientFormat.h"

#include "patients/PatientVocabulary.h"
#include "patients/PhoneNumbers.h"

#include <QJsonArray>
#include <QLocale>

namespace rapport::ctl {

namespace {

QJsonValue isoDate(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue isoInstant(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue phoneJson(const QString& e164, const QString& region)
{
    if (e164.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("e164"), e164},
                       {QStringLiteral("formatted"), PhoneNumbers::format(e164, region)}};
}

QJsonValue ageJson(const QDate& dateOfBirth, const QDate& today)
{
    const int age = PatientFormat::age(dateOfBirth, today);
    return age < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(age);
}

// The locale's short date with the year in full: a date of birth with a two-digit year
// is ambiguous.
QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

QString addressLines(const PostalAddress& a)
{
    QStringList parts{a.line1, a.line2, (a.postcode + QLatin1Char(' ') + a.city).trimmed(), a.region,
                      a.country};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

} // namespace

int PatientFormat::age(const QDate& dateOfBirth, const QDate& today)
{
    Patient p;
    p.dateOfBirth = dateOfBirth;
    return p.ageOn(today);
}

QString PatientFormat::shownDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, dateFormat()) : QString();
}

QString PatientFormat::shownInstant(const QDateTime& at, const QTimeZone& timeZone)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toTimeZone(timeZone);
    return shownDate(local.date()) + QLatin1Char(' ') +
           QLocale().toString(local.time(), QLocale::ShortFormat);
}

QJsonObject PatientFormat::recordJson(const Patient& p, const ClinicView& clinic)
{
    const QJsonObject address{
        {QStringLiteral("line1"), p.address.line1},       {QStringLiteral("line2"), p.address.line2},
        {QStringLiteral("city"), p.address.city},         {QStringLiteral("region"), p.address.region},
        {QStringLiteral("postcode"), p.address.postcode}, {QStringLiteral("country"), p.address.country}};
    const QJsonObject phones{{QStringLiteral("mobile"), phoneJson(p.mobilePhone, clinic.region)},
                             {QStringLiteral("home"), phoneJson(p.homePhone, clinic.region)},
                             {QStringLiteral("work"), phoneJson(p.workPhone, clinic.region)}};
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("displayName"), p.displayName()},
        {QStringLiteral("givenName"), p.givenName},
        {QStringLiteral("familyName"), p.familyName},
        {QStringLiteral("preferredName"), p.preferredName},
        {QStringLiteral("dateOfBirth"), isoDate(p.dateOfBirth)},
        {QStringLiteral("age"), ageJson(p.dateOfBirth, clinic.today)},
        {QStringLiteral("sex"), PatientVocabulary::key(p.sex)},
        {QStringLiteral("phones"), phones},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("address"), address},
        {QStringLiteral("language"), p.language},
        {QStringLiteral("preferredChannel"), textOrNull(PatientVocabulary::key(p.preferredChannel))},
        {QStringLiteral("contactTimes"), p.preferredContactTimes},
        {QStringLiteral("tags"), QJsonArray::fromStringList(p.tags)},
        {QStringLiteral("notes"), p.relationshipNotes},
        {QStringLiteral("externalId"), p.externalId},
        {QStringLiteral("status"), PatientVocabulary::key(p.status)},
        {QStringLiteral("mergedInto"), textOrNull(p.mergedInto)},
        {QStringLiteral("createdAt"), isoInstant(p.createdAt)},
        {QStringLiteral("updatedAt"), isoInstant(p.updatedAt)}};
}

QJsonObject PatientFormat::hitJson(const PatientSearchHit& h, const ClinicView& clinic)
{
    return QJsonObject{{QStringLiteral("id"), h.patientId},
                       {QStringLiteral("name"), h.displayName},
                       {QStringLiteral("dateOfBirth"), isoDate(h.dateOfBirth)},
                       {QStringLiteral("age"), ageJson(h.dateOfBirth, clinic.today)},
                       {QStringLiteral("phone"), textOrNull(h.phone)},
                       {QStringLiteral("email"), h.email},
                       {QStringLiteral("status"), PatientVocabulary::key(h.status)},
                       {QStringLiteral("exact"), h.exact}};
}

QJsonObject PatientFormat::consentJson(const ConsentRecord& c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("channel"), PatientVocabulary::key(c.channel)},
                       {QStringLiteral("purpose"), PatientVocabulary::key(c.purpose)},
                       {QStringLiteral("granted"), c.granted},
                       {QStringLiteral("method"), PatientVocabulary::key(c.method)},
                       {QStringLiteral("recordedAt"), isoInstant(c.recordedAt)},
                       {QStringLiteral("recordedBy"), textOrNull(c.recordedByName)},
                       {QStringLiteral("note"), c.note}};
}

QJsonObject PatientFormat::linkJson(const PatientLink& l, const QString& patientId)
{
    const bool own = l.patientId == patientId;
    const QString otherId = own ? l.relatedPatientId : l.patientId;
    return QJsonObject{{QStringLiteral("id"), l.id},
                       {QStringLiteral("kind"), PatientVocabulary::key(l.kind)},
                       {QStringLiteral("direction"), own ? QStringLiteral("to") : QStringLiteral("from")},
                       {QStringLiteral("patientId"), textOrNull(otherId)},
                       {QStringLiteral("name"), l.relatedDisplayName},
                       {QStringLiteral("contactPhone"), own ? textOrNull(l.contactPhone) : QJsonValue::Null},
                       {QStringLiteral("contactEmail"), own ? textOrNull(l.contactEmail) : QJsonValue::Null},
                       {QStringLiteral("note"), l.note},
                       {QStringLiteral("createdAt"), isoInstant(l.createdAt)}};
}

QJsonObject PatientFormat::timelineJson(const TimelineEntry& t)
{
    return QJsonObject{{QStringLiteral("at"), isoInstant(t.at)},
                       {QStringLiteral("kind"), t.kind},
                       {QStringLiteral("summary"), t.summary},
                       {QStringLiteral("by"), textOrNull(t.actorName)},
                       {QStringLiteral("sourceId"), textOrNull(t.sourceId)}};
}

QList<QStringList> PatientFormat::recordRows(const Patient& p, const ClinicView& clinic)
{
    QList<QStringList> rows;
    auto add = [&rows](const QString& label, const QString& value) {
        if (!value.isEmpty())
            rows << QStringList{label + QLatin1Char(':'), value};
    };
    add(tr("Name"), p.sortName());
    add(tr("Id"), p.id);
    add(tr("Status"), PatientVocabulary::name(p.status));
    add(tr("Merged into"), p.mergedInto);
    const int years = age(p.dateOfBirth, clinic.today);
    add(tr("Date of birth"),
        years < 0 ? shownDate(p.dateOfBirth) : tr("%1 (age %2)").arg(shownDate(p.dateOfBirth)).arg(years));
    if (p.sex != Sex::Unknown)
        add(tr("Sex"), PatientVocabulary::name(p.sex));
    add(tr("Mobile"), PhoneNumbers::format(p.mobilePhone, clinic.region));
    add(tr("Home phone"), PhoneNumbers::format(p.homePhone, clinic.region));
    add(tr("Work phone"), PhoneNumbers::format(p.workPhone, clinic.region));
    add(tr("E-mail"), p.email);
    add(tr("Address"), addressLines(p.address));
    add(tr("Language"), p.language.isEmpty() ? QString()
                                             : QStringLiteral("%1 (%2)").arg(
                                                   QLocale(p.language).nativeLanguageName(), p.language));
    if (p.preferredChannel != ContactChannel::None)
        add(tr("Preferred channel"), PatientVocabulary::name(p.preferredChannel));
    add(tr("Contact times"), p.preferredContactTimes);
    add(tr("Tags"), p.tags.join(QStringLiteral(", ")));
    add(tr("External id"), p.externalId);
    add(tr("Notes"), p.relationshipNotes);
    add(tr("Created"), shownInstant(p.createdAt, clinic.timeZone));
    return rows;
}

QList<QStringList> PatientFormat::consentRows(const QList<ConsentRecord>& consents, const ClinicView& clinic)
{
    QList<QStringList> rows{
        {tr("CHANNEL"), tr("PURPOSE"), tr("DECISION"), tr("HOW"), tr("RECORDED"), tr("BY")}};
    for (const ConsentRecord& c : consents)
        rows << QStringList{PatientVocabulary::name(c.channel),          PatientVocabulary::name(c.purpose),
                            c.granted ? tr("granted") : tr("withdrawn"), PatientVocabulary::name(c.method),
                            shownInstant(c.recordedAt, clinic.timeZone), c.recordedByName};
    return rows;
}

QList<QStringList> PatientFormat::linkRows(const QList<PatientLink>& links, const QString& patientId)
{
    QList<QStringList> rows{{tr("LINK"), tr("NAME"), tr("PATIENT ID"), tr("CONTACT")}};
    for (const PatientLink& l : links) {
        const bool own = l.patientId == patientId;
        const QString kind = PatientVocabulary::name(l.kind);
        QStringList contact{l.contactPhone, l.contactEmail};
        contact.removeAll(QString());
        rows << QStringList{own ? kind : tr("lists this patient as %1").arg(kind.toLower()),
                            l.relatedDisplayName, own ? l.relatedPatientId : l.patientId,
                            own ? contact.join(QStringLiteral(", ")) : QString()};
    }
    return rows;
}

QList<QStringList> PatientFormat::timelineRows(const QList<TimelineEntry>& entries, const ClinicView& clinic)
{
    QList<QStringList> rows{{tr("WHEN"), tr("WHAT"), tr("BY")}};
    for (const TimelineEntry& t : entries)
        rows << QStringList{shownInstant(t.at, clinic.timeZone), t.summary, t.actorName};
    return rows;
}

QList<QStringList> PatientFormat::hitRows(const QList<PatientSearchHit>& hits, const ClinicView& clinic)
{
    QList<QStringList> rows{
        {tr("NAME"), tr("DATE OF BIRTH"), tr("AGE"), tr("PHONE"), tr("STATUS"), tr("ID")}};
    for (const PatientSearchHit& h : hits) {
        const int years = age(h.dateOfBirth, clinic.today);
        rows << QStringList{h.sortName,
                            shownDate(h.dateOfBirth),
                            years < 0 ? QString() : QString::number(years),
                            PhoneNumbers::format(h.phone, clinic.region),
                            PatientVocabulary::name(h.status),
                            h.patientId};
    }
    return rows;
}

} // namespace rapport::ctl
