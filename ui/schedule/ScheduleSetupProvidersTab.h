#pragma once

#include "scheduling/Scheduling.h"
#include "schedule/ScheduleSetupTab.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace rapport {

class ScheduleSetupColourButton;

// Providers: name, kind, colour in the book, the staff account they sign in with (so a
// clinician's own day can be found), the order of the book's columns, and whether they
// still work here.
class ScheduleSetupProvidersTab : public ScheduleSetupListTab
{
    Q_OBJECT

public:
    explicit ScheduleSetupProvidersTab(QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] const QList<Provider>& providers() const { return m_providers; }

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
    void fillKinds();
    void fillStaff(const QString& keepId);

    QList<Provider> m_providers;
    QHash<QString, QString> m_staffNames;
    QLineEdit* m_name;
    QComboBox* m_kind;
    ScheduleSetupColourButton* m_colour;
    QComboBox* m_staff;
    QSpinBox* m_order;
    QCheckBox* m_active;
};

} // namespace rapport
