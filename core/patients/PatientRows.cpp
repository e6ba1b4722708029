#include "patients/PatientRows.h"

#include "patients/PatientVocabulary.h"

#include <QStringList>

namespace rapport {

QString PatientRows::columns(const QString& alias)
{
    static const QStringList names{
        QStringLiteral("id"), QStringLiteral("given_name"), QStringLiteral("family_name"),
        QStringLiteral("preferred_name"), QStringLiteral("date_of_birth"), QStringLiteral("sex"),
        QStringLiteral("mobile_phone"), QStringLiteral("home_phone"), QStringLiteral("work_phone"),
        QStringLiteral("email"), QStringLiteral("address_line1"), QStringLiteral("address_line2"),
        QStringLiteral("city"), QStringLiteral("region"), QStringLiteral("postcode"), QStringLiteral("country"),
        QStringLiteral("language"), QStringLiteral("preferred_channel"), QStringLiteral("preferred_contact_times"),
        QStringLiteral("relationship_notes"), QStringLiteral("external_id"), QStringLiteral("status"),
        QStringLiteral("merged_into"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
    if (alias.isEmpty())
        return names.join(QStringLiteral(", "));
    QStringList qualified;
    for (const QString& n : names)
        qualified << alias + QLatin1Char('.') + n;
    return qualified.join(QStringLiteral(", "));
}

Patient PatientRows::read(const Statement& st, int c)
{
    Patient p;
    p.id = st.text(c + 0);
    p.givenName = st.text(c + 1);
    p.familyName = st.text(c + 2);
    p.preferredName = st.text(c + 3);
    p.dateOfBirth = st.isNull(c + 4) ? QDate() : QDate::fromString(st.text(c + 4), Qt::ISODate);
    p.sex = PatientVocabulary::sexFromKey(st.text(c + 5)).value_or(Sex::Unknown);
    p.mobilePhone = st.text(c + 6);
    p.homePhone = st.text(c + 7);
    p.workPhone = st.text(c + 8);
    p.email = st.text(c + 9);
    p.address = PostalAddress{st.text(c + 10), st.text(c + 11), st.text(c + 12),
                              st.text(c + 13), st.text(c + 14), st.text(c + 15)};
    p.language = st.text(c + 16);
    p.preferredChannel = PatientVocabulary::channelFromKey(st.text(c + 17)).value_or(ContactChannel::None);
    p.preferredContactTimes = st.text(c + 18);
    p.relationshipNotes = st.text(c + 19);
    p.externalId = st.text(c + 20);
    p.status = PatientVocabulary::statusFromKey(st.text(c + 21)).value_or(PatientStatus::Active);
    p.mergedInto = st.text(c + 22);
    p.createdAt = st.dateTime(c + 23);
    p.updatedAt = st.dateTime(c + 24);
    return p;
}

int PatientRows::statusRank(PatientStatus status)
{
    return static_cast<int>(status);
}

} // namespace rapport
