#include "app/MainWindow.h"

#include "account/ChangePasswordDialog.h"
#include "admin/AuditPage.h"
#include "admin/SettingsPage.h"
#include "admin/StaffPage.h"
#include "app/AboutDialog.h"
#include "app/HeaderBar.h"
#include "app/LockScreen.h"
#include "app/NavigationRail.h"
#include "common/Background.h"
#include "common/Icons.h"
#include "common/IdleWatcher.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "messages/DispatchRunner.h"
#include "messages/MessagesPage.h"
#include "messages/MessagingSettingsPage.h"
#include "patients/PatientListPage.h"
#include "patients/PatientPage.h"
#include "patients/PatientSearchBox.h"
#include "patients/PatientWorkspace.h"
#include "recalls/CallListPage.h"
#include "recalls/RecallsPage.h"
#include "schedule/SchedulePage.h"
#include "schedule/ScheduleSetupPage.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

namespace {
enum Section
{
    ScheduleSection,
    PatientsSection,
    FollowUpSection,
    AdministrationSection
};

constexpr int MaxHistory = 50;

const QString GeometryKey = QStringLiteral("ui/mainWindowGeometry");
} // namespace

MainWindow::MainWindow(std::unique_ptr<Clinic> clinic, const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_path(clinic->path())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::appIcon());
    m_patients = new PatientWorkspace(this);
    buildActions();
    buildHeader();

    m_recoveryBanner = new QFrame;
    m_recoveryBanner->setObjectName(QStringLiteral("recoveryBanner"));
    auto* bannerLayout = new QHBoxLayout(m_recoveryBanner);
    bannerLayout->setContentsMargins(18, 9, 18, 9);
    auto* bannerIcon = new QLabel;
    bannerIcon->setPixmap(
        Icons::pixmap(QStringLiteral("lifebuoy"), 20, Style::warning(), devicePixelRatioF()));
    m_recoveryText = new QLabel;
    m_recoveryText->setObjectName(QStringLiteral("recoveryBannerText"));
    m_recoveryText->setWordWrap(true);
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_recoveryText, 1);
    m_recoveryBanner->hide();

    m_rail = new NavigationRail;
    m_rail->addSection(ScheduleSection);
    m_rail->addItem(ScheduleSection, SchedulePageId, QStringLiteral("calendar"), QStringLiteral("navSchedule"));
    m_rail->addSection(PatientsSection);
    m_rail->addItem(PatientsSection, PatientsPageId, QStringLiteral("patients"),
                    QStringLiteral("navPatients"));
    m_rail->addSection(FollowUpSection);
    m_rail->addItem(FollowUpSection, RecallsPageId, QStringLiteral("history"), QStringLiteral("navRecalls"));
    m_rail->addItem(FollowUpSection, CallListPageId, QStringLiteral("phone"), QStringLiteral("navCallList"));
    m_rail->addItem(FollowUpSection, MessagesPageId, QStringLiteral("mail"), QStringLiteral("navMessages"));
    m_rail->addSection(AdministrationSection);
    m_rail->addItem(AdministrationSection, StaffPageId, QStringLiteral("staff"), QStringLiteral("navStaff"));
    m_rail->addItem(AdministrationSection, ScheduleSetupPageId, QStringLiteral("clock"),
                    QStringLiteral("navScheduleSetup"));
    m_rail->addItem(AdministrationSection, MessagingSettingsPageId, QStringLiteral("send"),
                    QStringLiteral("navMessagingSettings"));
    m_rail->addItem(AdministrationSection, AuditPageId, QStringLiteral("audit"), QStringLiteral("navAudit"));
    m_rail->addItem(AdministrationSection, SettingsPageId, QStringLiteral("settings"),
                    QStringLiteral("navSettings"));

    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_staffPage = new StaffPage;
    m_auditPage = new AuditPage;
    m_settingsPage = new SettingsPage;
    m_scheduleSetupPage = new ScheduleSetupPage;
    m_schedulePage = new SchedulePage;
    m_recallsPage = new RecallsPage;
    m_callListPage = new CallListPage;
    m_messagesPage = new MessagesPage;
    m_messagingSettingsPage = new MessagingSettingsPage;
    // The stack's index is the PageId.
    m_pages->addWidget(patientListPage());
    m_pages->addWidget(patientPage());
    m_pages->addWidget(m_staffPage);
    m_pages->addWidget(m_auditPage);
    m_pages->addWidget(m_settingsPage);
    m_pages->addWidget(m_scheduleSetupPage);
    m_pages->addWidget(m_schedulePage);
    m_pages->addWidget(m_recallsPage);
    m_pages->addWidget(m_callListPage);
    m_pages->addWidget(m_messagesPage);
    m_pages->addWidget(m_messagingSettingsPage);
    Q_ASSERT(m_pages->count() == PageCount);

    m_dispatch = new DispatchRunner(this);
    m_dispatch->setObjectName(QStringLiteral("dispatchRunner"));
    m_messagesPage->setDispatchRunner(m_dispatch);

    m_workspace = new QWidget;
    m_workspace->setObjectName(QStringLiteral("workspace"));
    auto* workspaceLayout = new QVBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);
    workspaceLayout->addWidget(m_recoveryBanner);
    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_rail);
    body->addWidget(m_pages, 1);
    workspaceLayout->addLayout(body, 1);

    m_lockScreen = new LockScreen;
    m_root = new QStackedWidget;
    m_root->addWidget(m_workspace);
    m_root->addWidget(m_lockScreen);
    setCentralWidget(m_root);

    m_statusSecurity = new QLabel;
    m_statusSecurity->setObjectName(QStringLiteral("statusSecurity"));
    statusBar()->addPermanentWidget(m_statusSecurity);
    statusBar()->setSizeGripEnabled(true);

    m_idle = new IdleWatcher(clock, this);
    m_idle->setObjectName(QStringLiteral("idleWatcher"));

    connect(m_rail, &NavigationRail::currentChanged, this, [this](int id) {
        if (!m_navigating && id >= 0 && id < PageCount)
            showPage(PageId(id));
    });
    // Patients in the rail leads back to the list from a patient's page.
    connect(m_rail, &NavigationRail::itemClicked, this, [this](int id) {
        if (id >= 0 && id < PageCount && m_here.page != PageId(id))
            showPage(PageId(id));
    });
    connect(m_patients, &PatientWorkspace::openPatientRequested, this, &MainWindow::openPatient);
    connect(m_schedulePage, &SchedulePage::openPatientRequested, this, &MainWindow::openPatient);
    connect(m_recallsPage, &RecallsPage::openPatientRequested, this, &MainWindow::openPatient);
    connect(m_callListPage, &CallListPage::openPatientRequested, this, &MainWindow::openPatient);
    connect(m_messagesPage, &MessagesPage::openPatient, this, &MainWindow::openPatient);
    // Sending problems ("e-mail is not set up") reach those who can put them right from
    // any page; everyone else who sends sees them on the Messages page.
    connect(m_dispatch, &DispatchRunner::problem, this, [this](const QString& text) {
        if (!m_locked && m_session.can(Permission::ConfigureMessaging))
            statusBar()->showMessage(text, 15000);
    });
    connect(patientPage(), &PatientPage::showAppointmentRequested, this, [this](const QString& appointmentId) {
        showPage(SchedulePageId);
        m_schedulePage->showAppointment(appointmentId);
    });
    connect(m_patients, &PatientWorkspace::backRequested, this, &MainWindow::back);
    connect(m_patients, &PatientWorkspace::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::unlockWith);
    connect(m_lockScreen, &LockScreen::switchUserRequested, this, &MainWindow::signOut);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    connect(m_settingsPage, &SettingsPage::clinicSettingsChanged, this, &MainWindow::applyClinicSettings);
    for (PageId id : allPages())
        connect(page(id), &Page::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, 8000); });

    if (!restoreGeometry(QSettings().value(GeometryKey).toByteArray()))
        resize(1240, 800);
    setMinimumSize(900, 600);

    retranslateUi();
    adoptClinic(std::move(clinic));
}

MainWindow::~MainWindow()
{
    // Pages hold a pointer into the clinic; let go of it before the clinic goes.
    m_dispatch->setClinic(nullptr);
    for (PageId id : allPages())
        page(id)->setClinic(nullptr);
    m_patients->setClinic(nullptr);
}

QList<MainWindow::PageId> MainWindow::allPages()
{
    QList<PageId> pages;
    for (int id = 0; id < PageCount; ++id)
        pages << PageId(id);
    return pages;
}

void MainWindow::buildActions()
{
    m_lockAction = new QAction(this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setIcon(Icons::icon(QStringLiteral("lock")));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);

    m_signOutAction = new QAction(this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setIcon(Icons::icon(QStringLiteral("sign-out")));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setIcon(Icons::icon(QStringLiteral("info")));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_backAction = new QAction(this);
    m_backAction->setObjectName(QStringLiteral("backAction"));
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_backAction->setIcon(Icons::icon(QStringLiteral("arrow-left")));
    m_backAction->setEnabled(false);
    connect(m_backAction, &QAction::triggered, this, &MainWindow::back);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_lockAction);
    m_fileMenu->addAction(m_signOutAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_patientsMenu = menuBar()->addMenu(QString());
    m_patientsMenu->addAction(m_patients->findAction());
    m_patientsMenu->addAction(m_patients->newAction());
    m_patientsMenu->addSeparator();
    m_patientsMenu->addAction(m_backAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::buildHeader()
{
    m_header = new HeaderBar(patientSearch(), m_lockAction, this);
    addToolBar(Qt::TopToolBarArea, m_header);
}

Page* MainWindow::page(PageId id) const
{
    // The stack's index is the PageId; anything else is the settings page.
    auto* found = qobject_cast<Page*>(m_pages->widget(id));
    return found ? found : m_settingsPage;
}

void MainWindow::adoptClinic(std::unique_ptr<Clinic> clinic)
{
    m_clinic = std::move(clinic);
    m_session = m_clinic->session();
    m_locked = false;
    applySession();
    applyClinicSettings();
    for (PageId id : allPages())
        page(id)->setClinic(isPageAvailable(id) ? m_clinic.get() : nullptr);
    m_patients->setClinic(m_clinic.get());
    m_dispatch->setClinic(m_clinic.get());

    m_root->setCurrentWidget(m_workspace);
    m_header->show();
    m_statusSecurity->show();
    m_lockAction->setEnabled(true);
    // Back where the person was before locking (the same patient, opened again), or the
    // role's first page.
    Location target = m_beforeLock;
    m_beforeLock = Location();
    m_here = Location();
    if (target.page == PageCount || !navigate(target, false))
        navigate(Location{defaultPage(), {}, {}}, false);
    updateBack();
    m_idle->start();
}

MainWindow::PageId MainWindow::defaultPage() const
{
    // Administrators (and the recovery key) start on Staff; everyone else at the front desk.
    if (m_session.can(Permission::ManageStaff) && isPageAvailable(StaffPageId))
        return StaffPageId;
    for (PageId id : {PatientsPageId, StaffPageId, AuditPageId, SettingsPageId})
        if (isPageAvailable(id))
            return id;
    return SettingsPageId;
}

void MainWindow::applySession()
{
    m_recoveryBanner->setVisible(m_session.viaRecoveryKey);
    const bool patients = m_session.can(Permission::ViewPatients);
    m_rail->setItemVisible(PatientsPageId, patients);
    m_patientsMenu->menuAction()->setVisible(patients);
    m_rail->setItemVisible(StaffPageId, m_session.can(Permission::ManageStaff));
    m_rail->setItemVisible(AuditPageId, m_session.can(Permission::ReadAudit));
    m_rail->setItemVisible(ScheduleSetupPageId, m_session.can(Permission::ManageScheduleSetup));
    m_rail->setItemVisible(SchedulePageId, m_session.can(Permission::ViewSchedule));
    m_rail->setItemVisible(SettingsPageId, true);
    const bool recalls = m_session.can(Permission::WorkRecalls);
    m_rail->setItemVisible(RecallsPageId, recalls && patients);
    m_rail->setItemVisible(CallListPageId, recalls && patients);
    m_rail->setItemVisible(MessagesPageId, m_session.can(Permission::SendMessages) && patients);
    m_rail->setItemVisible(MessagingSettingsPageId, m_session.can(Permission::ConfigureMessaging));
    retranslateUi();
}

void MainWindow::applyClinicSettings()
{
    if (!m_clinic || !m_clinic->isOpen())
        return;
    SettingsService settings(*m_clinic);
    if (auto name = settings.get(QStringLiteral("clinic.name")); name && !name->isEmpty())
        m_clinicName = *name;
    m_idle->setTimeoutMinutes(settings.idleLockMinutes());
    retranslateUi();
}

bool MainWindow::isPageAvailable(PageId id) const
{
    if (id == PatientPageId)
        return m_rail->isItemVisible(PatientsPageId);
    return m_rail->isItemVisible(id);
}

MainWindow::PageId MainWindow::currentPage() const
{
    return m_here.page == PageCount ? SettingsPageId : m_here.page;
}

void MainWindow::showPage(PageId id)
{
    navigate(Location{id, {}, {}}, true);
}

void MainWindow::openPatient(const QString& patientId)
{
    if (!patientId.isEmpty())
        navigate(Location{PatientPageId, patientId, {}}, true);
}

bool MainWindow::navigate(Location to, bool remember)
{
    if (m_locked || to.page < 0 || to.page >= PageCount || !isPageAvailable(to.page))
        return false;
    if (to.page == PatientPageId) {
        // Every opening of a record is audited, so a record is opened only when it is shown.
        if (Status opened = patientPage()->showPatient(to.patientId); !opened) {
            statusBar()->showMessage(opened.error().message, 8000);
            MessageBox::warning(this, tr("Patient"), opened.error().message);
            return false;
        }
        to.label = patientPage()->patient().displayName();
    } else {
        to.patientId.clear();
        to.label = page(to.page)->title();
    }
    const bool same = m_here.page == to.page && m_here.patientId == to.patientId;
    if (remember && !same && m_here.page != PageCount) {
        m_history << m_here;
        while (m_history.size() > MaxHistory)
            m_history.removeFirst();
    }
    m_here = to;
    m_navigating = true;
    m_rail->setCurrent(to.page == PatientPageId ? int(PatientsPageId) : int(to.page));
    m_navigating = false;
    m_pages->setCurrentIndex(to.page);
    updateBack();
    page(to.page)->pageShown();
    return true;
}

void MainWindow::back()
{
    while (!m_history.isEmpty() && !m_locked) {
        const Location to = m_history.takeLast();
        // A page that is gone (a record merged away) is skipped.
        if (navigate(to, false))
            return;
    }
    updateBack();
}

void MainWindow::updateBack()
{
    m_backAction->setEnabled(!m_history.isEmpty() && !m_locked);
    patientPage()->setBackText(m_history.isEmpty() ? QString()
                                                   : tr("Back to %1").arg(m_history.constLast().label));
}

void MainWindow::closeDialogs()
{
    // A dialog left open would show clinic data over the lock screen, and act on a locked clinic.
    for (int i = 0; i < 8 && QApplication::activePopupWidget(); ++i)
        QApplication::activePopupWidget()->close();
    const QList<QDialog*> dialogs = findChildren<QDialog*>();
    for (QDialog* d : dialogs)
        if (d->isVisible())
            d->reject();
}

void MainWindow::releaseClinic()
{
    // The background sending first: it hands messages claimed but not sent back to the
    // queue, which needs the database still open.
    m_dispatch->setClinic(nullptr);
    for (PageId id : allPages())
        page(id)->setClinic(nullptr);
    m_patients->setClinic(nullptr);
    m_clinic->lock();
    m_locked = true;
}

void MainWindow::lock()
{
    if (m_locked || !m_clinic)
        return;
    // Background work (a password change) may still be using the clinic: lock right after it.
    if (Background::isBusy()) {
        QTimer::singleShot(200, this, &MainWindow::lock);
        return;
    }
    m_beforeLock = m_here;
    m_idle->stop();
    closeDialogs();
    releaseClinic();
    updateBack();
    m_lockScreen->setIdentity(m_session.displayName, Permissions::roleName(m_session.role), m_clinicName,
                              m_session.viaRecoveryKey);
    m_lockScreen->reset();
    m_header->hide();
    m_statusSecurity->hide();
    m_lockAction->setEnabled(false);
    statusBar()->clearMessage();
    m_root->setCurrentWidget(m_lockScreen);
    Q_EMIT locked();
}

void MainWindow::unlockWith(const QString& secret)
{
    if (!m_locked || m_lockScreen->isBusy())
        return;
    m_lockScreen->setBusy(true);
    Background::run(
        this,
        [path = m_path, username = m_session.username, secret, recovery = m_session.viaRecoveryKey,
         &clock = m_clock] {
            return recovery ? Clinic::signInWithRecoveryKey(path, secret, clock)
                            : Clinic::signIn(path, username, secret, clock);
        },
        [this, secret](Result<std::unique_ptr<Clinic>> result) {
            m_lockScreen->setBusy(false);
            if (!m_locked)
                return;
            if (!result) {
                m_lockScreen->showError(result.error());
                return;
            }
            std::unique_ptr<Clinic> fresh = std::move(*result);
            if (!fresh->session().mustChangePassword) {
                adoptClinic(std::move(fresh));
                Q_EMIT unlocked();
                return;
            }
            // An administrator reset this password meanwhile: choose a new one first.
            m_pending = std::move(fresh);
            auto* dialog =
                new ChangePasswordDialog(*m_pending, ChangePasswordDialog::Mode::Required, secret, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::finished, this, [this](int r) {
                if (r == QDialog::Accepted && m_pending) {
                    adoptClinic(std::move(m_pending));
                    Q_EMIT unlocked();
                    return;
                }
                m_pending.reset();
                signOut();
            });
            dialog->open();
        });
}

void MainWindow::signOut()
{
    if (!m_locked && m_clinic) {
        if (Background::isBusy()) {
            QTimer::singleShot(200, this, &MainWindow::signOut);
            return;
        }
        m_idle->stop();
        closeDialogs();
        releaseClinic();
    }
    Q_EMIT signOutRequested();
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (Background::isBusy() && m_lockScreen->isBusy()) {
        event->ignore();
        return;
    }
    QSettings().setValue(GeometryKey, saveGeometry());
    if (!m_locked && m_clinic) {
        m_idle->stop();
        closeDialogs();
        releaseClinic();
    }
    event->accept();
    Q_EMIT closed();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_clinicName.isEmpty() ? tr("Rapport") : m_clinicName);
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    m_lockAction->setText(tr("&Lock"));
    m_lockAction->setToolTip(
        tr("Lock Rapport now (%1)").arg(m_lockAction->shortcut().toString(QKeySequence::NativeText)));
    m_signOutAction->setText(tr("&Sign out"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Rapport"));
    m_header->setClinicName(m_clinicName);
    const bool recovery = m_session.viaRecoveryKey;
    m_header->setIdentity(recovery ? tr("Recovery key") : m_session.displayName,
                          recovery ? tr("Administrator rights") : Permissions::roleName(m_session.role),
                          recovery ? QStringLiteral("!") : HeaderBar::initials(m_session.displayName),
                          recovery);
    m_header->setAvatarToolTip(tr("Signed in as %1").arg(m_header->userName()));
    m_recoveryText->setText(
        tr("<b>Opened with the recovery key.</b> Everything done now is recorded in the audit "
           "trail. Reset an administrator's password on the Staff page, then sign out."));
    m_patientsMenu->setTitle(tr("&Patients"));
    m_backAction->setText(tr("&Back"));
    m_rail->setSectionTitle(ScheduleSection, tr("Schedule"));
    m_rail->setItemText(SchedulePageId, tr("Appointment book"),
                        tr("The day by provider or chair, a provider's week, the month"));
    m_rail->setSectionTitle(PatientsSection, tr("Patients"));
    m_rail->setItemText(PatientsPageId, tr("All patients"),
                        tr("Everyone registered, with filters (%1 finds one)")
                            .arg(findPatientAction()->shortcut().toString(QKeySequence::NativeText)));
    m_rail->setSectionTitle(FollowUpSection, tr("Recalls and reminders"));
    m_rail->setItemText(RecallsPageId, tr("Recalls"),
                        tr("Who is due or overdue for a check-up or hygiene visit"));
    m_rail->setItemText(CallListPageId, tr("Call list"), tr("Whom to call today and why"));
    m_rail->setItemText(MessagesPageId, tr("Messages"),
                        tr("Reminders and recalls sent, waiting, failed or skipped; letters to print"));
    m_rail->setSectionTitle(AdministrationSection, tr("Administration"));
    m_rail->setItemText(StaffPageId, tr("Staff"), tr("Staff accounts and roles"));
    m_rail->setItemText(AuditPageId, tr("Audit trail"), tr("Who did what, and when"));
    m_rail->setItemText(ScheduleSetupPageId, tr("Schedule set-up"),
                        tr("Providers, chairs, appointment types, working hours and closures"));
    m_rail->setItemText(MessagingSettingsPageId, tr("Messaging"),
                        tr("Reminder rules, message templates, e-mail and SMS, sending times"));
    m_rail->setItemText(SettingsPageId, tr("Settings"), tr("Clinic and computer settings, your password"));
    const int minutes = m_idle ? m_idle->timeoutMinutes() : 5;
    m_statusSecurity->setText(
        minutes == 1 ? tr("Encrypted database · locks after one minute without use")
                     : tr("Encrypted database · locks after %n minutes without use", nullptr, minutes));
}

} // namespace rapport
