#include "recalls/RecallChainEditor.h"

#include "common/Icons.h"
#include "common/Style.h"
#include "recalls/RecallText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {

namespace {
enum Side
{
    Before,
    After
};

QSpinBox* daysOf(QWidget* row)
{
    return row->findChild<QSpinBox*>(QStringLiteral("chainDaysSpin"));
}
QComboBox* sideOf(QWidget* row)
{
    return row->findChild<QComboBox*>(QStringLiteral("chainSideCombo"));
}
QComboBox* channelOf(QWidget* row)
{
    return row->findChild<QComboBox*>(QStringLiteral("chainChannelCombo"));
}
} // namespace

RecallChainEditor::RecallChainEditor(QWidget* parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(this))
{
    setObjectName(QStringLiteral("recallChainEditor"));
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(6);
    m_add->setObjectName(QStringLiteral("chainAddButton"));
    m_add->setIcon(Icons::icon(QStringLiteral("plus")));
    m_add->setText(tr("Add a step"));
    m_add->setAutoDefault(false);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(addRow);
    connect(m_add, &QPushButton::clicked, this, &RecallChainEditor::addStep);
}

void RecallChainEditor::setChain(const QList<RecallChainStep>& chain)
{
    for (QWidget* row : std::as_const(m_rows))
        delete row;
    m_rows.clear();
    for (const RecallChainStep& step : chain)
        addRow(step);
    updateRows();
}

QList<RecallChainStep> RecallChainEditor::chain() const
{
    QList<RecallChainStep> out;
    for (QWidget* row : m_rows) {
        RecallChainStep step;
        const int days = daysOf(row)->value();
        step.offsetDays = sideOf(row)->currentData().toInt() == Before ? -days : days;
        step.channel = RecallChainStep::Channel(channelOf(row)->currentData().toInt());
        out << step;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const RecallChainStep& a, const RecallChainStep& b) { return a.offsetDays < b.offsetDays; });
    return out;
}

void RecallChainEditor::addStep()
{
    if (m_rows.size() >= MaxSteps)
        return;
    // A week after the last step, by phone: the usual way a chain goes on.
    RecallChainStep step;
    const QList<RecallChainStep> steps = chain();
    step.offsetDays = steps.isEmpty() ? -21 : qMin(365, steps.constLast().offsetDays + 7);
    step.channel = steps.isEmpty() ? RecallChainStep::Preferred : RecallChainStep::Call;
    addRow(step);
    updateRows();
    if (QSpinBox* days = daysOf(m_rows.constLast()))
        days->setFocus();
    Q_EMIT edited();
}

void RecallChainEditor::addRow(const RecallChainStep& step)
{
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("chainRow"));
    auto* days = new QSpinBox(row);
    days->setObjectName(QStringLiteral("chainDaysSpin"));
    days->setRange(0, 365);
    days->setValue(qAbs(step.offsetDays));
    days->setAccessibleName(tr("Days from the due date"));
    days->setMinimumWidth(70);
    auto* side = new QComboBox(row);
    side->setObjectName(QStringLiteral("chainSideCombo"));
    side->addItem(tr("days before the due date"), int(Before));
    side->addItem(tr("days after the due date"), int(After));
    side->setCurrentIndex(step.offsetDays < 0 ? 0 : 1);
    side->setAccessibleName(tr("Before or after the due date"));
    auto* by = new QLabel(tr("by"), row);
    auto* channel = new QComboBox(row);
    channel->setObjectName(QStringLiteral("chainChannelCombo"));
    for (RecallChainStep::Channel c : RecallText::chainChannels())
        channel->addItem(RecallText::chainChannel(c), int(c));
    channel->setCurrentIndex(qMax(0, channel->findData(int(step.channel))));
    channel->setAccessibleName(tr("How the patient is contacted"));
    auto* remove = new QToolButton(row);
    remove->setObjectName(QStringLiteral("chainRemoveButton"));
    remove->setIcon(Icons::icon(QStringLiteral("close")));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove this step"));
    remove->setAccessibleName(tr("Remove this step"));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(days);
    layout->addWidget(side);
    layout->addWidget(by);
    layout->addWidget(channel, 1);
    layout->addWidget(remove);
    m_rowsLayout->addWidget(row);
    m_rows << row;
    connect(days, &QSpinBox::valueChanged, this, &RecallChainEditor::edited);
    connect(side, &QComboBox::currentIndexChanged, this, &RecallChainEditor::edited);
    connect(channel, &QComboBox::currentIndexChanged, this, &RecallChainEditor::edited);
    connect(remove, &QToolButton::clicked, this, [this, row] { removeRow(row); });
}

void RecallChainEditor::removeRow(QWidget* row)
{
    m_rows.removeAll(row);
    row->hide();
    row->deleteLater();
    updateRows();
    m_add->setFocus();
    Q_EMIT edited();
}

void RecallChainEditor::updateRows()
{
    m_add->setEnabled(m_rows.size() < MaxSteps);
    m_add->setToolTip(m_rows.size() < MaxSteps ? QString() : tr("A contact chain has at most %1 steps.").arg(MaxSteps));
}

} // namespace rapport
