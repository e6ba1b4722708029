#include "scheduling/SchedulingVocabulary.h"

#include <QCoreApplication>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::SchedulingVocabulary", text);
}

struct StatusInfo
{
    AppointmentStatus status;
    const char* key;
    const char* name;
};

constexpr StatusInfo kStatuses[] = {
    {AppointmentStatus::Booked, "booked", QT_TRANSLATE_NOOP("rapport::SchedulingVocabulary", "Booked")},
    {AppointmentStatus::Confirmed, "confirmed", QT_TRANSLATE_NOOP("rapport::SchedulingVocabulary", "Confirmed")},
    {AppointmentStatus::Arrived, "arrived", QT_TRANSLATE_NOOP("rapport::SchedulingVocabulary", "Arrived")},
    {AppointmentStatus::InChair, "in-chair", QT_TRANSLATE_NOOP("rapport::SchedulingVocabulary", "In the chair")},
    {AppointmentStatus::Completed, "completed", QT_TRANSLATE_NOOP("rapport::SchedulingVocabulary", "Completed")},
    {AppointmentStatus::CancelledByPatient, "cancelled-patient",
     QT_TRANSLATE_NOOP("rapport::SchedulingVocabulary", "Cancelled by the patient")},
    {AppointmentStatus::CancelledByClinic, "cancelled-clinic",
     QT_TRANSLATE_NOOP("rapport::SchedulingVocabulary", "Cancelled by the clinic")},
    {AppointmentStatus::LateCancellation, "late-cancellation",
     QT_TRANSLATE_NOOP("rapport::SchedulingVocabulary", "Late cancellation")},
    {AppointmentStatus::NoShow, "no-show", QT_TRANSLATE_NOOP("rapport::SchedulingVocabulary", "No-show")},
};

struct ExceptionInfo
{
    ExceptionKind kind;
    const char* key;
    const char* name;
};

constexpr ExceptionInfo kExceptions[] = {
    {ExceptionKind::Leave, "leave", QT_TRANSLATE_NOOP("rapport::SchedulingVocabulary", "Leave")},
    {ExceptionKind::Training, "training", QT_TRANSLATE_NOOP("rapport::SchedulingVocabulary", "Training")},
    {ExceptionKind::Closure, "closure", QT_TRANSLATE_NOOP("rapport::SchedulingVocabulary", "Clinic closed")},
    {ExceptionKind::Other, "other", QT_TRANSLATE_NOOP("rapport::SchedulingVocabulary", "Other absence")},
};
} // namespace

QString SchedulingVocabulary::statusKey(AppointmentStatus s)
{
    for (const StatusInfo& i : kStatuses)
        if (i.status == s)
            return QString::fromLatin1(i.key);
    return {};
}

std::optional<AppointmentStatus> SchedulingVocabulary::statusFromKey(const QString& key)
{
    for (const StatusInfo& i : kStatuses)
        if (key == QLatin1String(i.key))
            return i.status;
    return std::nullopt;
}

QString SchedulingVocabulary::statusName(AppointmentStatus s)
{
    for (const StatusInfo& i : kStatuses)
        if (i.status == s)
            return tr(i.name);
    return {};
}

QList<AppointmentStatus> SchedulingVocabulary::allStatuses()
{
    QList<AppointmentStatus> out;
    for (const StatusInfo& i : kStatuses)
        out << i.status;
    return out;
}

QList<AppointmentStatus> SchedulingVocabulary::allowedNext(AppointmentStatus from)
{
    using S = AppointmentStatus;
    switch (from) {
    case S::Booked:
        return {S::Confirmed, S::Arrived, S::CancelledByPatient, S::CancelledByClinic, S::LateCancellation, S::NoShow};
    case S::Confirmed:
        return {S::Booked, S::Arrived, S::CancelledByPatient, S::CancelledByClinic, S::LateCancellation, S::NoShow};
    case S::Arrived:
        return {S::InChair, S::Completed, S::Confirmed};
    case S::InChair:
        return {S::Completed, S::Arrived};
    case S::Completed:
        return {S::InChair};
    case S::NoShow:
        // The patient came after all (late): marked by mistake.
        return {S::Arrived};
    case S::CancelledByPatient:
    case S::CancelledByClinic:
    case S::LateCancellation:
        return {}; // book again instead: the cancellation stays on record
    }
    return {};
}

bool SchedulingVocabulary::isCancellation(AppointmentStatus s)
{
    return s == AppointmentStatus::CancelledByPatient || s == AppointmentStatus::CancelledByClinic
        || s == AppointmentStatus::LateCancellation;
}

bool SchedulingVocabulary::needsReason(AppointmentStatus s)
{
    return isCancellation(s);
}

QString SchedulingVocabulary::exceptionKey(ExceptionKind k)
{
    for (const ExceptionInfo& i : kExceptions)
        if (i.kind == k)
            return QString::fromLatin1(i.key);
    return {};
}

std::optional<ExceptionKind> SchedulingVocabulary::exceptionFromKey(const QString& key)
{
    for (const ExceptionInfo& i : kExceptions)
        if (key == QLatin1String(i.key))
            return i.kind;
    return std::nullopt;
}

QString SchedulingVocabulary::exceptionName(ExceptionKind k)
{
    for (const ExceptionInfo& i : kExceptions)
        if (i.kind == k)
            return tr(i.name);
    return {};
}

QStringList SchedulingVocabulary::providerKinds()
{
    return {QStringLiteral("dentist"), QStringLiteral("hygienist"), QStringLiteral("doctor"),
            QStringLiteral("therapist"), QStringLiteral("other")};
}

QString SchedulingVocabulary::providerKindName(const QString& key)
{
    if (key == QStringLiteral("dentist"))
        return tr("Dentist");
    if (key == QStringLiteral("hygienist"))
        return tr("Hygienist");
    if (key == QStringLiteral("doctor"))
        return tr("Doctor");
    if (key == QStringLiteral("therapist"))
        return tr("Therapist");
    return tr("Other");
}

QString SchedulingVocabulary::conflictName(ScheduleConflict::Kind k)
{
    switch (k) {
    case ScheduleConflict::ProviderBusy:
        return tr("Provider already booked");
    case ScheduleConflict::ChairBusy:
        return tr("Chair already in use");
    case ScheduleConflict::PatientBusy:
        return tr("Patient already booked");
    case ScheduleConflict::OutsideWorkingHours:
        return tr("Outside working hours");
    case ScheduleConflict::ProviderAbsent:
        return tr("Provider absent");
    case ScheduleConflict::ClinicClosed:
        return tr("Clinic closed");
    case ScheduleConflict::TypeNotOffered:
        return tr("Not offered by this provider");
    }
    return {};
}

} // namespace rapport
