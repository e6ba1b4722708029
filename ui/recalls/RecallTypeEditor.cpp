#include "recalls/RecallTypeEditor.h"

#include "common/Style.h"
#include "recalls/RecallChainEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport {

RecallTypeEditor::RecallTypeEditor(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_months(new QSpinBox(this))
    , m_days(new QSpinBox(this))
    , m_reset(new QListWidget(this))
    , m_booking(new QComboBox(this))
    , m_ageSwitch(new QCheckBox(tr("Until a&ge"), this))
    , m_untilAge(new QSpinBox(this))
    , m_thenLabel(new QLabel(tr("then"), this))
    , m_then(new QComboBox(this))
    , m_attempts(new QSpinBox(this))
    , m_chain(new RecallChainEditor(this))
    , m_active(new QCheckBox(tr("In &use"), this))
{
    setObjectName(QStringLiteral("recallTypeEditor"));
    m_name->setObjectName(QStringLiteral("recallTypeNameEdit"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("For example: Hygiene, 6 months"));
    m_months->setObjectName(QStringLiteral("recallTypeMonthsSpin"));
    m_months->setRange(0, 120);
    m_months->setSuffix(tr(" months"));
    m_months->setAccessibleName(tr("Interval in months"));
    m_days->setObjectName(QStringLiteral("recallTypeDaysSpin"));
    m_days->setRange(0, 3660);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Interval in days, added to the months"));
    m_reset->setObjectName(QStringLiteral("recallTypeResetList"));
    m_reset->setAccessibleName(tr("Appointment types that reset the recall"));
    m_reset->setFixedHeight(fontMetrics().height() * 6 + 14);
    m_booking->setObjectName(QStringLiteral("recallTypeBookingCombo"));
    m_booking->setAccessibleName(tr("Appointment type booked for the recall"));
    m_ageSwitch->setObjectName(QStringLiteral("recallTypeAgeCheck"));
    m_untilAge->setObjectName(QStringLiteral("recallTypeUntilAgeSpin"));
    m_untilAge->setRange(1, 120);
    m_untilAge->setValue(18);
    m_untilAge->setAccessibleName(tr("Age at which patients move on"));
    m_then->setObjectName(QStringLiteral("recallTypeThenCombo"));
    m_then->setAccessibleName(tr("Recall type from that age on"));
    m_attempts->setObjectName(QStringLiteral("recallTypeAttemptsSpin"));
    m_attempts->setRange(1, 20);
    m_attempts->setAccessibleName(tr("Contacts per cycle"));
    m_active->setObjectName(QStringLiteral("recallTypeActiveCheck"));

    auto* interval = new QHBoxLayout;
    interval->setSpacing(6);
    interval->addWidget(m_months);
    interval->addWidget(new QLabel(tr("and"), this));
    interval->addWidget(m_days);
    interval->addStretch();
    auto* age = new QHBoxLayout;
    age->setSpacing(6);
    age->addWidget(m_ageSwitch);
    age->addWidget(m_untilAge);
    age->addWidget(m_thenLabel);
    age->addWidget(m_then, 1);
    auto* attempts = new QHBoxLayout;
    attempts->setSpacing(8);
    attempts->addWidget(m_attempts);
    auto* attemptsHint = new QLabel(tr("then the patient is offered for reactivation"), this);
    Style::setRole(attemptsHint, "hint");
    attempts->addWidget(attemptsHint);
    attempts->addStretch();
    auto* resetHint = new QLabel(tr("A completed appointment of a ticked type starts a new cycle."), this);
    Style::setRole(resetHint, "hint");
    resetHint->setWordWrap(true);
    auto* reset = new QVBoxLayout;
    reset->setSpacing(3);
    reset->addWidget(m_reset);
    reset->addWidget(resetHint);
    auto* chainHint = new QLabel(tr("Messages go out on the step's day; a phone step puts the patient on the call "
                                    "list."),
                                 this);
    Style::setRole(chainHint, "hint");
    chainHint->setWordWrap(true);
    auto* chain = new QVBoxLayout;
    chain->setSpacing(3);
    chain->addWidget(m_chain);
    chain->addWidget(chainHint);

    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->addRow(label(tr("&Name:"), m_name), m_name);
    form->addRow(label(tr("&Interval:"), m_months), interval);
    form->addRow(label(tr("&Reset by:"), m_reset), reset);
    form->addRow(label(tr("&Book as:"), m_booking), m_booking);
    form->addRow(tr("Age switch:"), age);
    form->addRow(label(tr("A&ttempts:"), m_attempts), attempts);
    form->addRow(tr("Contact chain:"), chain);
    form->addRow(QString(), m_active);

    connect(m_name, &QLineEdit::textEdited, this, &RecallTypeEditor::markEdited);
    connect(m_months, &QSpinBox::valueChanged, this, &RecallTypeEditor::markEdited);
    connect(m_days, &QSpinBox::valueChanged, this, &RecallTypeEditor::markEdited);
    connect(m_reset, &QListWidget::itemChanged, this, &RecallTypeEditor::markEdited);
    connect(m_booking, &QComboBox::currentIndexChanged, this, &RecallTypeEditor::markEdited);
    connect(m_ageSwitch, &QCheckBox::toggled, this, [this] {
        updateFields();
        markEdited();
    });
    connect(m_untilAge, &QSpinBox::valueChanged, this, &RecallTypeEditor::markEdited);
    connect(m_then, &QComboBox::currentIndexChanged, this, &RecallTypeEditor::markEdited);
    connect(m_attempts, &QSpinBox::valueChanged, this, &RecallTypeEditor::markEdited);
    connect(m_chain, &RecallChainEditor::edited, this, &RecallTypeEditor::markEdited);
    connect(m_active, &QCheckBox::toggled, this, &RecallTypeEditor::markEdited);
    updateFields();
}

void RecallTypeEditor::markEdited()
{
    if (m_loading)
        return;
    m_dirty = true;
    Q_EMIT edited();
}

void RecallTypeEditor::updateFields()
{
    const bool on = m_ageSwitch->isChecked();
    m_untilAge->setEnabled(on);
    m_thenLabel->setEnabled(on);
    m_then->setEnabled(on);
}

void RecallTypeEditor::setAppointmentTypes(const QList<AppointmentType>& types)
{
    m_loading = true;
    m_reset->clear();
    m_booking->clear();
    m_booking->addItem(tr("The first type that resets it"), QString());
    for (const AppointmentType& t : types) {
        auto* item = new QListWidgetItem(t.active ? t.name : tr("%1 (not in use)").arg(t.name), m_reset);
        item->setData(Qt::UserRole, t.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        if (t.active)
            m_booking->addItem(t.name, t.id);
    }
    m_loading = false;
}

void RecallTypeEditor::setRecallTypes(const QList<RecallType>& types)
{
    m_recallTypes = types;
    fillThen();
}

void RecallTypeEditor::fillThen()
{
    const bool loading = m_loading;
    m_loading = true;
    m_then->clear();
    for (const RecallType& t : std::as_const(m_recallTypes))
        if (t.id != m_type.id || m_type.id.isEmpty())
            m_then->addItem(t.active ? t.name : tr("%1 (not in use)").arg(t.name), t.id);
    m_then->setCurrentIndex(qMax(0, m_then->findData(m_type.thenTypeId)));
    m_loading = loading;
}

void RecallTypeEditor::setType(const RecallType& type)
{
    m_loading = true;
    m_type = type;
    m_name->setText(type.name);
    m_months->setValue(type.intervalMonths);
    m_days->setValue(type.intervalDays);
    for (int i = 0; i < m_reset->count(); ++i) {
        QListWidgetItem* item = m_reset->item(i);
        item->setCheckState(type.resetTypeIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                            : Qt::Unchecked);
    }
    m_booking->setCurrentIndex(qMax(0, m_booking->findData(type.bookingTypeId)));
    fillThen();
    m_ageSwitch->setChecked(type.untilAge >= 0);
    m_untilAge->setValue(type.untilAge >= 0 ? type.untilAge : 18);
    m_attempts->setValue(type.maxAttempts);
    m_chain->setChain(type.chain);
    m_active->setChecked(type.active);
    m_loading = false;
    m_dirty = false;
    updateFields();
}

RecallType RecallTypeEditor::type() const
{
    RecallType t = m_type;
    t.name = m_name->text().simplified();
    t.intervalMonths = m_months->value();
    t.intervalDays = m_days->value();
    t.resetTypeIds.clear();
    for (int i = 0; i < m_reset->count(); ++i)
        if (m_reset->item(i)->checkState() == Qt::Checked)
            t.resetTypeIds << m_reset->item(i)->data(Qt::UserRole).toString();
    t.bookingTypeId = m_booking->currentData().toString();
    if (m_ageSwitch->isChecked()) {
        t.untilAge = m_untilAge->value();
        t.thenTypeId = m_then->currentData().toString();
    } else {
        t.untilAge = -1;
        t.thenTypeId.clear();
    }
    t.maxAttempts = m_attempts->value();
    t.chain = m_chain->chain();
    t.active = m_active->isChecked();
    return t;
}

} // namespace rapport
