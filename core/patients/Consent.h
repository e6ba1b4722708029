#pragma once

#include "patients/Patient.h"

#include <QDateTime>
#include <QString>

namespace rapport {

enum class ConsentPurpose { AppointmentReminders, Recalls, Surveys, Marketing };
enum class ConsentMethod { InPerson, Form, Phone, Online };

// One decision by a patient about one channel and one purpose. Decisions are appended,
// never overwritten: the latest one per channel and purpose is in force.
struct ConsentRecord
{
    QString id;
    QString patientId;
    ContactChannel channel = ContactChannel::Sms;
    ConsentPurpose purpose = ConsentPurpose::AppointmentReminders;
    bool granted = false;
    ConsentMethod method = ConsentMethod::InPerson;
    QDateTime recordedAt;
    QString recordedBy;     // staff id
    QString recordedByName; // filled by queries
    QString note;
};

} // namespace rapport
