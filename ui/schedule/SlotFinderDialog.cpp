#include "schedule/SlotFinderDialog.h"

#include "common/InlineMessage.h"
#include "common/Style.h"
#include "patients/PatientPicker.h"
#include "schedule/ScheduleText.h"
#include "schedule/WeekdayPicker.h"
#include "scheduling/ScheduleSetup.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rapport {

namespace {
constexpr int ResultLimit = 20;
}

SlotFinderDialog::SlotFinderDialog(Clinic& clinic, const WorkingCalendar& calendar, QWidget* parent)
    : QDialog(parent)
    , m_clinic(clinic)
    , m_calendar(calendar.timeZone().isValid() ? calendar
                                               : WorkingCalendar(SettingsService(clinic).timeZone(), {}, {}))
    , m_type(new QComboBox(this))
    , m_duration(new QSpinBox(this))
    , m_providers(new QListWidget(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_weekdays(new WeekdayPicker(this))
    , m_earliest(new QTimeEdit(this))
    , m_latest(new QTimeEdit(this))
    , m_patient(new PatientPicker(this))
    , m_message(new InlineMessage(this))
    , m_results(new QTableWidget(this))
{
    setObjectName(QStringLiteral("slotFinderDialog"));
    setWindowTitle(tr("Find a free slot"));
    setModal(true);
    setMinimumSize(640, 620);

    m_type->setObjectName(QStringLiteral("slotTypeCombo"));
    m_type->setAccessibleName(tr("Appointment type"));
    m_duration->setObjectName(QStringLiteral("slotDurationSpin"));
    m_duration->setRange(0, kMaxAppointmentMinutes);
    m_duration->setSingleStep(qBound(5, SettingsService(clinic).slotMinutes(), 60));
    m_duration->setSpecialValueText(tr("The type's length"));
    m_duration->setSuffix(tr(" min"));
    m_duration->setAccessibleName(tr("Length in minutes"));
    m_providers->setObjectName(QStringLiteral("slotProviderList"));
    m_providers->setAccessibleName(tr("Providers; none ticked means any"));
    m_providers->setMaximumHeight(fontMetrics().height() * 5 + 12);
    const QDate today = SettingsService(clinic).today();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("slotFromEdit"));
    m_to->setObjectName(QStringLiteral("slotToEdit"));
    m_from->setDate(today);
    m_to->setDate(today.addMonths(3));
    m_earliest->setObjectName(QStringLiteral("slotEarliestEdit"));
    m_latest->setObjectName(QStringLiteral("slotLatestEdit"));
    for (QTimeEdit* edit : {m_earliest, m_latest})
        edit->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    m_earliest->setTime(QTime(0, 0));
    m_latest->setTime(QTime(23, 59));
    m_patient->setObjectName(QStringLiteral("slotPatientPicker"));
    m_patient->setClinic(&clinic);
    m_patient->setPlaceholderText(tr("Optional: the patient, to keep clear of their other appointments"));
    m_message->setObjectName(QStringLiteral("slotMessage"));
    m_results->setObjectName(QStringLiteral("slotResults"));
    m_results->setColumnCount(4);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setShowGrid(false);
    m_results->setAlternatingRowColors(true);
    m_results->setWordWrap(false);
    m_results->setTabKeyNavigation(false);

    ScheduleSetup setup(clinic);
    if (auto types = setup.types())
        for (const AppointmentType& t : *types)
            m_type->addItem(tr("%1 (%2)").arg(t.name, ScheduleText::duration(t.durationMinutes)), t.id);
    if (auto providers = setup.providers())
        for (const Provider& p : *providers) {
            auto* item = new QListWidgetItem(p.name, m_providers);
            item->setData(Qt::UserRole, p.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            m_providerNames.insert(p.id, p.name);
        }
    if (auto chairs = setup.chairs())
        for (const Chair& c : *chairs)
            m_chairNames.insert(c.id, c.name);

    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto* typeRow = new QHBoxLayout;
    typeRow->addWidget(m_type, 1);
    typeRow->addWidget(m_duration);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch();
    auto* times = new QHBoxLayout;
    times->addWidget(m_earliest);
    times->addWidget(new QLabel(tr("to"), this));
    times->addWidget(m_latest);
    times->addStretch();
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(16);
    form->addRow(label(tr("&Type:"), m_type), typeRow);
    form->addRow(label(tr("Pro&viders:"), m_providers), m_providers);
    form->addRow(label(tr("&Dates:"), m_from), dates);
    form->addRow(tr("Days:"), m_weekdays);
    form->addRow(label(tr("Start bet&ween:"), m_earliest), times);
    form->addRow(label(tr("&Patient:"), m_patient), m_patient);

    m_search = new QPushButton(tr("&Search"), this);
    m_search->setObjectName(QStringLiteral("slotSearchButton"));
    m_search->setDefault(true);
    Style::makePrimary(m_search);
    auto* searchRow = new QHBoxLayout;
    searchRow->addStretch();
    searchRow->addWidget(m_search);

    auto* buttons = new QDialogButtonBox(this);
    m_choose = buttons->addButton(tr("&Book this slot…"), QDialogButtonBox::AcceptRole);
    m_choose->setObjectName(QStringLiteral("slotChooseButton"));
    m_choose->setEnabled(false);
    m_choose->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(10);
    layout->addLayout(form);
    layout->addLayout(searchRow);
    layout->addWidget(m_message);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);

    connect(m_search, &QPushButton::clicked, this, &SlotFinderDialog::search);
    connect(buttons, &QDialogButtonBox::accepted, this, &SlotFinderDialog::chooseCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_results, &QTableWidget::itemActivated, this, &SlotFinderDialog::chooseCurrent);
    connect(m_results, &QTableWidget::itemSelectionChanged, this,
            [this] { m_choose->setEnabled(!m_results->selectedItems().isEmpty()); });
    m_results->setHorizontalHeaderLabels({tr("Date"), tr("Time"), tr("Provider"), tr("Chair")});
    m_type->setFocus();
}

void SlotFinderDialog::setProvider(const QString& providerId)
{
    for (int i = 0; i < m_providers->count(); ++i)
        m_providers->item(i)->setCheckState(m_providers->item(i)->data(Qt::UserRole).toString() == providerId
                                                ? Qt::Checked
                                                : Qt::Unchecked);
}

void SlotFinderDialog::setFrom(QDate date)
{
    m_from->setDate(date);
    if (m_to->date() < date)
        m_to->setDate(date.addMonths(3));
}

void SlotFinderDialog::setType(const QString& typeId)
{
    const int index = m_type->findData(typeId);
    if (index >= 0)
        m_type->setCurrentIndex(index);
}

void SlotFinderDialog::setPatient(const PatientSearchHit& patient)
{
    m_patient->choose(patient);
}

void SlotFinderDialog::search()
{
    m_message->clear();
    SlotQuery q;
    q.typeId = m_type->currentData().toString();
    q.durationMinutes = m_duration->value();
    if (q.typeId.isEmpty() && q.durationMinutes == 0) {
        m_message->showMessage(InlineMessage::Kind::Error, tr("Choose a type or a length."));
        return;
    }
    for (int i = 0; i < m_providers->count(); ++i)
        if (m_providers->item(i)->checkState() == Qt::Checked)
            q.providerIds << m_providers->item(i)->data(Qt::UserRole).toString();
    q.from = m_from->date();
    q.to = m_to->date();
    if (q.to < q.from) {
        m_message->showMessage(InlineMessage::Kind::Error, tr("The last date is before the first. Swap them."));
        return;
    }
    q.weekdays = m_weekdays->mask();
    q.earliestMinute = m_earliest->time().hour() * 60 + m_earliest->time().minute();
    q.latestMinute = m_latest->time().hour() * 60 + m_latest->time().minute() + 1;
    if (q.latestMinute <= q.earliestMinute) {
        m_message->showMessage(InlineMessage::Kind::Error, tr("The time window ends before it starts."));
        return;
    }
    if (m_patient->chosen())
        q.patientId = m_patient->chosen()->patientId;
    q.limit = ResultLimit;
    auto found = SlotFinder(m_clinic).find(q);
    m_results->setRowCount(0);
    m_slots.clear();
    if (!found) {
        m_message->showError(found.error());
        return;
    }
    m_slots = *found;
    if (m_slots.isEmpty()) {
        m_message->showMessage(InlineMessage::Kind::Info,
                               tr("No free time fits. Try more days, a wider time window or any provider."));
        return;
    }
    const QLocale locale;
    m_results->setRowCount(int(m_slots.size()));
    for (int row = 0; row < m_slots.size(); ++row) {
        const Slot& s = m_slots[row];
        const qint64 startMs = s.start.toMSecsSinceEpoch();
        const int minute = m_calendar.localMinute(startMs);
        const int length = int(s.start.secsTo(s.end) / 60);
        const QStringList cells{locale.toString(m_calendar.localDate(startMs), QStringLiteral("ddd ")) +
                                    locale.toString(m_calendar.localDate(startMs), QLocale::ShortFormat),
                                ScheduleText::minutes(minute, minute + length), m_providerNames.value(s.providerId),
                                s.chairId.isEmpty() ? tr("No chair") : m_chairNames.value(s.chairId)};
        for (int c = 0; c < cells.size(); ++c)
            m_results->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_results->resizeColumnsToContents();
    m_results->selectRow(0);
    m_results->setFocus();
    m_message->showMessage(InlineMessage::Kind::Info,
                           m_slots.size() == 1 ? tr("One free time. Enter or double-click books it.")
                                               : tr("The earliest %n free times. Enter or double-click books one.",
                                                    nullptr, int(m_slots.size())));
}

void SlotFinderDialog::chooseCurrent()
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_slots.size())
        return;
    const Slot& s = m_slots[row];
    BookingDraft draft;
    draft.patient = m_patient->chosen();
    draft.typeId = m_type->currentData().toString();
    draft.providerId = s.providerId;
    draft.chairId = s.chairId;
    draft.date = m_calendar.localDate(s.start.toMSecsSinceEpoch());
    draft.minute = m_calendar.localMinute(s.start.toMSecsSinceEpoch());
    draft.durationMinutes = int(s.start.secsTo(s.end) / 60);
    accept();
    Q_EMIT slotChosen(draft);
}

} // namespace rapport
