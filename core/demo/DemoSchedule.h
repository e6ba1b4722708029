#pragma once

#include "common/Error.h"

#include <functional>

namespace rapport {

class Clinic;

// A realistic appointment book for the demo clinic and the benchmark, over the patients
// already there: providers (dentists and hygienists, one linked to the demo dentist's
// account), a chair each, the usual appointment types, working hours, public holidays and
// leave, then `years` of appointments ending about three months after today. Patients
// come back for hygiene every six months or check-ups every year, some irregularly, with
// fillings and emergencies in between; a minority often miss, more so when booked far ahead,
// on Mondays and Fridays and at the edges of the day. The past is completed, missed or
// cancelled; the future is booked or confirmed. Nobody is in two places at once. The same
// seed on the same day gives the same book, ids included. Written in one transaction
// through ScheduleImport.
class DemoSchedule
{
public:
    struct Options
    {
        int years = 2;
        quint64 seed = 1;
        // Called now and then with the share done (0 to 100); return false to cancel.
        std::function<bool(int)> progress;
    };

    struct Summary
    {
        int providers = 0;
        int chairs = 0;
        int types = 0;
        int exceptions = 0;
        int appointments = 0;
    };

    // About one provider per 3,500 patients, 3 at least and 32 at most.
    [[nodiscard]] static int providerCountFor(int patients);

    // Refused when the clinic already has providers.
    [[nodiscard]] static Result<Summary> generate(Clinic& clinic, const Options& options);
};

} // namespace rapport
