#include "patients/ConsentDialog.h"

#include "common/InlineMessage.h"
#include "common/Style.h"
#include "patients/PatientChoices.h"
#include "patients/PatientService.h"
#include "patients/PatientText.h"
#include "patients/PatientVocabulary.h"
#include "security/Clinic.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rapport {

ConsentDialog::ConsentDialog(Clinic& clinic, const Patient& patient, ContactChannel channel,
                             const QList<ConsentRecord>& current, QWidget* parent)
    : QDialog(parent)
    , m_clinic(clinic)
    , m_patient(patient)
    , m_current(current)
    , m_intro(new QLabel(this))
    , m_channelLabel(new QLabel(this))
    , m_channel(new QComboBox(this))
    , m_purposesLabel(new QLabel(this))
    , m_decisionLabel(new QLabel(this))
    , m_granted(new QRadioButton(this))
    , m_withdrawn(new QRadioButton(this))
    , m_methodLabel(new QLabel(this))
    , m_method(new QComboBox(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_error(new InlineMessage(this))
{
    setObjectName(QStringLiteral("consentDialog"));
    setModal(true);
    setMinimumWidth(560);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    Style::setRole(m_intro, "hint");
    m_channel->setObjectName(QStringLiteral("consentChannelCombo"));
    PatientChoices::fillChannels(m_channel);
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(int(channel))));
    m_granted->setObjectName(QStringLiteral("consentGrantedRadio"));
    m_withdrawn->setObjectName(QStringLiteral("consentWithdrawnRadio"));
    m_granted->setChecked(true);
    auto* decision = new QButtonGroup(this);
    decision->addButton(m_granted);
    decision->addButton(m_withdrawn);
    m_method->setObjectName(QStringLiteral("consentMethodCombo"));
    for (ConsentMethod m :
         {ConsentMethod::InPerson, ConsentMethod::Form, ConsentMethod::Phone, ConsentMethod::Online})
        m_method->addItem(PatientVocabulary::name(m), int(m));
    m_note->setObjectName(QStringLiteral("consentNoteEdit"));
    m_note->setMaxLength(500);
    m_error->setObjectName(QStringLiteral("consentError"));
    m_channelLabel->setBuddy(m_channel);
    m_methodLabel->setBuddy(m_method);
    m_noteLabel->setBuddy(m_note);

    auto* purposes = new QGridLayout;
    purposes->setHorizontalSpacing(16);
    purposes->setVerticalSpacing(4);
    int row = 0;
    for (ConsentPurpose p : PatientVocabulary::purposes()) {
        auto* box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("consentPurpose_") + PatientVocabulary::key(p));
        box->setChecked(p == ConsentPurpose::AppointmentReminders);
        auto* now = new QLabel(this);
        now->setTextFormat(Qt::PlainText);
        Style::setRole(now, "hint");
        purposes->addWidget(box, row, 0);
        purposes->addWidget(now, row, 1);
        m_purposes.insert(p, box);
        m_now.insert(p, now);
        ++row;
    }
    purposes->setColumnStretch(1, 1);
    auto* decisionRow = new QHBoxLayout;
    decisionRow->setSpacing(18);
    decisionRow->addWidget(m_granted);
    decisionRow->addWidget(m_withdrawn);
    decisionRow->addStretch();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    form->setHorizontalSpacing(16);
    form->addRow(m_channelLabel, m_channel);
    form->addRow(m_purposesLabel, purposes);
    form->addRow(m_decisionLabel, decisionRow);
    form->addRow(m_methodLabel, m_method);
    form->addRow(m_noteLabel, m_note);

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("recordConsentButton"));
    Style::makePrimary(m_ok);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(14);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    // Top to bottom, though the purposes were made last.
    QWidget* previous = m_channel;
    for (ConsentPurpose p : PatientVocabulary::purposes()) {
        setTabOrder(previous, m_purposes.value(p));
        previous = m_purposes.value(p);
    }
    setTabOrder(previous, m_granted);
    setTabOrder(m_granted, m_withdrawn);
    setTabOrder(m_withdrawn, m_method);
    setTabOrder(m_method, m_note);
    setTabOrder(m_note, m_ok);

    connect(buttons, &QDialogButtonBox::accepted, this, &ConsentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConsentDialog::reject);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ConsentDialog::updateCurrent);
    // The channel comes from the row the dialog was opened on: start at the purposes.
    m_purposes.value(ConsentPurpose::AppointmentReminders)->setFocus();
    retranslateUi();
}

void ConsentDialog::updateCurrent()
{
    const auto channel = ContactChannel(m_channel->currentData().toInt());
    for (ConsentPurpose p : PatientVocabulary::purposes()) {
        auto found = std::find_if(m_current.cbegin(), m_current.cend(), [&](const ConsentRecord& c) {
            return c.channel == channel && c.purpose == p;
        });
        QString text = tr("not asked yet");
        if (found != m_current.cend())
            text = (found->granted ? tr("now granted, since %1") : tr("now withdrawn, since %1"))
                       .arg(PatientText::date(found->recordedAt.toLocalTime().date()));
        m_now.value(p)->setText(text);
    }
}

void ConsentDialog::accept()
{
    QList<ConsentPurpose> chosen;
    for (ConsentPurpose p : PatientVocabulary::purposes())
        if (m_purposes.value(p)->isChecked())
            chosen << p;
    if (chosen.isEmpty()) {
        m_error->showMessage(InlineMessage::Kind::Error,
                             tr("Tick at least one purpose the decision is about."));
        m_purposes.value(ConsentPurpose::AppointmentReminders)->setFocus();
        return;
    }
    if (!m_clinic.isOpen())
        return;
    PatientService service(m_clinic);
    const auto channel = ContactChannel(m_channel->currentData().toInt());
    const auto method = ConsentMethod(m_method->currentData().toInt());
    for (ConsentPurpose p : chosen) {
        auto done =
            service.recordConsent(m_patient.id, channel, p, m_granted->isChecked(), method, m_note->text());
        if (!done) {
            m_error->showError(done.error());
            return;
        }
        ++m_recorded;
    }
    QDialog::accept();
}

void ConsentDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConsentDialog::retranslateUi()
{
    setWindowTitle(tr("Record consent"));
    m_intro->setText(
        tr("What %1 decided about being contacted. The decision is added to the consent history; "
           "the latest one for each purpose is in force.")
            .arg(m_patient.displayName()));
    m_channelLabel->setText(tr("C&hannel:"));
    m_channel->setAccessibleName(tr("Channel"));
    m_purposesLabel->setText(tr("For:"));
    for (ConsentPurpose p : PatientVocabulary::purposes()) {
        m_purposes.value(p)->setText(PatientVocabulary::name(p));
        m_purposes.value(p)->setAccessibleName(PatientVocabulary::name(p));
    }
    m_decisionLabel->setText(tr("Decision:"));
    m_granted->setText(tr("&Granted"));
    m_withdrawn->setText(tr("&Withdrawn"));
    m_methodLabel->setText(tr("&How obtained:"));
    m_method->setAccessibleName(tr("How the decision was obtained"));
    m_noteLabel->setText(tr("N&ote:"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Optional, e.g. “asked at check-in”"));
    m_ok->setText(tr("Record decision"));
    updateCurrent();
}

} // namespace rapport
