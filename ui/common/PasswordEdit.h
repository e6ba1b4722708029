#pragma once

#include <QLineEdit>

class QAction;

namespace rapport {

// A password field with an eye button to show what was typed, for people who are unsure
// whether Caps Lock is on.
class PasswordEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit PasswordEdit(QWidget* parent = nullptr);

    void setRevealed(bool revealed);
    [[nodiscard]] bool isRevealed() const { return echoMode() == QLineEdit::Normal; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QAction* m_reveal;
};

} // namespace rapport
