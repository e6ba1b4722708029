#pragma once

#include "messages/SettingsFormTab.h"
#include "messaging/Channels.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rapport {

class ChannelTest;
class PasswordEdit;

// Messaging settings > SMS gateway: a preset for a common gateway fills in the request
// (address, method, headers, body, content type), which can then be adjusted; the sender
// and the account; a preview of the request for a sample number; "Send a test SMS…".
// The request fields are stored empty while they equal the preset's, so they follow it.
class SmsSettingsTab : public SettingsFormTab
{
    Q_OBJECT

public:
    explicit SmsSettingsTab(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic) override;
    [[nodiscard]] QString title() const override;
    [[nodiscard]] ChannelTest* test() const { return m_test; }
    // The settings as the form shows them, secrets masked.
    [[nodiscard]] SmsGatewaySettings formSettings() const;
    // Fills the request fields from a preset, as choosing it in the list does.
    void applyPreset(const QString& key);

protected:
    void retranslateTab() override;
    void stateChanged() override;
    void valuesShown() override;

private:
    [[nodiscard]] SmsGatewaySettings preset() const;
    void bindPresetField(const QString& key, QWidget* widget, std::function<QString()> read,
                         std::function<void(const QString&)> write, std::function<QString(const SmsGatewaySettings&)> ofPreset);
    void updatePreview();

    QLabel* m_gatewayTitle;
    QLabel* m_presetLabel;
    QComboBox* m_preset;
    QLabel* m_urlLabel;
    QLineEdit* m_url;
    QLabel* m_methodLabel;
    QComboBox* m_method;
    QLabel* m_contentTypeLabel;
    QComboBox* m_contentType;
    QLabel* m_headersLabel;
    QPlainTextEdit* m_headers;
    QLabel* m_bodyLabel;
    QPlainTextEdit* m_body;
    QLabel* m_placeholderHint;
    QLabel* m_accountTitle;
    QLabel* m_senderLabel;
    QLineEdit* m_sender;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_passwordLabel;
    PasswordEdit* m_password;
    QLabel* m_tokenLabel;
    PasswordEdit* m_token;
    QLabel* m_previewTitle;
    QLabel* m_previewHint;
    QPlainTextEdit* m_preview;
    QLabel* m_testTitle;
    ChannelTest* m_test;
};

} // namespace rapport
