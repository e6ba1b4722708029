#pragma once

#include "scheduling/Scheduling.h"
#include "schedule/ScheduleSetupTab.h"

#include <array>

class QComboBox;
class QGridLayout;
class QTimeEdit;
class QVBoxLayout;

namespace rapport {

// A provider's regular week: for each weekday, the periods they work (breaks are the gaps
// between them) and their usual chair in each. Saved as a whole week.
class ScheduleSetupHoursTab : public ScheduleSetupTab
{
    Q_OBJECT

public:
    explicit ScheduleSetupHoursTab(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic) override;
    void reload() override;
    void retranslateUi() override;
    [[nodiscard]] QString title() const override;

    [[nodiscard]] bool hasUnsavedChanges() const { return m_dirty; }
    [[nodiscard]] QString providerId() const;
    void selectProvider(const QString& providerId);
    // The week as it stands in the form.
    [[nodiscard]] QList<WorkingInterval> week() const;

public Q_SLOTS:
    // Appends a period to a weekday (1 = Monday), after the last one.
    void addInterval(int weekday);
    void removeInterval(int weekday, int index);
    void copyMondayToWeekdays();
    bool save();
    void discard();

private:
    struct Row
    {
        QVBoxLayout* intervals = nullptr;
        QLabel* name = nullptr;
        QLabel* summary = nullptr;
        QPushButton* add = nullptr;
    };

    void loadWeek();
    void rebuild(int focusWeekday = 0, int focusIndex = -1);
    void updateSummaries();
    void setDirty(bool dirty);
    void providerChosen();
    [[nodiscard]] QString minuteText(int minute) const;

    QList<Provider> m_providers;
    QList<Chair> m_chairs;
    std::array<QList<WorkingInterval>, 7> m_days;
    QString m_loadedProvider;
    bool m_dirty = false;
    bool m_loading = false;
    QLabel* m_providerLabel;
    QComboBox* m_provider;
    QPushButton* m_copyMonday;
    QPushButton* m_save;
    QPushButton* m_discard;
    QLabel* m_hint;
    InlineMessage* m_message;
    std::array<Row, 7> m_rows;
};

} // namespace rapport
