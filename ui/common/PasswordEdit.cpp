#include "common/PasswordEdit.h"

#include "common/Icons.h"

#include <QAction>
#include <QEvent>

namespace rapport {

PasswordEdit::PasswordEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_reveal(new QAction(this))
{
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase |
                        Qt::ImhSensitiveData);
    m_reveal->setCheckable(true);
    m_reveal->setObjectName(QStringLiteral("revealPasswordAction"));
    addAction(m_reveal, QLineEdit::TrailingPosition);
    connect(m_reveal, &QAction::toggled, this, &PasswordEdit::setRevealed);
    setRevealed(false);
}

void PasswordEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setIcon(Icons::icon(revealed ? QStringLiteral("eye-off") : QStringLiteral("eye")));
    if (m_reveal->isChecked() != revealed)
        m_reveal->setChecked(revealed);
    retranslateUi();
}

void PasswordEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLineEdit::changeEvent(event);
}

void PasswordEdit::retranslateUi()
{
    m_reveal->setToolTip(isRevealed() ? tr("Hide the password") : tr("Show the password"));
}

} // namespace rapport
