#include "schedule/SchedulePage.h"

#include "common/Clock.h"
#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/Style.h"
#include "schedule/AppointmentGrid.h"
#include "schedule/AppointmentPanel.h"
#include "schedule/MonthView.h"
#include "schedule/WaitlistOffersDialog.h"
#include "schedule/WaitlistPanel.h"
#include "scheduling/ScheduleSetup.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport {

namespace {
QString shortcutText(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& k : action->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}
} // namespace

SchedulePage::SchedulePage(QWidget* parent)
    : Page(parent)
    , m_today(new QPushButton(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_datePicker(new QDateEdit(this))
    , m_views(new QButtonGroup(this))
    , m_dayButton(new QPushButton(this))
    , m_weekButton(new QPushButton(this))
    , m_monthButton(new QPushButton(this))
    , m_columns(new QButtonGroup(this))
    , m_byProvider(new QPushButton(this))
    , m_byChairButton(new QPushButton(this))
    , m_provider(new QComboBox(this))
    , m_showCancelled(new QCheckBox(this))
    , m_findSlot(new QPushButton(this))
    , m_undoButton(new QToolButton(this))
    , m_redoButton(new QToolButton(this))
    , m_closure(new InlineMessage(this))
    , m_message(new InlineMessage(this))
    , m_stack(new QStackedWidget(this))
    , m_grid(new AppointmentGrid(this))
    , m_month(new MonthView(this))
    , m_side(new QTabWidget(this))
    , m_panel(new AppointmentPanel(this))
    , m_waitlist(new WaitlistPanel(this))
    , m_undo(new QUndoStack(this))
    , m_clockTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("schedulePage"));
    contentLayout()->setContentsMargins(20, 16, 20, 14);
    // The checked half of the segmented switches.
    setStyleSheet(QStringLiteral(
        "QPushButton[segment=\"true\"] { border-radius: 0; padding: 5px 12px; }"
        "QPushButton[segment=\"first\"] { border-top-right-radius: 0; border-bottom-right-radius: 0; }"
        "QPushButton[segment=\"true\"]:checked, QPushButton[segment=\"first\"]:checked,"
        " QPushButton[segment=\"last\"]:checked { background: #c9e2de; color: #0b4f49; border-color: #9cc9c2;"
        " }"
        "QPushButton[segment=\"last\"] { border-top-left-radius: 0; border-bottom-left-radius: 0; }"
        "QToolButton#scheduleUndoButton, QToolButton#scheduleRedoButton, QToolButton#schedulePreviousButton,"
        " QToolButton#scheduleNextButton { border: 1px solid #c5cfd0; border-radius: 6px; padding: 4px;"
        " background: #ffffff; }"
        "QToolButton:hover { background: #f1f5f5; }"
        "QToolButton:disabled { background: #f4f6f6; border-color: #dde3e4; }"));

    m_undoAction = m_undo->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("scheduleUndoAction"));
    m_undoAction->setShortcut(QKeySequence(QKeySequence::Undo));
    m_undoAction->setIcon(Icons::icon(QStringLiteral("undo")));
    m_redoAction = m_undo->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("scheduleRedoAction"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setIcon(Icons::icon(QStringLiteral("redo")));
    m_todayAction = new QAction(this);
    m_todayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_previousAction = new QAction(Icons::icon(QStringLiteral("chevron-left")), QString(), this);
    m_previousAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_nextAction = new QAction(Icons::icon(QStringLiteral("chevron-right")), QString(), this);
    m_nextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_findSlotAction = new QAction(Icons::icon(QStringLiteral("search")), QString(), this);
    m_findSlotAction->setObjectName(QStringLiteral("findFreeSlotAction"));
    m_findSlotAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_printAction = new QAction(this);
    m_printAction->setObjectName(QStringLiteral("printDaySheetAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &SchedulePage::printDay);
    m_goToDateAction = new QAction(this);
    m_goToDateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    for (int i = 0; i < 3; ++i) {
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_viewActions << action;
        connect(action, &QAction::triggered, this, [this, i] { setView(View(i)); });
    }
    for (QAction* a : {m_undoAction, m_redoAction, m_todayAction, m_previousAction, m_nextAction, m_findSlotAction,
                       m_goToDateAction, m_printAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    for (QAction* a : std::as_const(m_viewActions)) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }

    auto* bar = new QWidget(this);
    buildToolbar(bar);

    m_closure->setObjectName(QStringLiteral("scheduleClosureBanner"));
    m_message->setObjectName(QStringLiteral("scheduleMessage"));
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_month);
    m_side->setObjectName(QStringLiteral("scheduleSideTabs"));
    m_side->addTab(m_panel, QString());
    m_side->addTab(m_waitlist, QString());
    m_side->setMinimumWidth(260);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("scheduleSplitter"));
    split->addWidget(m_stack);
    split->addWidget(m_side);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setCollapsible(0, false);
    split->setSizes({900, 300});

    contentLayout()->addWidget(bar);
    contentLayout()->addWidget(m_closure);
    contentLayout()->addWidget(m_message);
    contentLayout()->addWidget(split, 1);

    connect(m_undoAction, &QAction::triggered, m_message, &InlineMessage::clear);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { QTimer::singleShot(0, this, &SchedulePage::reload); });
    connect(m_todayAction, &QAction::triggered, this, &SchedulePage::goToday);
    connect(m_previousAction, &QAction::triggered, this, &SchedulePage::goPrevious);
    connect(m_nextAction, &QAction::triggered, this, &SchedulePage::goNext);
    connect(m_findSlotAction, &QAction::triggered, this, &SchedulePage::findFreeSlot);
    connect(m_goToDateAction, &QAction::triggered, this, [this] {
        m_datePicker->setFocus(Qt::ShortcutFocusReason);
        m_datePicker->setSelectedSection(QDateTimeEdit::DaySection);
    });
    connect(m_grid, &AppointmentGrid::bookRequested, this, &SchedulePage::bookAt);
    connect(m_grid, &AppointmentGrid::moveRequested, this, &SchedulePage::moveTo);
    connect(m_grid, &AppointmentGrid::resizeRequested, this, &SchedulePage::resizeTo);
    connect(m_grid, &AppointmentGrid::statusRequested, this, &SchedulePage::changeStatus);
    connect(m_grid, &AppointmentGrid::cancelRequested, this, &SchedulePage::cancelAppointment);
    connect(m_grid, &AppointmentGrid::itemMenuRequested, this, &SchedulePage::showItemMenu);
    connect(m_grid, &AppointmentGrid::slotMenuRequested, this, &SchedulePage::showSlotMenu);
    connect(m_grid, &AppointmentGrid::selectionChanged, this, &SchedulePage::updatePanel);
    connect(m_grid, &AppointmentGrid::itemActivated, this, [this](const QString& id) {
        if (const BookItem* item = m_data.item(id))
            Q_EMIT openPatientRequested(item->row.appointment.patientId);
    });
    connect(m_panel, &AppointmentPanel::openPatientRequested, this, &SchedulePage::openPatientRequested);
    connect(m_panel, &AppointmentPanel::statusRequested, this, &SchedulePage::changeStatus);
    connect(m_panel, &AppointmentPanel::cancelRequested, this, &SchedulePage::cancelAppointment);
    connect(m_month, &MonthView::dayActivated, this, [this](QDate d) {
        m_date = d;
        setView(View::Day);
    });
    connect(m_waitlist, &WaitlistPanel::bookRequested, this, &SchedulePage::openBooking);
    connect(m_waitlist, &WaitlistPanel::statusMessage, this, &Page::statusMessage);
    connect(m_waitlist, &WaitlistPanel::countChanged, this, [this] { retranslateUi(); });
    connect(m_clockTimer, &QTimer::timeout, this, &SchedulePage::updateNow);
    m_clockTimer->setInterval(30 * 1000);
    retranslateUi();
}

SchedulePage::~SchedulePage()
{
    // Commands hold the clinic; they must not outlive this page's hold on it.
    m_undo->clear();
}

WaitlistOffersDialog* SchedulePage::offersDialog() const
{
    return m_offers;
}

QString SchedulePage::title() const
{
    return tr("Schedule");
}

bool SchedulePage::editable() const
{
    return m_clinic && m_clinic->session().can(Permission::BookAppointments);
}

bool SchedulePage::byChair() const
{
    return m_byChairButton->isChecked();
}

void SchedulePage::setClinic(Clinic* clinic)
{
    m_undo->clear();
    if (m_offers)
        m_offers->close();
    m_clinic = clinic;
    m_message->clear();
    m_waitlist->setClinic(clinic);
    if (!clinic || !clinic->isOpen()) {
        m_clockTimer->stop();
        m_data = BookData();
        m_grid->setData(m_data);
        m_month->setMonth(QDate::currentDate(), {}, {});
        m_panel->showItem(nullptr, {}, {}, m_data.calendar, false);
        m_provider->clear();
        return;
    }
    m_date = SettingsService(*clinic).today();
    m_grid->setEditable(editable());
    loadProviders();
    m_clockTimer->start();
    reload();
}

void SchedulePage::loadProviders()
{
    m_provider->clear();
    if (!m_clinic)
        return;
    auto providers = ScheduleSetup(*m_clinic).providers();
    if (!providers)
        return;
    QString mine;
    for (const Provider& p : *providers) {
        m_provider->addItem(p.name, p.id);
        if (!p.staffId.isEmpty() && p.staffId == m_clinic->session().userId)
            mine = p.id;
    }
    // A clinician's week starts as their own.
    if (m_weekProvider.isEmpty() || m_provider->findData(m_weekProvider) < 0)
        m_weekProvider = !mine.isEmpty() ? mine : m_provider->itemData(0).toString();
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(m_weekProvider)));
}

void SchedulePage::pageShown()
{
    if (!m_clinic)
        return;
    loadProviders();
    reload();
    if (m_view == View::Month)
        m_month->setFocus();
    else
        m_grid->setFocus();
}

void SchedulePage::setDate(QDate date)
{
    if (!date.isValid())
        return;
    m_date = date;
    reload();
}

void SchedulePage::setView(View view)
{
    m_view = view;
    reload();
    if (view == View::Month)
        m_month->setFocus();
    else
        m_grid->setFocus();
}

void SchedulePage::setByChair(bool chair)
{
    (chair ? m_byChairButton : m_byProvider)->setChecked(true);
    reload();
}

void SchedulePage::setWeekProvider(const QString& providerId)
{
    m_weekProvider = providerId;
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(providerId)));
    reload();
}

void SchedulePage::goToday()
{
    if (m_clinic)
        setDate(SettingsService(*m_clinic).today());
}

void SchedulePage::goPrevious()
{
    setDate(m_view == View::Month ? m_date.addMonths(-1) : m_date.addDays(m_view == View::Week ? -7 : -1));
}

void SchedulePage::goNext()
{
    setDate(m_view == View::Month ? m_date.addMonths(1) : m_date.addDays(m_view == View::Week ? 7 : 1));
}

void SchedulePage::reload()
{
    updateToolbar();
    if (!m_clinic || !m_clinic->isOpen())
        return;
    m_grid->setEditable(editable());
    if (m_view == View::Month) {
        m_stack->setCurrentWidget(m_month);
        m_closure->clear();
        auto counts = AppointmentBook(*m_clinic).monthCounts(m_date.year(), m_date.month());
        if (!counts) {
            m_message->showError(counts.error());
            return;
        }
        m_month->setMonth(m_date, *counts, SettingsService(*m_clinic).today());
        m_month->setCurrent(m_date);
        updateHeading();
        return;
    }
    m_stack->setCurrentWidget(m_grid);
    const BookMode mode = m_view == View::Week ? BookMode::Week
                          : byChair()          ? BookMode::DayByChair
                                               : BookMode::DayByProvider;
    auto loaded = BookLoader::load(*m_clinic, mode, m_date, m_weekProvider, m_showCancelled->isChecked());
    if (!loaded) {
        m_message->showError(loaded.error());
        return;
    }
    m_data = std::move(*loaded);
    updateNow();
    m_grid->setData(m_data);
    if (m_data.closure.isEmpty())
        m_closure->clear();
    else
        m_closure->showMessage(InlineMessage::Kind::Warning, m_data.closure);
    updateHeading();
    updatePanel();
}

void SchedulePage::updateNow()
{
    if (!m_clinic || !m_clinic->isOpen() || !m_data.calendar.timeZone().isValid())
        return;
    const qint64 now = m_clinic->clock().nowMs();
    m_grid->setNow(m_data.calendar.localDate(now), m_data.calendar.localMinute(now));
}

void SchedulePage::updatePanel()
{
    const BookItem* item = m_data.item(m_grid->selectedId());
    QList<AppointmentStatusChange> history;
    if (item && m_clinic && m_clinic->isOpen())
        if (auto h = AppointmentBook(*m_clinic).history(item->id()))
            history = *h;
    m_panel->showItem(item, history, item ? offeredNext(item->row.appointment) : QList<AppointmentStatus>{},
                      m_data.calendar, editable());
    if (item)
        m_side->setCurrentWidget(m_panel);
}

void SchedulePage::updateToolbar()
{
    m_views->button(int(m_view))->setChecked(true);
    const bool day = m_view == View::Day;
    m_byProvider->setVisible(day);
    m_byChairButton->setVisible(day);
    m_provider->setVisible(m_view == View::Week);
    m_showCancelled->setVisible(m_view != View::Month);
    const QSignalBlocker block(m_datePicker);
    m_datePicker->setDate(m_date);
}

void SchedulePage::updateHeading()
{
    const QLocale locale;
    QString subtitle;
    if (m_view == View::Day) {
        subtitle = locale.toString(m_date, QLocale::LongFormat);
        // High-risk appointments not yet confirmed: the front desk's calls for the day.
        int toCall = 0;
        for (const BookItem& item : std::as_const(m_data.items))
            if (item.hasRisk && item.risk.needsConfirmationCall()
                && item.row.appointment.status == AppointmentStatus::Booked)
                ++toCall;
        if (toCall > 0)
            subtitle += QStringLiteral(" · ") + tr("%n high-risk appointment(s) to confirm by phone", nullptr, toCall);
    } else if (m_view == View::Week) {
        const QDate first = BookLoader::weekStart(m_date);
        subtitle = tr("Week of %1 · %2")
                       .arg(locale.toString(first, QLocale::LongFormat), m_provider->currentText());
    } else {
        subtitle = locale.toString(m_date, QStringLiteral("MMMM yyyy"));
    }
    setHeading(title(), subtitle);
}

void SchedulePage::retranslateUi()
{
    updateHeading();
    auto tip = [](const QString& text, const QAction* action) {
        return tr("%1 (%2)").arg(text, shortcutText(action));
    };
    m_today->setText(tr("Today"));
    m_today->setToolTip(tip(tr("Go to today"), m_todayAction));
    m_previousAction->setText(tr("Previous"));
    m_previousAction->setToolTip(tip(tr("The day, week or month before"), m_previousAction));
    m_nextAction->setText(tr("Next"));
    m_nextAction->setToolTip(tip(tr("The day, week or month after"), m_nextAction));
    m_datePicker->setToolTip(tip(tr("Go to a date"), m_goToDateAction));
    m_datePicker->setAccessibleName(tr("Date shown"));
    m_dayButton->setText(tr("Day"));
    m_dayButton->setToolTip(tip(tr("One day, a column per provider or chair"), m_viewActions.at(0)));
    m_weekButton->setText(tr("Week"));
    m_weekButton->setToolTip(tip(tr("One provider's week"), m_viewActions.at(1)));
    m_monthButton->setText(tr("Month"));
    m_monthButton->setToolTip(tip(tr("The month with the number of appointments each day"), m_viewActions.at(2)));
    m_byProvider->setText(tr("By provider"));
    m_byProvider->setToolTip(tr("A column for each provider"));
    m_byChairButton->setText(tr("By chair"));
    m_byChairButton->setToolTip(tr("A column for each chair or room"));
    m_provider->setAccessibleName(tr("Provider whose week is shown"));
    m_provider->setToolTip(tr("Whose week is shown"));
    m_showCancelled->setText(tr("Show cancelled"));
    m_showCancelled->setToolTip(tr("Show cancelled appointments and no-shows on the book"));
    m_findSlot->setText(tr("Find a free slot"));
    m_daySheet->setText(tr("Day sheet"));
    m_daySheet->setToolTip(tip(tr("Print the day or save it as PDF, with names, times, phones and notes"), m_printAction));
    m_findSlot->setToolTip(tip(tr("The next free times for a type, provider and time of day"), m_findSlotAction));
    m_undoAction->setText(tr("Undo"));
    m_undoAction->setToolTip(tip(tr("Undo the last move or change of length"), m_undoAction));
    m_redoAction->setText(tr("Redo"));
    m_redoAction->setToolTip(tip(tr("Redo the move or change of length"), m_redoAction));
    m_side->setTabText(0, tr("Appointment"));
    const int waiting = m_waitlist->count();
    m_side->setTabText(1, waiting > 0 ? tr("Waitlist (%1)").arg(waiting) : tr("Waitlist"));
    m_grid->setAccessibleName(tr("Appointment book"));
    m_grid->setToolTip(QString());
    m_grid->setWhatsThis(tr("Arrow keys move between times and columns. Enter books an empty time or opens the "
                            "patient. C confirmed, A arrived, S in the chair, D completed, N no-show, Delete "
                            "cancels. Drag to move; drag the lower edge to change the length."));
}

} // namespace rapport
