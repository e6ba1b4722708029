#include "patients/PatientVocabulary.h"

#include <QCoreApplication>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::PatientVocabulary", text);
}

template<typename E, typename F>
std::optional<E> fromKey(const QString& k, std::initializer_list<E> all, F keyOf)
{
    for (E v : all)
        if (keyOf(v) == k.trimmed().toLower())
            return v;
    return std::nullopt;
}
} // namespace

QString PatientVocabulary::key(Sex v)
{
    switch (v) {
    case Sex::Unknown: return QStringLiteral("unknown");
    case Sex::Female: return QStringLiteral("female");
    case Sex::Male: return QStringLiteral("male");
    case Sex::Other: return QStringLiteral("other");
    }
    return {};
}

QString PatientVocabulary::key(ContactChannel v)
{
    switch (v) {
    case ContactChannel::None: return QString();
    case ContactChannel::Sms: return QStringLiteral("sms");
    case ContactChannel::Email: return QStringLiteral("email");
    case ContactChannel::Phone: return QStringLiteral("phone");
    case ContactChannel::Letter: return QStringLiteral("letter");
    }
    return {};
}

QString PatientVocabulary::key(PatientStatus v)
{
    switch (v) {
    case PatientStatus::Active: return QStringLiteral("active");
    case PatientStatus::Inactive: return QStringLiteral("inactive");
    case PatientStatus::Deceased: return QStringLiteral("deceased");
    case PatientStatus::Archived: return QStringLiteral("archived");
    }
    return {};
}

QString PatientVocabulary::key(ConsentPurpose v)
{
    switch (v) {
    case ConsentPurpose::AppointmentReminders: return QStringLiteral("reminders");
    case ConsentPurpose::Recalls: return QStringLiteral("recalls");
    case ConsentPurpose::Surveys: return QStringLiteral("surveys");
    case ConsentPurpose::Marketing: return QStringLiteral("marketing");
    }
    return {};
}

QString PatientVocabulary::key(ConsentMethod v)
{
    switch (v) {
    case ConsentMethod::InPerson: return QStringLiteral("in-person");
    case ConsentMethod::Form: return QStringLiteral("form");
    case ConsentMethod::Phone: return QStringLiteral("phone");
    case ConsentMethod::Online: return QStringLiteral("online");
    }
    return {};
}

QString PatientVocabulary::key(LinkKind v)
{
    switch (v) {
    case LinkKind::Guardian: return QStringLiteral("guardian");
    case LinkKind::Spouse: return QStringLiteral("spouse");
    case LinkKind::Caregiver: return QStringLiteral("caregiver");
    case LinkKind::Guarantor: return QStringLiteral("guarantor");
    case LinkKind::EmergencyContact: return QStringLiteral("emergency");
    }
    return {};
}

std::optional<Sex> PatientVocabulary::sexFromKey(const QString& k)
{
    return fromKey<Sex>(k, {Sex::Unknown, Sex::Female, Sex::Male, Sex::Other}, [](Sex v) { return key(v); });
}

std::optional<ContactChannel> PatientVocabulary::channelFromKey(const QString& k)
{
    return fromKey<ContactChannel>(k, {ContactChannel::None, ContactChannel::Sms, ContactChannel::Email,
                                       ContactChannel::Phone, ContactChannel::Letter},
                                   [](ContactChannel v) { return key(v); });
}

std::optional<PatientStatus> PatientVocabulary::statusFromKey(const QString& k)
{
    return fromKey<PatientStatus>(k, {PatientStatus::Active, PatientStatus::Inactive, PatientStatus::Deceased,
                                      PatientStatus::Archived},
                                  [](PatientStatus v) { return key(v); });
}

std::optional<ConsentPurpose> PatientVocabulary::purposeFromKey(const QString& k)
{
    return fromKey<ConsentPurpose>(k, {ConsentPurpose::AppointmentReminders, ConsentPurpose::Recalls,
                                       ConsentPurpose::Surveys, ConsentPurpose::Marketing},
                                   [](ConsentPurpose v) { return key(v); });
}

std::optional<ConsentMethod> PatientVocabulary::methodFromKey(const QString& k)
{
    return fromKey<ConsentMethod>(k, {ConsentMethod::InPerson, ConsentMethod::Form, ConsentMethod::Phone,
                                      ConsentMethod::Online},
                                  [](ConsentMethod v) { return key(v); });
}

std::optional<LinkKind> PatientVocabulary::linkKindFromKey(const QString& k)
{
    return fromKey<LinkKind>(k, {LinkKind::Guardian, LinkKind::Spouse, LinkKind::Caregiver, LinkKind::Guarantor,
                                 LinkKind::EmergencyContact},
                             [](LinkKind v) { return key(v); });
}

QString PatientVocabulary::name(Sex v)
{
    switch (v) {
    case Sex::Unknown: return tr("Not recorded");
    case Sex::Female: return tr("Female");
    case Sex::Male: return tr("Male");
    case Sex::Other: return tr("Other");
    }
    return {};
}

QString PatientVocabulary::name(ContactChannel v)
{
    switch (v) {
    case ContactChannel::None: return tr("No preference");
    case ContactChannel::Sms: return tr("SMS");
    case ContactChannel::Email: return tr("E-mail");
    case ContactChannel::Phone: return tr("Phone call");
    case ContactChannel::Letter: return tr("Letter");
    }
    return {};
}

QString PatientVocabulary::name(PatientStatus v)
{
    switch (v) {
    case PatientStatus::Active: return tr("Active");
    case PatientStatus::Inactive: return tr("Inactive");
    case PatientStatus::Deceased: return tr("Deceased");
    case PatientStatus::Archived: return tr("Archived");
    }
    return {};
}

QString PatientVocabulary::name(ConsentPurpose v)
{
    switch (v) {
    case ConsentPurpose::AppointmentReminders: return tr("Appointment reminders");
    case ConsentPurpose::Recalls: return tr("Recalls");
    case ConsentPurpose::Surveys: return tr("Surveys");
    case ConsentPurpose::Marketing: return tr("Education and marketing");
    }
    return {};
}

QString PatientVocabulary::name(ConsentMethod v)
{
    switch (v) {
    case ConsentMethod::InPerson: return tr("In person");
    case ConsentMethod::Form: return tr("Signed form");
    case ConsentMethod::Phone: return tr("By phone");
    case ConsentMethod::Online: return tr("Online");
    }
    return {};
}

QString PatientVocabulary::name(LinkKind v)
{
    switch (v) {
    case LinkKind::Guardian: return tr("Parent or guardian");
    case LinkKind::Spouse: return tr("Spouse or partner");
    case LinkKind::Caregiver: return tr("Caregiver");
    case LinkKind::Guarantor: return tr("Guarantor");
    case LinkKind::EmergencyContact: return tr("Emergency contact");
    }
    return {};
}

QList<ContactChannel> PatientVocabulary::messageChannels()
{
    return {ContactChannel::Sms, ContactChannel::Email, ContactChannel::Phone, ContactChannel::Letter};
}

QList<ConsentPurpose> PatientVocabulary::purposes()
{
    return {ConsentPurpose::AppointmentReminders, ConsentPurpose::Recalls, ConsentPurpose::Surveys,
            ConsentPurpose::Marketing};
}

QList<LinkKind> PatientVocabulary::linkKinds()
{
    return {LinkKind::Guardian, LinkKind::Spouse, LinkKind::Caregiver, LinkKind::Guarantor,
            LinkKind::EmergencyContact};
}

} // namespace rapport
