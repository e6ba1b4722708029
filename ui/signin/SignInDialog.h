#pragma once

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace rapport {

class Clinic;
class Clock;
class Countdown;
class DemoAccountsBox;
class InlineMessage;
class PasswordEdit;

// The sign-in window: the clinic's name, user name and password. Argon2id takes about a
// second, so the sign-in runs in the background while the window shows it is busy. After a
// one-time password the new member chooses their own before the window closes.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(QString databasePath, const Clock& clock, QWidget* parent = nullptr);
    ~SignInDialog() override;

    // The unlocked clinic after accepted().
    [[nodiscard]] std::unique_ptr<Clinic> takeClinic();
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] bool isDemo() const { return m_demo; }
    [[nodiscard]] QString errorText() const;

public Q_SLOTS:
    void signIn();
    void useRecoveryKey();
    void fillAccount(const QString& username, const QString& password);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void setBusy(bool busy);
    void finish(std::unique_ptr<Clinic> clinic, const QString& password);
    void updateSignInButton();

    QString m_path;
    const Clock& m_clock;
    std::unique_ptr<Clinic> m_clinic;
    QString m_clinicName;
    bool m_demo = false;
    bool m_busy = false;

    QLabel* m_logo;
    QLabel* m_clinicLabel;
    QLabel* m_prompt;
    QLabel* m_usernameLabel;
    QLineEdit* m_username;
    QLabel* m_passwordLabel;
    PasswordEdit* m_password;
    InlineMessage* m_error;
    QProgressBar* m_busyBar;
    QPushButton* m_signIn;
    QPushButton* m_recovery;
    DemoAccountsBox* m_demoBox = nullptr;
    Countdown* m_countdown;
};

} // namespace rapport
