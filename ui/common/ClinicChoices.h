#pragma once

#include <QString>

class QComboBox;

namespace rapport {

// The lists a clinic picks its country and time zone from, shared by the first-run wizard
// and the settings page. Item data holds what is stored: the two-letter code, the IANA id.
class ClinicChoices
{
public:
    static void fillRegions(QComboBox* combo);
    static void fillTimeZones(QComboBox* combo);
    static void fillLanguages(QComboBox* combo);
    // Selects the item whose data is value; returns false if there is none.
    static bool select(QComboBox* combo, const QString& value);

    [[nodiscard]] static QString defaultRegion();
    [[nodiscard]] static QString defaultTimeZone();
};

} // namespace rapport
