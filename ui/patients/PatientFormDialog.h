#pragma once

#include "patients/PatientService.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QScrollArea;

namespace rapport {

class Clinic;
class DuplicatesDialog;
class InlineMessage;
class PatientFormFields;

// A new patient, or changes to one. Saving checks the fields, then (for a new record)
// asks core for possible duplicates first and lets the person open the existing record
// instead. Ctrl+S or Enter saves; Escape cancels, asking first if something was typed.
class PatientFormDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Create,
        Edit
    };

    PatientFormDialog(Clinic& clinic, Mode mode, QWidget* parent = nullptr);

    // The record to edit, or what a new one starts with (from the search).
    void setPatient(const Patient& patient);
    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] bool isDirty() const;
    [[nodiscard]] PatientFormFields* fields() const { return m_fields; }
    [[nodiscard]] DuplicatesDialog* duplicatesDialog() const;

public Q_SLOTS:
    void save();
    // Escape and Cancel: asks before throwing away what was typed.
    void cancel();

Q_SIGNALS:
    void saved(const rapport::Patient& patient);
    // "Open existing record" in the duplicates dialog: the form is dropped.
    void openExistingRequested(const QString& patientId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void commit(bool allowDuplicates);
    void askAboutDuplicates(const QList<DuplicateMatch>& matches);
    void showError(const Error& error);
    [[nodiscard]] bool confirmDiscard();
    void retranslateUi();

    Clinic& m_clinic;
    Mode m_mode;
    Patient m_patient;
    QString m_initial;
    bool m_hasGuardian = false;
    bool m_closing = false;
    QDate m_today;
    QLabel* m_title;
    QLabel* m_intro;
    QScrollArea* m_scroll;
    PatientFormFields* m_fields;
    InlineMessage* m_error;
    QPushButton* m_save;
    QPushButton* m_cancel;
    QPointer<DuplicatesDialog> m_duplicates;
};

} // namespace rapport
