#include "schedule/ScheduleSetupProvidersTab.h"

#include "schedule/ScheduleSetupColourButton.h"
#include "scheduling/ScheduleSetup.h"
#include "scheduling/SchedulingVocabulary.h"
#include "security/AuditLog.h"
#include "security/Clinic.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>

namespace rapport {

ScheduleSetupProvidersTab::ScheduleSetupProvidersTab(QWidget* parent)
    : ScheduleSetupListTab(QStringLiteral("provider"), parent)
    , m_name(new QLineEdit)
    , m_kind(new QComboBox)
    , m_colour(new ScheduleSetupColourButton)
    , m_staff(new QComboBox)
    , m_order(new QSpinBox)
    , m_active(new QCheckBox)
{
    setObjectName(QStringLiteral("providersTab"));
    m_name->setObjectName(QStringLiteral("providerNameEdit"));
    m_name->setMaxLength(100);
    m_kind->setObjectName(QStringLiteral("providerKindCombo"));
    m_colour->setObjectName(QStringLiteral("providerColourButton"));
    m_staff->setObjectName(QStringLiteral("providerStaffCombo"));
    m_order->setObjectName(QStringLiteral("providerOrderSpin"));
    m_order->setRange(0, 999);
    m_active->setObjectName(QStringLiteral("providerActiveCheck"));
    m_active->setChecked(true);
    for (QWidget* w : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_kind),
                       static_cast<QWidget*>(m_colour), static_cast<QWidget*>(m_staff),
                       static_cast<QWidget*>(m_order), static_cast<QWidget*>(m_active)})
        form()->addRow(new QLabel, w);
    fillKinds();
    setUpTabOrder();
    retranslateUi();
}

QString ScheduleSetupProvidersTab::title() const
{
    return tr("Providers");
}

QStringList ScheduleSetupProvidersTab::headers() const
{
    // Listed in the book's order.
    return {tr("Name"), tr("Kind"), tr("Staff account"), tr("Status")};
}

void ScheduleSetupProvidersTab::fillKinds()
{
    const QString keep = m_kind->currentData().toString();
    m_kind->clear();
    for (const QString& key : SchedulingVocabulary::providerKinds())
        m_kind->addItem(SchedulingVocabulary::providerKindName(key), key);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(keep)));
}

void ScheduleSetupProvidersTab::fillStaff(const QString& keepId)
{
    m_staff->clear();
    m_staff->addItem(tr("Not linked"), QString());
    // Everyone ever added, as the audit trail names them; managers may read that list.
    if (m_clinic && m_clinic->isOpen())
        if (auto actors = m_clinic->audit().actors(m_clinic->session())) {
            m_staffNames.clear();
            for (const AuditActor& a : *actors) {
                m_staffNames.insert(a.id, a.name);
                if (a.active || a.id == keepId)
                    m_staff->addItem(a.active ? a.name : tr("%1 (deactivated)").arg(a.name), a.id);
            }
        }
    if (!keepId.isEmpty() && m_staff->findData(keepId) < 0)
        m_staff->addItem(tr("Account %1").arg(keepId.left(8)), keepId);
    m_staff->setCurrentIndex(qMax(0, m_staff->findData(keepId)));
}

Status ScheduleSetupProvidersTab::loadEntries(bool includeInactive)
{
    m_providers.clear();
    fillStaff({});
    auto providers = ScheduleSetup(*m_clinic).providers(includeInactive);
    if (!providers)
        return std::unexpected(providers.error());
    m_providers = *providers;
    QTableWidget* t = table();
    t->setRowCount(int(m_providers.size()));
    for (int row = 0; row < m_providers.size(); ++row) {
        const Provider& p = m_providers.at(row);
        auto* name = new QTableWidgetItem(ScheduleSetupColourButton::swatch(p.colour), p.name);
        t->setItem(row, 0, name);
        t->setItem(row, 1, new QTableWidgetItem(SchedulingVocabulary::providerKindName(p.kind)));
        t->setItem(row, 2, new QTableWidgetItem(p.staffId.isEmpty() ? QString()
                                                                    : m_staffNames.value(p.staffId, p.staffId.left(8))));
        t->setItem(row, 3, new QTableWidgetItem(p.active ? tr("Active") : tr("Inactive")));
    }
    return {};
}

QString ScheduleSetupProvidersTab::entryId(int row) const
{
    return row >= 0 && row < m_providers.size() ? m_providers.at(row).id : QString();
}

void ScheduleSetupProvidersTab::showEntry(int row)
{
    const Provider p = row >= 0 && row < m_providers.size() ? m_providers.at(row) : Provider();
    m_name->setText(p.name);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(p.kind)));
    m_colour->setColour(p.colour);
    fillStaff(p.staffId);
    int nextOrder = 0;
    for (const Provider& other : m_providers)
        nextOrder = qMax(nextOrder, other.sortOrder + 1);
    m_order->setValue(row >= 0 ? p.sortOrder : nextOrder);
    m_active->setChecked(p.active);
}

Result<QString> ScheduleSetupProvidersTab::saveEntry(const QString& id)
{
    Provider p;
    for (const Provider& existing : m_providers)
        if (existing.id == id)
            p = existing;
    p.id = id;
    p.name = m_name->text();
    p.kind = m_kind->currentData().toString();
    p.colour = m_colour->colour();
    p.staffId = m_staff->currentData().toString();
    p.sortOrder = m_order->value();
    p.active = m_active->isChecked();
    auto saved = ScheduleSetup(*m_clinic).saveProvider(p);
    if (!saved)
        return std::unexpected(saved.error());
    return saved->id;
}

QString ScheduleSetupProvidersTab::newText() const
{
    return tr("New provider");
}

QString ScheduleSetupProvidersTab::savedText() const
{
    return tr("Provider saved.");
}

void ScheduleSetupProvidersTab::retranslateForm()
{
    setLabel(form(), m_name, tr("&Name"));
    setLabel(form(), m_kind, tr("&Kind"));
    setLabel(form(), m_colour, tr("Co&lour"));
    setLabel(form(), m_staff, tr("Staff &account"));
    setLabel(form(), m_order, tr("&Order in the book"));
    setLabel(form(), m_active, QString());
    m_name->setPlaceholderText(tr("Dr Jane Smith"));
    m_staff->setToolTip(tr("The account this provider signs in with, so their own day opens first."));
    m_order->setToolTip(tr("Providers are shown in the book from the lowest number to the highest."));
    m_active->setText(tr("&Works here"));
    m_active->setToolTip(tr("Only providers who work here are shown in the book and can be booked."));
    fillKinds();
    if (m_staff->count() > 0)
        m_staff->setItemText(0, tr("Not linked"));
}

} // namespace rapport
