#include "patients/PatientFormFields.h"

#include "common/ClinicChoices.h"
#include "common/Style.h"
#include "patients/BirthDateEdit.h"
#include "patients/GuardianPicker.h"
#include "patients/PatientChoices.h"
#include "patients/PatientPicker.h"
#include "patients/PatientText.h"
#include "patients/PatientValidator.h"
#include "patients/PatientVocabulary.h"
#include "patients/PhoneEdit.h"
#include "patients/PhoneNumbers.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rapport {

namespace {
template <typename W> W* named(W* widget, const char* objectName)
{
    widget->setObjectName(QString::fromLatin1(objectName));
    return widget;
}

QStringList splitTags(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !out.contains(tag, Qt::CaseInsensitive))
            out << tag;
    }
    return out;
}
} // namespace

PatientFormFields::PatientFormFields(QWidget* parent)
    : QWidget(parent)
    , m_whoTitle(makeSection())
    , m_contactTitle(makeSection())
    , m_addressTitle(makeSection())
    , m_moreTitle(makeSection())
    , m_given(named(new QLineEdit(this), "patientGivenNameEdit"))
    , m_family(named(new QLineEdit(this), "patientFamilyNameEdit"))
    , m_preferred(named(new QLineEdit(this), "patientPreferredNameEdit"))
    , m_dateOfBirth(named(new BirthDateEdit(this), "patientDateOfBirthEdit"))
    , m_age(named(new QLabel(this), "patientAgeLabel"))
    , m_sex(named(new QComboBox(this), "patientSexCombo"))
    , m_language(named(new QComboBox(this), "patientLanguageCombo"))
    , m_guardian(new GuardianPicker(this))
    , m_mobile(named(new PhoneEdit(this), "patientMobileEdit"))
    , m_home(named(new PhoneEdit(this), "patientHomePhoneEdit"))
    , m_work(named(new PhoneEdit(this), "patientWorkPhoneEdit"))
    , m_email(named(new QLineEdit(this), "patientEmailEdit"))
    , m_channel(named(new QComboBox(this), "patientChannelCombo"))
    , m_line1(named(new QLineEdit(this), "patientAddressLine1Edit"))
    , m_line2(named(new QLineEdit(this), "patientAddressLine2Edit"))
    , m_city(named(new QLineEdit(this), "patientCityEdit"))
    , m_postcode(named(new QLineEdit(this), "patientPostcodeEdit"))
    , m_addressRegion(named(new QLineEdit(this), "patientAddressRegionEdit"))
    , m_country(named(new QComboBox(this), "patientCountryCombo"))
    , m_contactTimes(named(new QLineEdit(this), "patientContactTimesEdit"))
    , m_externalId(named(new QLineEdit(this), "patientExternalIdEdit"))
    , m_notes(named(new QPlainTextEdit(this), "patientNotesEdit"))
    , m_tags(named(new QLineEdit(this), "patientTagsEdit"))
{
    setObjectName(QStringLiteral("patientFormFields"));
    for (QLineEdit* e : {m_given, m_family, m_preferred, m_line1, m_line2, m_city, m_addressRegion})
        e->setMaxLength(100);
    m_postcode->setMaxLength(20);
    m_email->setMaxLength(254);
    m_contactTimes->setMaxLength(200);
    m_externalId->setMaxLength(64);
    m_tags->setMaxLength(400);
    m_mobile->setExpectsMobile(true);
    m_notes->setTabChangesFocus(true);
    for (QComboBox* c : {m_sex, m_language, m_channel, m_country}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(12);
    }
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 14);
    Style::setRole(m_age, "hint");
    m_guardian->hide();

    m_nameMessage = makeMessage("patientNameMessage");
    m_dateOfBirthMessage = makeMessage("patientDateOfBirthMessage");
    m_mobileMessage = makeMessage("patientMobileMessage");
    m_homeMessage = makeMessage("patientHomePhoneMessage");
    m_workMessage = makeMessage("patientWorkPhoneMessage");
    m_emailMessage = makeMessage("patientEmailMessage");
    m_channelMessage = makeMessage("patientChannelMessage");
    m_tagsHint = makeMessage("patientTagsHint");
    Style::setRole(m_tagsHint, "fieldHint");
    m_tagsHint->show();
    m_dateOfBirth->setMessageLabel(m_dateOfBirthMessage);
    m_dateOfBirth->setAgeLabel(m_age);
    m_mobile->setMessageLabel(m_mobileMessage);
    m_home->setMessageLabel(m_homeMessage);
    m_work->setMessageLabel(m_workMessage);

    // One grid for every section, so the columns line up from top to bottom.
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(10);
    for (int c = 0; c < 3; ++c) {
        grid->setColumnStretch(c, 1);
        grid->setColumnMinimumWidth(c, 180);
    }
    int row = 0;
    auto section = [&](QLabel* title) {
        if (row > 0)
            grid->setRowMinimumHeight(row++, 4);
        grid->addWidget(title, row++, 0, 1, 3);
    };
    section(m_whoTitle);
    addCell(grid, row, 0, m_given, m_nameMessage);
    addCell(grid, row, 1, m_family, nullptr);
    addCell(grid, row++, 2, m_preferred, nullptr);
    addCell(grid, row, 0, m_dateOfBirth, m_dateOfBirthMessage, 1, m_age);
    addCell(grid, row, 1, m_sex, nullptr);
    addCell(grid, row++, 2, m_language, nullptr);
    grid->addWidget(m_guardian, row++, 0, 1, 3);

    section(m_contactTitle);
    addCell(grid, row, 0, m_mobile, m_mobileMessage);
    addCell(grid, row, 1, m_home, m_homeMessage);
    addCell(grid, row++, 2, m_work, m_workMessage);
    addCell(grid, row, 0, m_email, m_emailMessage, 2);
    addCell(grid, row++, 2, m_channel, m_channelMessage);

    section(m_addressTitle);
    addCell(grid, row, 0, m_line1, nullptr);
    addCell(grid, row, 1, m_line2, nullptr);
    addCell(grid, row++, 2, m_city, nullptr);
    addCell(grid, row, 0, m_postcode, nullptr);
    addCell(grid, row, 1, m_addressRegion, nullptr);
    addCell(grid, row++, 2, m_country, nullptr);

    section(m_moreTitle);
    addCell(grid, row, 0, m_contactTimes, nullptr, 2);
    addCell(grid, row++, 2, m_externalId, nullptr);
    addCell(grid, row++, 0, m_notes, nullptr, 3);
    addCell(grid, row++, 0, m_tags, m_tagsHint, 3);
    grid->setRowStretch(row, 1);

    // Reading order is the Tab order.
    const QList<QWidget*> order{
        m_given, m_family, m_preferred, m_dateOfBirth, m_sex, m_language, m_guardian->firstField()};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    const QList<QWidget*> rest{m_guardian->lastField(),
                               m_mobile,
                               m_home,
                               m_work,
                               m_email,
                               m_channel,
                               m_line1,
                               m_line2,
                               m_city,
                               m_postcode,
                               m_addressRegion,
                               m_country,
                               m_contactTimes,
                               m_externalId,
                               m_notes,
                               m_tags};
    for (int i = 1; i < rest.size(); ++i)
        setTabOrder(rest.at(i - 1), rest.at(i));

    for (QLineEdit* e : findChildren<QLineEdit*>())
        connect(e, &QLineEdit::textChanged, this, &PatientFormFields::changed);
    for (QComboBox* c : {m_sex, m_language, m_channel, m_country})
        connect(c, &QComboBox::currentIndexChanged, this, &PatientFormFields::changed);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &PatientFormFields::changed);
    connect(m_guardian, &GuardianPicker::changed, this, &PatientFormFields::changed);
    connect(m_dateOfBirth, &BirthDateEdit::dateChanged, this, &PatientFormFields::updateGuardian);
    connect(m_given, &QLineEdit::textEdited, this, [this] { setMessage(m_nameMessage, {}); });
    connect(m_family, &QLineEdit::textEdited, this, [this] { setMessage(m_nameMessage, {}); });
    connect(m_email, &QLineEdit::textEdited, this, [this] { setMessage(m_emailMessage, {}); });
    connect(m_email, &QLineEdit::editingFinished, this, [this] {
        if (Status ok = PatientValidator::checkEmail(m_email->text().trimmed()); !ok)
            setMessage(m_emailMessage, ok.error().message);
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] { setMessage(m_channelMessage, {}); });
    connect(m_tags, &QLineEdit::textChanged, this, [this] {
        const QStringList tags = splitTags(m_tags->text());
        m_tagsHint->setText(tags.isEmpty()
                                ? tr("Separate tags with commas, e.g. “wheelchair, prefers mornings”.")
                                : tr("Tags: %1").arg(tags.join(QStringLiteral("  ·  "))));
    });
    fillCombos();
    retranslateUi();
}

QLabel* PatientFormFields::makeLabel(QWidget* buddy)
{
    auto* label = new QLabel(this);
    label->setBuddy(buddy);
    Style::setRole(label, "fieldLabel");
    m_labels.insert(buddy, label);
    return label;
}

QLabel* PatientFormFields::makeMessage(const char* objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    Style::setRole(label, "fieldError");
    label->hide();
    return label;
}

QLabel* PatientFormFields::makeSection()
{
    auto* label = new QLabel(this);
    Style::setRole(label, "sectionTitle");
    return label;
}

void PatientFormFields::addCell(QGridLayout* grid, int row, int column, QWidget* field, QLabel* message,
                                int span, QWidget* beside)
{
    QLabel* label = makeLabel(field);
    auto* cell = new QVBoxLayout;
    cell->setSpacing(3);
    if (beside) {
        auto* top = new QHBoxLayout;
        top->addWidget(label);
        top->addStretch();
        top->addWidget(beside);
        cell->addLayout(top);
    } else {
        cell->addWidget(label);
    }
    cell->addWidget(field);
    if (message)
        cell->addWidget(message);
    grid->addLayout(cell, row, column, 1, span, Qt::AlignTop);
}

void PatientFormFields::fillCombos()
{
    PatientChoices::refill(m_sex, &PatientChoices::fillSex);
    PatientChoices::refill(m_language, &PatientChoices::fillLanguages);
    PatientChoices::refill(m_channel, [](QComboBox* c) {
        PatientChoices::fillChannels(c, PatientVocabulary::name(ContactChannel::None));
    });
    const QVariant country = m_country->currentData();
    const QSignalBlocker quiet(m_country);
    ClinicChoices::fillRegions(m_country);
    if (country.isValid())
        ClinicChoices::select(m_country, country.toString());
}

void PatientFormFields::setContext(const Context& context)
{
    m_context = context;
    m_dateOfBirth->setToday(context.today);
    for (PhoneEdit* phone : {m_mobile, m_home, m_work})
        phone->setRegion(context.region);
    m_guardian->setClinic(context.clinic, context.region);
    m_guardian->setAdultAge(context.adultAge);
    m_guardian->setExplanation(
        tr("Patients under %1 need a parent or guardian. Choose a patient of the clinic, or enter someone "
           "who is not a patient.")
            .arg(context.adultAge));
    retranslateUi();
}

void PatientFormFields::setPatient(const Patient& p, bool hasGuardian)
{
    m_patient = p;
    m_hasGuardian = hasGuardian;
    m_guardian->setExcluded(p.id);
    m_given->setText(p.givenName);
    m_family->setText(p.familyName);
    m_preferred->setText(p.preferredName);
    m_dateOfBirth->setDate(p.dateOfBirth);
    m_sex->setCurrentIndex(qMax(0, m_sex->findData(int(p.sex))));
    m_language->setCurrentIndex(qMax(0, m_language->findData(p.language)));
    // Numbers already stored are in E.164; numbers from the search are as typed.
    for (auto [edit, value] : {std::pair{m_mobile, p.mobilePhone}, std::pair{m_home, p.homePhone},
                               std::pair{m_work, p.workPhone}}) {
        if (value.startsWith(QLatin1Char('+')) && !p.id.isEmpty())
            edit->setE164(value);
        else
            edit->setText(value);
    }
    m_email->setText(p.email);
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(int(p.preferredChannel))));
    m_line1->setText(p.address.line1);
    m_line2->setText(p.address.line2);
    m_city->setText(p.address.city);
    m_postcode->setText(p.address.postcode);
    m_addressRegion->setText(p.address.region);
    if (!ClinicChoices::select(m_country, p.address.country))
        ClinicChoices::select(m_country, m_context.region);
    m_contactTimes->setText(p.preferredContactTimes);
    m_externalId->setText(p.externalId);
    m_notes->setPlainText(p.relationshipNotes);
    m_tags->setText(p.tags.join(QStringLiteral(", ")));
    clearMessages();
    updateGuardian();
}

Patient PatientFormFields::draft() const
{
    Patient p = m_patient;
    p.givenName = m_given->text().simplified();
    p.familyName = m_family->text().simplified();
    p.preferredName = m_preferred->text().simplified();
    p.dateOfBirth = m_dateOfBirth->date();
    p.sex = Sex(m_sex->currentData().toInt());
    p.language = m_language->currentData().toString();
    p.mobilePhone = m_mobile->e164();
    p.homePhone = m_home->e164();
    p.workPhone = m_work->e164();
    p.email = m_email->text().trimmed();
    p.preferredChannel = ContactChannel(m_channel->currentData().toInt());
    p.address.line1 = m_line1->text().simplified();
    p.address.line2 = m_line2->text().simplified();
    p.address.city = m_city->text().simplified();
    p.address.postcode = m_postcode->text().simplified();
    p.address.region = m_addressRegion->text().simplified();
    p.address.country = p.address.isEmpty() ? m_patient.address.country : m_country->currentData().toString();
    p.preferredContactTimes = m_contactTimes->text().simplified();
    p.externalId = m_externalId->text().trimmed();
    p.relationshipNotes = m_notes->toPlainText().trimmed();
    p.tags = splitTags(m_tags->text());
    return p;
}

std::optional<PatientLink> PatientFormFields::guardianLink() const
{
    return guardianShown() ? m_guardian->link() : std::nullopt;
}

bool PatientFormFields::guardianShown() const
{
    return !m_guardian->isHidden();
}

bool PatientFormFields::guardianMissing() const
{
    return guardianShown() && m_guardian->isEmpty();
}

void PatientFormFields::updateGuardian()
{
    Patient p;
    p.dateOfBirth = m_dateOfBirth->date();
    const int age = p.ageOn(m_context.today);
    const bool minor = age >= 0 && age < m_context.adultAge;
    m_guardian->setVisible(m_context.guardianRequired && minor && !m_hasGuardian);
}

bool PatientFormFields::validate()
{
    clearMessages();
    QWidget* first = nullptr;
    auto problem = [&first](QWidget* field) {
        if (!first)
            first = field;
    };
    if (m_given->text().trimmed().isEmpty() && m_family->text().trimmed().isEmpty()) {
        setMessage(m_nameMessage, tr("Enter the patient's given name or family name."));
        problem(m_given);
    }
    if (!m_dateOfBirth->validate())
        problem(m_dateOfBirth);
    for (PhoneEdit* phone : {m_mobile, m_home, m_work})
        if (!phone->validate())
            problem(phone);
    if (Status ok = PatientValidator::checkEmail(m_email->text().trimmed()); !ok) {
        setMessage(m_emailMessage, ok.error().message);
        problem(m_email);
    }
    const auto channel = ContactChannel(m_channel->currentData().toInt());
    if (channel == ContactChannel::Sms && m_mobile->text().trimmed().isEmpty()) {
        setMessage(m_channelMessage, tr("SMS needs a mobile number."));
        problem(m_channel);
    } else if (channel == ContactChannel::Email && m_email->text().trimmed().isEmpty()) {
        setMessage(m_channelMessage, tr("E-mail needs an e-mail address."));
        problem(m_channel);
    }
    if (guardianShown() && !m_guardian->validate())
        problem(m_guardian);
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return first == nullptr;
}

void PatientFormFields::showGuardianMissing()
{
    const QString name = draft().displayName();
    const QString age = PatientText::age(m_dateOfBirth->date(), m_context.today);
    m_guardian->showError(tr("%1 is %2 old. Choose their parent or guardian before saving.")
                              .arg(name.isEmpty() ? tr("The patient") : name, age));
    m_guardian->setFocus(Qt::OtherFocusReason);
    if (QWidget* field = m_guardian->picker()->edit(); field->isVisible())
        field->setFocus(Qt::OtherFocusReason);
}

bool PatientFormFields::showError(const Error& error)
{
    const QString& field = error.detail;
    if (field == QLatin1String("name")) {
        setMessage(m_nameMessage, error.message);
        m_given->setFocus();
    } else if (field == QLatin1String("dateOfBirth") || field == QLatin1String("date")) {
        m_dateOfBirth->showError(error.message);
        m_dateOfBirth->setFocus();
    } else if (field == QLatin1String("phone")) {
        // The validator names the phone at the start of its message.
        PhoneEdit* phone = m_mobile;
        if (error.message.startsWith(QCoreApplication::translate("rapport::PatientValidator", "Home phone")))
            phone = m_home;
        else if (error.message.startsWith(
                     QCoreApplication::translate("rapport::PatientValidator", "Work phone")))
            phone = m_work;
        phone->showError(error.message);
        phone->setFocus();
    } else if (field == QLatin1String("email")) {
        setMessage(m_emailMessage, error.message);
        m_email->setFocus();
    } else if (field == QLatin1String("preferredChannel")) {
        setMessage(m_channelMessage, error.message);
        m_channel->setFocus();
    } else if (field == QLatin1String("guardian")) {
        m_guardian->show();
        m_guardian->showError(error.message);
        m_guardian->setFocus();
    } else {
        return false;
    }
    return true;
}

void PatientFormFields::clearMessages()
{
    for (QLabel* m : {m_nameMessage, m_emailMessage, m_channelMessage})
        setMessage(m, {});
    m_guardian->clearError();
}

void PatientFormFields::setMessage(QLabel* message, const QString& text)
{
    message->setText(text);
    message->setVisible(!text.isEmpty());
    QWidget* buddy = message == m_nameMessage    ? static_cast<QWidget*>(m_given)
                     : message == m_emailMessage ? static_cast<QWidget*>(m_email)
                                                 : static_cast<QWidget*>(m_channel);
    if (buddy) {
        buddy->setAccessibleDescription(text);
        buddy->setProperty("invalid", !text.isEmpty());
        Style::repolish(buddy);
    }
}

QString PatientFormFields::fingerprint() const
{
    QStringList parts;
    for (const QLineEdit* e : findChildren<QLineEdit*>())
        parts << e->objectName() + QLatin1Char('=') + e->text();
    for (const QComboBox* c : {m_sex, m_language, m_channel, m_country})
        parts << c->currentData().toString();
    parts << m_notes->toPlainText() << m_guardian->fingerprint();
    return parts.join(QLatin1Char('\x1f'));
}

QWidget* PatientFormFields::firstField() const
{
    return m_given;
}

QWidget* PatientFormFields::lastField() const
{
    return m_tags;
}

QWidget* PatientFormFields::firstEmptyField() const
{
    if (m_given->text().isEmpty())
        return m_given;
    if (m_family->text().isEmpty())
        return m_family;
    if (m_dateOfBirth->text().isEmpty())
        return m_dateOfBirth;
    return m_given;
}

void PatientFormFields::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillCombos();
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PatientFormFields::retranslateUi()
{
    m_whoTitle->setText(tr("Patient"));
    m_contactTitle->setText(tr("Phone and e-mail"));
    m_addressTitle->setText(tr("Address"));
    m_moreTitle->setText(tr("Preferences and notes"));
    const struct
    {
        QWidget* field;
        QString text;
        QString name;
    } labels[] = {
        {m_given, tr("&Given name"), tr("Given name")},
        {m_family, tr("&Family name"), tr("Family name")},
        {m_preferred, tr("Prefe&rred name"), tr("Preferred name")},
        {m_dateOfBirth, tr("&Date of birth"), tr("Date of birth")},
        {m_sex, tr("Se&x"), tr("Sex")},
        {m_language, tr("&Language"), tr("Language")},
        {m_mobile, tr("&Mobile"), tr("Mobile phone")},
        {m_home, tr("&Home phone"), tr("Home phone")},
        {m_work, tr("&Work phone"), tr("Work phone")},
        {m_email, tr("&E-mail"), tr("E-mail address")},
        {m_channel, tr("Preferred &channel"), tr("Preferred channel")},
        {m_line1, tr("Address line &1"), tr("Address, first line")},
        {m_line2, tr("Address line &2"), tr("Address, second line")},
        {m_city, tr("Town or cit&y"), tr("Town or city")},
        {m_postcode, tr("P&ostcode"), tr("Postcode")},
        {m_addressRegion, tr("County or region"), tr("County or region")},
        {m_country, tr("Cou&ntry"), tr("Country")},
        {m_contactTimes, tr("Best &times to contact"), tr("Best times to contact")},
        {m_externalId, tr("External &id"), tr("External id")},
        {m_notes, tr("Relationship notes"), tr("Relationship notes")},
        {m_tags, tr("T&ags"), tr("Tags")},
    };
    for (const auto& l : labels) {
        if (QLabel* label = m_labels.value(l.field))
            label->setText(l.text);
        l.field->setAccessibleName(l.name);
    }
    m_given->setPlaceholderText(tr("e.g. Joanna"));
    m_family->setPlaceholderText(tr("e.g. Walsh"));
    m_preferred->setPlaceholderText(tr("What they like to be called"));
    m_dateOfBirth->setPlaceholderText(
        tr("e.g. %1").arg(QLocale().toString(QDate(1985, 3, 14), QLocale::ShortFormat)));
    m_mobile->setPlaceholderText(tr("e.g. %1").arg(PhoneNumbers::example(m_context.region)));
    m_email->setPlaceholderText(tr("e.g. jo.walsh@example.com"));
    m_contactTimes->setPlaceholderText(tr("e.g. weekday mornings, not Fridays"));
    m_externalId->setPlaceholderText(tr("Number in another system"));
    m_notes->setPlaceholderText(
        tr("How to look after the relationship: what matters to them, what to avoid. Not clinical notes: "
           "no diagnoses, treatment or medication here."));
    m_tags->setPlaceholderText(tr("e.g. wheelchair, prefers mornings"));
    if (m_tags->text().isEmpty())
        m_tagsHint->setText(tr("Separate tags with commas, e.g. “wheelchair, prefers mornings”."));
}

} // namespace rapport
