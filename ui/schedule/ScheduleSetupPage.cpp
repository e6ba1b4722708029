#include "schedule/ScheduleSetupPage.h"

#include "schedule/ScheduleSetupChairsTab.h"
#include "schedule/ScheduleSetupExceptionsTab.h"
#include "schedule/ScheduleSetupHoursTab.h"
#include "schedule/ScheduleSetupProvidersTab.h"
#include "schedule/ScheduleSetupTypesTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace rapport {

ScheduleSetupPage::ScheduleSetupPage(QWidget* parent)
    : Page(parent)
    , m_tabs(new QTabWidget(this))
    , m_providers(new ScheduleSetupProvidersTab)
    , m_chairs(new ScheduleSetupChairsTab)
    , m_types(new ScheduleSetupTypesTab)
    , m_hours(new ScheduleSetupHoursTab)
    , m_exceptions(new ScheduleSetupExceptionsTab)
{
    setObjectName(QStringLiteral("scheduleSetupPage"));
    m_tabs->setObjectName(QStringLiteral("scheduleSetupTabs"));
    m_tabs->setDocumentMode(true);
    for (ScheduleSetupTab* tab : allTabs()) {
        m_tabs->addTab(tab, tab->title());
        connect(tab, &ScheduleSetupTab::statusMessage, this, &Page::statusMessage);
        // A change on one tab (a provider added) is seen by the others when they come up.
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

QList<ScheduleSetupTab*> ScheduleSetupPage::allTabs() const
{
    return {m_providers, m_chairs, m_types, m_hours, m_exceptions};
}

QString ScheduleSetupPage::title() const
{
    return tr("Schedule set-up");
}

void ScheduleSetupPage::setClinic(Clinic* clinic)
{
    m_clinic = clinic;
    m_stale.clear();
    for (ScheduleSetupTab* tab : allTabs())
        tab->setClinic(clinic);
}

void ScheduleSetupPage::pageShown()
{
    if (!m_clinic)
        return;
    // Staff accounts or settings may have changed on other pages meanwhile.
    for (ScheduleSetupTab* tab : allTabs())
        if (tab != m_tabs->currentWidget() && !m_stale.contains(tab))
            m_stale << tab;
    if (auto* tab = qobject_cast<ScheduleSetupTab*>(m_tabs->currentWidget()))
        tab->reload();
}

void ScheduleSetupPage::retranslateUi()
{
    setHeading(tr("Schedule set-up"),
               tr("Who sees patients, in which chairs and rooms, for what kinds of appointment, and when."));
    const QList<ScheduleSetupTab*> tabs = allTabs();
    for (int i = 0; i < tabs.size(); ++i)
        m_tabs->setTabText(i, tabs.at(i)->title());
}

} // namespace rapport
