#include "account/ChangePasswordDialog.h"

#include "common/Background.h"
#include "common/InlineMessage.h"
#include "common/PasswordEdit.h"
#include "common/PasswordRulesView.h"
#include "common/Style.h"
#include "security/AccountRules.h"
#include "security/Clinic.h"
#include "security/StaffService.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

ChangePasswordDialog::ChangePasswordDialog(Clinic& clinic, Mode mode, QString knownCurrentPassword,
                                           QWidget* parent)
    : QDialog(parent)
    , m_clinic(clinic)
    , m_mode(mode)
    , m_knownCurrent(std::move(knownCurrentPassword))
    , m_intro(new QLabel(this))
    , m_currentLabel(new QLabel(this))
    , m_current(new PasswordEdit(this))
    , m_newLabel(new QLabel(this))
    , m_new(new PasswordEdit(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirm(new PasswordEdit(this))
    , m_rules(new PasswordRulesView(this))
    , m_error(new InlineMessage(this))
    , m_busyBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setModal(true);
    setMinimumWidth(480);
    m_intro->setWordWrap(true);
    m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_new->setObjectName(QStringLiteral("newPasswordEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmPasswordEdit"));
    m_currentLabel->setBuddy(m_current);
    m_newLabel->setBuddy(m_new);
    m_confirmLabel->setBuddy(m_confirm);
    m_error->setObjectName(QStringLiteral("changePasswordError"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    form->addRow(m_currentLabel, m_current);
    form->addRow(m_newLabel, m_new);
    form->addRow(m_confirmLabel, m_confirm);
    form->addRow(QString(), m_rules);
    const bool known = !m_knownCurrent.isEmpty();
    m_currentLabel->setVisible(!known);
    m_current->setVisible(!known);

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("changePasswordConfirmButton"));
    Style::makePrimary(m_ok);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("changePasswordCancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(14);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busyBar);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    for (PasswordEdit* e : {m_new, m_confirm})
        connect(e, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateRules);

    (known ? m_new : m_current)->setFocus();
    retranslateUi();
    updateRules();
}

void ChangePasswordDialog::updateRules()
{
    m_rules->update(m_new->text(), m_clinic.session().username, m_confirm->text());
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    for (QWidget* w : std::initializer_list<QWidget*>{m_current, m_new, m_confirm, m_ok, m_cancel})
        w->setEnabled(!busy);
}

void ChangePasswordDialog::accept()
{
    if (m_busy)
        return;
    const QString current = m_knownCurrent.isEmpty() ? m_current->text() : m_knownCurrent;
    const QString next = m_new->text();
    if (current.isEmpty()) {
        m_error->showMessage(InlineMessage::Kind::Error, tr("Enter your current password."));
        m_current->setFocus();
        return;
    }
    if (Status s = AccountRules::checkPassword(next, m_clinic.session().username); !s) {
        m_error->showError(s.error());
        m_new->setFocus();
        return;
    }
    if (next != m_confirm->text()) {
        m_error->showMessage(InlineMessage::Kind::Error,
                             tr("The two new passwords are not the same. Type them again."));
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    m_error->clear();
    setBusy(true);
    Clinic* clinic = &m_clinic;
    Background::run(
        this, [clinic, current, next] { return StaffService(*clinic).changeOwnPassword(current, next); },
        [this](Status done) {
            setBusy(false);
            if (!done) {
                m_error->showError(done.error());
                if (done.error().code == ErrorCode::WrongPassword && m_current->isVisible()) {
                    m_current->clear();
                    m_current->setFocus();
                }
                return;
            }
            m_knownCurrent.clear();
            QDialog::accept();
        });
}

void ChangePasswordDialog::reject()
{
    // The password is being changed: closing now would leave the person unsure which one is valid.
    if (m_busy)
        return;
    m_knownCurrent.clear();
    QDialog::reject();
}

void ChangePasswordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChangePasswordDialog::retranslateUi()
{
    const Session& s = m_clinic.session();
    if (m_mode == Mode::Required) {
        setWindowTitle(tr("Choose your password"));
        m_intro->setText(
            tr("Welcome, %1. You signed in with a one-time password. Choose your own password now — "
               "only you should know it.")
                .arg(s.displayName));
        m_cancel->setText(tr("Sign out"));
    } else {
        setWindowTitle(tr("Change my password"));
        m_intro->setText(tr("Choose a new password for %1 (%2). You will use it from the next sign-in on.")
                             .arg(s.displayName, s.username));
        m_cancel->setText(tr("Cancel"));
    }
    m_currentLabel->setText(tr("&Current password:"));
    m_current->setAccessibleName(tr("Current password"));
    m_newLabel->setText(tr("&New password:"));
    m_new->setAccessibleName(tr("New password"));
    m_confirmLabel->setText(tr("Con&firm new password:"));
    m_confirm->setAccessibleName(tr("Confirm new password"));
    m_ok->setText(tr("Change password"));
}

} // namespace rapport
