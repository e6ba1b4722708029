#pragma once

#include <QDate>
#include <QLineEdit>

class QLabel;

namespace rapport {

// A date of birth typed the way the locale writes dates (14/03/1985 in the UK) or as ISO
// (1985-03-14). The age shows as soon as the date makes sense; a date that cannot be
// (31/02, next year) gets PatientValidator's message when the field is left.
class BirthDateEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit BirthDateEdit(QWidget* parent = nullptr);

    void setToday(const QDate& today) { m_today = today; }
    void setMessageLabel(QLabel* label) { m_message = label; }
    void setAgeLabel(QLabel* label) { m_age = label; }

    // Invalid when empty or not a date.
    [[nodiscard]] QDate date() const { return m_date; }
    void setDate(const QDate& date);
    // Checks and reformats; true when empty or a plausible date of birth.
    bool validate();
    void showError(const QString& message);

Q_SIGNALS:
    void dateChanged(const QDate& date);

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    void reparse();
    void updateAge();
    void setMessage(const QString& text, const char* role);

    QDate m_today;
    QDate m_date;
    QLabel* m_message = nullptr;
    QLabel* m_age = nullptr;
};

} // namespace rapport
