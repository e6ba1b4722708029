#include "app/LockScreen.h"

#include "common/Countdown.h"
#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/PasswordEdit.h"
#include "common/Style.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel)
    , m_title(new QLabel)
    , m_clinic(new QLabel)
    , m_who(new QLabel)
    , m_secretLabel(new QLabel)
    , m_secret(new PasswordEdit)
    , m_error(new InlineMessage)
    , m_unlock(new QPushButton)
    , m_busyBar(new QProgressBar)
    , m_switchUser(new QPushButton)
    , m_countdown(new Countdown(this))
{
    setObjectName(QStringLiteral("lockScreen"));

    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("lockCard"));
    Style::setRole(card, "card");
    card->setFixedWidth(440);
    m_icon->setAlignment(Qt::AlignCenter);
    m_title->setAlignment(Qt::AlignCenter);
    Style::setRole(m_title, "heroTitle");
    m_clinic->setAlignment(Qt::AlignCenter);
    m_clinic->setWordWrap(true);
    Style::setRole(m_clinic, "hint");
    m_who->setObjectName(QStringLiteral("lockedUserLabel"));
    m_who->setAlignment(Qt::AlignCenter);
    m_who->setWordWrap(true);
    m_secret->setObjectName(QStringLiteral("unlockPasswordEdit"));
    m_secretLabel->setBuddy(m_secret);
    m_error->setObjectName(QStringLiteral("lockError"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    Style::makePrimary(m_unlock);
    m_unlock->setMinimumHeight(36);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->hide();
    m_switchUser->setObjectName(QStringLiteral("switchUserButton"));
    m_switchUser->setIcon(Icons::icon(QStringLiteral("sign-out"), Style::accent()));
    Style::makeLink(m_switchUser);

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(32, 28, 32, 22);
    layout->setSpacing(6);
    layout->addWidget(m_icon);
    layout->addSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_clinic);
    layout->addSpacing(10);
    layout->addWidget(m_who);
    layout->addSpacing(12);
    layout->addWidget(m_secretLabel);
    layout->addWidget(m_secret);
    layout->addSpacing(8);
    layout->addWidget(m_error);
    layout->addWidget(m_unlock);
    layout->addWidget(m_busyBar);
    layout->addSpacing(6);
    layout->addWidget(m_switchUser, 0, Qt::AlignHCenter);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch(3);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_secret, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_switchUser, &QPushButton::clicked, this, &LockScreen::switchUserRequested);
    connect(m_countdown, &Countdown::ticked, this, &LockScreen::updateButton);
    connect(m_countdown, &Countdown::finished, this, [this] {
        m_error->clear();
        updateButton();
    });
    retranslateUi();
}

void LockScreen::setIdentity(const QString& displayName, const QString& roleName, const QString& clinicName,
                             bool recovery)
{
    m_displayName = displayName;
    m_roleName = roleName;
    m_clinicName = clinicName;
    m_recovery = recovery;
    m_secret->setFont(recovery ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : font());
    retranslateUi();
}

void LockScreen::reset()
{
    m_secret->clear();
    m_secret->setRevealed(false);
    m_error->clear();
    m_countdown->stop();
    setBusy(false);
}

void LockScreen::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_secret->setEnabled(!busy);
    m_switchUser->setEnabled(!busy);
    updateButton();
}

void LockScreen::showError(const Error& error)
{
    m_error->showError(error);
    m_secret->clear();
    m_secret->setFocus();
    if (error.code == ErrorCode::TooManyAttempts)
        m_countdown->start(qMax(1, error.detail.toInt()));
    updateButton();
}

QString LockScreen::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void LockScreen::submit()
{
    if (m_busy || m_countdown->isRunning())
        return;
    if (m_secret->text().isEmpty()) {
        m_error->showMessage(InlineMessage::Kind::Error,
                             m_recovery ? tr("Type the recovery key.") : tr("Enter your password."));
        m_secret->setFocus();
        return;
    }
    m_error->clear();
    Q_EMIT unlockRequested(m_secret->text());
}

void LockScreen::updateButton()
{
    if (m_countdown->isRunning()) {
        m_unlock->setEnabled(false);
        m_unlock->setText(tr("Try again in %n s", nullptr, m_countdown->remaining()));
        return;
    }
    m_unlock->setEnabled(!m_busy);
    m_unlock->setText(m_busy ? tr("Unlocking…") : tr("Unlock"));
}

void LockScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_secret->setFocus();
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LockScreen::retranslateUi()
{
    m_icon->setPixmap(Icons::pixmap(QStringLiteral("lock"), 44, Style::accent(), devicePixelRatioF()));
    m_title->setText(tr("Rapport is locked"));
    m_clinic->setText(m_clinicName);
    if (m_recovery) {
        m_who->setText(tr("This session was opened with the recovery key."));
        m_secretLabel->setText(tr("&Recovery key"));
        m_secret->setAccessibleName(tr("Recovery key"));
    } else {
        m_who->setText(tr("Signed in as %1 · %2").arg(m_displayName, m_roleName));
        m_secretLabel->setText(tr("&Password"));
        m_secret->setAccessibleName(tr("Password"));
    }
    m_switchUser->setText(tr("Sign in as someone else"));
    updateButton();
}

} // namespace rapport
