#include "messages/ReminderRulesTab.h"

#include "common/Icons.h"
#include "common/Style.h"
#include "messages/MessageText.h"
#include "messaging/MessagingSetup.h"
#include "scheduling/ScheduleSetup.h"
#include "security/Clinic.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

namespace {
constexpr int MinutesPerDay = 24 * 60;
enum Unit
{
    Days,
    Hours
};
} // namespace

ReminderRulesTab::ReminderRulesTab(QWidget* parent)
    : ScheduleSetupListTab(QStringLiteral("rule"), parent)
    , m_name(new QLineEdit)
    , m_amount(new QSpinBox)
    , m_unit(new QComboBox)
    , m_channels(new QListWidget)
    , m_up(new QToolButton)
    , m_down(new QToolButton)
    , m_channelsHint(new QLabel)
    , m_allTypesRadio(new QRadioButton)
    , m_chosenTypesRadio(new QRadioButton)
    , m_types(new QListWidget)
    , m_confirm(new QCheckBox)
    , m_active(new QCheckBox)
{
    setObjectName(QStringLiteral("rulesTab"));
    m_name->setObjectName(QStringLiteral("ruleNameEdit"));
    m_name->setMaxLength(100);
    m_amount->setObjectName(QStringLiteral("ruleAmountSpin"));
    m_amount->setRange(1, 60);
    m_unit->setObjectName(QStringLiteral("ruleUnitCombo"));
    m_unit->addItem(QString(), Days);
    m_unit->addItem(QString(), Hours);
    m_channels->setObjectName(QStringLiteral("ruleChannelsList"));
    m_up->setObjectName(QStringLiteral("ruleChannelUpButton"));
    m_up->setIcon(Icons::icon(QStringLiteral("chevron-up")));
    m_down->setObjectName(QStringLiteral("ruleChannelDownButton"));
    m_down->setIcon(Icons::icon(QStringLiteral("chevron-down")));
    m_channelsHint->setWordWrap(true);
    Style::setRole(m_channelsHint, "hint");
    m_allTypesRadio->setObjectName(QStringLiteral("ruleAllTypesRadio"));
    m_chosenTypesRadio->setObjectName(QStringLiteral("ruleChosenTypesRadio"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_allTypesRadio);
    group->addButton(m_chosenTypesRadio);
    m_allTypesRadio->setChecked(true);
    m_types->setObjectName(QStringLiteral("ruleTypesList"));
    m_types->setMaximumHeight(130);
    m_confirm->setObjectName(QStringLiteral("ruleConfirmCheck"));
    m_active->setObjectName(QStringLiteral("ruleActiveCheck"));
    m_active->setChecked(true);

    auto* before = new QWidget;
    auto* beforeLayout = new QHBoxLayout(before);
    beforeLayout->setContentsMargins(0, 0, 0, 0);
    beforeLayout->addWidget(m_amount);
    beforeLayout->addWidget(m_unit);
    beforeLayout->addStretch();

    auto* channels = new QWidget;
    auto* channelsGrid = new QHBoxLayout;
    channelsGrid->setContentsMargins(0, 0, 0, 0);
    channelsGrid->addWidget(m_channels, 1);
    auto* arrows = new QVBoxLayout;
    arrows->setSpacing(4);
    arrows->addWidget(m_up);
    arrows->addWidget(m_down);
    arrows->addStretch();
    channelsGrid->addLayout(arrows);
    auto* channelsLayout = new QVBoxLayout(channels);
    channelsLayout->setContentsMargins(0, 0, 0, 0);
    channelsLayout->setSpacing(4);
    channelsLayout->addLayout(channelsGrid);
    channelsLayout->addWidget(m_channelsHint);

    auto* types = new QWidget;
    auto* typesLayout = new QVBoxLayout(types);
    typesLayout->setContentsMargins(0, 0, 0, 0);
    typesLayout->setSpacing(4);
    typesLayout->addWidget(m_allTypesRadio);
    typesLayout->addWidget(m_chosenTypesRadio);
    typesLayout->addWidget(m_types);

    form()->addRow(new QLabel, m_name);
    form()->addRow(new QLabel, before);
    form()->addRow(new QLabel, channels);
    form()->addRow(new QLabel, types);
    form()->addRow(new QLabel, m_confirm);
    form()->addRow(new QLabel, m_active);
    if (auto* label = qobject_cast<QLabel*>(form()->labelForField(before)))
        label->setBuddy(m_amount);
    if (auto* label = qobject_cast<QLabel*>(form()->labelForField(channels)))
        label->setBuddy(m_channels);
    if (auto* label = qobject_cast<QLabel*>(form()->labelForField(types)))
        label->setBuddy(m_allTypesRadio);
    setUpTabOrder();

    connect(m_unit, &QComboBox::currentIndexChanged, this,
            [this] { m_amount->setMaximum(m_unit->currentData().toInt() == Days ? 60 : 60 * 24); });
    connect(m_up, &QToolButton::clicked, this, [this] { moveChannel(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveChannel(1); });
    connect(m_channels, &QListWidget::currentRowChanged, this, &ReminderRulesTab::updateEnabled);
    connect(m_chosenTypesRadio, &QRadioButton::toggled, this, &ReminderRulesTab::updateEnabled);
    retranslateUi();
}

QString ReminderRulesTab::title() const
{
    return tr("Reminder rules");
}

bool ReminderRulesTab::canEdit() const
{
    return m_clinic && m_clinic->session().can(Permission::ConfigureMessaging);
}

void ReminderRulesTab::setClinic(Clinic* clinic)
{
    ScheduleSetupListTab::setClinic(clinic);
    updateEnabled();
}

void ReminderRulesTab::reload()
{
    ScheduleSetupListTab::reload();
    updateEnabled();
}

QStringList ReminderRulesTab::headers() const
{
    return {tr("Name"), tr("Before"), tr("Channels"), tr("Appointment types"), tr("Status")};
}

QString ReminderRulesTab::channelsText(const QList<ContactChannel>& channels) const
{
    QStringList names;
    for (ContactChannel c : channels)
        names << MessageText::channelName(c);
    return names.join(tr(", then "));
}

Status ReminderRulesTab::loadEntries(bool includeInactive)
{
    m_rules.clear();
    m_allTypes.clear();
    auto types = ScheduleSetup(*m_clinic).types(true);
    if (!types)
        return std::unexpected(types.error());
    m_allTypes = *types;
    QHash<QString, QString> typeNames;
    for (const AppointmentType& t : m_allTypes)
        typeNames.insert(t.id, t.name);
    auto rules = MessagingSetup(*m_clinic).rules(includeInactive);
    if (!rules)
        return std::unexpected(rules.error());
    m_rules = *rules;
    QTableWidget* t = table();
    t->setRowCount(int(m_rules.size()));
    for (int row = 0; row < m_rules.size(); ++row) {
        const ReminderRule& r = m_rules.at(row);
        QStringList which;
        for (const QString& id : r.typeIds)
            which << typeNames.value(id, id.left(8));
        t->setItem(row, 0, new QTableWidgetItem(r.name));
        t->setItem(row, 1, new QTableWidgetItem(MessageText::before(r.minutesBefore)));
        t->setItem(row, 2, new QTableWidgetItem(channelsText(r.channels)));
        t->setItem(row, 3, new QTableWidgetItem(which.isEmpty() ? tr("Every type") : which.join(QStringLiteral(", "))));
        t->setItem(row, 4, new QTableWidgetItem(r.active ? tr("Active") : tr("Switched off")));
    }
    return {};
}

QString ReminderRulesTab::entryId(int row) const
{
    return row >= 0 && row < m_rules.size() ? m_rules.at(row).id : QString();
}

void ReminderRulesTab::fillChannels(const QList<ContactChannel>& chosen)
{
    m_channels->clear();
    QList<ContactChannel> order = chosen;
    for (ContactChannel c : MessageText::channels())
        if (!order.contains(c))
            order << c;
    for (ContactChannel c : order) {
        auto* item = new QListWidgetItem(MessageText::channelName(c), m_channels);
        item->setData(Qt::UserRole, int(c));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(c) ? Qt::Checked : Qt::Unchecked);
    }
    m_channels->setCurrentRow(0);
    // Four rows, no empty space under them.
    m_channels->setFixedHeight(m_channels->sizeHintForRow(0) * m_channels->count() + 2 * m_channels->frameWidth() + 2);
}

void ReminderRulesTab::fillTypes(const QStringList& chosen)
{
    m_types->clear();
    for (const AppointmentType& t : std::as_const(m_allTypes)) {
        if (!t.active && !chosen.contains(t.id))
            continue;
        auto* item = new QListWidgetItem(t.active ? t.name : tr("%1 (not offered)").arg(t.name), m_types);
        item->setData(Qt::UserRole, t.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(t.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void ReminderRulesTab::moveChannel(int step)
{
    const int row = m_channels->currentRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_channels->count())
        return;
    QListWidgetItem* item = m_channels->takeItem(row);
    m_channels->insertItem(to, item);
    m_channels->setCurrentRow(to);
}

void ReminderRulesTab::showEntry(int row)
{
    ReminderRule rule = row >= 0 && row < m_rules.size() ? m_rules.at(row) : ReminderRule();
    if (row < 0)
        rule.channels = {ContactChannel::Sms, ContactChannel::Email};
    m_name->setText(rule.name);
    // As the list says it: hours up to two days, days beyond.
    const bool days = rule.minutesBefore % MinutesPerDay == 0 && rule.minutesBefore > 2 * MinutesPerDay;
    m_unit->setCurrentIndex(days ? Days : Hours);
    m_amount->setValue(days ? rule.minutesBefore / MinutesPerDay : qMax(1, rule.minutesBefore / 60));
    fillChannels(rule.channels);
    fillTypes(rule.typeIds);
    (rule.typeIds.isEmpty() ? m_allTypesRadio : m_chosenTypesRadio)->setChecked(true);
    m_confirm->setChecked(rule.askToConfirm);
    m_active->setChecked(rule.active);
    updateEnabled();
}

Result<QString> ReminderRulesTab::saveEntry(const QString& id)
{
    ReminderRule rule;
    rule.id = id;
    rule.name = m_name->text();
    rule.minutesBefore = m_amount->value() * (m_unit->currentData().toInt() == Days ? MinutesPerDay : 60);
    for (int i = 0; i < m_channels->count(); ++i)
        if (m_channels->item(i)->checkState() == Qt::Checked)
            rule.channels << ContactChannel(m_channels->item(i)->data(Qt::UserRole).toInt());
    if (m_chosenTypesRadio->isChecked()) {
        for (int i = 0; i < m_types->count(); ++i)
            if (m_types->item(i)->checkState() == Qt::Checked)
                rule.typeIds << m_types->item(i)->data(Qt::UserRole).toString();
        if (rule.typeIds.isEmpty())
            return fail(ErrorCode::InvalidInput,
                        tr("Tick the appointment types this rule is for, or choose every type."));
    }
    rule.askToConfirm = m_confirm->isChecked();
    rule.active = m_active->isChecked();
    auto saved = MessagingSetup(*m_clinic).saveRule(rule);
    if (!saved)
        return std::unexpected(saved.error());
    return saved->id;
}

void ReminderRulesTab::updateEnabled()
{
    const bool edit = canEdit();
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_amount, m_unit, m_channels, m_allTypesRadio,
                                                     m_chosenTypesRadio, m_confirm, m_active})
        w->setEnabled(edit);
    m_types->setEnabled(edit && m_chosenTypesRadio->isChecked());
    const int row = m_channels->currentRow();
    m_up->setEnabled(edit && row > 0);
    m_down->setEnabled(edit && row >= 0 && row < m_channels->count() - 1);
    // Without ConfigureMessaging the rules can be read, not changed.
    for (const char* name : {"ruleSaveButton", "ruleDiscardButton", "ruleNewButton"})
        if (auto* b = findChild<QPushButton*>(QString::fromLatin1(name)))
            b->setVisible(edit);
}

QString ReminderRulesTab::newText() const
{
    return tr("Add rule");
}

QString ReminderRulesTab::savedText() const
{
    return tr("Reminder rule saved.");
}

void ReminderRulesTab::retranslateForm()
{
    setLabel(form(), m_name, tr("&Name"));
    if (auto* label = qobject_cast<QLabel*>(form()->labelForField(m_amount->parentWidget())))
        label->setText(tr("How long &before"));
    if (auto* label = qobject_cast<QLabel*>(form()->labelForField(m_channels->parentWidget())))
        label->setText(tr("C&hannels"));
    if (auto* label = qobject_cast<QLabel*>(form()->labelForField(m_types->parentWidget())))
        label->setText(tr("&Appointment types"));
    setLabel(form(), m_confirm, QString());
    setLabel(form(), m_active, QString());
    m_name->setPlaceholderText(tr("2 days before by SMS"));
    m_name->setAccessibleName(tr("Rule name"));
    m_amount->setAccessibleName(tr("How long before the appointment"));
    m_unit->setItemText(Days, tr("days before"));
    m_unit->setItemText(Hours, tr("hours before"));
    m_unit->setAccessibleName(tr("Unit"));
    m_channels->setAccessibleName(tr("Channels in order"));
    m_up->setToolTip(tr("Try this channel earlier"));
    m_up->setAccessibleName(tr("Move up"));
    m_down->setToolTip(tr("Try this channel later"));
    m_down->setAccessibleName(tr("Move down"));
    m_channelsHint->setText(tr("Tick the channels to use. Rapport tries the patient's preferred one first, then "
                               "the others from the top, and uses the first with consent and an address."));
    m_allTypesRadio->setText(tr("Every appointment type"));
    m_chosenTypesRadio->setText(tr("Only the types ticked below"));
    m_types->setAccessibleName(tr("Appointment types"));
    m_confirm->setText(tr("Ask the patient to &confirm"));
    m_confirm->setToolTip(tr("The message says how to confirm the appointment ({confirmHow} in the template)."));
    m_active->setText(tr("Acti&ve"));
    m_active->setToolTip(tr("Switched-off rules plan no new reminders; rules are never deleted."));
}

} // namespace rapport
