#pragma once

#include "common/Error.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace rapport {

class Countdown;
class InlineMessage;
class PasswordEdit;

// What the main window shows while locked: whose session it was, and a password field to
// go on. Nothing of the clinic stays on screen.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget* parent = nullptr);

    // recovery: the session was opened with the recovery key, which is asked for instead.
    void setIdentity(const QString& displayName, const QString& roleName, const QString& clinicName,
                     bool recovery);
    void reset();
    void setBusy(bool busy);
    void showError(const Error& error);
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString errorText() const;

Q_SIGNALS:
    void unlockRequested(const QString& secret);
    void switchUserRequested();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void submit();
    void retranslateUi();
    void updateButton();

    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_clinic;
    QLabel* m_who;
    QLabel* m_secretLabel;
    PasswordEdit* m_secret;
    InlineMessage* m_error;
    QPushButton* m_unlock;
    QProgressBar* m_busyBar;
    QPushButton* m_switchUser;
    Countdown* m_countdown;
    QString m_displayName;
    QString m_roleName;
    QString m_clinicName;
    bool m_recovery = false;
    bool m_busy = false;
};

} // namespace rapport
