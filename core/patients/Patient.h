#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport {

enum class Sex { Unknown, Female, Male, Other };
enum class ContactChannel { None, Sms, Email, Phone, Letter };
enum class PatientStatus { Active, Inactive, Deceased, Archived };

struct PostalAddress
{
    QString line1;
    QString line2;
    QString city;
    QString region;
    QString postcode;
    QString country; // ISO 3166 code

    [[nodiscard]] bool isEmpty() const
    {
        return line1.isEmpty() && line2.isEmpty() && city.isEmpty() && region.isEmpty() && postcode.isEmpty();
    }
    // The lines under the addressee's name, in the order the post of the address's country
    // expects (the clinic's region when the address has none): "Town" then "POSTCODE" in
    // the UK and Ireland, "City, Region ZIP" in North America, "Postcode Town" in most of
    // Europe; the country's name last when it is not homeRegion. None without a street.
    [[nodiscard]] QStringList lines(const QString& homeRegion) const;
    friend bool operator==(const PostalAddress&, const PostalAddress&) = default;
};

// Who a patient is and how to reach them. Phone numbers are stored in E.164.
struct Patient
{
    QString id;
    QString givenName;
    QString familyName;
    QString preferredName;
    QDate dateOfBirth;
    Sex sex = Sex::Unknown;
    QString mobilePhone;
    QString homePhone;
    QString workPhone;
    QString email;
    PostalAddress address;
    QString language; // ISO 639-1, empty = the clinic's
    ContactChannel preferredChannel = ContactChannel::None;
    QString preferredContactTimes;
    QStringList tags;
    QString relationshipNotes; // not clinical
    QString externalId;
    PatientStatus status = PatientStatus::Active;
    QString mergedInto;
    QDateTime createdAt;
    QDateTime updatedAt;

    // "Preferred Family" when a preferred name is set, else "Given Family".
    [[nodiscard]] QString displayName() const;
    // "Family, Given (Preferred)" for lists sorted by family name.
    [[nodiscard]] QString sortName() const;
    [[nodiscard]] int ageOn(const QDate& day) const; // -1 when the date of birth is unknown
    [[nodiscard]] QString firstPhone() const;

    friend bool operator==(const Patient&, const Patient&) = default;
};

} // namespace rapport
