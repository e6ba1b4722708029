#include "schedule/BookAppointmentDialog.h"

#include "common/InlineMessage.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "patients/PatientPicker.h"
#include "schedule/ConflictDialog.h"
#include "schedule/ScheduleText.h"
#include "scheduling/ScheduleSetup.h"
#include "scheduling/WorkingCalendar.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rapport {

namespace {
enum Repeat
{
    Once,
    Weekly,
    Fortnightly,
    Monthly
};
} // namespace

BookAppointmentDialog::BookAppointmentDialog(Clinic& clinic, const BookingDraft& draft, QWidget* parent)
    : QDialog(parent)
    , m_clinic(clinic)
    , m_canOverride(clinic.session().can(Permission::OverrideScheduleConflicts))
    , m_patient(new PatientPicker(this))
    , m_type(new QComboBox(this))
    , m_provider(new QComboBox(this))
    , m_chair(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_time(new QTimeEdit(this))
    , m_duration(new QSpinBox(this))
    , m_notes(new QLineEdit(this))
    , m_repeat(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_countLabel(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_conflictBox(new QWidget(this))
    , m_overrideReason(new QLineEdit(m_conflictBox))
    , m_override(new QPushButton(m_conflictBox))
{
    setObjectName(QStringLiteral("bookAppointmentDialog"));
    setWindowTitle(tr("Book an appointment"));
    setModal(true);
    setMinimumWidth(560);

    m_patient->setObjectName(QStringLiteral("bookPatientPicker"));
    m_patient->setClinic(&clinic);
    m_patient->setPlaceholderText(tr("Find the patient by name, phone or date of birth"));
    m_type->setObjectName(QStringLiteral("bookTypeCombo"));
    m_type->setAccessibleName(tr("Appointment type"));
    m_provider->setObjectName(QStringLiteral("bookProviderCombo"));
    m_provider->setAccessibleName(tr("Provider"));
    m_chair->setObjectName(QStringLiteral("bookChairCombo"));
    m_chair->setAccessibleName(tr("Chair or room"));
    m_date->setObjectName(QStringLiteral("bookDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setAccessibleName(tr("Date"));
    m_time->setObjectName(QStringLiteral("bookTimeEdit"));
    m_time->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    m_time->setAccessibleName(tr("Start time"));
    const int slot = qBound(5, SettingsService(clinic).slotMinutes(), 120);
    m_duration->setObjectName(QStringLiteral("bookDurationSpin"));
    m_duration->setRange(5, kMaxAppointmentMinutes);
    m_duration->setSingleStep(slot);
    m_duration->setSuffix(tr(" min"));
    m_duration->setAccessibleName(tr("Length in minutes"));
    m_notes->setObjectName(QStringLiteral("bookNotesEdit"));
    m_notes->setMaxLength(500);
    m_notes->setPlaceholderText(tr("Shown on the book and the day sheet"));
    m_notes->setAccessibleName(tr("Notes"));
    m_repeat->setObjectName(QStringLiteral("bookRepeatCombo"));
    m_repeat->addItem(tr("Does not repeat"), Once);
    m_repeat->addItem(tr("Every week"), Weekly);
    m_repeat->addItem(tr("Every two weeks"), Fortnightly);
    m_repeat->addItem(tr("Every month"), Monthly);
    m_repeat->setAccessibleName(tr("Repeat"));
    m_count->setObjectName(QStringLiteral("bookRepeatCountSpin"));
    m_count->setRange(2, 104);
    m_count->setValue(4);
    m_count->setSuffix(tr(" times"));
    m_count->setAccessibleName(tr("How many appointments in the series"));
    m_message->setObjectName(QStringLiteral("bookMessage"));

    m_overrideReason->setObjectName(QStringLiteral("bookOverrideReasonEdit"));
    m_overrideReason->setMaxLength(200);
    m_overrideReason->setPlaceholderText(tr("Why it is booked despite the conflict"));
    m_overrideReason->setAccessibleName(tr("Reason for booking despite the conflict"));
    m_override->setObjectName(QStringLiteral("bookOverrideButton"));
    m_override->setText(tr("Book &anyway"));
    m_override->setAutoDefault(false);
    m_override->setEnabled(false);
    auto* conflictRow = new QHBoxLayout(m_conflictBox);
    conflictRow->setContentsMargins(0, 0, 0, 0);
    conflictRow->addWidget(m_overrideReason, 1);
    conflictRow->addWidget(m_override);
    m_conflictBox->hide();

    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto* when = new QHBoxLayout;
    when->addWidget(m_date, 1);
    when->addWidget(m_time);
    when->addWidget(m_duration);
    auto* repeatRow = new QHBoxLayout;
    repeatRow->addWidget(m_repeat, 1);
    repeatRow->addWidget(m_count);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->addRow(label(tr("&Patient:"), m_patient), m_patient);
    form->addRow(label(tr("&Type:"), m_type), m_type);
    form->addRow(label(tr("Pro&vider:"), m_provider), m_provider);
    form->addRow(label(tr("C&hair:"), m_chair), m_chair);
    form->addRow(label(tr("&When:"), m_date), when);
    form->addRow(label(tr("&Notes:"), m_notes), m_notes);
    form->addRow(label(tr("&Repeat:"), m_repeat), repeatRow);

    auto* buttons = new QDialogButtonBox(this);
    m_book = buttons->addButton(tr("&Book"), QDialogButtonBox::AcceptRole);
    m_book->setObjectName(QStringLiteral("bookConfirmButton"));
    m_book->setDefault(true);
    Style::makePrimary(m_book);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_conflictBox);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &BookAppointmentDialog::book);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &BookAppointmentDialog::typeChanged);
    connect(m_repeat, &QComboBox::currentIndexChanged, this, [this] {
        m_count->setEnabled(m_repeat->currentData().toInt() != Once);
        clearConflict();
    });
    connect(m_overrideReason, &QLineEdit::textChanged, this,
            [this](const QString& t) { m_override->setEnabled(!t.trimmed().isEmpty()); });
    connect(m_override, &QPushButton::clicked, this, [this] {
        if (auto a = draftAppointment(); a && !m_overrideReason->text().trimmed().isEmpty())
            commit(*a, m_overrideReason->text().simplified());
    });
    for (QComboBox* box : {m_provider, m_chair})
        connect(box, &QComboBox::currentIndexChanged, this, &BookAppointmentDialog::clearConflict);
    connect(m_date, &QDateEdit::dateChanged, this, &BookAppointmentDialog::clearConflict);
    connect(m_time, &QTimeEdit::timeChanged, this, &BookAppointmentDialog::clearConflict);
    connect(m_duration, &QSpinBox::valueChanged, this, &BookAppointmentDialog::clearConflict);
    connect(m_patient, &PatientPicker::chosenChanged, this, [this] {
        clearConflict();
        // On to the next field once the patient is chosen.
        if (m_patient->chosen() && m_patient->isVisible())
            m_type->setFocus(Qt::OtherFocusReason);
    });
    connect(m_provider, &QComboBox::activated, this, &BookAppointmentDialog::providerChanged);

    load(draft);
    m_count->setEnabled(false);
    if (draft.patient)
        m_type->setFocus();
    else
        m_patient->setFocus();
    Style::growToFit(this);
}

void BookAppointmentDialog::load(const BookingDraft& draft)
{
    ScheduleSetup setup(m_clinic);
    if (auto types = setup.types())
        for (const AppointmentType& t : *types)
        {
            m_type->addItem(tr("%1 (%2)").arg(t.name, ScheduleText::duration(t.durationMinutes)),
                            QVariant::fromValue(QStringList{t.id, QString::number(t.durationMinutes)}));
            m_typeProviders.insert(t.id, t.providerIds);
        }
    if (auto providers = setup.providers())
        for (const Provider& p : *providers)
            m_provider->addItem(p.name, p.id);
    m_chair->addItem(tr("No chair"), QString());
    if (auto chairs = setup.chairs())
        for (const Chair& c : *chairs)
            m_chair->addItem(c.name, c.id);

    auto selectData = [](QComboBox* box, const QString& id) {
        for (int i = 0; i < box->count(); ++i) {
            const QVariant d = box->itemData(i);
            const QString value = d.typeId() == QMetaType::QStringList ? d.toStringList().value(0) : d.toString();
            if (value == id) {
                box->setCurrentIndex(i);
                return;
            }
        }
    };
    if (!draft.typeId.isEmpty())
        selectData(m_type, draft.typeId);
    if (!draft.providerId.isEmpty())
        selectData(m_provider, draft.providerId);
    if (draft.typeId.isEmpty())
        providerChanged();
    selectData(m_chair, draft.chairId);
    m_date->setDate(draft.date.isValid() ? draft.date : SettingsService(m_clinic).today());
    m_time->setTime(QTime(draft.minute / 60 % 24, draft.minute % 60));
    typeChanged();
    if (draft.durationMinutes > 0)
        m_duration->setValue(draft.durationMinutes);
    if (draft.patient)
        m_patient->choose(*draft.patient);
    if (m_type->count() == 0 || m_provider->count() == 0) {
        m_message->showMessage(InlineMessage::Kind::Warning,
                               tr("Appointment types and providers must be set up before booking. A manager "
                                  "adds them under Administration › Schedule set-up."));
        m_book->setEnabled(false);
    }
}

void BookAppointmentDialog::typeChanged()
{
    const QStringList data = m_type->currentData().toStringList();
    if (data.size() == 2)
        m_duration->setValue(data.at(1).toInt());
    clearConflict();
}

void BookAppointmentDialog::providerChanged()
{
    const QString provider = m_provider->currentData().toString();
    auto offers = [&](int index) {
        const QStringList who = m_typeProviders.value(m_type->itemData(index).toStringList().value(0));
        return who.isEmpty() || who.contains(provider);
    };
    if (m_type->currentIndex() >= 0 && offers(m_type->currentIndex()))
        return;
    for (int i = 0; i < m_type->count(); ++i)
        if (offers(i)) {
            m_type->setCurrentIndex(i);
            return;
        }
}

void BookAppointmentDialog::clearConflict()
{
    if (m_conflictBox->isVisible() || !m_message->text().isEmpty()) {
        m_conflictBox->hide();
        m_overrideReason->clear();
        m_message->clear();
    }
}

std::optional<Appointment> BookAppointmentDialog::draftAppointment()
{
    if (!m_patient->chosen()) {
        m_message->showMessage(InlineMessage::Kind::Error, tr("Find and choose the patient first."));
        m_patient->setFocus();
        return std::nullopt;
    }
    if (m_type->currentIndex() < 0 || m_provider->currentIndex() < 0) {
        m_message->showMessage(InlineMessage::Kind::Error, tr("Choose the type and the provider."));
        return std::nullopt;
    }
    const WorkingCalendar calendar(SettingsService(m_clinic).timeZone(), {}, {});
    const QTime t = m_time->time();
    Appointment a;
    a.patientId = m_patient->chosen()->patientId;
    a.typeId = m_type->currentData().toStringList().value(0);
    a.providerId = m_provider->currentData().toString();
    a.chairId = m_chair->currentData().toString();
    a.start = QDateTime::fromMSecsSinceEpoch(calendar.toUtcMs(m_date->date(), t.hour() * 60 + t.minute()), Qt::UTC);
    a.end = a.start.addSecs(qint64(m_duration->value()) * 60);
    a.notes = m_notes->text().simplified();
    return a;
}

void BookAppointmentDialog::book()
{
    std::optional<Appointment> a = draftAppointment();
    if (!a)
        return;
    if (m_repeat->currentData().toInt() != Once) {
        commit(*a, QString());
        return;
    }
    AppointmentBook book(m_clinic);
    auto conflicts = book.conflicts(*a);
    if (!conflicts) {
        m_message->showError(conflicts.error());
        return;
    }
    if (!conflicts->isEmpty()) {
        const QString why = ConflictDialog::describe(*conflicts);
        m_message->showMessage(InlineMessage::Kind::Warning,
                               m_canOverride ? tr("This clashes with the book:\n%1").arg(why)
                                             : tr("This cannot be booked:\n%1\nChoose another time, provider or "
                                                  "chair.")
                                                   .arg(why));
        m_conflictBox->setVisible(m_canOverride);
        if (m_canOverride)
            m_overrideReason->setFocus();
        return;
    }
    commit(*a, QString());
}

void BookAppointmentDialog::commit(const Appointment& draft, const QString& overrideReason)
{
    AppointmentBook book(m_clinic);
    BookingOptions options;
    options.overrideReason = overrideReason;
    const int repeat = m_repeat->currentData().toInt();
    if (repeat == Once) {
        auto booked = book.book(draft, options);
        if (!booked) {
            m_message->showError(booked.error());
            return;
        }
        m_booked = {*booked};
        QDialog::accept();
        return;
    }
    SeriesRule rule;
    rule.frequency = repeat == Monthly ? SeriesRule::Monthly : SeriesRule::Weekly;
    rule.interval = repeat == Fortnightly ? 2 : 1;
    rule.count = m_count->value();
    auto outcome = book.bookSeries(draft, rule, options);
    if (!outcome) {
        m_message->showError(outcome.error());
        return;
    }
    if (outcome->booked.isEmpty()) {
        QStringList why;
        for (const auto& [index, conflicts] : outcome->leftOut)
            for (const ScheduleConflict& c : conflicts)
                if (!why.contains(c.message))
                    why << c.message;
        m_message->showMessage(InlineMessage::Kind::Error,
                               tr("None of the series could be booked:\n%1").arg(why.join(QLatin1Char('\n'))));
        return;
    }
    m_booked = outcome->booked;
    if (!outcome->leftOut.isEmpty()) {
        QStringList lines;
        for (const auto& [index, conflicts] : outcome->leftOut) {
            const QDate date = rule.frequency == SeriesRule::Monthly
                                   ? m_date->date().addMonths(index * rule.interval)
                                   : m_date->date().addDays(7 * index * rule.interval);
            QStringList why;
            for (const ScheduleConflict& c : conflicts)
                why << c.message;
            lines << tr("%1: %2").arg(QLocale().toString(date, QLocale::ShortFormat),
                                      why.isEmpty() ? tr("left out") : why.join(QStringLiteral("; ")));
        }
        MessageBox::information(this, tr("Series booked"),
                                tr("%1 of %2 appointments were booked. These were left out:")
                                    .arg(outcome->booked.size())
                                    .arg(rule.count),
                                lines.join(QLatin1Char('\n')));
    }
    QDialog::accept();
}

} // namespace rapport
