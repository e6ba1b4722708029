#include "app/AppController.h"

#include "app/MainWindow.h"
#include "security/Clinic.h"
#include "signin/SignInDialog.h"

namespace rapport {

AppController::AppController(QString databasePath, const Clock& clock, FirstRunWizard::KdfProvider kdf,
                             QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_clock(clock)
    , m_kdf(std::move(kdf))
{}

AppController::~AppController()
{
    delete m_main;
    delete m_signIn;
    delete m_wizard;
}

FirstRunWizard* AppController::wizard() const
{
    return m_wizard;
}

SignInDialog* AppController::signInDialog() const
{
    return m_signIn;
}

MainWindow* AppController::mainWindow() const
{
    return m_main;
}

void AppController::start()
{
    if (Clinic::exists(m_path))
        showSignIn();
    else
        showWizard();
}

void AppController::showWizard()
{
    m_wizard = new FirstRunWizard(m_path, m_clock, m_kdf);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QDialog::finished, this, [this](int result) {
        FirstRunWizard* wizard = m_wizard;
        std::unique_ptr<Clinic> clinic = wizard ? wizard->takeClinic() : nullptr;
        if (result == QDialog::Accepted && clinic) {
            showMainWindow(std::move(clinic));
            return;
        }
        // Closed after the clinic was made: it exists now, so sign in next time (or now).
        if (clinic) {
            clinic.reset();
            showSignIn();
            return;
        }
        Q_EMIT finished();
    });
    m_wizard->show();
}

void AppController::showSignIn()
{
    m_signIn = new SignInDialog(m_path, m_clock);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_signIn, &QDialog::finished, this, [this](int result) {
        std::unique_ptr<Clinic> clinic = m_signIn ? m_signIn->takeClinic() : nullptr;
        if (result == QDialog::Accepted && clinic) {
            showMainWindow(std::move(clinic));
            return;
        }
        Q_EMIT finished();
    });
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
}

void AppController::showMainWindow(std::unique_ptr<Clinic> clinic)
{
    auto* window = new MainWindow(std::move(clinic), m_clock);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_main = window;
    connect(window, &MainWindow::signOutRequested, this, [this, window] {
        // The new window first, so the program never has no window at all.
        showSignIn();
        window->hide();
        window->deleteLater();
    });
    connect(window, &MainWindow::closed, this, &AppController::finished);
    window->show();
    Q_EMIT mainWindowShown();
}

} // namespace rapport
