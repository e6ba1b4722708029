#include "messages/ChannelTest.h"

#include "common/Background.h"
#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/Style.h"
#include "messaging/Dispatcher.h"
#include "patients/PhoneEdit.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

TestMessageDialog::TestMessageDialog(ContactChannel channel, const QString& region, QWidget* parent)
    : QDialog(parent)
    , m_channel(channel)
    , m_error(new InlineMessage(this))
{
    setObjectName(QStringLiteral("testMessageDialog"));
    setModal(true);
    setMinimumWidth(420);
    const bool sms = channel == ContactChannel::Sms;
    setWindowTitle(sms ? tr("Send a test SMS") : tr("Send a test e-mail"));
    if (sms) {
        m_phone = new PhoneEdit(this);
        m_phone->setRegion(region);
        m_phone->setExpectsMobile(true);
        m_edit = m_phone;
    } else {
        m_edit = new QLineEdit(this);
        m_edit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    }
    m_edit->setObjectName(QStringLiteral("testMessageRecipientEdit"));
    m_edit->setAccessibleName(sms ? tr("Mobile number") : tr("E-mail address"));
    m_edit->setPlaceholderText(sms ? tr("07700 900123") : tr("you@example.com"));
    auto* intro = new QLabel(sms ? tr("Rapport sends a short test SMS through the gateway, with the saved settings. "
                                      "To which mobile number?")
                                 : tr("Rapport sends a short test e-mail through the mail server, with the saved "
                                      "settings. To which address?"),
                             this);
    intro->setWordWrap(true);
    auto* label = new QLabel(sms ? tr("&Mobile number:") : tr("&E-mail address:"), this);
    label->setBuddy(m_edit);
    m_error->setObjectName(QStringLiteral("testMessageError"));
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("testMessageSendButton"));
    Style::makePrimary(send);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString TestMessageDialog::recipient() const
{
    return m_phone ? m_phone->e164() : m_edit->text().trimmed();
}

void TestMessageDialog::accept()
{
    if (m_phone) {
        if (!m_phone->validate() || m_phone->e164().isEmpty()) {
            m_error->showMessage(InlineMessage::Kind::Error, tr("Enter a mobile number that can receive text messages."));
            m_edit->setFocus();
            return;
        }
    } else {
        const QString to = m_edit->text().trimmed();
        if (!to.contains(QLatin1Char('@')) || to.startsWith(QLatin1Char('@')) || to.endsWith(QLatin1Char('@'))) {
            m_error->showMessage(InlineMessage::Kind::Error, tr("Enter an e-mail address such as you@example.com."));
            m_edit->setFocus();
            return;
        }
    }
    QDialog::accept();
}

ChannelTest::ChannelTest(ContactChannel channel, const QString& objectPrefix, QWidget* parent)
    : QWidget(parent)
    , m_channel(channel)
    , m_button(new QPushButton(this))
    , m_busyText(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_result(new InlineMessage(this))
{
    m_button->setObjectName(objectPrefix + QStringLiteral("TestButton"));
    m_button->setIcon(Icons::icon(QStringLiteral("send")));
    m_button->setAutoDefault(false);
    m_busyText->setObjectName(objectPrefix + QStringLiteral("TestBusyText"));
    Style::setRole(m_busyText, "hint");
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(8);
    m_busyBar->setMaximumWidth(160);
    m_result->setObjectName(objectPrefix + QStringLiteral("TestResult"));

    auto* row = new QHBoxLayout;
    row->setSpacing(12);
    row->addWidget(m_button);
    row->addWidget(m_busyBar);
    row->addWidget(m_busyText, 1);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(row);
    layout->addWidget(m_result);
    setBusy(false);
    connect(m_button, &QPushButton::clicked, this, &ChannelTest::start);
    retranslateUi();
}

void ChannelTest::setClinic(Clinic* clinic)
{
    m_clinic = clinic;
    ++m_generation; // a result still on its way belongs to the clinic before
    m_result->clear();
    setBusy(false);
}

void ChannelTest::setEnabledByPermission(bool enabled)
{
    m_allowed = enabled;
    m_button->setEnabled(enabled && !m_busy);
}

void ChannelTest::start()
{
    if (!m_clinic || m_busy || !m_allowed)
        return;
    m_result->clear();
    if (m_prepare && !m_prepare())
        return;
    auto* dialog = new TestMessageDialog(m_channel, SettingsService(*m_clinic).region(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { send(dialog->recipient()); });
    dialog->open();
}

void ChannelTest::send(const QString& to)
{
    if (!m_clinic || m_busy)
        return;
    setBusy(true, to);
    const quint64 generation = m_generation;
    const ContactChannel channel = m_channel;
    Background::run(
        this, [clinic = m_clinic, channel, to] { return Dispatcher(*clinic).sendTest(channel, to); },
        [this, generation, to](Result<SendResult> result) {
            if (generation != m_generation)
                return;
            setBusy(false);
            const bool sms = m_channel == ContactChannel::Sms;
            if (!result) {
                m_result->showError(result.error());
            } else if (result->outcome == SendResult::Sent) {
                m_result->showMessage(InlineMessage::Kind::Success,
                                      sms ? tr("The SMS gateway accepted the test message for %1. Check that it "
                                               "arrives on the phone.")
                                                .arg(to)
                                          : tr("The mail server accepted the test message for %1. Check that it "
                                               "arrives, and not in the spam folder.")
                                                .arg(to));
            } else if (result->outcome == SendResult::Retry) {
                m_result->showMessage(
                    InlineMessage::Kind::Warning,
                    (sms ? tr("The test message did not get through to the SMS gateway: %1. Check the gateway's "
                              "address and this computer's connection, then try again.")
                         : tr("The test message did not get through to the mail server: %1. Check the server's "
                              "name, the port, the security and this computer's connection, then try again."))
                        .arg(result->detail));
            } else {
                m_result->showMessage(
                    InlineMessage::Kind::Error,
                    (sms ? tr("The SMS gateway refused the test message: %1. Check the user name, password or "
                              "token, and the sender.")
                         : tr("The mail server refused the test message: %1. Check the user name, the password "
                              "and the sender's address."))
                        .arg(result->detail));
            }
            Q_EMIT finished();
        });
}

void ChannelTest::setBusy(bool busy, const QString& to)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_busyText->setVisible(busy);
    m_busyText->setText(busy ? tr("Sending a test message to %1…").arg(to) : QString());
    m_button->setEnabled(m_allowed && !busy);
}

void ChannelTest::retranslateUi()
{
    m_button->setText(m_channel == ContactChannel::Sms ? tr("Send a test SMS…") : tr("Send a test message…"));
    m_button->setToolTip(tr("Sends one message now with the saved settings, to check them"));
}

} // namespace rapport
