#include "messages/MessagesPage.h"

#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/Style.h"
#include "messages/DispatchRunner.h"
#include "messages/MessageText.h"
#include "messages/OutboxTableModel.h"
#include "messaging/CallList.h"
#include "messaging/Outbox.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport {

namespace {
enum class StatusFilter
{
    All,
    Attention,
    Waiting,
    Sent,
    Failed,
    Skipped,
    Cancelled,
    Interrupted
};

QList<OutboxStatus> statusesFor(StatusFilter f)
{
    switch (f) {
    case StatusFilter::All:
        return {};
    case StatusFilter::Attention:
        return {OutboxStatus::Failed, OutboxStatus::Interrupted};
    case StatusFilter::Waiting:
        return {OutboxStatus::Pending, OutboxStatus::Sending};
    case StatusFilter::Sent:
        return {OutboxStatus::Sent};
    case StatusFilter::Failed:
        return {OutboxStatus::Failed};
    case StatusFilter::Skipped:
        return {OutboxStatus::Skipped};
    case StatusFilter::Cancelled:
        return {OutboxStatus::Cancelled};
    case StatusFilter::Interrupted:
        return {OutboxStatus::Interrupted};
    }
    return {};
}
} // namespace

MessagesPage::MessagesPage(QWidget* parent)
    : Page(parent)
    , m_model(new OutboxTableModel(this))
    , m_table(new QTableView(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_channelLabel(new QLabel(this))
    , m_channel(new QComboBox(this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_clear(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_letters(new QPushButton(this))
    , m_lettersMenu(new QMenu(m_letters))
    , m_sendNow(new QPushButton(this))
    , m_progressRow(new QWidget(this))
    , m_progressText(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_message(new InlineMessage(this))
    , m_runMessage(new InlineMessage(this))
    , m_count(new QLabel(this))
    , m_lastRun(new QLabel(this))
    , m_openPatient(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_retry(new QPushButton(this))
{
    setObjectName(QStringLiteral("messagesPage"));

    m_letters->setObjectName(QStringLiteral("messagesLettersButton"));
    m_letters->setIcon(Icons::icon(QStringLiteral("printer")));
    m_letters->setMenu(m_lettersMenu);
    m_letters->setProperty("menuButton", true);
    m_sendNow->setObjectName(QStringLiteral("messagesSendNowButton"));
    m_sendNow->setIcon(Icons::icon(QStringLiteral("send")));
    addHeadingWidget(m_letters);
    addHeadingWidget(m_sendNow);

    m_progressRow->setObjectName(QStringLiteral("messagesProgressRow"));
    m_progressText->setObjectName(QStringLiteral("messagesProgressText"));
    m_progress->setObjectName(QStringLiteral("messagesProgressBar"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->setSpacing(12);
    progressLayout->addWidget(m_progressText);
    progressLayout->addWidget(m_progress, 1);
    m_progressRow->hide();

    m_message->setObjectName(QStringLiteral("messagesMessage"));
    m_runMessage->setObjectName(QStringLiteral("messagesRunMessage"));
    m_count->setObjectName(QStringLiteral("messagesCountLabel"));
    Style::setRole(m_count, "hint");
    m_lastRun->setObjectName(QStringLiteral("messagesLastRunLabel"));
    Style::setRole(m_lastRun, "hint");
    m_openPatient->setObjectName(QStringLiteral("messagesOpenPatientButton"));
    m_openPatient->setIcon(Icons::icon(QStringLiteral("user")));
    m_cancel->setObjectName(QStringLiteral("messagesCancelButton"));
    m_cancel->setIcon(Icons::icon(QStringLiteral("close")));
    m_retry->setObjectName(QStringLiteral("messagesRetryButton"));
    m_retry->setIcon(Icons::icon(QStringLiteral("redo")));
    for (QPushButton* b : {m_clear, m_refresh, m_letters, m_sendNow, m_openPatient, m_cancel, m_retry})
        b->setAutoDefault(false);

    buildFilters();

    m_table->setObjectName(QStringLiteral("messagesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setIconSize(QSize(16, 16));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(OutboxTableModel::StatusColumn, QHeaderView::Stretch);
    const int em = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(OutboxTableModel::PlannedColumn, em * 19);
    m_table->setColumnWidth(OutboxTableModel::PatientColumn, em * 24);
    m_table->setColumnWidth(OutboxTableModel::KindColumn, em * 28);
    m_table->setColumnWidth(OutboxTableModel::ChannelColumn, em * 15);
    m_table->setColumnWidth(OutboxTableModel::SentColumn, em * 19);

    auto* footer = new QHBoxLayout;
    footer->setSpacing(8);
    auto* footerText = new QVBoxLayout;
    footerText->setSpacing(2);
    footerText->addWidget(m_count);
    footerText->addWidget(m_lastRun);
    footer->addLayout(footerText, 1);
    footer->addWidget(m_openPatient);
    footer->addWidget(m_cancel);
    footer->addWidget(m_retry);

    contentLayout()->addWidget(m_progressRow);
    contentLayout()->addWidget(m_runMessage);
    contentLayout()->addWidget(m_message);
    contentLayout()->addWidget(m_table, 1);
    contentLayout()->addLayout(footer);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MessagesPage::updateActions);
    // Enter or a double click opens the patient, as in the patient list.
    connect(m_table, &QTableView::activated, this, &MessagesPage::openSelectedPatient);
    connect(m_table, &QTableView::customContextMenuRequested, this, &MessagesPage::showContextMenu);
    connect(m_openPatient, &QPushButton::clicked, this, &MessagesPage::openSelectedPatient);
    connect(m_cancel, &QPushButton::clicked, this, &MessagesPage::cancelSelected);
    connect(m_retry, &QPushButton::clicked, this, &MessagesPage::retrySelected);
    connect(m_sendNow, &QPushButton::clicked, this, &MessagesPage::sendNow);
    connect(m_lettersMenu->addAction(QString()), &QAction::triggered, this, &MessagesPage::printLetters);
    connect(m_lettersMenu->addAction(QString()), &QAction::triggered, this, &MessagesPage::saveLettersAsPdf);

    retranslateUi();
}

void MessagesPage::buildFilters()
{
    m_period->setObjectName(QStringLiteral("messagesPeriodCombo"));
    m_from->setObjectName(QStringLiteral("messagesFromDate"));
    m_to->setObjectName(QStringLiteral("messagesToDate"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
    }
    m_from->setDate(QDate::currentDate().addDays(-7));
    m_status->setObjectName(QStringLiteral("messagesStatusCombo"));
    m_channel->setObjectName(QStringLiteral("messagesChannelCombo"));
    m_kind->setObjectName(QStringLiteral("messagesKindCombo"));
    m_clear->setObjectName(QStringLiteral("messagesClearButton"));
    m_clear->setIcon(Icons::icon(QStringLiteral("filter-clear")));
    m_refresh->setObjectName(QStringLiteral("messagesRefreshButton"));
    m_refresh->setIcon(Icons::icon(QStringLiteral("refresh")));
    m_periodLabel->setBuddy(m_period);
    m_statusLabel->setBuddy(m_status);
    m_channelLabel->setBuddy(m_channel);
    m_kindLabel->setBuddy(m_kind);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    auto labelled = [](QLabel* label, QWidget* field) {
        auto* box = new QVBoxLayout;
        box->setSpacing(3);
        Style::setRole(label, "hint");
        box->addWidget(label);
        box->addWidget(field);
        return box;
    };
    filters->addLayout(labelled(m_periodLabel, m_period));
    auto* dates = new QHBoxLayout;
    dates->setSpacing(4);
    dates->addWidget(m_from);
    dates->addWidget(m_toLabel);
    dates->addWidget(m_to);
    auto* datesBox = new QVBoxLayout;
    datesBox->setSpacing(3);
    datesBox->addStretch();
    datesBox->addLayout(dates);
    filters->addLayout(datesBox);
    filters->addLayout(labelled(m_statusLabel, m_status));
    filters->addLayout(labelled(m_channelLabel, m_channel));
    filters->addLayout(labelled(m_kindLabel, m_kind));
    filters->addStretch(1);
    auto* buttons = new QVBoxLayout;
    buttons->addStretch();
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_clear);
    buttonRow->addWidget(m_refresh);
    buttons->addLayout(buttonRow);
    filters->addLayout(buttons);
    contentLayout()->addLayout(filters);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodFields();
        refresh();
    });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &MessagesPage::refresh);
    for (QComboBox* combo : {m_status, m_channel, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this, &MessagesPage::refresh);
    connect(m_clear, &QPushButton::clicked, this, &MessagesPage::clearFilters);
    connect(m_refresh, &QPushButton::clicked, this, &MessagesPage::refresh);
}

void MessagesPage::fillCombos()
{
    const bool was = std::exchange(m_updating, true);
    auto refill = [](QComboBox* combo, const QList<std::pair<QString, int>>& items) {
        const int current = qMax(0, combo->currentIndex());
        combo->clear();
        for (const auto& [text, value] : items)
            combo->addItem(text, value);
        combo->setCurrentIndex(qMin(current, combo->count() - 1));
    };
    refill(m_period, {{tr("Today"), int(Period::Today)},
                      {tr("Next 7 days"), int(Period::Next7Days)},
                      {tr("Last 7 days"), int(Period::Last7Days)},
                      {tr("Between dates"), int(Period::Custom)},
                      {tr("Any time"), int(Period::AnyTime)}});
    refill(m_status, {{tr("All statuses"), int(StatusFilter::All)},
                      {tr("Needs attention"), int(StatusFilter::Attention)},
                      {Outbox::statusName(OutboxStatus::Pending), int(StatusFilter::Waiting)},
                      {Outbox::statusName(OutboxStatus::Sent), int(StatusFilter::Sent)},
                      {Outbox::statusName(OutboxStatus::Failed), int(StatusFilter::Failed)},
                      {Outbox::statusName(OutboxStatus::Skipped), int(StatusFilter::Skipped)},
                      {Outbox::statusName(OutboxStatus::Cancelled), int(StatusFilter::Cancelled)},
                      {Outbox::statusName(OutboxStatus::Interrupted), int(StatusFilter::Interrupted)}});
    QList<std::pair<QString, int>> channels{{tr("All channels"), -1}};
    for (ContactChannel c : MessageText::channels())
        channels.append({MessageText::channelName(c), int(c)});
    refill(m_channel, channels);
    refill(m_kind, {{tr("All kinds"), -1},
                    {Outbox::kindName(MessageKind::Reminder), int(MessageKind::Reminder)},
                    {Outbox::kindName(MessageKind::Recall), int(MessageKind::Recall)},
                    {Outbox::kindName(MessageKind::Test), int(MessageKind::Test)}});
    for (int i = 1; i < m_channel->count(); ++i)
        m_channel->setItemIcon(i, Icons::icon(MessageText::channelIcon(ContactChannel(m_channel->itemData(i).toInt()))));
    m_updating = was;
}

QString MessagesPage::title() const
{
    return tr("Messages");
}

void MessagesPage::setClinic(Clinic* clinic)
{
    m_clinic = clinic;
    m_message->clear();
    m_runMessage->clear();
    m_sendNowPending = false;
    if (!clinic) {
        m_model->setRows({});
        m_letterCount = 0;
        m_countsText.clear();
        m_count->clear();
        m_lastRun->clear();
        updateSummary();
        updateRunner();
        return;
    }
    SettingsService settings(*clinic);
    m_model->setTimeZone(settings.timeZone());
    {
        // "Between dates" starts with the last week of the clinic's calendar.
        const QSignalBlocker b1(m_from), b2(m_to);
        m_to->setDate(settings.today());
        m_from->setDate(settings.today().addDays(-7));
    }
    refresh();
}

void MessagesPage::pageShown()
{
    if (m_clinic)
        refresh();
}

void MessagesPage::setPeriod(Period period)
{
    const int index = m_period->findData(int(period));
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

void MessagesPage::updatePeriodFields()
{
    const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
    m_from->setVisible(custom);
    m_toLabel->setVisible(custom);
    m_to->setVisible(custom);
}

std::pair<QDateTime, QDateTime> MessagesPage::range() const
{
    if (!m_clinic)
        return {};
    SettingsService settings(*m_clinic);
    const QTimeZone zone = settings.timeZone();
    const QDate today = settings.today();
    auto start = [&zone](QDate d) { return QDateTime(d, QTime(0, 0), zone).toUTC(); };
    switch (Period(m_period->currentData().toInt())) {
    case Period::Today:
        return {start(today), start(today.addDays(1))};
    case Period::Next7Days:
        return {start(today), start(today.addDays(7))};
    case Period::Last7Days:
        return {start(today.addDays(-6)), start(today.addDays(1))};
    case Period::Custom:
        return {start(qMin(m_from->date(), m_to->date())), start(qMax(m_from->date(), m_to->date()).addDays(1))};
    case Period::AnyTime:
        break;
    }
    return {};
}

void MessagesPage::refresh()
{
    if (m_updating || !m_clinic || !m_clinic->isOpen())
        return;
    const QStringList keep = selectedIds();
    OutboxQuery query;
    std::tie(query.from, query.to) = range();
    query.statuses = statusesFor(StatusFilter(m_status->currentData().toInt()));
    if (const int c = m_channel->currentData().toInt(); c >= 0)
        query.channels = {ContactChannel(c)};
    if (const int k = m_kind->currentData().toInt(); k >= 0)
        query.kinds = {MessageKind(k)};
    query.limit = RowLimit;
    Outbox outbox(*m_clinic);
    auto rows = outbox.list(query);
    if (!rows) {
        m_model->setRows({});
        m_message->showError(rows.error());
    } else {
        m_message->clear();
        // What is still to come reads soonest first; what happened, newest first.
        if (Period(m_period->currentData().toInt()) == Period::Next7Days)
            std::reverse(rows->begin(), rows->end());
        m_model->setRows(std::move(*rows));
    }
    auto counts = outbox.counts(query.from, query.to);
    m_countsText = counts ? MessageText::counts(*counts) : QString();
    selectIds(keep);
    updateLetters();
    updateSummary();
}

void MessagesPage::clearFilters()
{
    m_updating = true;
    m_period->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_channel->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_updating = false;
    updatePeriodFields();
    refresh();
}

QList<const OutboxRow*> MessagesPage::selectedRows() const
{
    QList<const OutboxRow*> out;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        if (const OutboxRow* r = m_model->row(index.row()))
            out << r;
    return out;
}

QStringList MessagesPage::selectedIds() const
{
    QStringList ids;
    for (const OutboxRow* r : selectedRows())
        ids << r->message.id;
    return ids;
}

void MessagesPage::selectIds(const QStringList& ids)
{
    m_table->clearSelection();
    bool first = true;
    for (const QString& id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        m_table->selectionModel()->select(m_model->index(row, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (first)
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
        first = false;
    }
    updateActions();
}

bool MessagesPage::canSend() const
{
    return m_clinic && m_clinic->isOpen() && m_clinic->session().can(Permission::SendMessages);
}

void MessagesPage::updateActions()
{
    const QList<const OutboxRow*> rows = selectedRows();
    int retryable = 0;
    int cancellable = 0;
    for (const OutboxRow* r : rows) {
        switch (r->message.status) {
        case OutboxStatus::Failed:
        case OutboxStatus::Skipped:
        case OutboxStatus::Interrupted:
        case OutboxStatus::Cancelled:
            ++retryable;
            break;
        case OutboxStatus::Pending:
            ++cancellable;
            break;
        default:
            break;
        }
    }
    const bool send = canSend();
    m_retry->setEnabled(send && retryable > 0);
    m_cancel->setEnabled(send && cancellable > 0);
    m_openPatient->setEnabled(m_clinic && rows.size() == 1 && !rows.constFirst()->message.patientId.isEmpty());
    updateLettersButton();
    const bool running = m_runner && m_runner->isRunning();
    m_sendNow->setVisible(m_runner != nullptr);
    m_sendNow->setEnabled(send && m_runner && m_runner->isActive() && !running);
    m_refresh->setEnabled(m_clinic != nullptr);
}

} // namespace rapport
