#pragma once

#include "scheduling/Scheduling.h"
#include "schedule/ScheduleSetupTab.h"

#include <QHash>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace rapport {

class ScheduleSetupColourButton;

// Appointment types: name, default duration, colour, who may do them (none ticked means
// every provider), the recall a completed one satisfies, and whether they are offered.
class ScheduleSetupTypesTab : public ScheduleSetupListTab
{
    Q_OBJECT

public:
    explicit ScheduleSetupTypesTab(QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QListWidget* providerList() const { return m_providers; }

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
    void fillProviders(const QStringList& ticked);
    [[nodiscard]] QString durationText(int minutes) const;

    QList<AppointmentType> m_types;
    QList<Provider> m_allProviders;
    QLineEdit* m_name;
    QSpinBox* m_duration;
    ScheduleSetupColourButton* m_colour;
    QListWidget* m_providers;
    QLabel* m_providersHint;
    QLineEdit* m_recall;
    QCheckBox* m_active;
};

} // namespace rapport
