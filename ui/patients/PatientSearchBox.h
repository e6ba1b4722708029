#pragma once

#include <QDate>
#include <QPointer>
#include <QWidget>

class QAction;
class QLineEdit;
class QTimer;

namespace rapport {

class Clinic;
class PatientSearchModel;
class PatientSearchPopup;

// The global patient search in the top bar (Ctrl+K): results as you type, Up/Down to
// move, Enter to open, Escape to close, and "Create new patient" from what was typed
// (Alt+Enter or Ctrl+N while searching).
class PatientSearchBox : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 120;
    static constexpr int ResultLimit = 8;

    explicit PatientSearchBox(QWidget* parent = nullptr);
    ~PatientSearchBox() override;

    void setClinic(Clinic* clinic);
    [[nodiscard]] QLineEdit* edit() const { return m_edit; }
    [[nodiscard]] PatientSearchPopup* popup() const;
    [[nodiscard]] PatientSearchModel* model() const { return m_model; }
    [[nodiscard]] bool isPopupVisible() const;

public Q_SLOTS:
    // Ctrl+K: focus the field, select what is in it and show the results.
    void activate();
    // Runs the search now instead of after the pause in typing.
    void searchNow();
    void closePopup();

Q_SIGNALS:
    void openPatientRequested(const QString& patientId);
    void createPatientRequested(const QString& typed);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void showPopup();
    void activateRow(int row);
    void requestCreate();
    void finish();
    void retranslateUi();

    Clinic* m_clinic = nullptr;
    QLineEdit* m_edit;
    QAction* m_searchIcon;
    QTimer* m_debounce;
    PatientSearchModel* m_model;
    QPointer<PatientSearchPopup> m_popup; // a child of the window once shown, to float over the pages
    QPointer<QWidget> m_returnFocus;
    QDate m_today;
    QString m_region;
};

} // namespace rapport
