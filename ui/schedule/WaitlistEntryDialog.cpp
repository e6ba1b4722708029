#include "schedule/WaitlistEntryDialog.h"

#include "common/InlineMessage.h"
#include "common/Style.h"
#include "patients/PatientPicker.h"
#include "schedule/ScheduleText.h"
#include "schedule/WeekdayPicker.h"
#include "scheduling/ScheduleSetup.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QCheckBox>
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

WaitlistEntryDialog::WaitlistEntryDialog(Clinic& clinic, QWidget* parent)
    : QDialog(parent)
    , m_clinic(clinic)
    , m_patient(new PatientPicker(this))
    , m_type(new QComboBox(this))
    , m_provider(new QComboBox(this))
    , m_weekdays(new WeekdayPicker(this))
    , m_earliest(new QTimeEdit(this))
    , m_latest(new QTimeEdit(this))
    , m_fromCheck(new QCheckBox(tr("Not before"), this))
    , m_from(new QDateEdit(this))
    , m_untilCheck(new QCheckBox(tr("Not after"), this))
    , m_until(new QDateEdit(this))
    , m_priority(new QSpinBox(this))
    , m_note(new QLineEdit(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("waitlistEntryDialog"));
    setWindowTitle(tr("Add to the waitlist"));
    setModal(true);
    setMinimumWidth(580);
    m_patient->setObjectName(QStringLiteral("waitlistPatientPicker"));
    m_patient->setClinic(&clinic);
    m_type->setObjectName(QStringLiteral("waitlistTypeCombo"));
    m_provider->setObjectName(QStringLiteral("waitlistProviderCombo"));
    m_provider->addItem(tr("Any provider"), QString());
    ScheduleSetup setup(clinic);
    if (auto types = setup.types())
        for (const AppointmentType& t : *types)
            m_type->addItem(tr("%1 (%2)").arg(t.name, ScheduleText::duration(t.durationMinutes)), t.id);
    if (auto providers = setup.providers())
        for (const Provider& p : *providers)
            m_provider->addItem(p.name, p.id);
    for (QTimeEdit* e : {m_earliest, m_latest})
        e->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    m_earliest->setTime(QTime(0, 0));
    m_latest->setTime(QTime(23, 59));
    const QDate today = SettingsService(clinic).today();
    for (QDateEdit* e : {m_from, m_until}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        e->setEnabled(false);
    }
    m_from->setDate(today);
    m_until->setDate(today.addMonths(1));
    m_priority->setRange(0, 99);
    m_priority->setToolTip(tr("Higher comes first among those who fit equally"));
    m_note->setMaxLength(200);
    m_note->setPlaceholderText(tr("For example: can come at short notice"));
    m_message->setObjectName(QStringLiteral("waitlistEntryMessage"));

    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto* times = new QHBoxLayout;
    times->addWidget(m_earliest);
    times->addWidget(new QLabel(tr("to"), this));
    times->addWidget(m_latest);
    times->addStretch();
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_fromCheck);
    dates->addWidget(m_from);
    dates->addSpacing(12);
    dates->addWidget(m_untilCheck);
    dates->addWidget(m_until);
    dates->addStretch();
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->addRow(label(tr("&Patient:"), m_patient), m_patient);
    form->addRow(label(tr("&Type:"), m_type), m_type);
    form->addRow(label(tr("Pro&vider:"), m_provider), m_provider);
    form->addRow(tr("Days:"), m_weekdays);
    form->addRow(label(tr("Start bet&ween:"), m_earliest), times);
    form->addRow(tr("Dates:"), dates);
    form->addRow(label(tr("P&riority:"), m_priority), m_priority);
    form->addRow(label(tr("&Note:"), m_note), m_note);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* ok = buttons->addButton(tr("&Add to the waitlist"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("waitlistSaveButton"));
    ok->setDefault(true);
    Style::makePrimary(ok);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_untilCheck, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &WaitlistEntryDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_patient->setFocus();
    Style::growToFit(this);
}

void WaitlistEntryDialog::save()
{
    if (!m_patient->chosen()) {
        m_message->showMessage(InlineMessage::Kind::Error, tr("Find and choose the patient first."));
        m_patient->setFocus();
        return;
    }
    WaitlistEntry e;
    e.patientId = m_patient->chosen()->patientId;
    e.typeId = m_type->currentData().toString();
    e.providerId = m_provider->currentData().toString();
    e.weekdays = m_weekdays->mask();
    e.earliestMinute = m_earliest->time().hour() * 60 + m_earliest->time().minute();
    e.latestMinute = m_latest->time().hour() * 60 + m_latest->time().minute() + 1;
    if (e.latestMinute <= e.earliestMinute) {
        m_message->showMessage(InlineMessage::Kind::Error, tr("The time window ends before it starts."));
        return;
    }
    if (m_fromCheck->isChecked())
        e.earliestDate = m_from->date();
    if (m_untilCheck->isChecked())
        e.latestDate = m_until->date();
    e.priority = m_priority->value();
    e.note = m_note->text().simplified();
    auto added = Waitlist(m_clinic).add(e);
    if (!added) {
        m_message->showError(added.error());
        return;
    }
    m_saved = *added;
    accept();
}

} // namespace rapport
