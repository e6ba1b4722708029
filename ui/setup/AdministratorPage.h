#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace rapport {

class InlineMessage;
class PasswordEdit;
class PasswordRulesView;

// First-run wizard, page 2: the first administrator. "Create clinic" checks the form,
// then creates the clinic in the background and moves on when it is done.
class AdministratorPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AdministratorPage(QWidget* parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool validatePage() override;
    [[nodiscard]] bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    [[nodiscard]] bool checkFields();
    void showFieldError(QLabel* label, const QString& text);
    void setBusy(bool busy);
    void suggestUsername();
    void updateRules();
    void retranslateUi();

    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_nameError;
    QLabel* m_usernameLabel;
    QLineEdit* m_username;
    QLabel* m_usernameError;
    QLabel* m_passwordLabel;
    PasswordEdit* m_password;
    QLabel* m_confirmLabel;
    PasswordEdit* m_confirm;
    QLabel* m_passwordError;
    PasswordRulesView* m_rules;
    InlineMessage* m_error;
    QLabel* m_busyLabel;
    QProgressBar* m_busyBar;
    bool m_busy = false;
    bool m_created = false;
    bool m_usernameEdited = false;
    bool m_connected = false;
};

} // namespace rapport
