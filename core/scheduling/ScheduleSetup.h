#pragma once

#include "common/Error.h"
#include "scheduling/Scheduling.h"

namespace rapport {

class Clinic;

// Providers, chairs, appointment types, working hours, exceptions and closures. Reading
// needs ViewSchedule; every change needs ManageScheduleSetup and is audited. Nothing is
// deleted: providers, chairs and types are deactivated, exceptions are marked removed.
class ScheduleSetup
{
public:
    explicit ScheduleSetup(Clinic& clinic);

    [[nodiscard]] Result<QList<Provider>> providers(bool includeInactive = false);
    [[nodiscard]] Result<Provider> provider(const QString& id);
    // Inserts when id is empty, else updates. Returns the stored provider.
    [[nodiscard]] Result<Provider> saveProvider(const Provider& provider);

    [[nodiscard]] Result<QList<Chair>> chairs(bool includeInactive = false);
    [[nodiscard]] Result<Chair> saveChair(const Chair& chair);

    [[nodiscard]] Result<QList<AppointmentType>> types(bool includeInactive = false);
    [[nodiscard]] Result<AppointmentType> type(const QString& id);
    // Case-insensitive, for the command line; NotFound when there is none.
    [[nodiscard]] Result<AppointmentType> typeByName(const QString& name);
    [[nodiscard]] Result<AppointmentType> saveType(const AppointmentType& type);

    // Sorted by weekday and start.
    [[nodiscard]] Result<QList<WorkingInterval>> workingHours(const QString& providerId);
    // Replaces the provider's whole week; intervals of one day must not overlap.
    [[nodiscard]] Status setWorkingHours(const QString& providerId, const QList<WorkingInterval>& hours);

    // Exceptions and closures touching [from, to]; all providers when providerId is empty.
    [[nodiscard]] Result<QList<ScheduleException>> exceptions(QDate from, QDate to, const QString& providerId = {});
    [[nodiscard]] Result<ScheduleException> addException(const ScheduleException& exception);
    [[nodiscard]] Status removeException(const QString& id);

private:
    Clinic& m_clinic;
};

} // namespace rapport
