#pragma once

#include "scheduling/Scheduling.h"
#include "schedule/ScheduleSetupTab.h"

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace rapport {

// Chairs and rooms: a name, the order of the book's columns, and whether they are in use.
class ScheduleSetupChairsTab : public ScheduleSetupListTab
{
    Q_OBJECT

public:
    explicit ScheduleSetupChairsTab(QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;

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
    QList<Chair> m_chairs;
    QLineEdit* m_name;
    QSpinBox* m_order;
    QCheckBox* m_active;
};

} // namespace rapport
