#pragma once

#include "messages/SettingsFormTab.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rapport {

class ChannelTest;
class PasswordEdit;

// Messaging settings > E-mail (SMTP): the clinic's mail server, how the connection is
// protected, the account, the sender, and "Send a test message…".
class EmailSettingsTab : public SettingsFormTab
{
    Q_OBJECT

public:
    explicit EmailSettingsTab(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic) override;
    [[nodiscard]] QString title() const override;
    [[nodiscard]] ChannelTest* test() const { return m_test; }

protected:
    void retranslateTab() override;
    void stateChanged() override;

private:
    QLabel* m_serverTitle;
    QLabel* m_hostLabel;
    QLineEdit* m_host;
    QLabel* m_portLabel;
    QSpinBox* m_port;
    QLabel* m_securityLabel;
    QComboBox* m_security;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_passwordLabel;
    PasswordEdit* m_password;
    QLabel* m_senderTitle;
    QLabel* m_fromLabel;
    QLineEdit* m_from;
    QLabel* m_fromNameLabel;
    QLineEdit* m_fromName;
    QLabel* m_testTitle;
    QLabel* m_testHint;
    ChannelTest* m_test;
};

} // namespace rapport
