#include "schedule/ScheduleSetupExceptionsTab.h"

#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "patients/PatientText.h"
#include "schedule/ScheduleSetupColourButton.h"
#include "scheduling/ScheduleSetup.h"
#include "scheduling/SchedulingVocabulary.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rapport {

namespace {
const QString ClosuresOnly = QStringLiteral("#closures");

QDateEdit* dateEdit(const char* name)
{
    auto* edit = new QDateEdit;
    edit->setObjectName(QString::fromLatin1(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    edit->setMinimumWidth(120);
    return edit;
}
} // namespace

ScheduleSetupExceptionsTab::ScheduleSetupExceptionsTab(QWidget* parent)
    : ScheduleSetupTab(parent)
    , m_fromLabel(new QLabel)
    , m_from(dateEdit("exceptionsFromEdit"))
    , m_toLabel(new QLabel)
    , m_to(dateEdit("exceptionsToEdit"))
    , m_filterLabel(new QLabel)
    , m_filter(new QComboBox)
    , m_table(new QTableWidget)
    , m_remove(new QPushButton)
    , m_listMessage(new InlineMessage)
    , m_formTitle(new QLabel)
    , m_form(new QFormLayout)
    , m_kind(new QComboBox)
    , m_provider(new QComboBox)
    , m_first(dateEdit("exceptionFirstDateEdit"))
    , m_last(dateEdit("exceptionLastDateEdit"))
    , m_wholeDay(new QCheckBox)
    , m_start(new QTimeEdit(QTime(9, 0)))
    , m_end(new QTimeEdit(QTime(12, 0)))
    , m_times(new QWidget)
    , m_note(new QLineEdit)
    , m_message(new InlineMessage)
    , m_add(new QPushButton)
{
    setObjectName(QStringLiteral("exceptionsTab"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("exceptionsFilterCombo"));
    m_table->setObjectName(QStringLiteral("exceptionsTable"));
    m_table->setColumnCount(5);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setIconSize(QSize(14, 14));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_remove->setObjectName(QStringLiteral("exceptionRemoveButton"));
    m_remove->setIcon(Icons::icon(QStringLiteral("close"), Style::danger()));
    Style::makeDanger(m_remove);
    m_listMessage->setObjectName(QStringLiteral("exceptionsListMessage"));

    m_kind->setObjectName(QStringLiteral("exceptionKindCombo"));
    m_provider->setObjectName(QStringLiteral("exceptionProviderCombo"));
    m_wholeDay->setObjectName(QStringLiteral("exceptionWholeDayCheck"));
    m_wholeDay->setChecked(true);
    m_start->setObjectName(QStringLiteral("exceptionStartEdit"));
    m_end->setObjectName(QStringLiteral("exceptionEndEdit"));
    for (QTimeEdit* t : {m_start, m_end})
        t->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    m_note->setObjectName(QStringLiteral("exceptionNoteEdit"));
    m_note->setMaxLength(200);
    m_message->setObjectName(QStringLiteral("exceptionMessage"));
    m_add->setObjectName(QStringLiteral("exceptionAddButton"));
    m_add->setProperty("primary", true);
    for (QPushButton* b : {m_remove, m_add})
        b->setAutoDefault(false);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(m_filterLabel);
    filters->addWidget(m_filter, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addStretch();
    listButtons->addWidget(m_remove);
    auto* list = new QVBoxLayout;
    list->setSpacing(8);
    list->addLayout(filters);
    list->addWidget(m_listMessage);
    list->addWidget(m_table, 1);
    list->addLayout(listButtons);

    auto* timesLayout = new QHBoxLayout(m_times);
    timesLayout->setContentsMargins(0, 0, 0, 0);
    timesLayout->setSpacing(6);
    timesLayout->addWidget(m_start);
    auto* to = new QLabel(tr("to"));
    to->setObjectName(QStringLiteral("exceptionTimesTo"));
    timesLayout->addWidget(to);
    timesLayout->addWidget(m_end);
    timesLayout->addStretch();

    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("exceptionForm"));
    Style::setRole(card, "card");
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(20, 16, 20, 18);
    cardLayout->setSpacing(12);
    Style::setRole(m_formTitle, "sectionTitle");
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setVerticalSpacing(10);
    m_form->setHorizontalSpacing(16);
    for (QWidget* w : {static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_provider),
                       static_cast<QWidget*>(m_first), static_cast<QWidget*>(m_last),
                       static_cast<QWidget*>(m_wholeDay), m_times, static_cast<QWidget*>(m_note)})
        m_form->addRow(new QLabel, w);
    auto* addRow = new QHBoxLayout;
    addRow->addStretch();
    addRow->addWidget(m_add);
    cardLayout->addWidget(m_formTitle);
    cardLayout->addLayout(m_form);
    cardLayout->addWidget(m_message);
    cardLayout->addLayout(addRow);
    cardLayout->addStretch();
    card->setMinimumWidth(340);
    card->setMaximumWidth(420);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(16);
    layout->addLayout(list, 3);
    layout->addWidget(card, 2);

    connect(m_from, &QDateEdit::dateChanged, this, &ScheduleSetupExceptionsTab::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &ScheduleSetupExceptionsTab::reload);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ScheduleSetupExceptionsTab::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScheduleSetupExceptionsTab::updateActions);
    connect(m_remove, &QPushButton::clicked, this, &ScheduleSetupExceptionsTab::removeSelected);
    connect(m_add, &QPushButton::clicked, this, &ScheduleSetupExceptionsTab::add);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ScheduleSetupExceptionsTab::kindChanged);
    connect(m_wholeDay, &QCheckBox::toggled, this, [this](bool whole) { m_times->setEnabled(!whole); });
    connect(m_first, &QDateEdit::dateChanged, this, [this](QDate d) {
        const qint64 span = m_previousFirst.isValid() ? m_previousFirst.daysTo(m_last->date()) : 0;
        m_last->setDate(d.addDays(qMax<qint64>(0, span)));
        m_previousFirst = d;
    });
    m_times->setEnabled(false);
    retranslateUi();
    updateActions();
}

QString ScheduleSetupExceptionsTab::title() const
{
    return tr("Exceptions and closures");
}

void ScheduleSetupExceptionsTab::setClinic(Clinic* clinic)
{
    ScheduleSetupTab::setClinic(clinic);
    m_message->clear();
    m_listMessage->clear();
    m_exceptions.clear();
    m_table->setRowCount(0);
    if (!clinic) {
        updateActions();
        return;
    }
    const QDate today = SettingsService(*clinic).today();
    for (QDateEdit* e : {m_from, m_to, m_first, m_last})
        e->blockSignals(true);
    m_from->setDate(today);
    m_to->setDate(today.addYears(1));
    m_first->setDate(today);
    m_last->setDate(today);
    m_previousFirst = today;
    for (QDateEdit* e : {m_from, m_to, m_first, m_last})
        e->blockSignals(false);
    reload();
}

void ScheduleSetupExceptionsTab::fillChoices()
{
    auto providers = ScheduleSetup(*m_clinic).providers(true);
    if (providers)
        m_providers = *providers;
    const QString keepFilter = m_filter->currentData().toString();
    const QString keepProvider = m_provider->currentData().toString();
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->addItem(tr("Everyone, and clinic closures"), QString());
    m_filter->addItem(tr("Clinic closures only"), ClosuresOnly);
    m_provider->clear();
    for (const Provider& p : m_providers) {
        if (p.active)
            m_provider->addItem(ScheduleSetupColourButton::swatch(p.colour), p.name, p.id);
        m_filter->addItem(ScheduleSetupColourButton::swatch(p.colour), p.name, p.id);
    }
    m_filter->setCurrentIndex(qMax(0, m_filter->findData(keepFilter)));
    m_filter->blockSignals(false);
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(keepProvider)));
    kindChanged();
}

void ScheduleSetupExceptionsTab::reload()
{
    if (!m_clinic)
        return;
    fillChoices();
    m_listMessage->clear();
    const QString keep = [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        return rows.isEmpty() ? QString() : m_exceptions.value(rows.constFirst().row()).id;
    }();
    m_exceptions.clear();
    m_table->setRowCount(0);
    if (m_to->date() < m_from->date()) {
        m_listMessage->showMessage(InlineMessage::Kind::Warning, tr("The end of the range is before its start."));
        updateActions();
        return;
    }
    auto all = ScheduleSetup(*m_clinic).exceptions(m_from->date(), m_to->date());
    if (!all) {
        m_listMessage->showError(all.error());
        updateActions();
        return;
    }
    const QString filter = m_filter->currentData().toString();
    for (const ScheduleException& e : *all) {
        if (filter == ClosuresOnly ? !e.isClosure() : (!filter.isEmpty() && e.providerId != filter && !e.isClosure()))
            continue;
        m_exceptions << e;
    }
    QHash<QString, const Provider*> byId;
    for (const Provider& p : m_providers)
        byId.insert(p.id, &p);
    m_table->setRowCount(int(m_exceptions.size()));
    for (int row = 0; row < m_exceptions.size(); ++row) {
        const ScheduleException& e = m_exceptions.at(row);
        const Provider* p = byId.value(e.providerId);
        const QLocale locale;
        QString dates = locale.toString(e.firstDate, QStringLiteral("ddd ")) + PatientText::date(e.firstDate);
        if (e.lastDate != e.firstDate)
            dates = tr("%1 – %2 (%n days)", nullptr, int(e.firstDate.daysTo(e.lastDate)) + 1)
                        .arg(PatientText::date(e.firstDate), PatientText::date(e.lastDate));
        m_table->setItem(row, 0, new QTableWidgetItem(dates));
        m_table->setItem(row, 3, new QTableWidgetItem(whenText(e)));
        auto* who = e.isClosure() ? new QTableWidgetItem(Icons::icon(QStringLiteral("clinic")), tr("Whole clinic"))
                                  : new QTableWidgetItem(ScheduleSetupColourButton::swatch(p ? p->colour : QString()),
                                                         p ? p->name : e.providerId.left(8));
        m_table->setItem(row, 1, who);
        m_table->setItem(row, 2, new QTableWidgetItem(SchedulingVocabulary::exceptionName(e.kind)));
        m_table->setItem(row, 4, new QTableWidgetItem(e.note));
        if (e.id == keep)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < 4; ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c) + 16, 240));
    updateActions();
}

QString ScheduleSetupExceptionsTab::whenText(const ScheduleException& e) const
{
    if (e.wholeDay())
        return tr("Whole day");
    const QLocale locale;
    auto t = [&](int minute) {
        return minute >= 1440 ? tr("midnight")
                              : locale.toString(QTime(0, 0).addSecs(minute * 60), QLocale::ShortFormat);
    };
    return tr("%1–%2").arg(t(e.startMinute), t(e.endMinute));
}

void ScheduleSetupExceptionsTab::kindChanged()
{
    const bool closure = m_kind->currentData().toString() == SchedulingVocabulary::exceptionKey(ExceptionKind::Closure);
    m_provider->setEnabled(!closure && m_provider->count() > 0);
    m_provider->setToolTip(closure ? tr("A closure is for the whole clinic.") : QString());
}

void ScheduleSetupExceptionsTab::updateActions()
{
    const bool selected = m_clinic && !m_table->selectionModel()->selectedRows().isEmpty();
    m_remove->setEnabled(selected);
    m_add->setEnabled(m_clinic != nullptr);
}

bool ScheduleSetupExceptionsTab::add()
{
    if (!m_clinic)
        return false;
    ScheduleException e;
    const auto kind = SchedulingVocabulary::exceptionFromKey(m_kind->currentData().toString());
    e.kind = kind.value_or(ExceptionKind::Leave);
    if (e.kind != ExceptionKind::Closure) {
        e.providerId = m_provider->currentData().toString();
        if (e.providerId.isEmpty()) {
            m_message->showMessage(InlineMessage::Kind::Error,
                                   tr("Add a provider first, on the Providers tab, or choose a clinic closure."));
            return false;
        }
    }
    e.firstDate = m_first->date();
    e.lastDate = m_last->date();
    if (!m_wholeDay->isChecked()) {
        e.startMinute = m_start->time().hour() * 60 + m_start->time().minute();
        e.endMinute = m_end->time().hour() * 60 + m_end->time().minute();
    }
    e.note = m_note->text().trimmed();
    auto added = ScheduleSetup(*m_clinic).addException(e);
    if (!added) {
        m_message->showError(added.error());
        return false;
    }
    // Widen the list to show what was added.
    if (added->firstDate < m_from->date() || added->lastDate > m_to->date()) {
        m_from->blockSignals(true);
        m_to->blockSignals(true);
        m_from->setDate(qMin(m_from->date(), added->firstDate));
        m_to->setDate(qMax(m_to->date(), added->lastDate));
        m_from->blockSignals(false);
        m_to->blockSignals(false);
    }
    reload();
    for (int row = 0; row < m_exceptions.size(); ++row)
        if (m_exceptions.at(row).id == added->id)
            m_table->selectRow(row);
    m_note->clear();
    const QString text = added->isClosure() ? tr("Closure added.") : tr("Absence added.");
    m_message->showMessage(InlineMessage::Kind::Success, text);
    Q_EMIT statusMessage(text);
    Q_EMIT changed();
    return true;
}

void ScheduleSetupExceptionsTab::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!m_clinic || rows.isEmpty())
        return;
    const ScheduleException e = m_exceptions.value(rows.constFirst().row());
    const QString what = m_table->item(rows.constFirst().row(), 2)->text() + QStringLiteral(", ") +
                         m_table->item(rows.constFirst().row(), 0)->text();
    const auto answer = MessageBox::question(
        this, tr("Remove exception"), tr("Remove “%1”?").arg(what),
        tr("The hours of that time become bookable again. The removal is kept in the audit trail."), tr("Remove"),
        tr("Keep"), true);
    if (answer != QMessageBox::Yes || !m_clinic)
        return;
    if (Status done = ScheduleSetup(*m_clinic).removeException(e.id); !done) {
        m_listMessage->showError(done.error());
        return;
    }
    reload();
    Q_EMIT statusMessage(tr("Exception removed."));
    Q_EMIT changed();
}

void ScheduleSetupExceptionsTab::retranslateUi()
{
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("t&o"));
    m_filterLabel->setText(tr("S&how"));
    m_table->setHorizontalHeaderLabels({tr("Dates"), tr("Who"), tr("Kind"), tr("Time"), tr("Note")});
    m_table->setAccessibleName(title());
    m_remove->setText(tr("&Remove…"));
    m_formTitle->setText(tr("Add an absence or a closure"));
    const QString keepKind = m_kind->currentData().toString();
    m_kind->clear();
    for (ExceptionKind k : {ExceptionKind::Leave, ExceptionKind::Training, ExceptionKind::Other, ExceptionKind::Closure})
        m_kind->addItem(SchedulingVocabulary::exceptionName(k), SchedulingVocabulary::exceptionKey(k));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(keepKind)));
    auto label = [this](QWidget* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(field))) {
            l->setText(text);
            l->setBuddy(field);
        }
    };
    label(m_kind, tr("&Kind"));
    label(m_provider, tr("&Provider"));
    label(m_first, tr("F&irst day"));
    label(m_last, tr("&Last day"));
    label(m_wholeDay, QString());
    label(m_times, tr("&Times"));
    if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(m_times)))
        l->setBuddy(m_start);
    label(m_note, tr("&Note"));
    m_wholeDay->setText(tr("&Whole days"));
    m_note->setPlaceholderText(tr("for example: Easter Monday"));
    m_add->setText(tr("&Add"));
    if (m_clinic)
        fillChoices();
}

} // namespace rapport
