// The appointment book's toolbar: date navigation, the view and column switches, the
// week's provider, "Show cancelled", undo and redo, and beside the heading the view
// switch, the day sheet and "Find a free slot".
#include "schedule/SchedulePage.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace rapport {

void SchedulePage::buildToolbar(QWidget* bar)
{
    m_today->setObjectName(QStringLiteral("scheduleTodayButton"));
    m_today->setAutoDefault(false);
    m_previous->setObjectName(QStringLiteral("schedulePreviousButton"));
    m_previous->setDefaultAction(m_previousAction);
    m_next->setObjectName(QStringLiteral("scheduleNextButton"));
    m_next->setDefaultAction(m_nextAction);
    m_datePicker->setObjectName(QStringLiteral("scheduleDatePicker"));
    m_datePicker->setCalendarPopup(true);
    m_datePicker->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_datePicker->setMinimumWidth(130);
    const QList<std::pair<QPushButton*, const char*>> segments{{m_dayButton, "first"}, {m_weekButton, "true"},
                                                                {m_monthButton, "last"}, {m_byProvider, "first"},
                                                                {m_byChairButton, "last"}};
    for (const auto& [button, kind] : segments) {
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setProperty("segment", QString::fromLatin1(kind));
        // The style sheet selects on the property: polish again so the size hint counts
        // the segment's padding and the label is not cut off.
        button->style()->unpolish(button);
        button->style()->polish(button);
    }
    m_dayButton->setObjectName(QStringLiteral("scheduleDayButton"));
    m_weekButton->setObjectName(QStringLiteral("scheduleWeekButton"));
    m_monthButton->setObjectName(QStringLiteral("scheduleMonthButton"));
    m_byProvider->setObjectName(QStringLiteral("scheduleByProviderButton"));
    m_byChairButton->setObjectName(QStringLiteral("scheduleByChairButton"));
    m_views->addButton(m_dayButton, int(View::Day));
    m_views->addButton(m_weekButton, int(View::Week));
    m_views->addButton(m_monthButton, int(View::Month));
    m_dayButton->setChecked(true);
    m_columns->addButton(m_byProvider, 0);
    m_columns->addButton(m_byChairButton, 1);
    m_byProvider->setChecked(true);
    m_provider->setObjectName(QStringLiteral("scheduleProviderCombo"));
    m_provider->setMinimumContentsLength(14);
    m_provider->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_provider->hide();
    m_showCancelled->setObjectName(QStringLiteral("scheduleShowCancelled"));
    m_findSlot->setObjectName(QStringLiteral("findFreeSlotButton"));
    m_findSlot->setIcon(m_findSlotAction->icon());
    m_findSlot->setAutoDefault(false);
    m_undoButton->setObjectName(QStringLiteral("scheduleUndoButton"));
    m_undoButton->setDefaultAction(m_undoAction);
    m_undoButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_redoButton->setObjectName(QStringLiteral("scheduleRedoButton"));
    m_redoButton->setDefaultAction(m_redoAction);
    m_redoButton->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    row->addWidget(m_today);
    row->addWidget(m_previous);
    row->addWidget(m_next);
    row->addWidget(m_datePicker);
    row->addSpacing(12);
    auto segmented = [row](std::initializer_list<QPushButton*> buttons) {
        auto* group = new QHBoxLayout;
        group->setSpacing(0);
        for (QPushButton* b : buttons)
            group->addWidget(b);
        row->addLayout(group);
    };
    segmented({m_byProvider, m_byChairButton});
    row->addWidget(m_provider);
    row->addSpacing(8);
    row->addWidget(m_showCancelled);
    row->addStretch(1);
    row->addWidget(m_undoButton);
    row->addWidget(m_redoButton);

    // The view and the main action sit beside the page's heading, where there is room.
    auto* headingTools = new QWidget(this);
    auto* tools = new QHBoxLayout(headingTools);
    tools->setContentsMargins(0, 0, 0, 0);
    tools->setSpacing(0);
    for (QPushButton* b : {m_dayButton, m_weekButton, m_monthButton})
        tools->addWidget(b);
    tools->addSpacing(12);
    m_daySheet = makeDaySheetButton();
    tools->addWidget(m_daySheet);
    tools->addSpacing(8);
    tools->addWidget(m_findSlot);
    addHeadingWidget(headingTools);

    connect(m_today, &QPushButton::clicked, this, &SchedulePage::goToday);
    connect(m_findSlot, &QPushButton::clicked, this, &SchedulePage::findFreeSlot);
    connect(m_datePicker, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (d.isValid() && d != m_date)
            setDate(d);
    });
    connect(m_views, &QButtonGroup::idClicked, this, [this](int id) { setView(View(id)); });
    connect(m_columns, &QButtonGroup::idClicked, this, [this](int id) { setByChair(id == 1); });
    connect(m_provider, &QComboBox::activated, this, [this] { setWeekProvider(m_provider->currentData().toString()); });
    connect(m_showCancelled, &QCheckBox::toggled, this, &SchedulePage::reload);
}

} // namespace rapport
