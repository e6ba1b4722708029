#pragma once

#include "patients/Consent.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace rapport {

class Clinic;
class InlineMessage;

// Records a patient's decision about a channel: for which purposes, granted or withdrawn,
// how it was obtained and a note. Each purpose becomes its own entry in the history.
class ConsentDialog : public QDialog
{
    Q_OBJECT

public:
    ConsentDialog(Clinic& clinic, const Patient& patient, ContactChannel channel,
                  const QList<ConsentRecord>& current, QWidget* parent = nullptr);

    void accept() override;
    [[nodiscard]] int recorded() const { return m_recorded; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateCurrent();
    void retranslateUi();

    Clinic& m_clinic;
    Patient m_patient;
    QList<ConsentRecord> m_current;
    int m_recorded = 0;
    QLabel* m_intro;
    QLabel* m_channelLabel;
    QComboBox* m_channel;
    QLabel* m_purposesLabel;
    QHash<ConsentPurpose, QCheckBox*> m_purposes;
    QHash<ConsentPurpose, QLabel*> m_now;
    QLabel* m_decisionLabel;
    QRadioButton* m_granted;
    QRadioButton* m_withdrawn;
    QLabel* m_methodLabel;
    QComboBox* m_method;
    QLabel* m_noteLabel;
    QLineEdit* m_note;
    InlineMessage* m_error;
    QPushButton* m_ok;
};

} // namespace rapport
