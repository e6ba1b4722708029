#include "messages/SmsSettingsTab.h"

#include "common/PasswordEdit.h"
#include "common/Style.h"
#include "messages/ChannelTest.h"
#include "security/Clinic.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rapport {

namespace {
const QString UrlKey = QStringLiteral("messaging.sms.url");
// Stands in for a password or token in the preview: secrets are never shown back.
const QString Masked = QStringLiteral("xxxxxxxx");
const QString SampleNumber = QStringLiteral("+447700900123");

void setLines(QPlainTextEdit* edit, int lines)
{
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
}
} // namespace

SmsSettingsTab::SmsSettingsTab(QWidget* parent)
    : SettingsFormTab(QStringLiteral("sms"), parent)
    , m_gatewayTitle(new QLabel)
    , m_presetLabel(new QLabel)
    , m_preset(new QComboBox)
    , m_urlLabel(new QLabel)
    , m_url(new QLineEdit)
    , m_methodLabel(new QLabel)
    , m_method(new QComboBox)
    , m_contentTypeLabel(new QLabel)
    , m_contentType(new QComboBox)
    , m_headersLabel(new QLabel)
    , m_headers(new QPlainTextEdit)
    , m_bodyLabel(new QLabel)
    , m_body(new QPlainTextEdit)
    , m_placeholderHint(new QLabel)
    , m_accountTitle(new QLabel)
    , m_senderLabel(new QLabel)
    , m_sender(new QLineEdit)
    , m_userLabel(new QLabel)
    , m_user(new QLineEdit)
    , m_passwordLabel(new QLabel)
    , m_password(new PasswordEdit)
    , m_tokenLabel(new QLabel)
    , m_token(new PasswordEdit)
    , m_previewTitle(new QLabel)
    , m_previewHint(new QLabel)
    , m_preview(new QPlainTextEdit)
    , m_testTitle(new QLabel)
    , m_test(new ChannelTest(ContactChannel::Sms, QStringLiteral("sms")))
{
    setObjectName(QStringLiteral("smsTab"));
    m_preset->setObjectName(QStringLiteral("smsPresetCombo"));
    for (const SmsPreset& p : smsPresets())
        m_preset->addItem(p.name, p.key);
    m_url->setObjectName(QStringLiteral("smsUrlEdit"));
    m_method->setObjectName(QStringLiteral("smsMethodCombo"));
    for (const char* m : {"POST", "GET", "PUT"})
        m_method->addItem(QString::fromLatin1(m), QString::fromLatin1(m));
    m_contentType->setObjectName(QStringLiteral("smsContentTypeCombo"));
    m_contentType->setEditable(true);
    m_contentType->setInsertPolicy(QComboBox::NoInsert);
    m_contentType->addItem(QStringLiteral("application/x-www-form-urlencoded"));
    m_contentType->addItem(QStringLiteral("application/json"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_headers->setObjectName(QStringLiteral("smsHeadersEdit"));
    m_body->setObjectName(QStringLiteral("smsBodyEdit"));
    for (QPlainTextEdit* e : {m_headers, m_body}) {
        e->setFont(fixed);
        e->setTabChangesFocus(true);
    }
    setLines(m_headers, 3);
    setLines(m_body, 4);
    m_placeholderHint->setWordWrap(true);
    m_placeholderHint->setTextFormat(Qt::PlainText);
    Style::setRole(m_placeholderHint, "hint");
    m_sender->setObjectName(QStringLiteral("smsSenderEdit"));
    m_user->setObjectName(QStringLiteral("smsUserEdit"));
    m_password->setObjectName(QStringLiteral("smsPasswordEdit"));
    m_token->setObjectName(QStringLiteral("smsTokenEdit"));
    m_previewHint->setWordWrap(true);
    Style::setRole(m_previewHint, "hint");
    m_preview->setObjectName(QStringLiteral("smsRequestPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(fixed);
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setLines(m_preview, 7);
    for (QLabel* l : {m_presetLabel, m_urlLabel, m_methodLabel, m_headersLabel, m_bodyLabel,
                      m_senderLabel, m_userLabel, m_passwordLabel, m_tokenLabel})
        l->setMinimumWidth(170);

    QFrame* gatewayCard = addCard(m_gatewayTitle);
    QFormLayout* gateway = addForm(gatewayCard);
    gateway->addRow(m_presetLabel, m_preset);
    gateway->addRow(m_urlLabel, m_url);
    auto* methodRow = new QHBoxLayout;
    methodRow->addWidget(m_method);
    methodRow->addSpacing(12);
    methodRow->addWidget(m_contentTypeLabel);
    methodRow->addWidget(m_contentType, 1);
    gateway->addRow(m_methodLabel, methodRow);
    gateway->addRow(m_headersLabel, m_headers);
    auto* body = new QVBoxLayout;
    body->setSpacing(4);
    body->addWidget(m_body);
    body->addWidget(m_placeholderHint);
    gateway->addRow(m_bodyLabel, body);
    QFormLayout* account = addForm(addCard(m_accountTitle));
    account->addRow(m_senderLabel, m_sender);
    account->addRow(m_userLabel, m_user);
    account->addRow(m_passwordLabel, m_password);
    account->addRow(m_tokenLabel, m_token);
    QFrame* previewCard = addCard(m_previewTitle);
    static_cast<QVBoxLayout*>(previewCard->layout())->addWidget(m_previewHint);
    static_cast<QVBoxLayout*>(previewCard->layout())->addWidget(m_preview);
    QFrame* testCard = addCard(m_testTitle);
    static_cast<QVBoxLayout*>(testCard->layout())->addWidget(m_test);
    m_presetLabel->setBuddy(m_preset);
    m_urlLabel->setBuddy(m_url);
    m_methodLabel->setBuddy(m_method);
    m_contentTypeLabel->setBuddy(m_contentType);
    m_headersLabel->setBuddy(m_headers);
    m_bodyLabel->setBuddy(m_body);
    m_senderLabel->setBuddy(m_sender);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_tokenLabel->setBuddy(m_token);

    // The preset first: the request fields show its values when theirs are empty.
    bind(QStringLiteral("messaging.sms.preset"), m_preset);
    bindPresetField(
        UrlKey, m_url, [this] { return m_url->text().trimmed(); }, [this](const QString& v) { m_url->setText(v); },
        [](const SmsGatewaySettings& s) { return s.url; });
    bindPresetField(
        QStringLiteral("messaging.sms.method"), m_method, [this] { return m_method->currentData().toString(); },
        [this](const QString& v) { m_method->setCurrentIndex(qMax(0, m_method->findData(v.toUpper()))); },
        [](const SmsGatewaySettings& s) { return s.method.toUpper(); });
    bindPresetField(
        QStringLiteral("messaging.sms.contentType"), m_contentType,
        [this] { return m_contentType->currentText().trimmed(); },
        [this](const QString& v) { m_contentType->setEditText(v); },
        [](const SmsGatewaySettings& s) { return s.contentType; });
    bindPresetField(
        QStringLiteral("messaging.sms.headers"), m_headers, [this] { return m_headers->toPlainText().trimmed(); },
        [this](const QString& v) { m_headers->setPlainText(v); },
        [](const SmsGatewaySettings& s) { return s.headers.join(QLatin1Char('\n')); });
    bindPresetField(
        QStringLiteral("messaging.sms.body"), m_body, [this] { return m_body->toPlainText().trimmed(); },
        [this](const QString& v) { m_body->setPlainText(v); }, [](const SmsGatewaySettings& s) { return s.body; });
    bind(QStringLiteral("messaging.sms.sender"), m_sender);
    bind(QStringLiteral("messaging.sms.username"), m_user);
    bindSecret(QStringLiteral("messaging.sms.password"), m_password);
    bindSecret(QStringLiteral("messaging.sms.token"), m_token);

    connect(m_preset, &QComboBox::activated, this, [this] { applyPreset(m_preset->currentData().toString()); });
    connect(m_method, &QComboBox::currentIndexChanged, this, &SettingsFormTab::fieldEdited);
    connect(m_contentType, &QComboBox::currentTextChanged, this, &SettingsFormTab::fieldEdited);
    connect(m_url, &QLineEdit::textChanged, this, &SettingsFormTab::fieldEdited);
    connect(m_headers, &QPlainTextEdit::textChanged, this, &SettingsFormTab::fieldEdited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &SettingsFormTab::fieldEdited);
    m_test->setPrepare([this] { return !hasUnsavedChanges() || save(); });
    retranslateUi();
}

void SmsSettingsTab::bindPresetField(const QString& key, QWidget* widget, std::function<QString()> read,
                                     std::function<void(const QString&)> write,
                                     std::function<QString(const SmsGatewaySettings&)> ofPreset)
{
    // Stored empty while it says what the preset says, so the clinic follows the preset.
    bind(
        key, widget,
        [this, read, ofPreset] {
            const QString value = read();
            return value == ofPreset(preset()).trimmed() ? QString() : value;
        },
        [this, write, ofPreset](const QString& v) { write(v.isEmpty() ? ofPreset(preset()) : v); });
}

QString SmsSettingsTab::title() const
{
    return tr("SMS gateway");
}

void SmsSettingsTab::setClinic(Clinic* clinic)
{
    m_test->setClinic(clinic);
    SettingsFormTab::setClinic(clinic);
}

SmsGatewaySettings SmsSettingsTab::preset() const
{
    const QString key = m_preset->currentData().toString();
    for (const SmsPreset& p : smsPresets())
        if (p.key == key)
            return p.settings;
    return {};
}

void SmsSettingsTab::applyPreset(const QString& key)
{
    if (const int i = m_preset->findData(key); i >= 0 && i != m_preset->currentIndex())
        m_preset->setCurrentIndex(i);
    const SmsGatewaySettings s = preset();
    m_url->setText(s.url);
    m_method->setCurrentIndex(qMax(0, m_method->findData(s.method.toUpper())));
    m_contentType->setEditText(s.contentType);
    m_headers->setPlainText(s.headers.join(QLatin1Char('\n')));
    m_body->setPlainText(s.body);
    fieldEdited();
}

SmsGatewaySettings SmsSettingsTab::formSettings() const
{
    SmsGatewaySettings s = preset();
    s.preset = m_preset->currentData().toString();
    s.url = m_url->text().trimmed();
    s.method = m_method->currentData().toString();
    s.contentType = m_contentType->currentText().trimmed();
    s.headers.clear();
    for (const QString& line : m_headers->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            s.headers << line.trimmed();
    s.body = m_body->toPlainText();
    s.sender = m_sender->text().trimmed();
    s.username = m_user->text().trimmed();
    const bool password = !m_password->text().isEmpty() || secretIsSet(QStringLiteral("messaging.sms.password"));
    const bool token = !m_token->text().isEmpty() || secretIsSet(QStringLiteral("messaging.sms.token"));
    s.password = password ? Masked : QString();
    s.token = token ? Masked : QString();
    return s;
}

void SmsSettingsTab::updatePreview()
{
    const SmsGatewaySettings s = formSettings();
    if (!s.isConfigured()) {
        m_preview->setPlainText(tr("Choose a gateway, or enter its address, to see the request."));
        return;
    }
    SmsMessage sample;
    sample.to = SampleNumber;
    sample.text = tr("This is a test message from your clinic.");
    sample.reference = QStringLiteral("test-0001");
    const SmsGatewaySender::Request r = SmsGatewaySender(s).request(sample);
    QString text = r.method + QLatin1Char(' ') + r.url + QLatin1Char('\n');
    for (const QString& h : r.headers)
        text += h + QLatin1Char('\n');
    if (!r.body.isEmpty())
        text += QLatin1Char('\n') + QString::fromUtf8(r.body);
    m_preview->setPlainText(text);
}

void SmsSettingsTab::valuesShown()
{
    updatePreview();
}

void SmsSettingsTab::stateChanged()
{
    updatePreview();
    m_test->setEnabledByPermission(canEditAny());
}

void SmsSettingsTab::retranslateTab()
{
    m_gatewayTitle->setText(tr("Gateway"));
    m_presetLabel->setText(tr("&Gateway:"));
    m_preset->setAccessibleName(tr("Gateway preset"));
    m_preset->setToolTip(tr("Choosing a gateway fills in its request; adjust it if your account needs that."));
    m_urlLabel->setText(tr("&Address (URL):"));
    m_url->setPlaceholderText(tr("https://gateway.example.com/send"));
    m_url->setAccessibleName(tr("Gateway address"));
    m_methodLabel->setText(tr("&Method:"));
    m_method->setAccessibleName(tr("HTTP method"));
    m_contentTypeLabel->setText(tr("&Content type:"));
    m_contentType->setAccessibleName(tr("Content type"));
    m_headersLabel->setText(tr("&Headers:"));
    m_headers->setPlaceholderText(tr("Authorization: Bearer {token}"));
    m_headers->setAccessibleName(tr("Headers, one per line"));
    m_bodyLabel->setText(tr("&Body:"));
    m_body->setAccessibleName(tr("Request body"));
    m_placeholderHint->setText(tr("Placeholders: {to} {toDigits} {text} {sender} {reference} {username} {password} "
                                  "{token} {basicAuth}. Values are encoded to fit the URL, a form or JSON."));
    m_accountTitle->setText(tr("Sender and account"));
    m_senderLabel->setText(tr("&Sender:"));
    m_sender->setPlaceholderText(tr("+447700900123 or a short name"));
    m_sender->setAccessibleName(tr("Sender"));
    m_userLabel->setText(tr("&User name or key:"));
    m_user->setAccessibleName(tr("User name or API key"));
    m_passwordLabel->setText(tr("Pass&word or secret:"));
    m_password->setAccessibleName(tr("Password or API secret"));
    m_tokenLabel->setText(tr("Access &token:"));
    m_token->setAccessibleName(tr("Access token"));
    m_previewTitle->setText(tr("The request"));
    m_previewHint->setText(tr("What Rapport sends for a test message to %1. Passwords and tokens are shown as "
                              "%2.")
                               .arg(SampleNumber, Masked));
    m_preview->setAccessibleName(tr("Request preview"));
    m_testTitle->setText(tr("Check the settings"));
    m_test->retranslateUi();
}

} // namespace rapport
