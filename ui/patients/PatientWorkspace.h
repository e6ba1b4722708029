#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace rapport {

class Clinic;
class PatientListPage;
class PatientPage;
class PatientSearchBox;

// The patient area of the main window: the list and patient pages, the global search in
// the top bar, and the Find a patient (Ctrl+K) and New patient (Ctrl+N) actions. The
// window places them and navigates between pages; this wires them to the new-patient form.
class PatientWorkspace : public QObject
{
    Q_OBJECT

public:
    explicit PatientWorkspace(QWidget* window);

    [[nodiscard]] PatientListPage* listPage() const { return m_listPage; }
    [[nodiscard]] PatientPage* patientPage() const { return m_patientPage; }
    [[nodiscard]] PatientSearchBox* searchBox() const { return m_search; }
    [[nodiscard]] QAction* findAction() const { return m_findAction; }
    [[nodiscard]] QAction* newAction() const { return m_newAction; }

    // The open clinic, or nullptr while locked. The window hands the pages theirs.
    void setClinic(Clinic* clinic);
    void retranslateUi();

public Q_SLOTS:
    // The new-patient form, started from what was typed in the search.
    void newPatient(const QString& typed = {});

Q_SIGNALS:
    void openPatientRequested(const QString& patientId);
    void backRequested();
    void statusMessage(const QString& text);

private:
    QWidget* m_window;
    Clinic* m_clinic = nullptr;
    PatientListPage* m_listPage;
    PatientPage* m_patientPage;
    PatientSearchBox* m_search;
    QAction* m_findAction;
    QAction* m_newAction;
};

} // namespace rapport
