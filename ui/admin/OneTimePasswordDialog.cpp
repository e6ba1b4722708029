#include "admin/OneTimePasswordDialog.h"

#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/Style.h"
#include "security/AccountRules.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

OneTimePasswordDialog::OneTimePasswordDialog(Purpose purpose, const StaffMember& member, Submit submit,
                                             QWidget* parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_member(member)
    , m_submit(std::move(submit))
    , m_intro(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_regenerate(new QToolButton(this))
    , m_hint(new QLabel(this))
    , m_error(new InlineMessage(this))
{
    setObjectName(QStringLiteral("oneTimePasswordDialog"));
    setModal(true);
    setMinimumWidth(480);
    m_intro->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("oneTimePasswordEdit"));
    m_password->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_password->setText(AccountRules::generateOneTimePassword());
    m_passwordLabel->setBuddy(m_password);
    m_regenerate->setIcon(Icons::icon(QStringLiteral("refresh")));
    m_regenerate->setAutoRaise(true);
    m_hint->setWordWrap(true);
    Style::setRole(m_hint, "hint");
    m_error->setObjectName(QStringLiteral("oneTimePasswordError"));

    auto* row = new QHBoxLayout;
    row->setSpacing(4);
    row->addWidget(m_password, 1);
    row->addWidget(m_regenerate);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_passwordLabel, row);
    form->addRow(QString(), m_hint);

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("oneTimePasswordConfirmButton"));
    Style::makePrimary(m_ok);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(14);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &OneTimePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OneTimePasswordDialog::reject);
    connect(m_regenerate, &QToolButton::clicked, this,
            [this] { m_password->setText(AccountRules::generateOneTimePassword()); });
    m_password->setFocus();
    m_password->selectAll();
    retranslateUi();
}

QString OneTimePasswordDialog::oneTimePassword() const
{
    return m_password->text().trimmed();
}

void OneTimePasswordDialog::accept()
{
    if (Status s = AccountRules::checkPassword(oneTimePassword(), m_member.username); !s) {
        m_error->showError(s.error());
        m_password->setFocus();
        return;
    }
    if (Status s = m_submit(oneTimePassword()); !s) {
        m_error->showError(s.error());
        return;
    }
    QDialog::accept();
}

void OneTimePasswordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void OneTimePasswordDialog::retranslateUi()
{
    if (m_purpose == Purpose::ResetPassword) {
        setWindowTitle(tr("Reset password"));
        m_intro->setText(tr("%1 gets a new one-time password. Their current password stops working at once; "
                            "they choose a new one when they next sign in.")
                             .arg(m_member.displayName));
        m_ok->setText(tr("Reset password"));
    } else {
        setWindowTitle(tr("Reactivate account"));
        m_intro->setText(
            tr("%1 will be able to sign in again with this one-time password, and chooses their own "
               "password at the first sign-in.")
                .arg(m_member.displayName));
        m_ok->setText(tr("Reactivate"));
    }
    m_passwordLabel->setText(tr("&One-time password:"));
    m_password->setAccessibleName(tr("One-time password"));
    m_regenerate->setToolTip(tr("Suggest another password"));
    m_regenerate->setAccessibleName(tr("Suggest another password"));
    m_hint->setText(tr("Hand this password over in person or on paper, never by e-mail."));
}

} // namespace rapport
