#include "recalls/CallListPage.h"

#include "common/Clock.h"
#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/Style.h"
#include "messaging/CallList.h"
#include "recalls/CallListModel.h"
#include "recalls/RecallBooking.h"
#include "recalls/RecallService.h"
#include "recalls/RecallText.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

CallListPage::CallListPage(QWidget* parent)
    : Page(parent)
    , m_model(new CallListModel(this))
    , m_confirmation(new InlineMessage(this))
    , m_message(new InlineMessage(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_refresh(new QToolButton(this))
{
    setObjectName(QStringLiteral("callListPage"));
    setStyleSheet(QStringLiteral(
        "QLabel[keycap=\"true\"] { background: #ffffff; border: 1px solid #c5cfd0; border-bottom-width: 2px;"
        " border-radius: 4px; padding: 0px 5px; color: #1f2a30; font-weight: 600; }"
        "QToolButton#callListRefreshButton { border: 1px solid #c5cfd0; border-radius: 6px; padding: 5px 10px;"
        " background: #ffffff; }"
        "QToolButton#callListRefreshButton:hover { background: #f1f5f5; }"));
    m_confirmation->setObjectName(QStringLiteral("callListConfirmation"));
    m_message->setObjectName(QStringLiteral("callListMessage"));
    m_refresh->setObjectName(QStringLiteral("callListRefreshButton"));
    m_refresh->setIcon(Icons::icon(QStringLiteral("refresh")));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addHeadingWidget(m_refresh);

    m_table->setObjectName(QStringLiteral("callListTable"));
    m_table->setModel(m_model);
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
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 18);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CallListModel::ReasonColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_table->setColumnWidth(CallListModel::PatientColumn, em * 14);
    m_table->setColumnWidth(CallListModel::PhoneColumn, em * 10);
    m_table->setColumnWidth(CallListModel::PreviousColumn, em * 14);
    m_table->installEventFilter(this);

    m_empty->setObjectName(QStringLiteral("callListEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    Style::setRole(m_empty, "hint");
    QFont emptyFont = m_empty->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.15);
    m_empty->setFont(emptyFont);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_note->setObjectName(QStringLiteral("callListNoteEdit"));
    m_note->setMaxLength(2000);
    m_note->setClearButtonEnabled(true);
    m_note->installEventFilter(this);
    m_noteLabel->setBuddy(m_note);
    auto* noteRow = new QHBoxLayout;
    noteRow->setSpacing(8);
    noteRow->addWidget(m_noteLabel);
    noteRow->addWidget(m_note, 1);

    m_legend = makeLegend();

    contentLayout()->addWidget(m_confirmation);
    contentLayout()->addWidget(m_message);
    contentLayout()->addWidget(m_stack, 1);
    contentLayout()->addLayout(noteRow);
    contentLayout()->addWidget(m_legend);

    auto* noteAction = new QAction(this);
    noteAction->setObjectName(QStringLiteral("callListNoteAction"));
    noteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    noteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(noteAction, &QAction::triggered, this, [this] {
        m_note->setFocus(Qt::ShortcutFocusReason);
        m_note->selectAll();
    });
    addAction(noteAction);
    auto* refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence(QKeySequence::Refresh));
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshAction, &QAction::triggered, this, &CallListPage::reload);
    addAction(refreshAction);

    connect(m_refresh, &QToolButton::clicked, this, [this] {
        m_confirmation->clear();
        reload();
        m_table->setFocus();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const CallListEntry* e = m_model->entry(index.row()))
            Q_EMIT openPatientRequested(e->patientId);
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &CallListPage::showMenu);
    retranslateUi();
}

QWidget* CallListPage::makeLegend()
{
    // Two lines: the outcomes, then moving about.
    auto* legend = new QWidget(this);
    legend->setObjectName(QStringLiteral("callListLegend"));
    auto* layout = new QVBoxLayout(legend);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->setSpacing(6);
    auto* outcomes = new QHBoxLayout;
    auto* moving = new QHBoxLayout;
    for (QHBoxLayout* line : {outcomes, moving}) {
        line->setSpacing(0);
        layout->addLayout(line);
    }
    auto add = [this, legend](QHBoxLayout* line, const QStringList& keys) {
        for (const QString& k : keys) {
            auto* cap = new QLabel(k, legend);
            cap->setProperty("keycap", true);
            cap->setTextFormat(Qt::PlainText);
            line->addWidget(cap);
            line->addSpacing(4);
        }
        auto* text = new QLabel(legend);
        Style::setRole(text, "hint");
        line->addSpacing(2);
        line->addWidget(text);
        line->addSpacing(18);
        m_legendTexts << text;
    };
    for (CallOutcome o : RecallText::outcomes())
        add(outcomes, {RecallText::outcomeKeyText(o)});
    add(moving, {QStringLiteral("↑"), QStringLiteral("↓")});
    add(moving, {QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText)});
    add(moving, {QKeySequence(Qt::Key_Enter).toString(QKeySequence::NativeText)});
    outcomes->addStretch();
    moving->addStretch();
    return legend;
}

QString CallListPage::title() const
{
    return tr("Call list");
}

void CallListPage::setClinic(Clinic* clinic)
{
    m_clinic = clinic;
    m_confirmation->clear();
    m_message->clear();
    m_note->clear();
    if (!clinic || !clinic->isOpen()) {
        m_model->clear();
        updateHeading();
        return;
    }
    reload();
}

void CallListPage::pageShown()
{
    if (!m_clinic)
        return;
    reload();
    m_table->setFocus();
}

int CallListPage::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && m_model->entry(current.row()) ? current.row() : -1;
}

void CallListPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index,
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void CallListPage::reload()
{
    if (!m_clinic || !m_clinic->isOpen())
        return;
    const int row = currentRow();
    const QString keep = row >= 0 ? CallListModel::keyOf(*m_model->entry(row)) : QString();
    auto entries = CallList(*m_clinic).today();
    if (!entries) {
        m_model->clear();
        m_message->showError(entries.error());
        updateHeading();
        return;
    }
    m_message->clear();
    const SettingsService settings(*m_clinic);
    m_model->setEntries(std::move(*entries), settings.today(), settings.timeZone(), settings.region());
    m_rate.reset();
    if (m_clinic->session().can(Permission::ViewSchedule)) {
        const QDate today = settings.today();
        auto rate = CallList(*m_clinic).confirmationRate(QDateTime(today.addDays(-30), QTime(0, 0), settings.timeZone()),
                                                         QDateTime(today, QTime(0, 0), settings.timeZone()));
        if (rate && rate->appointments > 0)
            m_rate = *rate;
    }
    const int again = m_model->rowOf(keep);
    selectRow(again >= 0 ? again : qMin(qMax(row, 0), m_model->rowCount() - 1));
    updateHeading();
}

void CallListPage::updateHeading()
{
    const int count = m_model->rowCount();
    const bool open = m_clinic && m_clinic->isOpen();
    QString subtitle;
    if (open) {
        subtitle = QLocale().toString(SettingsService(*m_clinic).today(), QLocale::LongFormat);
        if (count > 0)
            subtitle += QStringLiteral(" · ")
                        + (count == 1 ? tr("One call to make") : tr("%n calls to make", nullptr, count));
        if (m_rate)
            subtitle += QStringLiteral(" · ")
                        + tr("%1% confirmed before the visit in the last 30 days")
                              .arg(qRound(m_rate->rate() * 100));
    }
    setHeading(title(), subtitle);
    const bool empty = open && count == 0 && m_message->text().isEmpty();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_table);
    m_note->setEnabled(count > 0);
    m_legend->setEnabled(count > 0);
}

void CallListPage::record(CallOutcome outcome)
{
    const int row = currentRow();
    if (!m_clinic || !m_clinic->isOpen() || row < 0)
        return;
    const CallListEntry entry = *m_model->entry(row);
    // After the call, the cursor goes on to the entry that came next.
    const CallListEntry* next = m_model->entry(row + 1);
    const QString nextKey = next ? CallListModel::keyOf(*next) : QString();
    if (outcome == CallOutcome::Booked && entry.appointmentId.isEmpty() && !entry.recallId.isEmpty()) {
        book(entry, nextKey);
        return;
    }
    save(entry, outcome, nextKey, {});
}

void CallListPage::book(const CallListEntry& entry, const QString& nextKey)
{
    RecallService recalls(*m_clinic);
    RecallBookingRequest request;
    request.patientId = entry.patientId;
    request.patientName = entry.patientName;
    request.phone = entry.phone;
    if (auto recall = recalls.get(entry.recallId)) {
        request.from = recall->dueDate;
        if (auto type = recalls.type(recall->recallTypeId))
            request.bookingTypeId = type->bookingTypeId;
    }
    m_message->clear();
    RecallBooking::start(this, *m_clinic, request, [this, entry, nextKey](const Appointment& booked) {
        if (!m_clinic || !m_clinic->isOpen())
            return;
        const QTimeZone zone = SettingsService(*m_clinic).timeZone();
        save(entry, CallOutcome::Booked, nextKey,
             RecallText::shortDateTime(booked.start, zone, SettingsService(*m_clinic).today()));
    });
}

void CallListPage::save(const CallListEntry& entry, CallOutcome outcome, const QString& nextKey,
                        const QString& booked)
{
    auto recorded = CallList(*m_clinic).record(entry, outcome, m_note->text());
    if (!recorded) {
        m_confirmation->clear();
        m_message->showError(recorded.error());
        reload();
        m_table->setFocus();
        return;
    }
    m_note->clear();
    const QString then = !booked.isEmpty() ? tr("booked for %1").arg(booked) : followUp(entry, outcome);
    const QString line = then.isEmpty()
                             ? tr("Recorded: %1 — %2").arg(RecallText::outcomeWords(outcome), entry.patientName)
                             : tr("Recorded: %1 — %2 (%3)").arg(RecallText::outcomeWords(outcome), entry.patientName,
                                                                 then);
    m_confirmation->showMessage(InlineMessage::Kind::Success, line);
    const int row = currentRow();
    reload();
    const int next = m_model->rowOf(nextKey);
    if (next >= 0)
        selectRow(next);
    else if (!nextKey.isEmpty() || m_model->rowOf(CallListModel::keyOf(entry)) < 0)
        selectRow(qMin(row, m_model->rowCount() - 1));
    m_table->setFocus();
    Q_EMIT statusMessage(line);
}

QString CallListPage::followUp(const CallListEntry& entry, CallOutcome outcome) const
{
    if (outcome == CallOutcome::WrongNumber)
        return tr("check the number on the patient's page");
    if (!entry.appointmentId.isEmpty()) {
        switch (outcome) {
        case CallOutcome::Reached:
        case CallOutcome::Booked:
            return tr("appointment confirmed");
        case CallOutcome::LeftMessage:
        case CallOutcome::NoAnswer:
            return tr("not confirmed yet");
        case CallOutcome::Declined:
            return tr("the appointment is unchanged; cancel it on the schedule if they will not come");
        case CallOutcome::WrongNumber:
            break;
        }
        return {};
    }
    if (entry.recallId.isEmpty())
        return {};
    if (outcome == CallOutcome::Declined)
        return tr("recall declined");
    if (outcome != CallOutcome::NoAnswer && outcome != CallOutcome::LeftMessage)
        return {};
    RecallService recalls(*m_clinic);
    auto recall = recalls.get(entry.recallId);
    if (!recall)
        return {};
    auto type = recalls.type(recall->recallTypeId);
    const int max = type ? type->maxAttempts : 0;
    if (max > 0 && recall->attempts >= max)
        return tr("all %1 attempts used: offered for reactivation").arg(max);
    if (outcome == CallOutcome::NoAnswer)
        return tr("call again tomorrow");
    return max > 0 ? tr("attempt %1 of %2").arg(recall->attempts).arg(max) : QString();
}

bool CallListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return Page::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_table) {
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::NoModifier || mods == Qt::ShiftModifier)
            if (const auto outcome = RecallText::outcomeForKey(key->key())) {
                record(*outcome);
                return true;
            }
    } else if (watched == m_note) {
        // Back to the list with the note kept for the next outcome.
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Escape) {
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            m_table->setFocus(Qt::OtherFocusReason);
            QCoreApplication::sendEvent(m_table, event);
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void CallListPage::showMenu(const QPoint& pos)
{
    QModelIndex index = m_table->indexAt(pos);
    QPoint at = pos;
    if (!index.isValid() && currentRow() >= 0) {
        // From the keyboard's menu key: beside the current entry.
        index = m_table->currentIndex();
        at = m_table->visualRect(index).center();
    }
    if (!index.isValid() || !m_clinic)
        return;
    selectRow(index.row());
    const CallListEntry* e = m_model->entry(index.row());
    if (!e)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("callListMenu"));
    for (CallOutcome o : RecallText::outcomes()) {
        QString text = CallList::outcomeName(o);
        if (o == CallOutcome::Booked)
            text = e->appointmentId.isEmpty() ? tr("Booked… (find a free slot)") : tr("Booked (confirms)");
        QAction* a = menu.addAction(Icons::icon(RecallText::outcomeIcon(o)), text);
        a->setShortcut(QKeySequence(RecallText::outcomeKey(o)));
        connect(a, &QAction::triggered, this, [this, o] { record(o); });
    }
    menu.addSeparator();
    QAction* open = menu.addAction(Icons::icon(QStringLiteral("user")), tr("Open the patient's page"));
    open->setShortcut(QKeySequence(Qt::Key_Return));
    const QString patientId = e->patientId;
    connect(open, &QAction::triggered, this, [this, patientId] { Q_EMIT openPatientRequested(patientId); });
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

void CallListPage::retranslateUi()
{
    updateHeading();
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read today's calls again (%1)")
                              .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_table->setAccessibleName(tr("Today's calls"));
    m_empty->setText(tr("No calls for today."));
    m_noteLabel->setText(tr("&Note:"));
    m_note->setPlaceholderText(tr("Goes with the next outcome you record (Ctrl+N)"));
    m_note->setAccessibleName(tr("Note for the next call recorded"));
    QStringList texts;
    for (CallOutcome o : RecallText::outcomes())
        texts << RecallText::outcomeWords(o);
    texts << tr("move") << tr("a note for the next call") << tr("open the patient");
    for (int i = 0; i < m_legendTexts.size() && i < texts.size(); ++i)
        m_legendTexts.at(i)->setText(texts.at(i));
    m_model->retranslate();
}

} // namespace rapport
