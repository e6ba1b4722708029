#pragma once

#include "app/Page.h"

class QTabWidget;

namespace rapport {

class EmailSettingsTab;
class ReminderRulesTab;
class ScheduleSetupTab;
class SendingSettingsTab;
class SmsSettingsTab;
class TemplatesTab;

// Administration > Messaging: reminder rules, message templates, the mail server, the SMS
// gateway, and when messages go out. Changing anything needs ConfigureMessaging (the
// clinic's address and phone: ManageClinicSettings); others see it read-only.
class MessagingSettingsPage : public Page
{
    Q_OBJECT

public:
    explicit MessagingSettingsPage(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic) override;
    void pageShown() override;
    [[nodiscard]] QString title() const override;

    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] ReminderRulesTab* rulesTab() const { return m_rules; }
    [[nodiscard]] TemplatesTab* templatesTab() const { return m_templates; }
    [[nodiscard]] EmailSettingsTab* emailTab() const { return m_email; }
    [[nodiscard]] SmsSettingsTab* smsTab() const { return m_sms; }
    [[nodiscard]] SendingSettingsTab* sendingTab() const { return m_sending; }

protected:
    void retranslateUi() override;

private:
    [[nodiscard]] QList<ScheduleSetupTab*> allTabs() const;

    Clinic* m_clinic = nullptr;
    QTabWidget* m_tabs;
    ReminderRulesTab* m_rules;
    TemplatesTab* m_templates;
    EmailSettingsTab* m_email;
    SmsSettingsTab* m_sms;
    SendingSettingsTab* m_sending;
    QList<ScheduleSetupTab*> m_stale;
};

} // namespace rapport
