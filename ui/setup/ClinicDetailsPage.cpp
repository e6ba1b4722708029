#include "setup/ClinicDetailsPage.h"

#include "common/ClinicChoices.h"
#include "common/LanguageManager.h"
#include "common/Style.h"
#include "setup/FirstRunWizard.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rapport {

ClinicDetailsPage::ClinicDetailsPage(QWidget* parent)
    : QWizardPage(parent)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_nameError(new QLabel(this))
    , m_regionLabel(new QLabel(this))
    , m_region(new QComboBox(this))
    , m_timeZoneLabel(new QLabel(this))
    , m_timeZone(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageHint(new QLabel(this))
    , m_location(new QLabel(this))
{
    setObjectName(QStringLiteral("clinicDetailsPage"));
    m_name->setObjectName(QStringLiteral("clinicNameEdit"));
    m_name->setMaxLength(100);
    m_nameError->setObjectName(QStringLiteral("clinicNameError"));
    Style::setRole(m_nameError, "fieldError");
    m_nameError->hide();
    m_region->setObjectName(QStringLiteral("regionCombo"));
    ClinicChoices::fillRegions(m_region);
    ClinicChoices::select(m_region, ClinicChoices::defaultRegion());
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    ClinicChoices::fillTimeZones(m_timeZone);
    if (!ClinicChoices::select(m_timeZone, ClinicChoices::defaultTimeZone()))
        ClinicChoices::select(m_timeZone, QStringLiteral("UTC"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    ClinicChoices::fillLanguages(m_language);
    ClinicChoices::select(m_language, LanguageManager::instance().current().isEmpty()
                                          ? LanguageManager::savedLanguage()
                                          : LanguageManager::instance().current());
    m_languageHint->setWordWrap(true);
    Style::setRole(m_languageHint, "hint");
    m_location->setWordWrap(true);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Style::setRole(m_location, "hint");
    m_nameLabel->setBuddy(m_name);
    m_regionLabel->setBuddy(m_region);
    m_timeZoneLabel->setBuddy(m_timeZone);
    m_languageLabel->setBuddy(m_language);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    form->setHorizontalSpacing(16);
    form->addRow(m_nameLabel, m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(m_regionLabel, m_region);
    form->addRow(m_timeZoneLabel, m_timeZone);
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_languageHint);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_location);

    connect(m_name, &QLineEdit::textEdited, m_nameError, &QLabel::hide);
    connect(m_language, &QComboBox::activated, this,
            [this] { LanguageManager::instance().setLanguage(m_language->currentData().toString()); });
    retranslateUi();
}

ClinicProfile ClinicDetailsPage::profile() const
{
    return ClinicProfile{m_name->text().trimmed(), m_region->currentData().toString(),
                         m_timeZone->currentData().toString(), m_language->currentData().toString()};
}

void ClinicDetailsPage::initializePage()
{
    updateLocation();
    m_name->setFocus();
}

void ClinicDetailsPage::updateLocation()
{
    if (auto* w = qobject_cast<FirstRunWizard*>(wizard()))
        m_location->setText(tr("The clinic's encrypted database will be created here: %1")
                                .arg(QDir::toNativeSeparators(w->databasePath())));
}

bool ClinicDetailsPage::validatePage()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || name.size() > 100) {
        m_nameError->setText(
            tr("Enter the clinic's name as patients know it, for example “Harbour Street Dental”."));
        m_nameError->show();
        m_name->setFocus();
        return false;
    }
    m_nameError->hide();
    return true;
}

void ClinicDetailsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ClinicDetailsPage::retranslateUi()
{
    setTitle(FirstRunWizard::heading(tr("Welcome to Rapport")));
    setSubTitle(tr("Tell Rapport about your clinic. You can change these details later in Settings."));
    m_nameLabel->setText(tr("Clinic &name:"));
    m_name->setPlaceholderText(tr("e.g. Harbour Street Dental"));
    m_name->setAccessibleName(tr("Clinic name"));
    m_regionLabel->setText(tr("Country or &region:"));
    m_region->setAccessibleName(tr("Country or region"));
    m_timeZoneLabel->setText(tr("&Time zone:"));
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_languageHint->setText(tr("The language of Rapport on this computer and of messages to patients."));
    if (m_nameError->isVisible())
        (void)validatePage();
    updateLocation();
}

} // namespace rapport
