#pragma once

#include <QCoreApplication>
#include <QString>

class QComboBox;

namespace rapport {

// The lists patient fields are chosen from, with what is stored as item data: sex and
// channel as the enum's int, languages as their two-letter code ("" for the clinic's own).
class PatientChoices
{
    Q_DECLARE_TR_FUNCTIONS(rapport::PatientChoices)

public:
    static void fillSex(QComboBox* combo);
    static void fillLanguages(QComboBox* combo);
    // firstItem: the entry for no channel ("No preference", "Any"), data -1 unless it is
    // ContactChannel::None; empty leaves it out.
    static void fillChannels(QComboBox* combo, const QString& firstItem = {}, bool firstIsNone = true);
    // Selects the item with this data, keeping the current one otherwise; signals stay quiet.
    static void refill(QComboBox* combo, void (*fill)(QComboBox*));
};

} // namespace rapport
