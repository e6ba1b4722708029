#include "admin/AddStaffDialog.h"

#include "admin/RoleText.h"
#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/Style.h"
#include "security/AccountRules.h"

#include <QComboBox>
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

AddStaffDialog::AddStaffDialog(Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_intro(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_usernameLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_roleLabel(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_roleSummary(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_regenerate(new QToolButton(this))
    , m_passwordHint(new QLabel(this))
    , m_error(new InlineMessage(this))
{
    setObjectName(QStringLiteral("addStaffDialog"));
    setModal(true);
    setMinimumWidth(580);

    m_intro->setWordWrap(true);
    Style::setRole(m_intro, "hint");
    m_name->setObjectName(QStringLiteral("staffNameEdit"));
    m_name->setMaxLength(100);
    m_username->setObjectName(QStringLiteral("staffUsernameEdit"));
    m_username->setMaxLength(32);
    m_role->setObjectName(QStringLiteral("staffRoleCombo"));
    RoleText::fillRoles(m_role);
    m_roleSummary->setWordWrap(true);
    Style::setRole(m_roleSummary, "hint");
    m_password->setObjectName(QStringLiteral("oneTimePasswordEdit"));
    m_password->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_password->setText(AccountRules::generateOneTimePassword());
    m_regenerate->setObjectName(QStringLiteral("regeneratePasswordButton"));
    m_regenerate->setIcon(Icons::icon(QStringLiteral("refresh")));
    m_regenerate->setAutoRaise(true);
    m_passwordHint->setWordWrap(true);
    Style::setRole(m_passwordHint, "hint");
    m_error->setObjectName(QStringLiteral("addStaffError"));

    m_nameLabel->setBuddy(m_name);
    m_usernameLabel->setBuddy(m_username);
    m_roleLabel->setBuddy(m_role);
    m_passwordLabel->setBuddy(m_password);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_roleLabel, m_role);
    form->addRow(QString(), m_roleSummary);
    auto* passwordRow = new QHBoxLayout;
    passwordRow->setSpacing(4);
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_regenerate);
    form->addRow(m_passwordLabel, passwordRow);
    form->addRow(QString(), m_passwordHint);

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("addStaffConfirmButton"));
    Style::makePrimary(m_ok);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(14);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &AddStaffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddStaffDialog::reject);
    connect(m_name, &QLineEdit::textEdited, this, &AddStaffDialog::suggestUsername);
    connect(m_username, &QLineEdit::textEdited, this,
            [this](const QString& text) { m_usernameEdited = !text.isEmpty(); });
    connect(m_role, &QComboBox::currentIndexChanged, this, &AddStaffDialog::updateRoleSummary);
    connect(m_regenerate, &QToolButton::clicked, this,
            [this] { m_password->setText(AccountRules::generateOneTimePassword()); });

    setTabOrder(m_name, m_username);
    setTabOrder(m_username, m_role);
    setTabOrder(m_role, m_password);
    setTabOrder(m_password, m_regenerate);
    setTabOrder(m_regenerate, m_ok);
    setTabOrder(m_ok, m_cancel);
    m_name->setFocus();
    retranslateUi();
}

NewStaffInput AddStaffDialog::input() const
{
    return NewStaffInput{m_name->text().trimmed(), m_username->text().trimmed(),
                         static_cast<Role>(m_role->currentData().toInt()), m_password->text().trimmed()};
}

void AddStaffDialog::suggestUsername()
{
    if (m_usernameEdited)
        return;
    // "Jo Walsh" becomes "jo.walsh": letters a–z only, accents dropped.
    QStringList parts;
    for (const QString& word : m_name->text().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString ascii;
        for (QChar c : word.normalized(QString::NormalizationForm_KD))
            if (c.unicode() < 128 && c.isLetterOrNumber())
                ascii += c.toLower();
        if (!ascii.isEmpty())
            parts << ascii;
    }
    m_username->setText(parts.join(QLatin1Char('.')).left(32));
}

void AddStaffDialog::updateRoleSummary()
{
    m_roleSummary->setText(RoleText::summary(static_cast<Role>(m_role->currentData().toInt())));
}

void AddStaffDialog::accept()
{
    const NewStaffInput in = input();
    auto invalid = [this](const Error& e, QWidget* field) {
        m_error->showError(e);
        field->setFocus();
    };
    if (Status s = AccountRules::checkDisplayName(in.displayName); !s)
        return invalid(s.error(), m_name);
    if (Status s = AccountRules::checkUsername(in.username); !s)
        return invalid(s.error(), m_username);
    if (Status s = AccountRules::checkPassword(in.oneTimePassword, in.username); !s)
        return invalid(s.error(), m_password);
    m_error->clear();
    if (Status s = m_submit(in); !s)
        return invalid(s.error(), s.error().code == ErrorCode::AlreadyExists
                                      ? static_cast<QWidget*>(m_username)
                                      : m_name);
    QDialog::accept();
}

void AddStaffDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AddStaffDialog::retranslateUi()
{
    setWindowTitle(tr("Add a member of staff"));
    m_intro->setText(tr(
        "They sign in with the user name and the one-time password below, then choose their own password."));
    m_nameLabel->setText(tr("Full &name:"));
    m_name->setPlaceholderText(tr("e.g. Jo Walsh"));
    m_name->setAccessibleName(tr("Full name"));
    m_usernameLabel->setText(tr("&User name:"));
    m_username->setPlaceholderText(tr("e.g. jo.walsh"));
    m_username->setAccessibleName(tr("User name"));
    m_roleLabel->setText(tr("&Role:"));
    m_role->setAccessibleName(tr("Role"));
    RoleText::fillRoles(m_role);
    updateRoleSummary();
    m_passwordLabel->setText(tr("&One-time password:"));
    m_password->setAccessibleName(tr("One-time password"));
    m_regenerate->setToolTip(tr("Suggest another password"));
    m_regenerate->setAccessibleName(tr("Suggest another password"));
    m_passwordHint->setText(tr("Hand this password over in person or on paper, never by e-mail."));
    m_ok->setText(tr("Add staff member"));
}

} // namespace rapport
