#include "patients/BirthDateEdit.h"

#include "common/Style.h"
#include "patients/PatientText.h"
#include "patients/PatientValidator.h"

#include <QFocusEvent>
#include <QLabel>
#include <QLocale>

namespace rapport {

BirthDateEdit::BirthDateEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setMaxLength(20);
    setPlaceholderText(QLocale().dateFormat(QLocale::ShortFormat).toLower());
    connect(this, &QLineEdit::textChanged, this, [this] {
        if (property("invalid").toBool()) {
            setProperty("invalid", false);
            Style::repolish(this);
            setMessage({}, "fieldHint");
        }
        reparse();
    });
}

void BirthDateEdit::reparse()
{
    auto parsed = PatientValidator::parseDate(text(), QLocale());
    const QDate d = parsed ? *parsed : QDate();
    if (d != m_date) {
        m_date = d;
        updateAge();
        Q_EMIT dateChanged(m_date);
    }
}

void BirthDateEdit::setDate(const QDate& date)
{
    setText(PatientText::date(date));
    m_date = date;
    updateAge();
}

bool BirthDateEdit::validate()
{
    const QString typed = text().trimmed();
    if (typed.isEmpty()) {
        setMessage({}, "fieldHint");
        return true;
    }
    auto parsed = PatientValidator::parseDate(typed, QLocale());
    if (!parsed) {
        showError(parsed.error().message);
        return false;
    }
    if (Status plausible = PatientValidator::checkDateOfBirth(*parsed, m_today); !plausible) {
        showError(plausible.error().message);
        return false;
    }
    // The unambiguous form, so "03/04" is not read two ways.
    const QSignalBlocker quiet(this);
    setText(PatientText::date(*parsed));
    if (*parsed != m_date) {
        m_date = *parsed;
        Q_EMIT dateChanged(m_date);
    }
    updateAge();
    setMessage({}, "fieldHint");
    return true;
}

void BirthDateEdit::showError(const QString& message)
{
    setProperty("invalid", true);
    Style::repolish(this);
    setMessage(message, "fieldError");
}

void BirthDateEdit::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        validate();
}

void BirthDateEdit::updateAge()
{
    if (!m_age)
        return;
    const QString age = PatientText::age(m_date, m_today);
    m_age->setText(age.isEmpty() ? QString() : tr("%1 old").arg(age));
}

void BirthDateEdit::setMessage(const QString& text, const char* role)
{
    if (!m_message)
        return;
    m_message->setText(text);
    Style::setRole(m_message, role);
    m_message->setVisible(!text.isEmpty());
    setAccessibleDescription(text);
}

} // namespace rapport
