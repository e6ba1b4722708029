#include "schedule/ScheduleSetupTypesTab.h"

#include "common/Style.h"
#include "schedule/ScheduleSetupColourButton.h"
#include "scheduling/ScheduleSetup.h"
#include "security/Clinic.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport {

ScheduleSetupTypesTab::ScheduleSetupTypesTab(QWidget* parent)
    : ScheduleSetupListTab(QStringLiteral("type"), parent)
    , m_name(new QLineEdit)
    , m_duration(new QSpinBox)
    , m_colour(new ScheduleSetupColourButton)
    , m_providers(new QListWidget)
    , m_providersHint(new QLabel)
    , m_recall(new QLineEdit)
    , m_active(new QCheckBox)
{
    setObjectName(QStringLiteral("typesTab"));
    m_name->setObjectName(QStringLiteral("typeNameEdit"));
    m_name->setMaxLength(100);
    m_duration->setObjectName(QStringLiteral("typeDurationSpin"));
    m_duration->setRange(5, 720);
    m_duration->setSingleStep(5);
    m_duration->setValue(30);
    m_colour->setObjectName(QStringLiteral("typeColourButton"));
    m_providers->setObjectName(QStringLiteral("typeProvidersList"));
    m_providers->setMaximumHeight(140);
    m_providersHint->setWordWrap(true);
    Style::setRole(m_providersHint, "hint");
    m_recall->setObjectName(QStringLiteral("typeRecallEdit"));
    m_recall->setMaxLength(60);
    m_active->setObjectName(QStringLiteral("typeActiveCheck"));
    m_active->setChecked(true);

    auto* providers = new QWidget;
    auto* providersLayout = new QVBoxLayout(providers);
    providersLayout->setContentsMargins(0, 0, 0, 0);
    providersLayout->setSpacing(4);
    providersLayout->addWidget(m_providers);
    providersLayout->addWidget(m_providersHint);

    form()->addRow(new QLabel, m_name);
    form()->addRow(new QLabel, m_duration);
    form()->addRow(new QLabel, m_colour);
    form()->addRow(new QLabel, providers);
    form()->addRow(new QLabel, m_recall);
    form()->addRow(new QLabel, m_active);
    // The label of the providers row names the list itself, for Alt+letter.
    if (auto* label = qobject_cast<QLabel*>(form()->labelForField(providers)))
        label->setBuddy(m_providers);
    setUpTabOrder();
    retranslateUi();
}

QString ScheduleSetupTypesTab::title() const
{
    return tr("Appointment types");
}

QStringList ScheduleSetupTypesTab::headers() const
{
    return {tr("Name"), tr("Duration"), tr("Providers"), tr("Recall"), tr("Status")};
}

QString ScheduleSetupTypesTab::durationText(int minutes) const
{
    if (minutes % 60 == 0)
        return tr("%n h", nullptr, minutes / 60);
    if (minutes > 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%n min", nullptr, minutes);
}

Status ScheduleSetupTypesTab::loadEntries(bool includeInactive)
{
    m_types.clear();
    ScheduleSetup setup(*m_clinic);
    auto providers = setup.providers(true);
    if (!providers)
        return std::unexpected(providers.error());
    m_allProviders = *providers;
    QHash<QString, QString> names;
    for (const Provider& p : m_allProviders)
        names.insert(p.id, p.name);
    auto types = setup.types(includeInactive);
    if (!types)
        return std::unexpected(types.error());
    m_types = *types;
    QTableWidget* t = table();
    t->setRowCount(int(m_types.size()));
    for (int row = 0; row < m_types.size(); ++row) {
        const AppointmentType& type = m_types.at(row);
        QStringList who;
        for (const QString& id : type.providerIds)
            who << names.value(id, id.left(8));
        t->setItem(row, 0, new QTableWidgetItem(ScheduleSetupColourButton::swatch(type.colour), type.name));
        t->setItem(row, 1, new QTableWidgetItem(durationText(type.durationMinutes)));
        t->setItem(row, 2, new QTableWidgetItem(who.isEmpty() ? tr("Everyone") : who.join(QStringLiteral(", "))));
        t->setItem(row, 3, new QTableWidgetItem(type.recallType));
        t->setItem(row, 4, new QTableWidgetItem(type.active ? tr("Offered") : tr("Not offered")));
    }
    return {};
}

void ScheduleSetupTypesTab::fillProviders(const QStringList& ticked)
{
    m_providers->clear();
    for (const Provider& p : m_allProviders) {
        if (!p.active && !ticked.contains(p.id))
            continue;
        auto* item = new QListWidgetItem(ScheduleSetupColourButton::swatch(p.colour),
                                         p.active ? p.name : tr("%1 (inactive)").arg(p.name), m_providers);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
}

QString ScheduleSetupTypesTab::entryId(int row) const
{
    return row >= 0 && row < m_types.size() ? m_types.at(row).id : QString();
}

void ScheduleSetupTypesTab::showEntry(int row)
{
    const AppointmentType type = row >= 0 && row < m_types.size() ? m_types.at(row) : AppointmentType();
    m_name->setText(type.name);
    m_duration->setValue(type.durationMinutes);
    m_colour->setColour(type.colour);
    fillProviders(type.providerIds);
    m_recall->setText(type.recallType);
    m_active->setChecked(type.active);
}

Result<QString> ScheduleSetupTypesTab::saveEntry(const QString& id)
{
    AppointmentType type;
    type.id = id;
    type.name = m_name->text();
    type.durationMinutes = m_duration->value();
    type.colour = m_colour->colour();
    for (int i = 0; i < m_providers->count(); ++i)
        if (m_providers->item(i)->checkState() == Qt::Checked)
            type.providerIds << m_providers->item(i)->data(Qt::UserRole).toString();
    type.recallType = m_recall->text().trimmed();
    type.active = m_active->isChecked();
    auto saved = ScheduleSetup(*m_clinic).saveType(type);
    if (!saved)
        return std::unexpected(saved.error());
    return saved->id;
}

QString ScheduleSetupTypesTab::newText() const
{
    return tr("New appointment type");
}

QString ScheduleSetupTypesTab::savedText() const
{
    return tr("Appointment type saved.");
}

void ScheduleSetupTypesTab::retranslateForm()
{
    setLabel(form(), m_name, tr("&Name"));
    setLabel(form(), m_duration, tr("&Duration"));
    setLabel(form(), m_colour, tr("Co&lour"));
    if (auto* label = qobject_cast<QLabel*>(form()->labelForField(m_providers->parentWidget())))
        label->setText(tr("&Who may do it"));
    setLabel(form(), m_recall, tr("&Recall it satisfies"));
    setLabel(form(), m_active, QString());
    m_name->setPlaceholderText(tr("Check-up"));
    m_duration->setSuffix(tr(" min"));
    m_providersHint->setText(tr("Tick the providers who do this. With none ticked, every provider may."));
    m_recall->setPlaceholderText(tr("for example: hygiene"));
    m_recall->setToolTip(tr("A completed appointment of this type counts as this recall done. Leave empty "
                            "when it is not a recall visit."));
    m_active->setText(tr("&Offered"));
    m_active->setToolTip(tr("Only types that are offered can be booked."));
}

} // namespace rapport
