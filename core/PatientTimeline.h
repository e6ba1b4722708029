#pragma once

#include "patients/PatientService.h"

namespace rapport {

class Clinic;

// A patient's whole timeline: the record's own events with every area's contacts
// (appointments now; messages, calls and complaints as those areas arrive), newest first.
[[nodiscard]] Result<QList<TimelineEntry>> patientTimeline(Clinic& clinic, const QString& patientId);

} // namespace rapport
