#include "schedule/ScheduleSetupHoursTab.h"

#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "schedule/ScheduleSetupColourButton.h"
#include "scheduling/ScheduleSetup.h"
#include "security/Clinic.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {

namespace {
int minuteOf(const QTime& t)
{
    return t.hour() * 60 + t.minute();
}

QTime timeOf(int minute)
{
    return QTime(0, 0).addSecs(qBound(0, minute, 1439) * 60);
}

void clearLayout(QLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            // Out of the tree at once (its own click may still be running), deleted later.
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
}
} // namespace

ScheduleSetupHoursTab::ScheduleSetupHoursTab(QWidget* parent)
    : ScheduleSetupTab(parent)
    , m_providerLabel(new QLabel(this))
    , m_provider(new QComboBox(this))
    , m_copyMonday(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_discard(new QPushButton(this))
    , m_hint(new QLabel(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("hoursTab"));
    m_provider->setObjectName(QStringLiteral("hoursProviderCombo"));
    m_provider->setMinimumWidth(240);
    m_providerLabel->setBuddy(m_provider);
    m_copyMonday->setObjectName(QStringLiteral("hoursCopyMondayButton"));
    m_copyMonday->setIcon(Icons::icon(QStringLiteral("copy")));
    m_save->setObjectName(QStringLiteral("hoursSaveButton"));
    m_save->setProperty("primary", true);
    m_discard->setObjectName(QStringLiteral("hoursDiscardButton"));
    for (QPushButton* b : {m_copyMonday, m_save, m_discard})
        b->setAutoDefault(false);
    m_hint->setWordWrap(true);
    Style::setRole(m_hint, "hint");
    m_message->setObjectName(QStringLiteral("hoursMessage"));

    auto* top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_providerLabel);
    top->addWidget(m_provider);
    top->addSpacing(12);
    top->addWidget(m_copyMonday);
    top->addStretch();
    top->addWidget(m_discard);
    top->addWidget(m_save);

    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("hoursWeek"));
    Style::setRole(card, "card");
    auto* grid = new QGridLayout(card);
    grid->setContentsMargins(20, 14, 20, 14);
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(0);
    grid->setColumnMinimumWidth(0, 110);
    grid->setColumnStretch(1, 0);
    grid->setColumnStretch(2, 1);
    for (int d = 0; d < 7; ++d) {
        Row& row = m_rows[d];
        row.name = new QLabel;
        Style::setRole(row.name, "fieldLabel");
        row.intervals = new QVBoxLayout;
        row.intervals->setSpacing(6);
        row.summary = new QLabel;
        row.summary->setObjectName(QStringLiteral("hoursSummary_%1").arg(d + 1));
        row.summary->setWordWrap(true);
        Style::setRole(row.summary, "hint");
        row.add = new QPushButton;
        row.add->setObjectName(QStringLiteral("hoursAdd_%1").arg(d + 1));
        row.add->setIcon(Icons::icon(QStringLiteral("plus"), Style::accent()));
        row.add->setAutoDefault(false);
        Style::makeLink(row.add);
        auto* column = new QVBoxLayout;
        column->setSpacing(4);
        column->addLayout(row.intervals);
        column->addWidget(row.add, 0, Qt::AlignLeft);
        const int r = d * 2;
        if (d > 0) {
            auto* line = new QFrame;
            Style::setRole(line, "divider");
            grid->addWidget(line, r - 1, 0, 1, 3);
        }
        grid->setRowMinimumHeight(r, 44);
        grid->addWidget(row.name, r, 0, Qt::AlignTop | Qt::AlignLeft);
        grid->addLayout(column, r, 1, Qt::AlignTop);
        grid->addWidget(row.summary, r, 2, Qt::AlignTop);
        row.name->setContentsMargins(0, 12, 0, 8);
        row.summary->setContentsMargins(0, 12, 0, 8);
        column->setContentsMargins(0, 6, 0, 6);
        connect(row.add, &QPushButton::clicked, this, [this, d] { addInterval(d + 1); });
    }

    auto* holder = new QWidget;
    auto* holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 6, 0);
    holderLayout->addWidget(card);
    holderLayout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("hoursScroll"));
    scroll->setProperty("role", QStringLiteral("plain"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(holder);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);

    auto* saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveShortcut);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &ScheduleSetupHoursTab::providerChosen);
    connect(m_copyMonday, &QPushButton::clicked, this, &ScheduleSetupHoursTab::copyMondayToWeekdays);
    connect(m_save, &QPushButton::clicked, this, &ScheduleSetupHoursTab::save);
    connect(saveShortcut, &QAction::triggered, this, &ScheduleSetupHoursTab::save);
    connect(m_discard, &QPushButton::clicked, this, &ScheduleSetupHoursTab::discard);
    retranslateUi();
    setDirty(false);
}

QString ScheduleSetupHoursTab::title() const
{
    return tr("Working hours");
}

void ScheduleSetupHoursTab::setClinic(Clinic* clinic)
{
    ScheduleSetupTab::setClinic(clinic);
    m_message->clear();
    m_loadedProvider.clear();
    for (auto& day : m_days)
        day.clear();
    m_dirty = false;
    if (!clinic) {
        m_loading = true;
        m_provider->clear();
        m_loading = false;
        rebuild();
        setDirty(false);
        return;
    }
    reload();
}

void ScheduleSetupHoursTab::reload()
{
    if (!m_clinic)
        return;
    ScheduleSetup setup(*m_clinic);
    auto providers = setup.providers(false);
    auto chairs = setup.chairs(false);
    if (!providers || !chairs) {
        m_message->showError(providers ? chairs.error() : providers.error());
        return;
    }
    m_providers = *providers;
    m_chairs = *chairs;
    const QString keep = m_loadedProvider;
    m_loading = true;
    m_provider->clear();
    for (const Provider& p : m_providers)
        m_provider->addItem(ScheduleSetupColourButton::swatch(p.colour), p.name, p.id);
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(keep)));
    m_loading = false;
    // Edits in progress stay; otherwise the week is read again.
    if (m_dirty && providerId() == keep)
        rebuild();
    else
        loadWeek();
}

QString ScheduleSetupHoursTab::providerId() const
{
    return m_provider->currentData().toString();
}

void ScheduleSetupHoursTab::selectProvider(const QString& id)
{
    const int index = m_provider->findData(id);
    if (index >= 0)
        m_provider->setCurrentIndex(index);
}

void ScheduleSetupHoursTab::providerChosen()
{
    if (m_loading)
        return;
    if (m_dirty && providerId() != m_loadedProvider) {
        QString name;
        for (const Provider& p : m_providers)
            if (p.id == m_loadedProvider)
                name = p.name;
        const auto answer = MessageBox::question(
            this, tr("Working hours"), tr("Discard the changes to the hours of %1?").arg(name),
            tr("They have not been saved."), tr("Discard"), tr("Keep editing"), true);
        if (answer != QMessageBox::Yes) {
            m_loading = true;
            m_provider->setCurrentIndex(qMax(0, m_provider->findData(m_loadedProvider)));
            m_loading = false;
            return;
        }
    }
    m_message->clear();
    loadWeek();
}

void ScheduleSetupHoursTab::loadWeek()
{
    for (auto& day : m_days)
        day.clear();
    m_loadedProvider = providerId();
    if (m_clinic && !m_loadedProvider.isEmpty()) {
        auto hours = ScheduleSetup(*m_clinic).workingHours(m_loadedProvider);
        if (!hours)
            m_message->showError(hours.error());
        else
            for (const WorkingInterval& w : *hours)
                if (w.weekday >= 1 && w.weekday <= 7)
                    m_days[w.weekday - 1] << w;
    }
    setDirty(false);
    rebuild();
}

QList<WorkingInterval> ScheduleSetupHoursTab::week() const
{
    QList<WorkingInterval> out;
    for (const auto& day : m_days)
        out << day;
    return out;
}

void ScheduleSetupHoursTab::rebuild(int focusWeekday, int focusIndex)
{
    const QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    const bool enabled = m_clinic && !providerId().isEmpty();
    for (int d = 0; d < 7; ++d) {
        Row& row = m_rows[d];
        clearLayout(row.intervals);
        row.add->setEnabled(enabled);
        for (int i = 0; i < m_days[d].size(); ++i) {
            const WorkingInterval w = m_days[d].at(i);
            const QString suffix = QStringLiteral("_%1_%2").arg(d + 1).arg(i);
            auto* line = new QWidget;
            auto* h = new QHBoxLayout(line);
            h->setContentsMargins(0, 0, 0, 0);
            h->setSpacing(6);
            auto* start = new QTimeEdit(timeOf(w.startMinute));
            start->setObjectName(QStringLiteral("hoursStart") + suffix);
            start->setDisplayFormat(timeFormat);
            start->setAccessibleName(tr("%1, period %2, start").arg(row.name->text()).arg(i + 1));
            auto* dash = new QLabel(tr("to"));
            auto* end = new QTimeEdit(timeOf(w.endMinute));
            end->setObjectName(QStringLiteral("hoursEnd") + suffix);
            end->setDisplayFormat(timeFormat);
            end->setAccessibleName(tr("%1, period %2, end").arg(row.name->text()).arg(i + 1));
            auto* chair = new QComboBox;
            chair->setObjectName(QStringLiteral("hoursChair") + suffix);
            chair->addItem(tr("No usual chair"), QString());
            for (const Chair& c : m_chairs)
                chair->addItem(c.name, c.id);
            if (!w.chairId.isEmpty() && chair->findData(w.chairId) < 0)
                chair->addItem(tr("A chair no longer in use"), w.chairId);
            chair->setCurrentIndex(qMax(0, chair->findData(w.chairId)));
            chair->setAccessibleName(tr("%1, period %2, usual chair").arg(row.name->text()).arg(i + 1));
            chair->setMinimumWidth(150);
            auto* remove = new QToolButton;
            remove->setObjectName(QStringLiteral("hoursRemove") + suffix);
            remove->setIcon(Icons::icon(QStringLiteral("close")));
            remove->setAutoRaise(true);
            remove->setToolTip(tr("Remove these hours"));
            remove->setAccessibleName(tr("%1, remove period %2").arg(row.name->text()).arg(i + 1));
            h->addWidget(start);
            h->addWidget(dash);
            h->addWidget(end);
            h->addSpacing(6);
            h->addWidget(chair);
            h->addWidget(remove);
            h->addStretch();
            row.intervals->addWidget(line);
            connect(start, &QTimeEdit::timeChanged, this, [this, d, i](const QTime& t) {
                if (i < m_days[d].size()) {
                    m_days[d][i].startMinute = minuteOf(t);
                    setDirty(true);
                }
            });
            connect(end, &QTimeEdit::timeChanged, this, [this, d, i](const QTime& t) {
                if (i < m_days[d].size()) {
                    // The last minute of the day stands for midnight: hours may end at 24:00.
                    m_days[d][i].endMinute = minuteOf(t) == 1439 ? 1440 : minuteOf(t);
                    setDirty(true);
                }
            });
            connect(chair, &QComboBox::currentIndexChanged, this, [this, d, i, chair] {
                if (i < m_days[d].size()) {
                    m_days[d][i].chairId = chair->currentData().toString();
                    setDirty(true);
                }
            });
            connect(remove, &QToolButton::clicked, this, [this, d, i] { removeInterval(d + 1, i); });
            if (d + 1 == focusWeekday && i == focusIndex)
                start->setFocus(Qt::OtherFocusReason);
        }
    }
    m_copyMonday->setEnabled(enabled);
    updateSummaries();
    // Tab goes down the week: each period's start, end, chair and remove, then "Add hours".
    QList<QWidget*> chain{m_provider, m_copyMonday, m_discard, m_save};
    for (const Row& row : m_rows) {
        for (int i = 0; i < row.intervals->count(); ++i)
            if (QWidget* line = row.intervals->itemAt(i)->widget())
                for (QObject* part : line->children())
                    if (auto* w = qobject_cast<QWidget*>(part); w && w->focusPolicy() != Qt::NoFocus)
                        chain << w;
        chain << row.add;
    }
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

QString ScheduleSetupHoursTab::minuteText(int minute) const
{
    if (minute >= 1440)
        return tr("midnight");
    return QLocale().toString(timeOf(minute), QLocale::ShortFormat);
}

void ScheduleSetupHoursTab::updateSummaries()
{
    for (int d = 0; d < 7; ++d) {
        QList<WorkingInterval> day = m_days[d];
        QLabel* summary = m_rows[d].summary;
        if (day.isEmpty()) {
            summary->setText(tr("Not working"));
            summary->setProperty("role", QStringLiteral("hint"));
            Style::repolish(summary);
            continue;
        }
        std::sort(day.begin(), day.end(),
                  [](const WorkingInterval& a, const WorkingInterval& b) { return a.startMinute < b.startMinute; });
        int total = 0;
        QStringList breaks;
        QString problem;
        for (int i = 0; i < day.size(); ++i) {
            const WorkingInterval& w = day.at(i);
            if (w.endMinute <= w.startMinute)
                problem = tr("A period ends before it starts.");
            total += qMax(0, w.endMinute - w.startMinute);
            if (i > 0) {
                const int gapStart = day.at(i - 1).endMinute;
                if (w.startMinute < gapStart)
                    problem = tr("Two periods overlap.");
                else if (w.startMinute > gapStart)
                    breaks << tr("break %1–%2").arg(minuteText(gapStart), minuteText(w.startMinute));
            }
        }
        QString text;
        if (!problem.isEmpty()) {
            text = problem;
        } else {
            text = total % 60 == 0 ? tr("%n h", nullptr, total / 60)
                                   : tr("%1 h %2 min").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
            text += tr(", %1 to %2").arg(minuteText(day.constFirst().startMinute), minuteText(day.constLast().endMinute));
            if (!breaks.isEmpty())
                text += QStringLiteral(" · ") + breaks.join(QStringLiteral(", "));
        }
        summary->setText(text);
        summary->setProperty("role", problem.isEmpty() ? QStringLiteral("hint") : QStringLiteral("fieldError"));
        Style::repolish(summary);
    }
}

void ScheduleSetupHoursTab::setDirty(bool dirty)
{
    m_dirty = dirty;
    const bool open = m_clinic && !providerId().isEmpty();
    m_save->setEnabled(open && dirty);
    m_discard->setEnabled(open && dirty);
    if (dirty)
        updateSummaries();
}

void ScheduleSetupHoursTab::addInterval(int weekday)
{
    if (weekday < 1 || weekday > 7 || providerId().isEmpty())
        return;
    QList<WorkingInterval>& day = m_days[weekday - 1];
    WorkingInterval w;
    w.weekday = weekday;
    int latestEnd = -1;
    for (const WorkingInterval& other : day)
        if (other.endMinute > latestEnd) {
            latestEnd = other.endMinute;
            w.chairId = other.chairId;
        }
    // The first period of a day 09:00–13:00; later ones after an hour's break.
    w.startMinute = latestEnd < 0 ? 9 * 60 : qMin(latestEnd + 60, 22 * 60);
    w.endMinute = qMin(w.startMinute + 4 * 60, 1440);
    day << w;
    setDirty(true);
    rebuild(weekday, int(day.size()) - 1);
}

void ScheduleSetupHoursTab::removeInterval(int weekday, int index)
{
    if (weekday < 1 || weekday > 7 || index < 0 || index >= m_days[weekday - 1].size())
        return;
    m_days[weekday - 1].removeAt(index);
    setDirty(true);
    rebuild();
    m_rows[weekday - 1].add->setFocus(Qt::OtherFocusReason);
}

void ScheduleSetupHoursTab::copyMondayToWeekdays()
{
    if (providerId().isEmpty())
        return;
    for (int d = 1; d < 5; ++d) {
        m_days[d] = m_days[0];
        for (WorkingInterval& w : m_days[d])
            w.weekday = d + 1;
    }
    setDirty(true);
    rebuild();
    m_message->showMessage(InlineMessage::Kind::Info,
                           tr("Monday's hours were copied to Tuesday to Friday. Save to keep them."));
}

bool ScheduleSetupHoursTab::save()
{
    if (!m_clinic || providerId().isEmpty() || !m_dirty)
        return false;
    if (Status done = ScheduleSetup(*m_clinic).setWorkingHours(providerId(), week()); !done) {
        m_message->showError(done.error());
        return false;
    }
    QString name = m_provider->currentText();
    loadWeek();
    const QString text = tr("Working hours of %1 saved.").arg(name);
    m_message->showMessage(InlineMessage::Kind::Success, text);
    Q_EMIT statusMessage(text);
    Q_EMIT changed();
    return true;
}

void ScheduleSetupHoursTab::discard()
{
    m_message->clear();
    loadWeek();
}

void ScheduleSetupHoursTab::retranslateUi()
{
    m_providerLabel->setText(tr("&Provider"));
    m_copyMonday->setText(tr("&Copy Monday to Tuesday–Friday"));
    m_save->setText(tr("&Save hours"));
    m_save->setToolTip(tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_discard->setText(tr("Discard changes"));
    m_hint->setText(tr("The hours each provider regularly works, in the clinic's time zone. Leave a gap between "
                       "two periods for a break. Leave and closures are added under Exceptions and closures."));
    const QLocale locale;
    for (int d = 0; d < 7; ++d) {
        m_rows[d].name->setText(locale.dayName(d + 1, QLocale::LongFormat));
        m_rows[d].add->setText(tr("Add hours"));
        m_rows[d].add->setAccessibleName(tr("Add hours on %1").arg(m_rows[d].name->text()));
    }
    rebuild();
}

} // namespace rapport
