#pragma once

#include "common/Error.h"

namespace rapport {

class Database;

// Migration 4: recall types and patients' recalls.
[[nodiscard]] Status createRecallSchema(Database& db);
// Migration 6: the booked visit's start kept beside each recall, so the recall list reads
// no appointment.
[[nodiscard]] Status addRecallScheduledStart(Database& db);
// Migration 7: a covering index of the patient columns the recall list shows.
[[nodiscard]] Status addPatientContactIndex(Database& db);

} // namespace rapport
