#pragma once

#include <QGroupBox>

class QLabel;
class QToolButton;

namespace rapport {

// The demo clinic's made-up accounts, shown on its sign-in window (and only there). A
// click fills in the user name and password.
class DemoAccountsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit DemoAccountsBox(QWidget* parent = nullptr);

Q_SIGNALS:
    void accountChosen(const QString& username, const QString& password);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_hint;
    QList<QToolButton*> m_buttons;
};

} // namespace rapport
