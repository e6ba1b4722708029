#include "setup/AdministratorPage.h"

#include "common/InlineMessage.h"
#include "common/PasswordEdit.h"
#include "common/PasswordRulesView.h"
#include "common/Style.h"
#include "security/AccountRules.h"
#include "setup/FirstRunWizard.h"

#include <QAbstractButton>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace rapport {

AdministratorPage::AdministratorPage(QWidget* parent)
    : QWizardPage(parent)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_nameError(new QLabel(this))
    , m_usernameLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_usernameError(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new PasswordEdit(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirm(new PasswordEdit(this))
    , m_passwordError(new QLabel(this))
    , m_rules(new PasswordRulesView(this))
    , m_error(new InlineMessage(this))
    , m_busyLabel(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("administratorPage"));
    setCommitPage(true);
    m_name->setObjectName(QStringLiteral("adminNameEdit"));
    m_name->setMaxLength(100);
    m_username->setObjectName(QStringLiteral("adminUsernameEdit"));
    m_username->setMaxLength(32);
    m_password->setObjectName(QStringLiteral("adminPasswordEdit"));
    m_confirm->setObjectName(QStringLiteral("adminPasswordConfirmEdit"));
    m_nameError->setObjectName(QStringLiteral("adminNameError"));
    m_usernameError->setObjectName(QStringLiteral("adminUsernameError"));
    m_passwordError->setObjectName(QStringLiteral("adminPasswordError"));
    for (QLabel* e : {m_nameError, m_usernameError, m_passwordError}) {
        Style::setRole(e, "fieldError");
        e->setWordWrap(true);
        e->hide();
    }
    m_nameLabel->setBuddy(m_name);
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);
    m_confirmLabel->setBuddy(m_confirm);
    m_error->setObjectName(QStringLiteral("createClinicError"));
    m_busyLabel->setObjectName(QStringLiteral("createClinicBusyLabel"));
    m_busyLabel->setWordWrap(true);
    Style::setRole(m_busyLabel, "hint");
    m_busyBar->setObjectName(QStringLiteral("createClinicBusy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyLabel->hide();
    m_busyBar->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(8);
    form->setHorizontalSpacing(16);
    form->addRow(m_nameLabel, m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(m_usernameLabel, m_username);
    form->addRow(QString(), m_usernameError);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_confirmLabel, m_confirm);
    form->addRow(QString(), m_passwordError);
    form->addRow(QString(), m_rules);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_busyBar);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameError->hide();
        suggestUsername();
    });
    connect(m_username, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_usernameEdited = !text.isEmpty();
        m_usernameError->hide();
        updateRules();
    });
    for (PasswordEdit* e : {m_password, m_confirm})
        connect(e, &QLineEdit::textChanged, this, [this] {
            m_passwordError->hide();
            updateRules();
        });
    retranslateUi();
    updateRules();
}

void AdministratorPage::initializePage()
{
    m_name->setFocus();
    auto* w = qobject_cast<FirstRunWizard*>(wizard());
    if (!w || m_connected)
        return;
    m_connected = true;
    connect(w, &FirstRunWizard::creationFinished, this, [this, w](bool ok) {
        setBusy(false);
        if (!ok) {
            m_error->showError(w->creationError());
            return;
        }
        m_created = true;
        wizard()->next();
    });
}

void AdministratorPage::suggestUsername()
{
    if (m_usernameEdited)
        return;
    // "Ada Lovelace" becomes "ada": the first name is what people type at the front desk.
    const QString first = m_name->text().split(QLatin1Char(' '), Qt::SkipEmptyParts).value(0);
    QString ascii;
    for (QChar c : first.normalized(QString::NormalizationForm_KD))
        if (c.unicode() < 128 && c.isLetterOrNumber())
            ascii += c.toLower();
    m_username->setText(ascii);
    updateRules();
}

void AdministratorPage::updateRules()
{
    m_rules->update(m_password->text(), m_username->text(), m_confirm->text());
}

void AdministratorPage::showFieldError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->show();
}

bool AdministratorPage::checkFields()
{
    QWidget* firstWrong = nullptr;
    if (Status s = AccountRules::checkDisplayName(m_name->text()); !s) {
        showFieldError(m_nameError, s.error().message);
        firstWrong = m_name;
    }
    if (Status s = AccountRules::checkUsername(m_username->text().trimmed()); !s) {
        showFieldError(m_usernameError, s.error().message);
        if (!firstWrong)
            firstWrong = m_username;
    }
    if (Status s = AccountRules::checkPassword(m_password->text(), m_username->text().trimmed()); !s) {
        showFieldError(m_passwordError, s.error().message);
        if (!firstWrong)
            firstWrong = m_password;
    } else if (m_password->text() != m_confirm->text()) {
        showFieldError(m_passwordError,
                       tr("The two passwords are not the same. Type the password again in both fields."));
        if (!firstWrong)
            firstWrong = m_confirm;
    }
    if (firstWrong)
        firstWrong->setFocus();
    return !firstWrong;
}

bool AdministratorPage::isComplete() const
{
    return !m_busy;
}

bool AdministratorPage::validatePage()
{
    if (m_created)
        return true;
    if (m_busy)
        return false;
    m_error->clear();
    if (!checkFields())
        return false;
    auto* w = qobject_cast<FirstRunWizard*>(wizard());
    if (!w)
        return false;
    setBusy(true);
    w->createClinic(NewStaffAccount{m_username->text().trimmed(), m_name->text().trimmed(),
                                    Role::Administrator, m_password->text()});
    return false;
}

void AdministratorPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_username, m_password, m_confirm})
        w->setEnabled(!busy);
    Q_EMIT completeChanged();
    if (wizard()) {
        wizard()->button(QWizard::BackButton)->setEnabled(!busy);
        wizard()->button(QWizard::CancelButton)->setEnabled(!busy);
    }
}

void AdministratorPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void AdministratorPage::retranslateUi()
{
    setTitle(FirstRunWizard::heading(tr("Your administrator account")));
    setSubTitle(tr("The first account runs the clinic in Rapport: it adds staff and changes settings. "
                   "Keep its password to yourself."));
    m_nameLabel->setText(tr("Full &name:"));
    m_name->setPlaceholderText(tr("e.g. Ada Lovelace"));
    m_name->setAccessibleName(tr("Full name"));
    m_usernameLabel->setText(tr("&User name:"));
    m_username->setPlaceholderText(tr("what you type to sign in, e.g. ada"));
    m_username->setAccessibleName(tr("User name"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setAccessibleName(tr("Password"));
    m_confirmLabel->setText(tr("&Confirm password:"));
    m_confirm->setAccessibleName(tr("Confirm password"));
    m_busyLabel->setText(
        tr("Setting up encryption for this computer and creating the clinic… This takes a few seconds."));
}

} // namespace rapport
