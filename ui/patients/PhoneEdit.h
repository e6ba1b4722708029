#pragma once

#include <QLineEdit>

class QLabel;

namespace rapport {

// A phone number field: typed in any common form, checked when the focus leaves it, then
// shown the way the clinic's region writes it. The message label under the field says
// what is wrong, or that a "mobile" is really a landline.
class PhoneEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit PhoneEdit(QWidget* parent = nullptr);

    void setRegion(const QString& region) { m_region = region; }
    void setMessageLabel(QLabel* label) { m_message = label; }
    // Warn when the number cannot receive text messages.
    void setExpectsMobile(bool expects) { m_expectsMobile = expects; }

    // Checks and reformats; true when empty or a valid number.
    bool validate();
    // The number in E.164, empty when empty or invalid.
    [[nodiscard]] QString e164() const;
    void setE164(const QString& e164);
    void showError(const QString& message);

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    void setMessage(const QString& text, const char* role);

    QString m_region;
    QLabel* m_message = nullptr;
    bool m_expectsMobile = false;
};

} // namespace rapport
