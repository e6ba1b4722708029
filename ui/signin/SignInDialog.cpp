#include "signin/SignInDialog.h"

#include "account/ChangePasswordDialog.h"
#include "common/Background.h"
#include "common/Countdown.h"
#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/PasswordEdit.h"
#include "common/Style.h"
#include "security/Clinic.h"
#include "signin/DemoAccountsBox.h"
#include "signin/RecoveryKeyDialog.h"

#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace rapport {

namespace {
const QString LastUsernameKey = QStringLiteral("signin/lastUsername");
}

SignInDialog::SignInDialog(QString databasePath, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_path(std::move(databasePath))
    , m_clock(clock)
    , m_logo(new QLabel(this))
    , m_clinicLabel(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_usernameLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new PasswordEdit(this))
    , m_error(new InlineMessage(this))
    , m_busyBar(new QProgressBar(this))
    , m_signIn(new QPushButton(this))
    , m_recovery(new QPushButton(this))
    , m_countdown(new Countdown(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    setSizeGripEnabled(false);

    m_logo->setPixmap(Icons::appPixmap(56, devicePixelRatioF()));
    m_logo->setAlignment(Qt::AlignCenter);
    m_clinicLabel->setObjectName(QStringLiteral("clinicNameLabel"));
    m_clinicLabel->setAlignment(Qt::AlignCenter);
    m_clinicLabel->setWordWrap(true);
    Style::setRole(m_clinicLabel, "heroTitle");
    m_prompt->setAlignment(Qt::AlignCenter);
    Style::setRole(m_prompt, "hint");
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setMaxLength(64);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_busyBar->setObjectName(QStringLiteral("signInBusy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->hide();
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    Style::makePrimary(m_signIn);
    m_signIn->setMinimumHeight(36);
    m_recovery->setObjectName(QStringLiteral("recoveryKeyButton"));
    m_recovery->setIcon(Icons::icon(QStringLiteral("lifebuoy"), Style::accent()));
    Style::makeLink(m_recovery);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(36, 30, 36, 24);
    layout->setSpacing(6);
    layout->addWidget(m_logo);
    layout->addSpacing(6);
    layout->addWidget(m_clinicLabel);
    layout->addWidget(m_prompt);
    layout->addSpacing(16);
    layout->addWidget(m_usernameLabel);
    layout->addWidget(m_username);
    layout->addSpacing(8);
    layout->addWidget(m_passwordLabel);
    layout->addWidget(m_password);
    layout->addSpacing(10);
    layout->addWidget(m_error);
    layout->addWidget(m_signIn);
    layout->addWidget(m_busyBar);
    layout->addSpacing(6);
    layout->addWidget(m_recovery, 0, Qt::AlignHCenter);

    auto info = Clinic::peek(m_path);
    if (info) {
        m_clinicName = info->clinicName;
        m_demo = info->demo;
    } else {
        m_error->showError(info.error());
    }
    if (m_demo) {
        m_demoBox = new DemoAccountsBox(this);
        layout->addSpacing(10);
        layout->addWidget(m_demoBox);
        connect(m_demoBox, &DemoAccountsBox::accountChosen, this, &SignInDialog::fillAccount);
    }
    layout->addStretch();
    setMinimumWidth(460);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_recovery, &QPushButton::clicked, this, &SignInDialog::useRecoveryKey);
    connect(m_username, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty())
            m_password->setFocus();
        else
            signIn();
    });
    connect(m_countdown, &Countdown::ticked, this, &SignInDialog::updateSignInButton);
    connect(m_countdown, &Countdown::finished, this, [this] {
        m_error->clear();
        updateSignInButton();
    });
    connect(m_username, &QLineEdit::textEdited, this, [this] {
        // The wait applies to one user name; another may try at once.
        if (m_countdown->isRunning()) {
            m_countdown->stop();
            updateSignInButton();
        }
    });

    const QString last = m_demo ? QString() : QSettings().value(LastUsernameKey).toString();
    m_username->setText(last);
    (last.isEmpty() ? static_cast<QWidget*>(m_username) : m_password)->setFocus();
    retranslateUi();
}

SignInDialog::~SignInDialog() = default;

std::unique_ptr<Clinic> SignInDialog::takeClinic()
{
    return std::move(m_clinic);
}

QString SignInDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void SignInDialog::fillAccount(const QString& username, const QString& password)
{
    m_username->setText(username);
    m_password->setText(password);
    m_error->clear();
    m_signIn->setFocus();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_recovery->setEnabled(!busy);
    if (m_demoBox)
        m_demoBox->setEnabled(!busy);
    updateSignInButton();
}

void SignInDialog::updateSignInButton()
{
    if (m_countdown->isRunning()) {
        m_signIn->setEnabled(false);
        m_signIn->setText(tr("Try again in %n s", nullptr, m_countdown->remaining()));
        return;
    }
    m_signIn->setEnabled(!m_busy);
    m_signIn->setText(m_busy ? tr("Signing in…") : tr("Sign in"));
}

void SignInDialog::signIn()
{
    if (m_busy || m_countdown->isRunning())
        return;
    const QString username = m_username->text().trimmed();
    const QString password = m_password->text();
    if (username.isEmpty()) {
        m_error->showMessage(InlineMessage::Kind::Error, tr("Enter your user name."));
        m_username->setFocus();
        return;
    }
    if (password.isEmpty()) {
        m_error->showMessage(InlineMessage::Kind::Error, tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    m_error->clear();
    setBusy(true);
    Background::run(
        this,
        [path = m_path, username, password, &clock = m_clock] {
            return Clinic::signIn(path, username, password, clock);
        },
        [this, username, password](Result<std::unique_ptr<Clinic>> result) {
            setBusy(false);
            if (!result) {
                const Error& e = result.error();
                m_error->showError(e);
                if (e.code == ErrorCode::TooManyAttempts) {
                    m_countdown->start(qMax(1, e.detail.toInt()));
                    updateSignInButton();
                }
                if (e.code == ErrorCode::WrongPassword || e.code == ErrorCode::TooManyAttempts) {
                    m_password->clear();
                    m_password->setFocus();
                }
                return;
            }
            if (!m_demo)
                QSettings().setValue(LastUsernameKey, username);
            finish(std::move(*result), password);
        });
}

void SignInDialog::finish(std::unique_ptr<Clinic> clinic, const QString& password)
{
    m_password->clear();
    if (!clinic->session().mustChangePassword) {
        m_clinic = std::move(clinic);
        accept();
        return;
    }
    // A one-time password: they choose their own before they see anything else.
    m_clinic = std::move(clinic);
    auto* dialog = new ChangePasswordDialog(*m_clinic, ChangePasswordDialog::Mode::Required, password, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted) {
            accept();
            return;
        }
        m_clinic.reset(); // locks the clinic again
        m_error->showMessage(
            InlineMessage::Kind::Info,
            tr("You are signed out. Sign in again with the one-time password when you are ready to "
               "choose your own."));
        m_password->setFocus();
    });
    dialog->open();
}

void SignInDialog::useRecoveryKey()
{
    if (m_busy)
        return;
    auto* dialog = new RecoveryKeyDialog(m_path, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_clinic = dialog->takeClinic();
        if (m_clinic)
            accept();
    });
    dialog->open();
}

void SignInDialog::keyPressEvent(QKeyEvent* event)
{
    // Escape must not close the only window of the program.
    if (event->key() == Qt::Key_Escape) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void SignInDialog::closeEvent(QCloseEvent* event)
{
    if (m_busy) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void SignInDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    Style::growToFit(this);
}

void SignInDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in"));
    m_clinicLabel->setText(m_clinicName.isEmpty() ? tr("Rapport") : m_clinicName);
    m_prompt->setText(tr("Sign in with your Rapport account"));
    m_usernameLabel->setText(tr("&User name"));
    m_username->setAccessibleName(tr("User name"));
    m_passwordLabel->setText(tr("&Password"));
    m_password->setAccessibleName(tr("Password"));
    m_recovery->setText(tr("Use recovery key…"));
    m_recovery->setAccessibleName(tr("Use the recovery key"));
    updateSignInButton();
}

} // namespace rapport
