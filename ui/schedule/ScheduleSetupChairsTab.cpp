#include "schedule/ScheduleSetupChairsTab.h"

#include "scheduling/ScheduleSetup.h"
#include "security/Clinic.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>

namespace rapport {

ScheduleSetupChairsTab::ScheduleSetupChairsTab(QWidget* parent)
    : ScheduleSetupListTab(QStringLiteral("chair"), parent)
    , m_name(new QLineEdit)
    , m_order(new QSpinBox)
    , m_active(new QCheckBox)
{
    setObjectName(QStringLiteral("chairsTab"));
    m_name->setObjectName(QStringLiteral("chairNameEdit"));
    m_name->setMaxLength(100);
    m_order->setObjectName(QStringLiteral("chairOrderSpin"));
    m_order->setRange(0, 999);
    m_active->setObjectName(QStringLiteral("chairActiveCheck"));
    m_active->setChecked(true);
    form()->addRow(new QLabel, m_name);
    form()->addRow(new QLabel, m_order);
    form()->addRow(new QLabel, m_active);
    setUpTabOrder();
    retranslateUi();
}

QString ScheduleSetupChairsTab::title() const
{
    return tr("Chairs and rooms");
}

QStringList ScheduleSetupChairsTab::headers() const
{
    // Listed in the book's order.
    return {tr("Name"), tr("Status")};
}

Status ScheduleSetupChairsTab::loadEntries(bool includeInactive)
{
    m_chairs.clear();
    auto chairs = ScheduleSetup(*m_clinic).chairs(includeInactive);
    if (!chairs)
        return std::unexpected(chairs.error());
    m_chairs = *chairs;
    QTableWidget* t = table();
    t->setRowCount(int(m_chairs.size()));
    for (int row = 0; row < m_chairs.size(); ++row) {
        const Chair& c = m_chairs.at(row);
        t->setItem(row, 0, new QTableWidgetItem(c.name));
        t->setItem(row, 1, new QTableWidgetItem(c.active ? tr("In use") : tr("Not in use")));
    }
    return {};
}

QString ScheduleSetupChairsTab::entryId(int row) const
{
    return row >= 0 && row < m_chairs.size() ? m_chairs.at(row).id : QString();
}

void ScheduleSetupChairsTab::showEntry(int row)
{
    const Chair c = row >= 0 && row < m_chairs.size() ? m_chairs.at(row) : Chair();
    m_name->setText(c.name);
    int nextOrder = 0;
    for (const Chair& other : m_chairs)
        nextOrder = qMax(nextOrder, other.sortOrder + 1);
    m_order->setValue(row >= 0 ? c.sortOrder : nextOrder);
    m_active->setChecked(c.active);
}

Result<QString> ScheduleSetupChairsTab::saveEntry(const QString& id)
{
    Chair c;
    c.id = id;
    c.name = m_name->text();
    c.sortOrder = m_order->value();
    c.active = m_active->isChecked();
    auto saved = ScheduleSetup(*m_clinic).saveChair(c);
    if (!saved)
        return std::unexpected(saved.error());
    return saved->id;
}

QString ScheduleSetupChairsTab::newText() const
{
    return tr("New chair or room");
}

QString ScheduleSetupChairsTab::savedText() const
{
    return tr("Chair or room saved.");
}

void ScheduleSetupChairsTab::retranslateForm()
{
    setLabel(form(), m_name, tr("&Name"));
    setLabel(form(), m_order, tr("&Order in the book"));
    setLabel(form(), m_active, QString());
    m_name->setPlaceholderText(tr("Surgery 1"));
    m_active->setText(tr("&In use"));
    m_active->setToolTip(tr("Only chairs and rooms in use are shown in the book and can be booked."));
}

} // namespace rapport
