#pragma once

#include "app/Page.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace rapport {

class InlineMessage;
class PatientFilterBar;
class PatientListModel;
struct Error;

// Patients: everyone registered, filtered by status, tag, age and consent, sorted by a
// click on a column, read lazily so 100,000 patients scroll without delay. Enter or a
// double-click opens the patient; Ctrl+N registers a new one.
class PatientListPage : public Page
{
    Q_OBJECT

public:
    explicit PatientListPage(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic) override;
    void pageShown() override;
    [[nodiscard]] QString title() const override;

    [[nodiscard]] PatientListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] PatientFilterBar* filters() const { return m_filters; }
    // The shortcut shown on the "New patient" button (the window owns the action).
    void setNewPatientShortcut(const QKeySequence& shortcut);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void openPatientRequested(const QString& patientId);
    void newPatientRequested();

protected:
    void retranslateUi() override;

private:
    void resizeColumns();
    void loadTags();
    void updateCount();
    void showLoadError(const Error& error);
    void openRow(int row);

    Clinic* m_clinic = nullptr;
    PatientListModel* m_model;
    PatientFilterBar* m_filters;
    QTableView* m_table;
    QPushButton* m_new;
    QLabel* m_count;
    QProgressBar* m_busy;
    InlineMessage* m_message;
    QKeySequence m_newShortcut;
    QString m_keepPatient;
    int m_keepScroll = 0;
};

} // namespace rapport
