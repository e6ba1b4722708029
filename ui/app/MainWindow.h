#pragma once

#include "patients/PatientWorkspace.h"
#include "security/Session.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QFrame;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace rapport {

class AuditPage;
class CallListPage;
class DispatchRunner;
class MessagesPage;
class MessagingSettingsPage;
class RecallsPage;
class HeaderBar;
class Clinic;
class Clock;
class IdleWatcher;
class LockScreen;
class NavigationRail;
class Page;
class PatientListPage;
class PatientPage;
class PatientSearchBox;
class ScheduleSetupPage;
class SchedulePage;
class SettingsPage;
class StaffPage;

// The window a signed-in member of staff works in: the navigation rail, the pages, the
// global patient search (Ctrl+K), who is signed in and the Lock action. Locking (Ctrl+L,
// or the idle timer) closes the database and wipes the keys; unlocking signs in again and
// returns to the same page. Alt+Left goes back to the page before.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum PageId
    {
        PatientsPageId,
        PatientPageId, // one patient; not in the rail, opened from the search or a list
        StaffPageId,
        AuditPageId,
        SettingsPageId,
        ScheduleSetupPageId,
        SchedulePageId,
        RecallsPageId,
        CallListPageId,
        MessagesPageId,
        MessagingSettingsPageId,
        PageCount
    };

    MainWindow(std::unique_ptr<Clinic> clinic, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The current clinic object: open while unlocked, locked (isOpen() false) while locked.
    [[nodiscard]] Clinic* clinic() const { return m_clinic.get(); }
    [[nodiscard]] bool isLocked() const { return m_locked; }
    [[nodiscard]] IdleWatcher* idleWatcher() const { return m_idle; }
    [[nodiscard]] LockScreen* lockScreen() const { return m_lockScreen; }
    [[nodiscard]] QAction* lockAction() const { return m_lockAction; }
    [[nodiscard]] NavigationRail* rail() const { return m_rail; }
    [[nodiscard]] StaffPage* staffPage() const { return m_staffPage; }
    [[nodiscard]] AuditPage* auditPage() const { return m_auditPage; }
    [[nodiscard]] SettingsPage* settingsPage() const { return m_settingsPage; }
    [[nodiscard]] ScheduleSetupPage* scheduleSetupPage() const { return m_scheduleSetupPage; }
    [[nodiscard]] SchedulePage* schedulePage() const { return m_schedulePage; }
    [[nodiscard]] RecallsPage* recallsPage() const { return m_recallsPage; }
    [[nodiscard]] CallListPage* callListPage() const { return m_callListPage; }
    [[nodiscard]] MessagesPage* messagesPage() const { return m_messagesPage; }
    [[nodiscard]] MessagingSettingsPage* messagingSettingsPage() const { return m_messagingSettingsPage; }
    // Sends the outbox in the background while someone with SendMessages is signed in.
    [[nodiscard]] DispatchRunner* dispatchRunner() const { return m_dispatch; }
    [[nodiscard]] PatientListPage* patientListPage() const { return m_patients->listPage(); }
    [[nodiscard]] PatientPage* patientPage() const { return m_patients->patientPage(); }
    [[nodiscard]] PatientSearchBox* patientSearch() const { return m_patients->searchBox(); }
    [[nodiscard]] QAction* findPatientAction() const { return m_patients->findAction(); }
    [[nodiscard]] QAction* newPatientAction() const { return m_patients->newAction(); }
    [[nodiscard]] QAction* backAction() const { return m_backAction; }

    [[nodiscard]] PageId currentPage() const;
    [[nodiscard]] bool isPageAvailable(PageId page) const;
    void showPage(PageId page);

public Q_SLOTS:
    // Opens a patient's page (audited) and remembers where the person came from.
    void openPatient(const QString& patientId);
    void back();
    void lock();
    void signOut();
    void showAbout();

Q_SIGNALS:
    void locked();
    void unlocked();
    // "Sign in as someone else" or File > Sign out: the clinic is locked; show the sign-in window.
    void signOutRequested();
    // The window was closed: the program ends.
    void closed();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void buildHeader();
    void adoptClinic(std::unique_ptr<Clinic> clinic);
    void unlockWith(const QString& secret);
    void applySession();
    void applyClinicSettings();
    void closeDialogs();
    // Pages and the background sending let go of the clinic, which is then locked.
    void releaseClinic();
    void retranslateUi();
    [[nodiscard]] Page* page(PageId id) const;
    [[nodiscard]] static QList<PageId> allPages();
    [[nodiscard]] PageId defaultPage() const;

    // Where the window is: a page, and for the patient page which patient.
    struct Location
    {
        PageId page = PageCount;
        QString patientId;
        QString label; // for "Back to …"
    };
    bool navigate(Location to, bool remember);
    void updateBack();

    std::unique_ptr<Clinic> m_clinic;
    std::unique_ptr<Clinic> m_pending; // unlocked, waiting for a required password change
    const Clock& m_clock;
    QString m_path;
    Session m_session; // kept for the lock screen after the clinic is locked
    QString m_clinicName;
    bool m_locked = false;
    Location m_here;
    Location m_beforeLock;
    QList<Location> m_history;
    bool m_navigating = false;

    HeaderBar* m_header = nullptr;
    PatientWorkspace* m_patients = nullptr;
    QFrame* m_recoveryBanner = nullptr;
    QLabel* m_recoveryText = nullptr;
    QStackedWidget* m_root = nullptr;
    QWidget* m_workspace = nullptr;
    NavigationRail* m_rail = nullptr;
    QStackedWidget* m_pages = nullptr;
    StaffPage* m_staffPage = nullptr;
    AuditPage* m_auditPage = nullptr;
    SettingsPage* m_settingsPage = nullptr;
    ScheduleSetupPage* m_scheduleSetupPage = nullptr;
    SchedulePage* m_schedulePage = nullptr;
    RecallsPage* m_recallsPage = nullptr;
    CallListPage* m_callListPage = nullptr;
    MessagesPage* m_messagesPage = nullptr;
    MessagingSettingsPage* m_messagingSettingsPage = nullptr;
    DispatchRunner* m_dispatch = nullptr;
    LockScreen* m_lockScreen = nullptr;
    IdleWatcher* m_idle = nullptr;
    QLabel* m_statusSecurity = nullptr;

    QAction* m_lockAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_backAction = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_patientsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
};

} // namespace rapport
