#pragma once

#include "messaging/Messaging.h"
#include "schedule/ScheduleSetupTab.h"
#include "scheduling/Scheduling.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;
class QToolButton;

namespace rapport {

// Messaging settings > Reminder rules: how long before an appointment a reminder goes
// out, on which channels in order, for which appointment types, and whether it asks the
// patient to confirm. Rules are never deleted, only switched off. Read-only without
// ConfigureMessaging.
class ReminderRulesTab : public ScheduleSetupListTab
{
    Q_OBJECT

public:
    explicit ReminderRulesTab(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic) override;
    void reload() override;
    [[nodiscard]] QString title() const override;

    [[nodiscard]] QListWidget* channelList() const { return m_channels; }
    [[nodiscard]] QListWidget* typeList() const { return m_types; }

protected:
    [[nodiscard]] QStringList headers() const override;
    [[nodiscard]] Status loadEntries(bool includeInactive) override;
    [[nodiscard]] QString entryId(int row) const override;
    void showEntry(int row) override;
    [[nodiscard]] Result<QString> saveEntry(const QString& id) override;
    [[nodiscard]] QString newText() const override;
    [[nodiscard]] QString savedText() const override;
    void retranslateForm() override;

private:
    void fillChannels(const QList<ContactChannel>& chosen);
    void fillTypes(const QStringList& chosen);
    void moveChannel(int step);
    void updateEnabled();
    [[nodiscard]] bool canEdit() const;
    [[nodiscard]] QString channelsText(const QList<ContactChannel>& channels) const;

    QList<ReminderRule> m_rules;
    QList<AppointmentType> m_allTypes;
    QLineEdit* m_name;
    QSpinBox* m_amount;
    QComboBox* m_unit;
    QListWidget* m_channels;
    QToolButton* m_up;
    QToolButton* m_down;
    QLabel* m_channelsHint;
    QRadioButton* m_allTypesRadio;
    QRadioButton* m_chosenTypesRadio;
    QListWidget* m_types;
    QCheckBox* m_confirm;
    QCheckBox* m_active;
};

} // namespace rapport
