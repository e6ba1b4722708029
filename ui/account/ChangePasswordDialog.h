#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace rapport {

class Clinic;
class InlineMessage;
class PasswordEdit;
class PasswordRulesView;

// Changes the signed-in member's own password through StaffService::changeOwnPassword.
// Required after a sign-in with a one-time password: then the current password is already
// known and not asked again, and cancelling means signing out.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Voluntary,
        Required
    };

    ChangePasswordDialog(Clinic& clinic, Mode mode, QString knownCurrentPassword = {},
                         QWidget* parent = nullptr);

    [[nodiscard]] bool isBusy() const { return m_busy; }

    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateRules();
    void setBusy(bool busy);

    Clinic& m_clinic;
    Mode m_mode;
    QString m_knownCurrent;
    QLabel* m_intro;
    QLabel* m_currentLabel;
    PasswordEdit* m_current;
    QLabel* m_newLabel;
    PasswordEdit* m_new;
    QLabel* m_confirmLabel;
    PasswordEdit* m_confirm;
    PasswordRulesView* m_rules;
    InlineMessage* m_error;
    QProgressBar* m_busyBar;
    QPushButton* m_ok;
    QPushButton* m_cancel;
    bool m_busy = false;
};

} // namespace rapport
