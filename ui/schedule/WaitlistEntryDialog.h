#pragma once

#include "scheduling/Waitlist.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace rapport {

class Clinic;
class InlineMessage;
class PatientPicker;
class WeekdayPicker;

// Puts a patient on the waitlist with what they can take: the type, a provider or any,
// weekdays, a time-of-day window and the dates between which they want to come.
class WaitlistEntryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WaitlistEntryDialog(Clinic& clinic, QWidget* parent = nullptr);

    [[nodiscard]] const WaitlistEntry& saved() const { return m_saved; }
    [[nodiscard]] PatientPicker* patientPicker() const { return m_patient; }
    [[nodiscard]] QComboBox* typeBox() const { return m_type; }
    [[nodiscard]] QComboBox* providerBox() const { return m_provider; }

public Q_SLOTS:
    void save();

private:
    Clinic& m_clinic;
    WaitlistEntry m_saved;
    PatientPicker* m_patient;
    QComboBox* m_type;
    QComboBox* m_provider;
    WeekdayPicker* m_weekdays;
    QTimeEdit* m_earliest;
    QTimeEdit* m_latest;
    QCheckBox* m_fromCheck;
    QDateEdit* m_from;
    QCheckBox* m_untilCheck;
    QDateEdit* m_until;
    QSpinBox* m_priority;
    QLineEdit* m_note;
    InlineMessage* m_message;
};

} // namespace rapport
