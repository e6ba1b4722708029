#pragma once

#include "patients/Consent.h"
#include "patients/Patient.h"
#include "patients/PatientLink.h"

#include <QList>
#include <QString>

#include <optional>

namespace rapport {

// Stable keys (stored, typed on the command line) and translated names for the
// patient area's enumerations.
class PatientVocabulary
{
public:
    [[nodiscard]] static QString key(Sex v);
    [[nodiscard]] static QString key(ContactChannel v);
    [[nodiscard]] static QString key(PatientStatus v);
    [[nodiscard]] static QString key(ConsentPurpose v);
    [[nodiscard]] static QString key(ConsentMethod v);
    [[nodiscard]] static QString key(LinkKind v);

    [[nodiscard]] static std::optional<Sex> sexFromKey(const QString& k);
    [[nodiscard]] static std::optional<ContactChannel> channelFromKey(const QString& k);
    [[nodiscard]] static std::optional<PatientStatus> statusFromKey(const QString& k);
    [[nodiscard]] static std::optional<ConsentPurpose> purposeFromKey(const QString& k);
    [[nodiscard]] static std::optional<ConsentMethod> methodFromKey(const QString& k);
    [[nodiscard]] static std::optional<LinkKind> linkKindFromKey(const QString& k);

    [[nodiscard]] static QString name(Sex v);
    [[nodiscard]] static QString name(ContactChannel v);
    [[nodiscard]] static QString name(PatientStatus v);
    [[nodiscard]] static QString name(ConsentPurpose v);
    [[nodiscard]] static QString name(ConsentMethod v);
    [[nodiscard]] static QString name(LinkKind v);

    [[nodiscard]] static QList<ContactChannel> messageChannels(); // sms, email, phone, letter
    [[nodiscard]] static QList<ConsentPurpose> purposes();
    [[nodiscard]] static QList<LinkKind> linkKinds();
};

} // namespace rapport
