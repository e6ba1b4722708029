#pragma once

#include "patients/PatientLink.h"

#include <QFrame>
#include <optional>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace rapport {

class Clinic;
class PatientPicker;
class PhoneEdit;

// "Parent or guardian" on the form of a minor: a patient of the clinic, found by search,
// or someone who is not a patient, by name and phone.
class GuardianPicker : public QFrame
{
    Q_OBJECT

public:
    explicit GuardianPicker(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic, const QString& region);
    void setExcluded(const QString& patientId);
    // Only adults are offered.
    void setAdultAge(int years);
    // What the person explains: "Jo is 10: the clinic needs a parent or guardian…".
    void setExplanation(const QString& text);
    void showError(const QString& message);
    void clearError();

    // The guardian link to create, when one is given.
    [[nodiscard]] std::optional<PatientLink> link() const;
    [[nodiscard]] bool isEmpty() const;
    // Checks the contact's phone; true when nothing is wrong.
    bool validate();
    [[nodiscard]] QString fingerprint() const;

    [[nodiscard]] PatientPicker* picker() const { return m_picker; }
    [[nodiscard]] QWidget* firstField() const;
    [[nodiscard]] QWidget* lastField() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateMode();
    void retranslateUi();

    QLabel* m_title;
    QLabel* m_explanation;
    QRadioButton* m_patientMode;
    QRadioButton* m_contactMode;
    PatientPicker* m_picker;
    QWidget* m_contactFields;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_phoneLabel;
    PhoneEdit* m_phone;
    QLabel* m_phoneMessage;
    QLabel* m_error;
};

} // namespace rapport
