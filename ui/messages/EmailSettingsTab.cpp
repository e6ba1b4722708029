#include "messages/EmailSettingsTab.h"

#include "common/InlineMessage.h"
#include "common/PasswordEdit.h"
#include "common/Style.h"
#include "messages/ChannelTest.h"
#include "security/Clinic.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {

namespace {
struct Security
{
    const char* key;
    int port;
};
constexpr Security Securities[] = {{"starttls", 587}, {"tls", 465}, {"none", 25}};
} // namespace

EmailSettingsTab::EmailSettingsTab(QWidget* parent)
    : SettingsFormTab(QStringLiteral("smtp"), parent)
    , m_serverTitle(new QLabel)
    , m_hostLabel(new QLabel)
    , m_host(new QLineEdit)
    , m_portLabel(new QLabel)
    , m_port(new QSpinBox)
    , m_securityLabel(new QLabel)
    , m_security(new QComboBox)
    , m_userLabel(new QLabel)
    , m_user(new QLineEdit)
    , m_passwordLabel(new QLabel)
    , m_password(new PasswordEdit)
    , m_senderTitle(new QLabel)
    , m_fromLabel(new QLabel)
    , m_from(new QLineEdit)
    , m_fromNameLabel(new QLabel)
    , m_fromName(new QLineEdit)
    , m_testTitle(new QLabel)
    , m_testHint(new QLabel)
    , m_test(new ChannelTest(ContactChannel::Email, QStringLiteral("smtp")))
{
    setObjectName(QStringLiteral("emailTab"));
    m_host->setObjectName(QStringLiteral("smtpHostEdit"));
    m_port->setObjectName(QStringLiteral("smtpPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setGroupSeparatorShown(false);
    m_security->setObjectName(QStringLiteral("smtpSecurityCombo"));
    for (const Security& s : Securities)
        m_security->addItem(QString(), QString::fromLatin1(s.key));
    m_user->setObjectName(QStringLiteral("smtpUserEdit"));
    m_password->setObjectName(QStringLiteral("smtpPasswordEdit"));
    m_from->setObjectName(QStringLiteral("smtpFromEdit"));
    m_fromName->setObjectName(QStringLiteral("smtpFromNameEdit"));
    m_testHint->setWordWrap(true);
    Style::setRole(m_testHint, "hint");
    for (QLabel* l : {m_hostLabel, m_portLabel, m_securityLabel, m_userLabel, m_passwordLabel, m_fromLabel,
                      m_fromNameLabel})
        l->setMinimumWidth(170);

    QFormLayout* server = addForm(addCard(m_serverTitle));
    server->addRow(m_hostLabel, m_host);
    auto* portRow = new QHBoxLayout;
    portRow->addWidget(m_port);
    portRow->addStretch();
    server->addRow(m_portLabel, portRow);
    server->addRow(m_securityLabel, m_security);
    server->addRow(m_userLabel, m_user);
    server->addRow(m_passwordLabel, m_password);
    QFormLayout* sender = addForm(addCard(m_senderTitle));
    sender->addRow(m_fromLabel, m_from);
    sender->addRow(m_fromNameLabel, m_fromName);
    QFrame* testCard = addCard(m_testTitle);
    static_cast<QVBoxLayout*>(testCard->layout())->addWidget(m_testHint);
    static_cast<QVBoxLayout*>(testCard->layout())->addWidget(m_test);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_securityLabel->setBuddy(m_security);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_fromLabel->setBuddy(m_from);
    m_fromNameLabel->setBuddy(m_fromName);

    bind(QStringLiteral("messaging.smtp.host"), m_host);
    bind(QStringLiteral("messaging.smtp.port"), m_port);
    bind(QStringLiteral("messaging.smtp.security"), m_security);
    bind(QStringLiteral("messaging.smtp.username"), m_user);
    bindSecret(QStringLiteral("messaging.smtp.password"), m_password);
    bind(QStringLiteral("messaging.smtp.from"), m_from);
    bind(QStringLiteral("messaging.smtp.fromName"), m_fromName);

    // The usual port follows the security, unless someone chose an unusual one.
    connect(m_security, &QComboBox::activated, this, [this](int index) {
        const bool usual = std::any_of(std::begin(Securities), std::end(Securities),
                                       [this](const Security& s) { return s.port == m_port->value(); });
        if (usual && index >= 0 && index < int(std::size(Securities)))
            m_port->setValue(Securities[index].port);
    });
    // The test uses the saved settings: save what was changed first.
    m_test->setPrepare([this] { return !hasUnsavedChanges() || save(); });
    retranslateUi();
}

QString EmailSettingsTab::title() const
{
    return tr("E-mail (SMTP)");
}

void EmailSettingsTab::setClinic(Clinic* clinic)
{
    m_test->setClinic(clinic);
    SettingsFormTab::setClinic(clinic);
}

void EmailSettingsTab::stateChanged()
{
    m_test->setEnabledByPermission(canEditAny());
}

void EmailSettingsTab::retranslateTab()
{
    m_serverTitle->setText(tr("Mail server"));
    m_hostLabel->setText(tr("&Server:"));
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_host->setAccessibleName(tr("Mail server"));
    m_portLabel->setText(tr("&Port:"));
    m_port->setAccessibleName(tr("Port"));
    m_securityLabel->setText(tr("Se&curity:"));
    m_security->setItemText(0, tr("STARTTLS (usually port 587)"));
    m_security->setItemText(1, tr("TLS from the start (usually port 465)"));
    m_security->setItemText(2, tr("None: only for a mail relay inside the clinic"));
    m_security->setAccessibleName(tr("Security"));
    m_userLabel->setText(tr("&User name:"));
    m_user->setPlaceholderText(tr("empty to send without signing in"));
    m_user->setAccessibleName(tr("User name"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_password->setAccessibleName(tr("Password"));
    m_senderTitle->setText(tr("Sender"));
    m_fromLabel->setText(tr("&From address:"));
    m_from->setPlaceholderText(tr("reception@example.com"));
    m_from->setAccessibleName(tr("From address"));
    m_fromNameLabel->setText(tr("From &name:"));
    m_fromName->setPlaceholderText(tr("the clinic's name"));
    m_fromName->setAccessibleName(tr("From name"));
    m_testTitle->setText(tr("Check the settings"));
    m_testHint->setText(tr("Send one message to yourself to see that the server takes it. Changes are saved first."));
    m_test->retranslateUi();
}

} // namespace rapport
