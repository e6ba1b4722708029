// The Recalls page: its layout, the list and the selection. What the actions do is in
// RecallsPageActions.cpp.
#include "recalls/RecallsPage.h"

#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/Style.h"
#include "recalls/RecallFilterBar.h"
#include "recalls/RecallService.h"
#include "recalls/RecallTableModel.h"
#include "recalls/RecallText.h"
#include "scheduling/ScheduleSetup.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QAction>
#include <QEvent>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>

namespace rapport {

namespace {
QString withShortcut(const QString& text, const QAction* action)
{
    return QCoreApplication::translate("rapport::RecallsPage", "%1 (%2)")
        .arg(text, action->shortcut().toString(QKeySequence::NativeText));
}
} // namespace

RecallsPage::RecallsPage(QWidget* parent)
    : Page(parent)
    , m_model(new RecallTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filters(new RecallFilterBar(this))
    , m_message(new InlineMessage(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_schedule(new QPushButton(this))
    , m_recordCall(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_decline(new QPushButton(this))
    , m_deactivate(new QPushButton(this))
    , m_reactivate(new QPushButton(this))
    , m_more(new QPushButton(this))
    , m_types(new QPushButton(this))
    , m_scheduleAction(new QAction(Icons::icon(QStringLiteral("calendar")), QString(), this))
    , m_recordCallAction(new QAction(Icons::icon(QStringLiteral("phone")), QString(), this))
    , m_openAction(new QAction(Icons::icon(QStringLiteral("user")), QString(), this))
    , m_declineAction(new QAction(Icons::icon(QStringLiteral("close")), QString(), this))
    , m_deactivateAction(new QAction(Icons::icon(QStringLiteral("archive")), QString(), this))
    , m_reactivateAction(new QAction(Icons::icon(QStringLiteral("refresh")), QString(), this))
    , m_intervalAction(new QAction(Icons::icon(QStringLiteral("clock")), QString(), this))
    , m_dueAction(new QAction(Icons::icon(QStringLiteral("calendar")), QString(), this))
{
    setObjectName(QStringLiteral("recallsPage"));
    // Room for the menu arrow of "More".
    setStyleSheet(QStringLiteral("QPushButton#recallMoreButton { padding-right: 28px; }"
                                 "QPushButton#recallMoreButton::menu-indicator { subcontrol-origin: padding;"
                                 " subcontrol-position: center right; right: 10px; }"));

    m_scheduleAction->setObjectName(QStringLiteral("recallScheduleAction"));
    m_scheduleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_recordCallAction->setObjectName(QStringLiteral("recallRecordCallAction"));
    m_recordCallAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_openAction->setObjectName(QStringLiteral("recallOpenPatientAction"));
    m_openAction->setShortcut(QKeySequence(Qt::Key_Return));
    m_declineAction->setObjectName(QStringLiteral("recallDeclineAction"));
    m_deactivateAction->setObjectName(QStringLiteral("recallDeactivateAction"));
    m_reactivateAction->setObjectName(QStringLiteral("recallReactivateAction"));
    m_intervalAction->setObjectName(QStringLiteral("recallIntervalAction"));
    m_dueAction->setObjectName(QStringLiteral("recallDueDateAction"));
    // Enter is the table's own (activated); the others work anywhere on the page.
    for (QAction* a : {m_scheduleAction, m_recordCallAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }

    m_schedule->setObjectName(QStringLiteral("recallScheduleButton"));
    m_schedule->setIcon(Icons::icon(QStringLiteral("calendar"), Qt::white));
    Style::makePrimary(m_schedule);
    m_recordCall->setObjectName(QStringLiteral("recallRecordCallButton"));
    m_recordCall->setIcon(Icons::icon(QStringLiteral("phone")));
    m_open->setObjectName(QStringLiteral("recallOpenPatientButton"));
    m_open->setIcon(Icons::icon(QStringLiteral("user")));
    m_decline->setObjectName(QStringLiteral("recallDeclineButton"));
    m_deactivate->setObjectName(QStringLiteral("recallDeactivateButton"));
    m_reactivate->setObjectName(QStringLiteral("recallReactivateButton"));
    m_reactivate->setIcon(Icons::icon(QStringLiteral("refresh")));
    m_more->setObjectName(QStringLiteral("recallMoreButton"));
    auto* moreMenu = new QMenu(m_more);
    moreMenu->addAction(m_intervalAction);
    moreMenu->addAction(m_dueAction);
    m_more->setMenu(moreMenu);
    m_types->setObjectName(QStringLiteral("recallTypesButton"));
    m_types->setIcon(Icons::icon(QStringLiteral("settings")));
    m_types->setVisible(false);
    for (QPushButton* b : {m_schedule, m_recordCall, m_open, m_decline, m_deactivate, m_reactivate, m_more, m_types})
        b->setAutoDefault(false);
    addHeadingWidget(m_types);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_schedule);
    actions->addWidget(m_recordCall);
    actions->addWidget(m_open);
    actions->addSpacing(16);
    actions->addWidget(m_decline);
    actions->addWidget(m_deactivate);
    actions->addWidget(m_reactivate);
    actions->addWidget(m_more);
    actions->addStretch();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RecallTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("recallTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RecallTableModel::DueColumn, Qt::AscendingOrder);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('m'));
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(em * 3);
    m_table->viewport()->installEventFilter(this);

    m_empty->setObjectName(QStringLiteral("recallsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    Style::setRole(m_empty, "hint");
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_message->setObjectName(QStringLiteral("recallsMessage"));

    contentLayout()->addWidget(m_filters);
    contentLayout()->addSpacing(4);
    contentLayout()->addLayout(actions);
    contentLayout()->addWidget(m_message);
    contentLayout()->addWidget(m_stack, 1);

    connect(m_filters, &RecallFilterBar::changed, this, [this] {
        m_message->clear();
        reload();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecallsPage::updateActions);
    connect(m_table, &QTableView::activated, this, &RecallsPage::openSelectedPatient);
    connect(m_table, &QTableView::customContextMenuRequested, this, &RecallsPage::showMenu);
    connect(m_schedule, &QPushButton::clicked, m_scheduleAction, &QAction::trigger);
    connect(m_recordCall, &QPushButton::clicked, m_recordCallAction, &QAction::trigger);
    connect(m_open, &QPushButton::clicked, m_openAction, &QAction::trigger);
    connect(m_decline, &QPushButton::clicked, m_declineAction, &QAction::trigger);
    connect(m_deactivate, &QPushButton::clicked, m_deactivateAction, &QAction::trigger);
    connect(m_reactivate, &QPushButton::clicked, m_reactivateAction, &QAction::trigger);
    connect(m_types, &QPushButton::clicked, this, &RecallsPage::editRecallTypes);
    connect(m_scheduleAction, &QAction::triggered, this, &RecallsPage::scheduleSelected);
    connect(m_recordCallAction, &QAction::triggered, this, &RecallsPage::recordCall);
    connect(m_openAction, &QAction::triggered, this, &RecallsPage::openSelectedPatient);
    connect(m_declineAction, &QAction::triggered, this, &RecallsPage::declineSelected);
    connect(m_deactivateAction, &QAction::triggered, this, &RecallsPage::deactivateSelected);
    connect(m_reactivateAction, &QAction::triggered, this, &RecallsPage::reactivateSelected);
    connect(m_intervalAction, &QAction::triggered, this, &RecallsPage::changeInterval);
    connect(m_dueAction, &QAction::triggered, this, &RecallsPage::setDueDate);
    retranslateUi();
    updateActions();
}

bool RecallsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return Page::eventFilter(watched, event);
}

void RecallsPage::fitColumns()
{
    // The due date, age and phone get what they need; the names and the state share the
    // rest, so the table fits beside the navigation rail without scrolling sideways.
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = 24;
    const int age = fm.horizontalAdvance(tr("Age")) + pad + 8;
    const int due = fm.horizontalAdvance(RecallText::due(QDate(2000, 12, 28), QDate(2002, 11, 30))) + pad;
    const int phone = fm.horizontalAdvance(QStringLiteral("0000 000 00000")) + pad;
    const int width = m_table->viewport()->width();
    const int rest = qMax(width - age - due - phone, fm.horizontalAdvance(QLatin1Char('m')) * 30);
    const int patient = rest * 25 / 100;
    const int type = rest * 22 / 100;
    const int state = rest * 36 / 100;
    const int provider = rest - patient - type - state;
    m_table->setColumnWidth(RecallTableModel::PatientColumn, patient);
    m_table->setColumnWidth(RecallTableModel::AgeColumn, age);
    m_table->setColumnWidth(RecallTableModel::TypeColumn, type);
    m_table->setColumnWidth(RecallTableModel::DueColumn, due);
    m_table->setColumnWidth(RecallTableModel::StateColumn, state);
    m_table->setColumnWidth(RecallTableModel::ProviderColumn, provider);
    m_table->setColumnWidth(RecallTableModel::PhoneColumn, qMax(phone, width - age - due - rest));
}

QString RecallsPage::title() const
{
    return tr("Recalls");
}

void RecallsPage::setClinic(Clinic* clinic)
{
    m_clinic = clinic;
    m_message->clear();
    m_recallTypes.clear();
    if (!clinic || !clinic->isOpen()) {
        m_model->clear();
        m_types->setVisible(false);
        updateHeading();
        updateActions();
        return;
    }
    m_types->setVisible(clinic->session().can(Permission::ConfigureMessaging));
    loadChoices();
    reload();
}

void RecallsPage::pageShown()
{
    if (!m_clinic || !m_clinic->isOpen())
        return;
    loadChoices();
    reload();
    m_table->setFocus();
}

void RecallsPage::loadChoices()
{
    m_recallTypes.clear();
    QList<Provider> providers;
    if (auto p = ScheduleSetup(*m_clinic).providers(true))
        providers = *p;
    QList<RecallType> types;
    if (auto t = RecallService(*m_clinic).types(true)) {
        for (const RecallType& type : *t) {
            m_recallTypes.insert(type.id, type);
            if (type.active)
                types << type;
        }
    }
    m_filters->setChoices(providers, types);
}

void RecallsPage::reload()
{
    if (!m_clinic || !m_clinic->isOpen())
        return;
    const RecallRow* selected = selectedRecall();
    const QString keep = selected ? selected->recall.id : QString();
    const int keepRow = m_table->currentIndex().row();
    const SettingsService settings(*m_clinic);
    const QDate today = settings.today();
    const RecallQuery query = m_filters->query(today);
    auto rows = RecallService(*m_clinic).list(query);
    if (!rows) {
        m_model->clear();
        m_message->showError(rows.error());
        updateHeading();
        updateActions();
        return;
    }
    const bool truncated = query.limit > 0 && rows->size() >= query.limit;
    QHash<QString, int> maxAttempts;
    for (auto it = m_recallTypes.cbegin(); it != m_recallTypes.cend(); ++it)
        maxAttempts.insert(it.key(), it->maxAttempts);
    m_model->setRows(std::move(*rows), today, settings.timeZone(), settings.region(), maxAttempts);
    if (truncated)
        m_message->showMessage(InlineMessage::Kind::Info,
                               tr("Only the first %n recalls are shown. Narrow the dates or filters to see the rest.",
                                  nullptr, query.limit));
    if (!keep.isEmpty() && m_model->rowOf(keep) >= 0)
        selectRecall(keep);
    else if (m_proxy->rowCount() > 0)
        m_table->selectRow(qBound(0, keepRow, m_proxy->rowCount() - 1));
    updateHeading();
    updateActions();
}

const RecallRow* RecallsPage::selectedRecall() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->recall(m_proxy->mapToSource(rows.constFirst()).row());
}

void RecallsPage::selectRecall(const QString& recallId)
{
    const int row = m_model->rowOf(recallId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void RecallsPage::updateHeading()
{
    int due = 0;
    int overdue = 0;
    int reactivate = 0;
    for (const RecallRow& r : m_model->rows()) {
        (r.overdue ? overdue : due) += 1;
        reactivate += r.needsReactivation ? 1 : 0;
    }
    QString subtitle;
    if (m_clinic && m_clinic->isOpen()) {
        if (m_model->rowCount() == 0) {
            subtitle = tr("No recalls match the filters");
        } else {
            subtitle = tr("%n due", nullptr, due) + QStringLiteral(" · ") + tr("%n overdue", nullptr, overdue);
            if (reactivate > 0)
                subtitle += QStringLiteral(" · ") + tr("%n to reactivate", nullptr, reactivate);
        }
    }
    setHeading(title(), subtitle);
    const bool empty = m_clinic && m_clinic->isOpen() && m_model->rowCount() == 0
                       && m_message->kind() != InlineMessage::Kind::Error;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_table);
}

void RecallsPage::updateActions()
{
    const RecallRow* r = m_clinic && m_clinic->isOpen() ? selectedRecall() : nullptr;
    const bool open = r && (r->state == RecallState::NotContacted || r->state == RecallState::Contacted);
    const bool closed = r && (r->state == RecallState::Declined || r->state == RecallState::Inactive);
    const bool canBook = m_clinic && m_clinic->isOpen() && m_clinic->session().can(Permission::BookAppointments);
    m_scheduleAction->setEnabled(open && canBook);
    m_recordCallAction->setEnabled(r && !closed);
    m_openAction->setEnabled(r != nullptr);
    m_declineAction->setEnabled(r && !closed);
    m_deactivateAction->setEnabled(r && r->state != RecallState::Inactive);
    m_reactivateAction->setEnabled(closed);
    m_intervalAction->setEnabled(r && r->state != RecallState::Inactive);
    m_dueAction->setEnabled(r && r->state != RecallState::Inactive);
    m_schedule->setEnabled(m_scheduleAction->isEnabled());
    m_recordCall->setEnabled(m_recordCallAction->isEnabled());
    m_open->setEnabled(m_openAction->isEnabled());
    m_decline->setEnabled(m_declineAction->isEnabled());
    m_deactivate->setEnabled(m_deactivateAction->isEnabled());
    m_reactivate->setEnabled(m_reactivateAction->isEnabled());
    m_more->setEnabled(m_intervalAction->isEnabled() || m_dueAction->isEnabled());
    QString why;
    if (r && r->state == RecallState::Scheduled)
        why = tr("The patient already has a coming appointment for this recall.");
    else if (closed)
        why = tr("Reactivate the recall first.");
    else if (r && !canBook)
        why = tr("Your role cannot book appointments.");
    m_schedule->setToolTip(why.isEmpty() ? withShortcut(tr("Find a free slot for the patient with the recall's "
                                                           "appointment type"),
                                                        m_scheduleAction)
                                         : why);
}

void RecallsPage::showMenu(const QPoint& pos)
{
    QModelIndex index = m_table->indexAt(pos);
    QPoint at = pos;
    if (!index.isValid() && selectedRecall()) {
        // The keyboard's menu key: beside the chosen row.
        index = m_table->currentIndex();
        at = m_table->visualRect(index).center();
    }
    if (!index.isValid() || !m_clinic)
        return;
    m_table->selectRow(index.row());
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("recallMenu"));
    menu.addAction(m_scheduleAction);
    menu.addAction(m_recordCallAction);
    menu.addAction(m_openAction);
    menu.addSeparator();
    menu.addAction(m_intervalAction);
    menu.addAction(m_dueAction);
    menu.addSeparator();
    menu.addAction(m_declineAction);
    menu.addAction(m_deactivateAction);
    menu.addAction(m_reactivateAction);
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

QString RecallsPage::describe(const RecallRow& row)
{
    return tr("%1 · %2").arg(row.patientName, row.recallTypeName);
}

void RecallsPage::retranslateUi()
{
    updateHeading();
    m_scheduleAction->setText(tr("Schedule…"));
    m_recordCallAction->setText(tr("Record a call…"));
    m_recordCallAction->setToolTip(withShortcut(tr("How a call about this recall went"), m_recordCallAction));
    m_openAction->setText(tr("Open patient"));
    m_openAction->setToolTip(withShortcut(tr("Open the patient's page"), m_openAction));
    m_declineAction->setText(tr("Decline…"));
    m_declineAction->setToolTip(tr("The patient does not want this recall"));
    m_deactivateAction->setText(tr("Mark inactive…"));
    m_deactivateAction->setToolTip(tr("Stop the recall, for example when the patient moved away"));
    m_reactivateAction->setText(tr("Reactivate"));
    m_reactivateAction->setToolTip(tr("Put a declined or inactive recall back on the list"));
    m_intervalAction->setText(tr("Change interval…"));
    m_intervalAction->setToolTip(tr("The patient's own interval, or back to the recall type's"));
    m_dueAction->setText(tr("Set due date…"));
    m_schedule->setText(m_scheduleAction->text());
    m_recordCall->setText(m_recordCallAction->text());
    m_recordCall->setToolTip(m_recordCallAction->toolTip());
    m_open->setText(m_openAction->text());
    m_open->setToolTip(m_openAction->toolTip());
    m_decline->setText(m_declineAction->text());
    m_decline->setToolTip(m_declineAction->toolTip());
    m_deactivate->setText(m_deactivateAction->text());
    m_deactivate->setToolTip(m_deactivateAction->toolTip());
    m_reactivate->setText(m_reactivateAction->text());
    m_reactivate->setToolTip(m_reactivateAction->toolTip());
    m_more->setText(tr("More"));
    m_more->setToolTip(tr("Change the interval or the due date"));
    m_types->setText(tr("Recall types…"));
    m_types->setToolTip(tr("Intervals, the appointment types that reset them, and the contact chain"));
    m_table->setAccessibleName(tr("Recalls"));
    m_empty->setText(tr("No recalls match these dates and filters.\nTry a longer date range or clear the filters."));
    m_model->retranslate();
    updateActions();
}

} // namespace rapport
