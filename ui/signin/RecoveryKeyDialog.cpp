#include "signin/RecoveryKeyDialog.h"

#include "common/Background.h"
#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/Style.h"
#include "security/Clinic.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

RecoveryKeyDialog::RecoveryKeyDialog(QString databasePath, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_path(std::move(databasePath))
    , m_clock(clock)
    , m_intro(new QLabel(this))
    , m_keyLabel(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_auditNote(new QLabel(this))
    , m_error(new InlineMessage(this))
    , m_busyBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setModal(true);
    setMinimumWidth(560);
    m_intro->setWordWrap(true);
    m_key->setObjectName(QStringLiteral("recoveryKeyEdit"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.15);
    m_key->setFont(mono);
    m_key->setInputMethodHints(Qt::ImhUppercaseOnly | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_keyLabel->setBuddy(m_key);
    m_auditNote->setWordWrap(true);
    Style::setRole(m_auditNote, "hint");
    m_error->setObjectName(QStringLiteral("recoveryKeyError"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("recoveryKeySignInButton"));
    Style::makePrimary(m_ok);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(m_keyLabel);
    layout->addWidget(m_key);
    layout->addWidget(m_auditNote);
    layout->addWidget(m_error);
    layout->addWidget(m_busyBar);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &RecoveryKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecoveryKeyDialog::reject);
    connect(m_key, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int pos = m_key->cursorPosition();
        m_key->setText(text.toUpper());
        m_key->setCursorPosition(pos);
    });
    m_key->setFocus();
    retranslateUi();
}

RecoveryKeyDialog::~RecoveryKeyDialog() = default;

std::unique_ptr<Clinic> RecoveryKeyDialog::takeClinic()
{
    return std::move(m_clinic);
}

void RecoveryKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_key->setEnabled(!busy);
    m_ok->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
}

void RecoveryKeyDialog::accept()
{
    if (m_busy)
        return;
    const QString key = m_key->text().trimmed();
    if (key.isEmpty()) {
        m_error->showMessage(InlineMessage::Kind::Error,
                             tr("Type the recovery key from the clinic's recovery sheet."));
        m_key->setFocus();
        return;
    }
    m_error->clear();
    setBusy(true);
    Background::run(
        this,
        [path = m_path, key, &clock = m_clock] { return Clinic::signInWithRecoveryKey(path, key, clock); },
        [this](Result<std::unique_ptr<Clinic>> result) {
            setBusy(false);
            if (!result) {
                m_error->showError(result.error());
                m_key->setFocus();
                return;
            }
            m_clinic = std::move(*result);
            QDialog::accept();
        });
}

void RecoveryKeyDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void RecoveryKeyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RecoveryKeyDialog::retranslateUi()
{
    setWindowTitle(tr("Use the recovery key"));
    m_intro->setText(
        tr("If no administrator can sign in, the recovery key printed when the clinic was set up opens "
           "it with an administrator's rights. Reset an administrator's password, then sign out."));
    m_keyLabel->setText(tr("&Recovery key:"));
    m_key->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-…"));
    m_key->setAccessibleName(tr("Recovery key"));
    m_auditNote->setText(tr("Using the recovery key is always recorded in the clinic's audit trail."));
    m_ok->setText(tr("Open with recovery key"));
}

} // namespace rapport
