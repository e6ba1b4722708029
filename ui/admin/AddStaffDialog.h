#pragma once

#include "common/Error.h"
#include "security/Permission.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace rapport {

class InlineMessage;

struct NewStaffInput
{
    QString displayName;
    QString username;
    Role role = Role::Receptionist;
    QString oneTimePassword;
};

// Adds a member of staff: name, user name, role and a one-time password to hand over.
// The dialog checks the form, then calls submit() and stays open to show its error.
class AddStaffDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Status(const NewStaffInput&)>;

    AddStaffDialog(Submit submit, QWidget* parent = nullptr);

    [[nodiscard]] NewStaffInput input() const;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void suggestUsername();
    void updateRoleSummary();

    Submit m_submit;
    QLabel* m_intro;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_usernameLabel;
    QLineEdit* m_username;
    QLabel* m_roleLabel;
    QComboBox* m_role;
    QLabel* m_roleSummary;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QToolButton* m_regenerate;
    QLabel* m_passwordHint;
    InlineMessage* m_error;
    QPushButton* m_ok;
    QPushButton* m_cancel;
    bool m_usernameEdited = false;
};

} // namespace rapport
