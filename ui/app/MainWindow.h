#pragma once

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
class Clinic;
class Clock;
class IdleWatcher;
class LockScreen;
class NavigationRail;
class Page;
class SettingsPage;
class StaffPage;

// The window a signed-in member of staff works in: the navigation rail, the pages, who is
// signed in and the Lock action. Locking (Ctrl+L, or the idle timer) closes the database
// and wipes the keys; unlocking signs in again and returns to the same page.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum PageId
    {
        StaffPageId,
        AuditPageId,
        SettingsPageId,
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

    [[nodiscard]] PageId currentPage() const;
    [[nodiscard]] bool isPageAvailable(PageId page) const;
    void showPage(PageId page);

public Q_SLOTS:
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
    void retranslateUi();
    [[nodiscard]] Page* page(PageId id) const;

    void activatePage(int id);

    std::unique_ptr<Clinic> m_clinic;
    std::unique_ptr<Clinic> m_pending; // unlocked, waiting for a required password change
    const Clock& m_clock;
    QString m_path;
    Session m_session; // kept for the lock screen after the clinic is locked
    QString m_clinicName;
    bool m_locked = false;
    PageId m_pageBeforeLock = SettingsPageId;

    QToolBar* m_header = nullptr;
    QLabel* m_clinicLabel = nullptr;
    QLabel* m_avatar = nullptr;
    QLabel* m_userName = nullptr;
    QLabel* m_userRole = nullptr;
    QFrame* m_recoveryBanner = nullptr;
    QLabel* m_recoveryText = nullptr;
    QStackedWidget* m_root = nullptr;
    QWidget* m_workspace = nullptr;
    NavigationRail* m_rail = nullptr;
    QStackedWidget* m_pages = nullptr;
    StaffPage* m_staffPage = nullptr;
    AuditPage* m_auditPage = nullptr;
    SettingsPage* m_settingsPage = nullptr;
    LockScreen* m_lockScreen = nullptr;
    IdleWatcher* m_idle = nullptr;
    QLabel* m_statusSecurity = nullptr;

    QAction* m_lockAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
};

} // namespace rapport
