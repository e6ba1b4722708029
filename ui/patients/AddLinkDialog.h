#pragma once

#include "patients/Patient.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace rapport {

class Clinic;
class InlineMessage;
class PatientPicker;
class PhoneEdit;

// Adds a family or care link: what the other person is to the patient, and who they are,
// a patient of the clinic (found by search) or someone else (name, phone, e-mail).
class AddLinkDialog : public QDialog
{
    Q_OBJECT

public:
    AddLinkDialog(Clinic& clinic, const Patient& patient, QWidget* parent = nullptr);

    void accept() override;
    [[nodiscard]] PatientPicker* picker() const { return m_picker; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateMode();
    void retranslateUi();

    Clinic& m_clinic;
    Patient m_patient;
    QLabel* m_intro;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QRadioButton* m_patientMode;
    QRadioButton* m_contactMode;
    PatientPicker* m_picker;
    QWidget* m_contact;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_phoneLabel;
    PhoneEdit* m_phone;
    QLabel* m_phoneMessage;
    QLabel* m_emailLabel;
    QLineEdit* m_email;
    QLabel* m_noteLabel;
    QLineEdit* m_note;
    InlineMessage* m_error;
    QPushButton* m_ok;
};

} // namespace rapport
