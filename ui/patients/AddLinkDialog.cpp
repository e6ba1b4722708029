#include "patients/AddLinkDialog.h"

#include "common/InlineMessage.h"
#include "common/Style.h"
#include "patients/PatientPicker.h"
#include "patients/PatientService.h"
#include "patients/PatientVocabulary.h"
#include "patients/PhoneEdit.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rapport {

AddLinkDialog::AddLinkDialog(Clinic& clinic, const Patient& patient, QWidget* parent)
    : QDialog(parent)
    , m_clinic(clinic)
    , m_patient(patient)
    , m_intro(new QLabel(this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_patientMode(new QRadioButton(this))
    , m_contactMode(new QRadioButton(this))
    , m_picker(new PatientPicker(this))
    , m_contact(new QWidget(this))
    , m_nameLabel(new QLabel)
    , m_name(new QLineEdit)
    , m_phoneLabel(new QLabel)
    , m_phone(new PhoneEdit)
    , m_phoneMessage(new QLabel)
    , m_emailLabel(new QLabel)
    , m_email(new QLineEdit)
    , m_noteLabel(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_error(new InlineMessage(this))
{
    setObjectName(QStringLiteral("addLinkDialog"));
    setModal(true);
    setMinimumWidth(580);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    Style::setRole(m_intro, "hint");
    m_kind->setObjectName(QStringLiteral("linkKindCombo"));
    for (LinkKind k : PatientVocabulary::linkKinds())
        m_kind->addItem(PatientVocabulary::name(k), int(k));
    m_patientMode->setObjectName(QStringLiteral("linkPatientRadio"));
    m_contactMode->setObjectName(QStringLiteral("linkContactRadio"));
    m_patientMode->setChecked(true);
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_patientMode);
    modes->addButton(m_contactMode);
    m_picker->setObjectName(QStringLiteral("linkPatientPicker"));
    m_picker->setClinic(&clinic);
    m_picker->setExcluded({patient.id});
    m_name->setObjectName(QStringLiteral("linkContactNameEdit"));
    m_name->setMaxLength(100);
    m_phone->setObjectName(QStringLiteral("linkContactPhoneEdit"));
    m_phone->setRegion(SettingsService(clinic).region());
    m_phone->setMessageLabel(m_phoneMessage);
    m_phoneMessage->setWordWrap(true);
    Style::setRole(m_phoneMessage, "fieldError");
    m_phoneMessage->hide();
    m_email->setObjectName(QStringLiteral("linkContactEmailEdit"));
    m_email->setMaxLength(254);
    m_note->setObjectName(QStringLiteral("linkNoteEdit"));
    m_note->setMaxLength(200);
    m_error->setObjectName(QStringLiteral("addLinkError"));
    m_kindLabel->setBuddy(m_kind);
    m_nameLabel->setBuddy(m_name);
    m_phoneLabel->setBuddy(m_phone);
    m_emailLabel->setBuddy(m_email);
    m_noteLabel->setBuddy(m_note);

    auto* contactForm = new QFormLayout(m_contact);
    contactForm->setContentsMargins(0, 0, 0, 0);
    contactForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    contactForm->setHorizontalSpacing(16);
    contactForm->addRow(m_nameLabel, m_name);
    auto* phoneColumn = new QVBoxLayout;
    phoneColumn->setSpacing(3);
    phoneColumn->addWidget(m_phone);
    phoneColumn->addWidget(m_phoneMessage);
    contactForm->addRow(m_phoneLabel, phoneColumn);
    contactForm->addRow(m_emailLabel, m_email);

    auto* modeRow = new QHBoxLayout;
    modeRow->setSpacing(18);
    modeRow->addWidget(m_patientMode);
    modeRow->addWidget(m_contactMode);
    modeRow->addStretch();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(QString(), modeRow);

    auto* noteForm = new QFormLayout;
    noteForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    noteForm->setHorizontalSpacing(16);
    noteForm->addRow(m_noteLabel, m_note);

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("addLinkConfirmButton"));
    Style::makePrimary(m_ok);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_picker);
    layout->addWidget(m_contact);
    layout->addLayout(noteForm);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &AddLinkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddLinkDialog::reject);
    connect(m_patientMode, &QRadioButton::toggled, this, &AddLinkDialog::updateMode);
    updateMode();
    m_kind->setFocus();
    retranslateUi();
}

void AddLinkDialog::updateMode()
{
    const bool patient = m_patientMode->isChecked();
    m_picker->setVisible(patient);
    m_contact->setVisible(!patient);
    m_error->clear();
}

void AddLinkDialog::accept()
{
    if (!m_clinic.isOpen())
        return;
    PatientLink link;
    link.patientId = m_patient.id;
    link.kind = LinkKind(m_kind->currentData().toInt());
    link.note = m_note->text().simplified();
    if (m_patientMode->isChecked()) {
        if (!m_picker->chosen()) {
            m_error->showMessage(InlineMessage::Kind::Error, tr("Find and choose the patient to link."));
            m_picker->setFocus();
            return;
        }
        link.relatedPatientId = m_picker->chosen()->patientId;
    } else {
        if (!m_phone->validate()) {
            m_phone->setFocus();
            return;
        }
        link.contactName = m_name->text();
        link.contactPhone = m_phone->e164();
        link.contactEmail = m_email->text();
    }
    auto added = PatientService(m_clinic).addLink(link);
    if (!added) {
        m_error->showError(added.error());
        return;
    }
    QDialog::accept();
}

void AddLinkDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AddLinkDialog::retranslateUi()
{
    setWindowTitle(tr("Add a family or care link"));
    m_intro->setText(tr("Who is this person to %1?").arg(m_patient.displayName()));
    m_kindLabel->setText(tr("&They are:"));
    m_kind->setAccessibleName(tr("Kind of link"));
    m_patientMode->setText(tr("A &patient of the clinic"));
    m_contactMode->setText(tr("&Someone who is not a patient"));
    m_picker->setPlaceholderText(tr("Find them by name, phone or date of birth"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Their name"));
    m_phoneLabel->setText(tr("P&hone:"));
    m_phone->setAccessibleName(tr("Their phone"));
    m_emailLabel->setText(tr("&E-mail:"));
    m_email->setAccessibleName(tr("Their e-mail address"));
    m_noteLabel->setText(tr("N&ote:"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Optional, e.g. “collects the children on Tuesdays”"));
    m_ok->setText(tr("Add link"));
}

} // namespace rapport
