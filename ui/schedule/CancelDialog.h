#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QRadioButton;

namespace rapport {

class InlineMessage;

// Cancelling an appointment: by the patient or by the clinic, and why. A patient's
// cancellation inside the late-cancellation window is recorded as late by core.
class CancelDialog : public QDialog
{
    Q_OBJECT

public:
    CancelDialog(const QString& appointment, int lateCancelHours, bool late, QWidget* parent = nullptr);

    [[nodiscard]] bool byPatient() const;
    [[nodiscard]] QString reason() const;
    [[nodiscard]] QRadioButton* byPatientButton() const { return m_byPatient; }
    [[nodiscard]] QRadioButton* byClinicButton() const { return m_byClinic; }
    [[nodiscard]] QComboBox* reasonBox() const { return m_reason; }

    void accept() override;

private:
    void updateReasons();

    QRadioButton* m_byPatient;
    QRadioButton* m_byClinic;
    QComboBox* m_reason;
    QLabel* m_lateHint;
    InlineMessage* m_error;
};

} // namespace rapport
