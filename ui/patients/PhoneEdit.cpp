#include "patients/PhoneEdit.h"

#include "common/Style.h"
#include "patients/PhoneNumbers.h"

#include <QFocusEvent>
#include <QLabel>

namespace rapport {

PhoneEdit::PhoneEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setMaxLength(40);
    setInputMethodHints(Qt::ImhDialableCharactersOnly);
    connect(this, &QLineEdit::textEdited, this, [this] {
        // Typing again clears the complaint; the check runs when the field is left.
        if (property("invalid").toBool()) {
            setProperty("invalid", false);
            Style::repolish(this);
            setMessage({}, "fieldHint");
        }
    });
}

bool PhoneEdit::validate()
{
    const QString typed = text().trimmed();
    if (typed.isEmpty()) {
        setProperty("invalid", false);
        Style::repolish(this);
        setMessage({}, "fieldHint");
        return true;
    }
    auto number = PhoneNumbers::toE164(typed, m_region);
    if (!number) {
        showError(number.error().message);
        return false;
    }
    setText(PhoneNumbers::format(*number, m_region));
    setProperty("invalid", false);
    Style::repolish(this);
    if (m_expectsMobile && !PhoneNumbers::isMobile(*number))
        setMessage(tr("This looks like a landline: text messages will not reach it."), "fieldHint");
    else
        setMessage({}, "fieldHint");
    return true;
}

QString PhoneEdit::e164() const
{
    return PhoneNumbers::toE164(text(), m_region).value_or(QString());
}

void PhoneEdit::setE164(const QString& e164)
{
    setText(e164.isEmpty() ? QString() : PhoneNumbers::format(e164, m_region));
    setProperty("invalid", false);
    Style::repolish(this);
    setMessage({}, "fieldHint");
}

void PhoneEdit::showError(const QString& message)
{
    setProperty("invalid", true);
    Style::repolish(this);
    setMessage(message, "fieldError");
}

void PhoneEdit::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        validate();
}

void PhoneEdit::setMessage(const QString& text, const char* role)
{
    if (!m_message)
        return;
    m_message->setText(text);
    Style::setRole(m_message, role);
    m_message->setVisible(!text.isEmpty());
    setAccessibleDescription(text);
}

} // namespace rapport
