#include "messages/MessagingSettingsPage.h"

#include "messages/EmailSettingsTab.h"
#include "messages/ReminderRulesTab.h"
#include "messages/SendingSettingsTab.h"
#include "messages/SmsSettingsTab.h"
#include "messages/TemplatesTab.h"
#include "security/Clinic.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace rapport {

MessagingSettingsPage::MessagingSettingsPage(QWidget* parent)
    : Page(parent)
    , m_tabs(new QTabWidget(this))
    , m_rules(new ReminderRulesTab)
    , m_templates(new TemplatesTab)
    , m_email(new EmailSettingsTab)
    , m_sms(new SmsSettingsTab)
    , m_sending(new SendingSettingsTab)
{
    setObjectName(QStringLiteral("messagingSettingsPage"));
    m_tabs->setObjectName(QStringLiteral("messagingSettingsTabs"));
    m_tabs->setDocumentMode(true);
    for (ScheduleSetupTab* tab : allTabs()) {
        m_tabs->addTab(tab, tab->title());
        connect(tab, &ScheduleSetupTab::statusMessage, this, &Page::statusMessage);
        // Templates quote the clinic's address; the preview shows it after a change.
        connect(tab, &ScheduleSetupTab::changed, this, [this, tab] {
            for (ScheduleSetupTab* other : allTabs())
                if (other != tab && !m_stale.contains(other))
                    m_stale << other;
        });
    }
    contentLayout()->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        auto* tab = qobject_cast<ScheduleSetupTab*>(m_tabs->currentWidget());
        if (tab && m_stale.removeAll(tab) > 0)
            tab->reload();
    });
    retranslateUi();
}

QList<ScheduleSetupTab*> MessagingSettingsPage::allTabs() const
{
    return {m_rules, m_templates, m_email, m_sms, m_sending};
}

QString MessagingSettingsPage::title() const
{
    return tr("Messaging");
}

void MessagingSettingsPage::setClinic(Clinic* clinic)
{
    m_clinic = clinic;
    m_stale.clear();
    for (ScheduleSetupTab* tab : allTabs())
        tab->setClinic(clinic);
    retranslateUi();
}

void MessagingSettingsPage::pageShown()
{
    if (!m_clinic)
        return;
    for (ScheduleSetupTab* tab : allTabs())
        if (tab != m_tabs->currentWidget() && !m_stale.contains(tab))
            m_stale << tab;
    if (auto* tab = qobject_cast<ScheduleSetupTab*>(m_tabs->currentWidget()))
        tab->reload();
}

void MessagingSettingsPage::retranslateUi()
{
    const bool readOnly = m_clinic && !m_clinic->session().can(Permission::ConfigureMessaging);
    setHeading(tr("Messaging"),
               readOnly ? tr("How reminders and recall messages are sent. Only a practice manager or an "
                             "administrator can change this.")
                        : tr("How reminders and recall messages are written and sent: rules, templates, the mail "
                             "server, the SMS gateway and the times they may go out."));
    const QList<ScheduleSetupTab*> tabs = allTabs();
    for (int i = 0; i < tabs.size(); ++i)
        m_tabs->setTabText(i, tabs.at(i)->title());
}

} // namespace rapport
