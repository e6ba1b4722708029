#pragma once

#include "setup/FirstRunWizard.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace rapport {

class Clinic;
class Clock;
class MainWindow;
class SignInDialog;

// Which window the program shows: the first-run wizard when there is no clinic yet, the
// sign-in window, then the main window; back to the sign-in window on sign-out.
class AppController : public QObject
{
    Q_OBJECT

public:
    AppController(QString databasePath, const Clock& clock, FirstRunWizard::KdfProvider kdf = {},
                  QObject* parent = nullptr);
    ~AppController() override;

    void start();

    [[nodiscard]] FirstRunWizard* wizard() const;
    [[nodiscard]] SignInDialog* signInDialog() const;
    [[nodiscard]] MainWindow* mainWindow() const;

Q_SIGNALS:
    void mainWindowShown();
    // The person closed the last window: the program should end.
    void finished();

private:
    void showWizard();
    void showSignIn();
    void showMainWindow(std::unique_ptr<Clinic> clinic);

    QString m_path;
    const Clock& m_clock;
    FirstRunWizard::KdfProvider m_kdf;
    QPointer<FirstRunWizard> m_wizard;
    QPointer<SignInDialog> m_signIn;
    QPointer<MainWindow> m_main;
};

} // namespace rapport
