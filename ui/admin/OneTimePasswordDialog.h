#pragma once

#include "common/Error.h"
#include "security/StaffMember.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace rapport {

class InlineMessage;

// Gives a member of staff a new one-time password: to reset a forgotten password, or to
// reactivate a deactivated account. submit() does the work.
class OneTimePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        ResetPassword,
        Reactivate
    };
    using Submit = std::function<Status(const QString& oneTimePassword)>;

    OneTimePasswordDialog(Purpose purpose, const StaffMember& member, Submit submit,
                          QWidget* parent = nullptr);

    [[nodiscard]] QString oneTimePassword() const;
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Purpose m_purpose;
    StaffMember m_member;
    Submit m_submit;
    QLabel* m_intro;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QToolButton* m_regenerate;
    QLabel* m_hint;
    InlineMessage* m_error;
    QPushButton* m_ok;
};

} // namespace rapport
