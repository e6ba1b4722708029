#pragma once

#include "patients/Patient.h"

#include <QDialog>
#include <optional>

class QFrame;
class QLabel;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace rapport {

class Clinic;
class InlineMessage;
class PatientPicker;

// Merges two records of the same person: pick the other record, compare them side by
// side, choose which one is kept, confirm. The other record is archived and points to
// the kept one; links, consent and the timeline move over.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(Clinic& clinic, const Patient& current, QWidget* parent = nullptr);

    [[nodiscard]] PatientPicker* picker() const { return m_picker; }
    [[nodiscard]] const Patient& kept() const { return m_kept; }
    void setKeepOther(bool keepOther);

public Q_SLOTS:
    void merge();

Q_SIGNALS:
    void merged(const rapport::Patient& kept);

protected:
    void changeEvent(QEvent* event) override;

private:
    void loadOther();
    void fillColumn(QVBoxLayout* layout, const Patient& p, const Patient* other);
    void updateChoice();
    void retranslateUi();

    Clinic& m_clinic;
    Patient m_current;
    std::optional<Patient> m_other;
    Patient m_kept;
    QDate m_today;
    QString m_region;
    QLabel* m_intro;
    PatientPicker* m_picker;
    QWidget* m_compare;
    QFrame* m_currentColumn;
    QFrame* m_otherColumn;
    QVBoxLayout* m_currentFields;
    QVBoxLayout* m_otherFields;
    QRadioButton* m_keepCurrent;
    QRadioButton* m_keepOther;
    QLabel* m_explain;
    InlineMessage* m_error;
    QPushButton* m_ok;
    QPushButton* m_cancel;
};

} // namespace rapport
