#include "patients/GuardianPicker.h"

#include "common/Icons.h"
#include "common/Style.h"
#include "patients/PatientPicker.h"
#include "patients/PhoneEdit.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rapport {

GuardianPicker::GuardianPicker(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_patientMode(new QRadioButton(this))
    , m_contactMode(new QRadioButton(this))
    , m_picker(new PatientPicker(this))
    , m_contactFields(new QWidget(this))
    , m_nameLabel(new QLabel)
    , m_name(new QLineEdit)
    , m_phoneLabel(new QLabel)
    , m_phone(new PhoneEdit)
    , m_phoneMessage(new QLabel)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("guardianBox"));
    Style::setRole(this, "pickedPatient");
    Style::setRole(m_title, "fieldLabel");
    m_explanation->setObjectName(QStringLiteral("guardianExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    Style::setRole(m_explanation, "hint");
    m_patientMode->setObjectName(QStringLiteral("guardianPatientRadio"));
    m_contactMode->setObjectName(QStringLiteral("guardianContactRadio"));
    m_patientMode->setChecked(true);
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_patientMode);
    modes->addButton(m_contactMode);
    m_picker->setObjectName(QStringLiteral("guardianPicker"));
    m_name->setObjectName(QStringLiteral("guardianNameEdit"));
    m_name->setMaxLength(100);
    m_phone->setObjectName(QStringLiteral("guardianPhoneEdit"));
    m_phone->setMessageLabel(m_phoneMessage);
    m_phoneMessage->setWordWrap(true);
    m_phoneMessage->hide();
    m_nameLabel->setBuddy(m_name);
    m_phoneLabel->setBuddy(m_phone);
    for (QLabel* l : {m_nameLabel, m_phoneLabel})
        Style::setRole(l, "fieldLabel");
    m_error->setObjectName(QStringLiteral("guardianMessage"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    Style::setRole(m_error, "fieldError");
    m_error->hide();

    auto* contact = new QGridLayout(m_contactFields);
    contact->setContentsMargins(0, 0, 0, 0);
    contact->setHorizontalSpacing(16);
    contact->setVerticalSpacing(3);
    contact->addWidget(m_nameLabel, 0, 0);
    contact->addWidget(m_phoneLabel, 0, 1);
    contact->addWidget(m_name, 1, 0);
    contact->addWidget(m_phone, 1, 1);
    contact->addWidget(m_phoneMessage, 2, 1);
    contact->setColumnStretch(0, 1);
    contact->setColumnStretch(1, 1);

    auto* head = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::pixmap(QStringLiteral("users"), 18, Style::accent(), devicePixelRatioF()));
    head->addWidget(icon);
    head->addWidget(m_title);
    head->addStretch();
    auto* modeRow = new QHBoxLayout;
    modeRow->setSpacing(18);
    modeRow->addWidget(m_patientMode);
    modeRow->addWidget(m_contactMode);
    modeRow->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(8);
    layout->addLayout(head);
    layout->addWidget(m_explanation);
    layout->addLayout(modeRow);
    layout->addWidget(m_picker);
    layout->addWidget(m_contactFields);
    layout->addWidget(m_error);

    setTabOrder(m_patientMode, m_contactMode);
    setTabOrder(m_contactMode, m_picker->edit());
    setTabOrder(m_picker->edit(), m_picker->changeButton());
    setTabOrder(m_picker->changeButton(), m_name);
    setTabOrder(m_name, m_phone);

    connect(m_patientMode, &QRadioButton::toggled, this, &GuardianPicker::updateMode);
    connect(m_picker, &PatientPicker::chosenChanged, this, [this] {
        clearError();
        Q_EMIT changed();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        clearError();
        Q_EMIT changed();
    });
    connect(m_phone, &QLineEdit::textEdited, this, &GuardianPicker::changed);
    updateMode();
    retranslateUi();
}

void GuardianPicker::setClinic(Clinic* clinic, const QString& region)
{
    m_picker->setClinic(clinic);
    m_phone->setRegion(region);
}

void GuardianPicker::setExcluded(const QString& patientId)
{
    m_picker->setExcluded(patientId.isEmpty() ? QStringList() : QStringList{patientId});
}

void GuardianPicker::setAdultAge(int years)
{
    m_picker->setMinimumAge(years);
}

void GuardianPicker::setExplanation(const QString& text)
{
    m_explanation->setText(text);
    m_explanation->setVisible(!text.isEmpty());
}

void GuardianPicker::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    setAccessibleDescription(message);
}

void GuardianPicker::clearError()
{
    m_error->clear();
    m_error->hide();
    setAccessibleDescription({});
}

std::optional<PatientLink> GuardianPicker::link() const
{
    PatientLink l;
    l.kind = LinkKind::Guardian;
    if (m_patientMode->isChecked()) {
        if (!m_picker->chosen())
            return std::nullopt;
        l.relatedPatientId = m_picker->chosen()->patientId;
        return l;
    }
    if (m_name->text().trimmed().isEmpty())
        return std::nullopt;
    l.contactName = m_name->text().simplified();
    l.contactPhone = m_phone->e164();
    return l;
}

bool GuardianPicker::isEmpty() const
{
    return !link().has_value();
}

bool GuardianPicker::validate()
{
    return m_patientMode->isChecked() || m_phone->validate();
}

QString GuardianPicker::fingerprint() const
{
    return QStringList{m_picker->chosen() ? m_picker->chosen()->patientId : QString(), m_name->text(),
                       m_phone->text()}
        .join(QLatin1Char('\x1f'));
}

QWidget* GuardianPicker::firstField() const
{
    return m_patientMode;
}

QWidget* GuardianPicker::lastField() const
{
    return m_phone;
}

void GuardianPicker::updateMode()
{
    const bool patient = m_patientMode->isChecked();
    m_picker->setVisible(patient);
    m_contactFields->setVisible(!patient);
    clearError();
    Q_EMIT changed();
}

void GuardianPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void GuardianPicker::retranslateUi()
{
    m_title->setText(tr("Parent or guardian"));
    setAccessibleName(tr("Parent or guardian"));
    m_patientMode->setText(tr("A &patient of the clinic"));
    m_contactMode->setText(tr("&Someone who is not a patient"));
    m_picker->setPlaceholderText(tr("Find the parent or guardian by name, phone or date of birth"));
    m_nameLabel->setText(tr("Their name"));
    m_name->setAccessibleName(tr("Parent or guardian's name"));
    m_phoneLabel->setText(tr("Their phone"));
    m_phone->setAccessibleName(tr("Parent or guardian's phone"));
}

} // namespace rapport
