#pragma once

#include "app/Page.h"

class QTabWidget;

namespace rapport {

class ScheduleSetupChairsTab;
class ScheduleSetupExceptionsTab;
class ScheduleSetupHoursTab;
class ScheduleSetupProvidersTab;
class ScheduleSetupTab;
class ScheduleSetupTypesTab;

// Administration > Schedule set-up, for managers and administrators: providers, chairs
// and rooms, appointment types, working hours, and exceptions and closures. Every change
// goes through ScheduleSetup, which checks ManageScheduleSetup and audits it.
class ScheduleSetupPage : public Page
{
    Q_OBJECT

public:
    explicit ScheduleSetupPage(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic) override;
    void pageShown() override;
    [[nodiscard]] QString title() const override;

    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] ScheduleSetupProvidersTab* providersTab() const { return m_providers; }
    [[nodiscard]] ScheduleSetupChairsTab* chairsTab() const { return m_chairs; }
    [[nodiscard]] ScheduleSetupTypesTab* typesTab() const { return m_types; }
    [[nodiscard]] ScheduleSetupHoursTab* hoursTab() const { return m_hours; }
    [[nodiscard]] ScheduleSetupExceptionsTab* exceptionsTab() const { return m_exceptions; }

protected:
    void retranslateUi() override;

private:
    [[nodiscard]] QList<ScheduleSetupTab*> allTabs() const;

    Clinic* m_clinic = nullptr;
    QTabWidget* m_tabs;
    ScheduleSetupProvidersTab* m_providers;
    ScheduleSetupChairsTab* m_chairs;
    ScheduleSetupTypesTab* m_types;
    ScheduleSetupHoursTab* m_hours;
    ScheduleSetupExceptionsTab* m_exceptions;
    QList<ScheduleSetupTab*> m_stale; // tabs to read again when they come to the front
};

} // namespace rapport
