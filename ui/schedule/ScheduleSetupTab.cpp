#include "schedule/ScheduleSetupTab.h"

#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/Style.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport {

ScheduleSetupTab::ScheduleSetupTab(QWidget* parent)
    : QWidget(parent)
{}

void ScheduleSetupTab::setClinic(Clinic* clinic)
{
    m_clinic = clinic;
}

void ScheduleSetupTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

ScheduleSetupListTab::ScheduleSetupListTab(const QString& prefix, QWidget* parent)
    : ScheduleSetupTab(parent)
    , m_prefix(prefix)
    , m_table(new QTableWidget(this))
    , m_showInactive(new QCheckBox(this))
    , m_new(new QPushButton(this))
    , m_formTitle(new QLabel)
    , m_form(new QFormLayout)
    , m_message(new InlineMessage)
    , m_save(new QPushButton)
    , m_discard(new QPushButton)
{
    auto name = [&](const char* suffix) { return prefix + QLatin1String(suffix); };
    m_table->setObjectName(name("Table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->setIconSize(QSize(14, 14));
    m_showInactive->setObjectName(name("ShowInactive"));
    m_new->setObjectName(name("NewButton"));
    m_new->setIcon(Icons::icon(QStringLiteral("plus")));
    m_new->setAutoDefault(false);

    auto* listTop = new QHBoxLayout;
    listTop->addWidget(m_new);
    listTop->addStretch();
    listTop->addWidget(m_showInactive);
    auto* list = new QVBoxLayout;
    list->setSpacing(8);
    list->addLayout(listTop);
    list->addWidget(m_table, 1);

    auto* card = new QFrame;
    card->setObjectName(name("Form"));
    Style::setRole(card, "card");
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(20, 16, 20, 18);
    cardLayout->setSpacing(12);
    Style::setRole(m_formTitle, "sectionTitle");
    m_formTitle->setTextFormat(Qt::PlainText);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setVerticalSpacing(10);
    m_form->setHorizontalSpacing(16);
    m_message->setObjectName(name("Message"));
    m_save->setObjectName(name("SaveButton"));
    m_save->setProperty("primary", true);
    m_save->setAutoDefault(false);
    m_discard->setObjectName(name("DiscardButton"));
    m_discard->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);
    cardLayout->addWidget(m_formTitle);
    cardLayout->addLayout(m_form);
    cardLayout->addWidget(m_message);
    cardLayout->addLayout(buttons);
    cardLayout->addStretch();
    card->setMinimumWidth(400);
    card->setMaximumWidth(440);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(16);
    layout->addLayout(list, 1);
    layout->addWidget(card, 0);

    auto* saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveShortcut);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScheduleSetupListTab::selectionChanged);
    connect(m_showInactive, &QCheckBox::toggled, this, &ScheduleSetupListTab::reload);
    connect(m_new, &QPushButton::clicked, this, &ScheduleSetupListTab::startNew);
    connect(m_save, &QPushButton::clicked, this, &ScheduleSetupListTab::save);
    connect(saveShortcut, &QAction::triggered, this, &ScheduleSetupListTab::save);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        m_message->clear();
        if (m_currentId.isEmpty() || !select(m_currentId))
            clearForm();
        else
            selectionChanged();
    });
}

void ScheduleSetupListTab::setLabel(QFormLayout* form, QWidget* field, const QString& text)
{
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(field))) {
        label->setText(text);
        label->setBuddy(field);
    }
}

void ScheduleSetupListTab::setUpTabOrder()
{
    QList<QWidget*> chain{m_new, m_showInactive, m_table};
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QLayoutItem* item = m_form->itemAt(row, QFormLayout::FieldRole);
        QWidget* field = item ? item->widget() : nullptr;
        if (!field)
            continue;
        if (field->focusPolicy() != Qt::NoFocus) {
            chain << field;
            continue;
        }
        // A field made of several widgets: each one that takes the keyboard.
        const QList<QWidget*> parts = field->findChildren<QWidget*>();
        for (QWidget* part : parts)
            if (part->focusPolicy() != Qt::NoFocus && part->parentWidget() == field)
                chain << part;
    }
    chain << m_discard << m_save;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void ScheduleSetupListTab::setClinic(Clinic* clinic)
{
    ScheduleSetupTab::setClinic(clinic);
    m_message->clear();
    m_currentId.clear();
    if (!clinic) {
        m_loading = true;
        m_table->clearContents();
        m_table->setRowCount(0);
        m_loading = false;
        clearForm();
        return;
    }
    reload();
}

void ScheduleSetupListTab::reload()
{
    if (!m_clinic)
        return;
    const QString keep = m_currentId;
    m_loading = true;
    m_table->clearSelection();
    m_table->clearContents();
    m_table->setRowCount(0);
    m_table->setColumnCount(int(headers().size()));
    m_table->setHorizontalHeaderLabels(headers());
    const Status loaded = loadEntries(m_showInactive->isChecked());
    m_table->resizeColumnsToContents();
    // The name takes the room left; long lists of names are elided rather than pushing the
    // other columns out of sight.
    for (int c = 1; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c) + 14, 240));
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_loading = false;
    if (!loaded) {
        m_message->showError(loaded.error());
        return;
    }
    if (keep.isEmpty() || !select(keep)) {
        if (m_table->rowCount() > 0 && keep.isEmpty())
            select(entryId(0));
        else
            clearForm();
    }
}

bool ScheduleSetupListTab::select(const QString& id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (entryId(row) == id) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, 0);
            m_table->scrollToItem(m_table->item(row, 0));
            selectionChanged();
            return true;
        }
    return false;
}

void ScheduleSetupListTab::selectionChanged()
{
    if (m_loading)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.constFirst().row();
    m_currentId = entryId(row);
    m_message->clear();
    showEntry(row);
    m_formTitle->setText(m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString());
}

void ScheduleSetupListTab::clearForm()
{
    m_loading = true;
    m_table->clearSelection();
    m_loading = false;
    m_currentId.clear();
    m_message->clear();
    showEntry(-1);
    m_formTitle->setText(newText());
    m_save->setEnabled(m_clinic != nullptr);
}

void ScheduleSetupListTab::startNew()
{
    clearForm();
    // Straight into the first field, so a new entry can be typed at once.
    if (m_form->rowCount() > 0)
        if (QLayoutItem* item = m_form->itemAt(0, QFormLayout::FieldRole); item && item->widget())
            item->widget()->setFocus(Qt::OtherFocusReason);
}

bool ScheduleSetupListTab::save()
{
    if (!m_clinic)
        return false;
    auto saved = saveEntry(m_currentId);
    if (!saved) {
        m_message->showError(saved.error());
        return false;
    }
    m_currentId = *saved;
    reload();
    select(*saved);
    m_message->showMessage(InlineMessage::Kind::Success, savedText());
    Q_EMIT statusMessage(savedText());
    Q_EMIT changed();
    return true;
}

void ScheduleSetupListTab::retranslateUi()
{
    m_showInactive->setText(tr("Show inactive"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_discard->setText(tr("Discard changes"));
    m_new->setText(newText());
    retranslateForm();
    m_table->setHorizontalHeaderLabels(headers());
    m_table->setAccessibleName(title());
    if (m_currentId.isEmpty())
        m_formTitle->setText(newText());
}

} // namespace rapport
