#include "recalls/RecallFilterBar.h"

#include "common/Icons.h"
#include "common/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

namespace rapport {

namespace {
constexpr int DefaultContactDays = 30;

// Last contact before this day or never: a day before anyone was contacted.
QDate beforeAnyContact()
{
    return QDate(1970, 1, 2);
}
} // namespace

RecallFilterBar::RecallFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_rangeLabel(new QLabel(this))
    , m_range(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_rangeTo(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_withOverdue(new QCheckBox(this))
    , m_providerLabel(new QLabel(this))
    , m_provider(new QComboBox(this))
    , m_typeLabel(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_ageLabel(new QLabel(this))
    , m_minAge(new QSpinBox(this))
    , m_ageTo(new QLabel(this))
    , m_maxAge(new QSpinBox(this))
    , m_contactLabel(new QLabel(this))
    , m_contact(new QComboBox(this))
    , m_contactDays(new QSpinBox(this))
    , m_attemptsLabel(new QLabel(this))
    , m_minAttempts(new QSpinBox(this))
    , m_attemptsTo(new QLabel(this))
    , m_maxAttempts(new QSpinBox(this))
    , m_stateLabel(new QLabel(this))
    , m_state(new QComboBox(this))
    , m_clear(new QPushButton(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("recallFilterBar"));
    m_range->setObjectName(QStringLiteral("recallRangeCombo"));
    for (int i = 0; i <= int(Range::Custom); ++i)
        m_range->addItem(QString(), i);
    m_range->setCurrentIndex(int(Range::Next30Days));
    m_from->setObjectName(QStringLiteral("recallFromEdit"));
    m_to->setObjectName(QStringLiteral("recallToEdit"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setDate(QDate::currentDate());
    }
    m_withOverdue->setObjectName(QStringLiteral("recallWithOverdueCheck"));
    m_withOverdue->setChecked(true);
    m_provider->setObjectName(QStringLiteral("recallProviderCombo"));
    m_type->setObjectName(QStringLiteral("recallTypeCombo"));
    m_state->setObjectName(QStringLiteral("recallStateCombo"));
    for (int i = 0; i <= int(StateChoice::Any); ++i)
        m_state->addItem(QString(), i);
    for (QComboBox* box : {m_provider, m_type, m_state, m_range, m_contact}) {
        box->setMinimumContentsLength(13);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    m_minAge->setObjectName(QStringLiteral("recallMinAgeSpin"));
    m_maxAge->setObjectName(QStringLiteral("recallMaxAgeSpin"));
    for (QSpinBox* spin : {m_minAge, m_maxAge}) {
        spin->setRange(-1, 130);
        spin->setValue(-1);
        spin->setMinimumWidth(72);
    }
    m_minAttempts->setObjectName(QStringLiteral("recallMinAttemptsSpin"));
    m_maxAttempts->setObjectName(QStringLiteral("recallMaxAttemptsSpin"));
    for (QSpinBox* spin : {m_minAttempts, m_maxAttempts}) {
        spin->setRange(-1, 20);
        spin->setValue(-1);
        spin->setMinimumWidth(72);
    }
    m_contact->setObjectName(QStringLiteral("recallLastContactCombo"));
    for (int i = 0; i <= int(LastContact::NotRecently); ++i)
        m_contact->addItem(QString(), i);
    m_contactDays->setObjectName(QStringLiteral("recallContactDaysSpin"));
    m_contactDays->setRange(1, 3650);
    m_contactDays->setValue(DefaultContactDays);
    m_contactDays->setMinimumWidth(96);
    m_clear->setObjectName(QStringLiteral("clearRecallFiltersButton"));
    m_clear->setIcon(Icons::icon(QStringLiteral("filter-clear")));
    m_clear->setAutoDefault(false);
    m_rangeLabel->setBuddy(m_range);
    m_providerLabel->setBuddy(m_provider);
    m_typeLabel->setBuddy(m_type);
    m_stateLabel->setBuddy(m_state);
    m_ageLabel->setBuddy(m_minAge);
    m_contactLabel->setBuddy(m_contact);
    m_attemptsLabel->setBuddy(m_minAttempts);
    m_delay->setSingleShot(true);
    m_delay->setInterval(300);

    auto row = [](std::initializer_list<QWidget*> widgets) {
        auto* r = new QHBoxLayout;
        r->setSpacing(6);
        for (QWidget* w : widgets)
            r->addWidget(w);
        r->addStretch();
        return r;
    };
    // Two rows of labelled fields whose columns line up.
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(3);
    // Rows: labels, fields, a gap, labels, fields.
    auto place = [grid](QLabel* label, QLayout* field, int line, int column) {
        Style::setRole(label, "hint");
        grid->addWidget(label, line * 3, column);
        grid->addLayout(field, line * 3 + 1, column);
    };
    place(m_rangeLabel, row({m_range, m_from, m_rangeTo, m_to, m_withOverdue}), 0, 0);
    place(m_providerLabel, row({m_provider}), 0, 1);
    place(m_typeLabel, row({m_type}), 0, 2);
    place(m_stateLabel, row({m_state}), 0, 3);
    place(m_ageLabel, row({m_minAge, m_ageTo, m_maxAge}), 1, 0);
    place(m_contactLabel, row({m_contact, m_contactDays}), 1, 1);
    place(m_attemptsLabel, row({m_minAttempts, m_attemptsTo, m_maxAttempts}), 1, 2);
    grid->addWidget(m_clear, 4, 3, Qt::AlignLeft);
    grid->setRowMinimumHeight(2, 6);
    grid->setColumnStretch(4, 1);
    for (QWidget* w : {static_cast<QWidget*>(m_from), static_cast<QWidget*>(m_to),
                       static_cast<QWidget*>(m_rangeTo), static_cast<QWidget*>(m_withOverdue)})
        w->setVisible(false);
    m_contactDays->setVisible(false);

    auto now = [this] { emitChanged(); };
    connect(m_range, &QComboBox::currentIndexChanged, this, [this, now] {
        updateFields();
        now();
    });
    connect(m_provider, &QComboBox::currentIndexChanged, this, now);
    connect(m_type, &QComboBox::currentIndexChanged, this, now);
    connect(m_state, &QComboBox::currentIndexChanged, this, now);
    connect(m_withOverdue, &QCheckBox::toggled, this, now);
    connect(m_contact, &QComboBox::currentIndexChanged, this, [this, now] {
        updateFields();
        now();
    });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, m_delay, qOverload<>(&QTimer::start));
    for (QSpinBox* spin : {m_minAge, m_maxAge, m_minAttempts, m_maxAttempts, m_contactDays})
        connect(spin, &QSpinBox::valueChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, now);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT changed();
    });
    retranslateUi();
}

void RecallFilterBar::emitChanged()
{
    if (!m_updating)
        Q_EMIT changed();
}

void RecallFilterBar::updateFields()
{
    const bool custom = m_range->currentData().toInt() == int(Range::Custom);
    m_from->setVisible(custom);
    m_rangeTo->setVisible(custom);
    m_to->setVisible(custom);
    m_withOverdue->setVisible(custom);
    m_contactDays->setVisible(m_contact->currentData().toInt() == int(LastContact::NotRecently));
}

void RecallFilterBar::setChoices(const QList<Provider>& providers, const QList<RecallType>& types)
{
    const QString provider = m_provider->currentData().toString();
    const QString type = m_type->currentData().toString();
    m_updating = true;
    m_provider->clear();
    m_provider->addItem(tr("Any provider"), QString());
    for (const Provider& p : providers)
        m_provider->addItem(p.name, p.id);
    m_type->clear();
    m_type->addItem(tr("Any recall type"), QString());
    for (const RecallType& t : types)
        m_type->addItem(t.name, t.id);
    const int keepProvider = m_provider->findData(provider);
    const int keepType = m_type->findData(type);
    m_provider->setCurrentIndex(qMax(0, keepProvider));
    m_type->setCurrentIndex(qMax(0, keepType));
    m_updating = false;
    // A choice that is gone is no longer a filter.
    if ((!provider.isEmpty() && keepProvider < 0) || (!type.isEmpty() && keepType < 0))
        Q_EMIT changed();
}

RecallQuery RecallFilterBar::query(QDate today) const
{
    RecallQuery q;
    switch (Range(m_range->currentData().toInt())) {
    case Range::Overdue:
        // Every open recall due before today.
        q.from = today.addDays(-1);
        q.to = q.from;
        q.includeOverdue = true;
        break;
    case Range::Next30Days:
        q.from = today;
        q.to = today.addDays(30);
        break;
    case Range::Next3Months:
        q.from = today;
        q.to = today.addMonths(3);
        break;
    case Range::Custom:
        q.from = qMin(m_from->date(), m_to->date());
        q.to = qMax(m_from->date(), m_to->date());
        q.includeOverdue = m_withOverdue->isChecked();
        break;
    }
    if (const QString id = m_provider->currentData().toString(); !id.isEmpty())
        q.providerIds << id;
    if (const QString id = m_type->currentData().toString(); !id.isEmpty())
        q.recallTypeIds << id;
    q.minAge = m_minAge->value();
    q.maxAge = m_maxAge->value();
    if (q.minAge >= 0 && q.maxAge >= 0 && q.maxAge < q.minAge)
        std::swap(q.minAge, q.maxAge);
    switch (LastContact(m_contact->currentData().toInt())) {
    case LastContact::Any:
        break;
    case LastContact::Never:
        q.notContactedSince = beforeAnyContact();
        break;
    case LastContact::NotRecently:
        q.notContactedSince = today.addDays(-m_contactDays->value());
        break;
    }
    q.minAttempts = m_minAttempts->value();
    q.maxAttempts = m_maxAttempts->value();
    if (q.minAttempts >= 0 && q.maxAttempts >= 0 && q.maxAttempts < q.minAttempts)
        std::swap(q.minAttempts, q.maxAttempts);
    switch (StateChoice(m_state->currentData().toInt())) {
    case StateChoice::Open:
        break;
    case StateChoice::NotContacted:
        q.states = {RecallState::NotContacted};
        break;
    case StateChoice::Contacted:
        q.states = {RecallState::Contacted};
        break;
    case StateChoice::Scheduled:
        q.states = {RecallState::Scheduled};
        break;
    case StateChoice::Declined:
        q.states = {RecallState::Declined};
        break;
    case StateChoice::Inactive:
        q.states = {RecallState::Inactive};
        break;
    case StateChoice::NeedsReactivation:
        q.reactivationOnly = true;
        break;
    case StateChoice::Any:
        q.states = {RecallState::NotContacted, RecallState::Contacted, RecallState::Scheduled, RecallState::Declined,
                    RecallState::Inactive};
        break;
    }
    // RecallService counts only open recalls as overdue; declined and inactive ones keep
    // their old due dates, so "and overdue" means every earlier due date for them.
    if (q.includeOverdue && (q.states.contains(RecallState::Declined) || q.states.contains(RecallState::Inactive))) {
        q.includeOverdue = false;
        q.from = today.addYears(-100);
    }
    return q;
}

void RecallFilterBar::clear()
{
    m_updating = true;
    m_range->setCurrentIndex(int(Range::Next30Days));
    m_withOverdue->setChecked(true);
    m_provider->setCurrentIndex(0);
    m_type->setCurrentIndex(0);
    m_state->setCurrentIndex(int(StateChoice::Open));
    for (QSpinBox* spin : {m_minAge, m_maxAge, m_minAttempts, m_maxAttempts})
        spin->setValue(-1);
    m_contact->setCurrentIndex(int(LastContact::Any));
    m_contactDays->setValue(DefaultContactDays);
    m_delay->stop();
    m_updating = false;
    updateFields();
}

void RecallFilterBar::setRange(Range range)
{
    m_range->setCurrentIndex(int(range));
}

void RecallFilterBar::setCustomRange(QDate from, QDate to)
{
    m_updating = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    m_delay->stop();
    if (m_range->currentIndex() != int(Range::Custom))
        m_range->setCurrentIndex(int(Range::Custom));
    else
        Q_EMIT changed();
}

void RecallFilterBar::setStateChoice(StateChoice choice)
{
    m_state->setCurrentIndex(int(choice));
}

void RecallFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecallFilterBar::retranslateUi()
{
    m_rangeLabel->setText(tr("D&ue"));
    m_range->setItemText(int(Range::Overdue), tr("Overdue"));
    m_range->setItemText(int(Range::Next30Days), tr("Next 30 days"));
    m_range->setItemText(int(Range::Next3Months), tr("Next 3 months"));
    m_range->setItemText(int(Range::Custom), tr("Dates…"));
    m_range->setAccessibleName(tr("Due dates shown"));
    m_range->setToolTip(tr("The next 30 days and the next 3 months include the overdue recalls."));
    m_rangeTo->setText(tr("to"));
    m_from->setAccessibleName(tr("First due date"));
    m_to->setAccessibleName(tr("Last due date"));
    m_withOverdue->setText(tr("and overdue"));
    m_withOverdue->setToolTip(tr("Also show open recalls that were due before the first date"));
    m_providerLabel->setText(tr("&Provider"));
    m_provider->setAccessibleName(tr("Provider who saw the patient last"));
    m_provider->setToolTip(tr("Who saw the patient last for this recall"));
    if (m_provider->count() == 0)
        m_provider->addItem(tr("Any provider"), QString());
    else
        m_provider->setItemText(0, tr("Any provider"));
    m_typeLabel->setText(tr("Recall &type"));
    m_type->setAccessibleName(tr("Recall type"));
    if (m_type->count() == 0)
        m_type->addItem(tr("Any recall type"), QString());
    else
        m_type->setItemText(0, tr("Any recall type"));
    m_stateLabel->setText(tr("&State"));
    m_state->setAccessibleName(tr("State of the recalls shown"));
    m_state->setItemText(int(StateChoice::Open), tr("Open (not declined)"));
    m_state->setItemText(int(StateChoice::NotContacted), tr("Not contacted"));
    m_state->setItemText(int(StateChoice::Contacted), tr("Contacted"));
    m_state->setItemText(int(StateChoice::Scheduled), tr("Scheduled"));
    m_state->setItemText(int(StateChoice::Declined), tr("Declined"));
    m_state->setItemText(int(StateChoice::Inactive), tr("Inactive"));
    m_state->setItemText(int(StateChoice::NeedsReactivation), tr("Needs reactivation"));
    m_state->setItemText(int(StateChoice::Any), tr("Any state"));
    m_state->setItemData(int(StateChoice::Open), tr("Not contacted, contacted and scheduled"), Qt::ToolTipRole);
    m_state->setItemData(int(StateChoice::NeedsReactivation),
                         tr("Every contact of the cycle was tried and nothing is booked"), Qt::ToolTipRole);
    m_ageLabel->setText(tr("A&ge on the due date"));
    m_ageTo->setText(tr("to"));
    for (QSpinBox* spin : {m_minAge, m_maxAge, m_minAttempts, m_maxAttempts})
        spin->setSpecialValueText(tr("any"));
    m_minAge->setAccessibleName(tr("Youngest age"));
    m_maxAge->setAccessibleName(tr("Oldest age"));
    m_contactLabel->setText(tr("&Last contact"));
    m_contact->setAccessibleName(tr("Last contact"));
    m_contact->setItemText(int(LastContact::Any), tr("Any time"));
    m_contact->setItemText(int(LastContact::Never), tr("Never contacted"));
    m_contact->setItemText(int(LastContact::NotRecently), tr("Not in the last"));
    m_contactDays->setSuffix(tr(" days"));
    m_contactDays->setAccessibleName(tr("Days without contact"));
    m_attemptsLabel->setText(tr("Atte&mpts"));
    m_attemptsTo->setText(tr("to"));
    m_minAttempts->setAccessibleName(tr("Fewest contact attempts"));
    m_maxAttempts->setAccessibleName(tr("Most contact attempts"));
    m_minAttempts->setToolTip(tr("Contacts tried in the recall's current cycle"));
    m_maxAttempts->setToolTip(m_minAttempts->toolTip());
    m_clear->setText(tr("Clear filters"));
}

} // namespace rapport
