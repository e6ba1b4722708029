#include "admin/SettingsPage.h"

#include "account/ChangePasswordDialog.h"
#include "common/ClinicChoices.h"
#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/LanguageManager.h"
#include "common/Style.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport {

namespace {
const QString NameKey = QStringLiteral("clinic.name");
const QString RegionKey = QStringLiteral("clinic.region");
const QString TimeZoneKey = QStringLiteral("clinic.timezone");
const QString IdleKey = QStringLiteral("security.idleLockMinutes");
} // namespace

SettingsPage::SettingsPage(QWidget* parent)
    : Page(parent)
    , m_clinicTitle(new QLabel)
    , m_readOnlyNote(new QLabel)
    , m_nameLabel(new QLabel)
    , m_name(new QLineEdit)
    , m_regionLabel(new QLabel)
    , m_region(new QComboBox)
    , m_timeZoneLabel(new QLabel)
    , m_timeZone(new QComboBox)
    , m_idleLabel(new QLabel)
    , m_idle(new QSpinBox)
    , m_idleHint(new QLabel)
    , m_save(new QPushButton)
    , m_discard(new QPushButton)
    , m_message(new InlineMessage)
    , m_computerTitle(new QLabel)
    , m_languageLabel(new QLabel)
    , m_language(new QComboBox)
    , m_languageHint(new QLabel)
    , m_accountTitle(new QLabel)
    , m_accountText(new QLabel)
    , m_changePassword(new QPushButton)
{
    setObjectName(QStringLiteral("settingsPage"));

    m_name->setObjectName(QStringLiteral("settingsClinicNameEdit"));
    m_name->setMaxLength(100);
    m_region->setObjectName(QStringLiteral("settingsRegionCombo"));
    ClinicChoices::fillRegions(m_region);
    m_timeZone->setObjectName(QStringLiteral("settingsTimeZoneCombo"));
    ClinicChoices::fillTimeZones(m_timeZone);
    m_idle->setObjectName(QStringLiteral("idleLockSpin"));
    m_idle->setRange(1, 240);
    m_idle->setValue(5);
    m_idleHint->setWordWrap(true);
    Style::setRole(m_idleHint, "hint");
    m_readOnlyNote->setObjectName(QStringLiteral("settingsReadOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    Style::setRole(m_readOnlyNote, "hint");
    m_save->setObjectName(QStringLiteral("saveSettingsButton"));
    m_save->setProperty("primary", true);
    m_discard->setObjectName(QStringLiteral("discardSettingsButton"));
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_language->setObjectName(QStringLiteral("interfaceLanguageCombo"));
    ClinicChoices::fillLanguages(m_language);
    m_languageHint->setWordWrap(true);
    Style::setRole(m_languageHint, "hint");
    m_accountText->setWordWrap(true);
    m_changePassword->setObjectName(QStringLiteral("changeMyPasswordButton"));
    m_changePassword->setIcon(Icons::icon(QStringLiteral("password")));
    for (QPushButton* b : {m_save, m_discard, m_changePassword})
        b->setAutoDefault(false);
    m_nameLabel->setBuddy(m_name);
    m_regionLabel->setBuddy(m_region);
    m_timeZoneLabel->setBuddy(m_timeZone);
    m_idleLabel->setBuddy(m_idle);
    m_languageLabel->setBuddy(m_language);
    // One label column width for every card, so the fields line up down the page.
    for (QLabel* l : {m_nameLabel, m_regionLabel, m_timeZoneLabel, m_idleLabel, m_languageLabel})
        l->setMinimumWidth(170);

    // Clinic card: the clinic-wide settings.
    QFrame* clinicCard = makeCard(m_clinicTitle);
    auto* clinicForm = new QFormLayout;
    clinicForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    clinicForm->setVerticalSpacing(10);
    clinicForm->setHorizontalSpacing(16);
    clinicForm->addRow(m_nameLabel, m_name);
    clinicForm->addRow(m_regionLabel, m_region);
    clinicForm->addRow(m_timeZoneLabel, m_timeZone);
    auto* idleRow = new QVBoxLayout;
    idleRow->setSpacing(4);
    auto* idleSpinRow = new QHBoxLayout;
    idleSpinRow->addWidget(m_idle);
    idleSpinRow->addStretch();
    idleRow->addLayout(idleSpinRow);
    idleRow->addWidget(m_idleHint);
    clinicForm->addRow(m_idleLabel, idleRow);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_readOnlyNote, 1);
    saveRow->addStretch();
    saveRow->addWidget(m_discard);
    saveRow->addWidget(m_save);
    auto* clinicLayout = static_cast<QVBoxLayout*>(clinicCard->layout());
    clinicLayout->addLayout(clinicForm);
    clinicLayout->addWidget(m_message);
    clinicLayout->addLayout(saveRow);

    // This computer.
    QFrame* computerCard = makeCard(m_computerTitle);
    auto* computerForm = new QFormLayout;
    computerForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    computerForm->setHorizontalSpacing(16);
    auto* languageColumn = new QVBoxLayout;
    languageColumn->setSpacing(4);
    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addStretch();
    languageColumn->addLayout(languageRow);
    languageColumn->addWidget(m_languageHint);
    computerForm->addRow(m_languageLabel, languageColumn);
    static_cast<QVBoxLayout*>(computerCard->layout())->addLayout(computerForm);

    // My account.
    QFrame* accountCard = makeCard(m_accountTitle);
    auto* accountRow = new QHBoxLayout;
    accountRow->addWidget(m_accountText, 1);
    accountRow->addWidget(m_changePassword, 0, Qt::AlignTop);
    static_cast<QVBoxLayout*>(accountCard->layout())->addLayout(accountRow);

    auto* column = new QWidget;
    column->setObjectName(QStringLiteral("settingsColumn"));
    column->setMaximumWidth(760);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 8, 0);
    columnLayout->setSpacing(16);
    columnLayout->addWidget(clinicCard);
    columnLayout->addWidget(computerCard);
    columnLayout->addWidget(accountCard);
    columnLayout->addStretch();

    auto* holder = new QWidget;
    auto* holderLayout = new QHBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(column, 1);
    holderLayout->addStretch(0);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(holder);
    contentLayout()->addWidget(scroll, 1);

    connect(m_name, &QLineEdit::textChanged, this, &SettingsPage::updateState);
    connect(m_region, &QComboBox::currentIndexChanged, this, &SettingsPage::updateState);
    connect(m_timeZone, &QComboBox::currentIndexChanged, this, &SettingsPage::updateState);
    connect(m_idle, &QSpinBox::valueChanged, this, &SettingsPage::updateState);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_discard, &QPushButton::clicked, this, &SettingsPage::discard);
    connect(m_changePassword, &QPushButton::clicked, this, &SettingsPage::changeMyPassword);
    connect(m_language, &QComboBox::activated, this,
            [this] { LanguageManager::instance().setLanguage(m_language->currentData().toString()); });

    retranslateUi();
    updateState();
}

QFrame* SettingsPage::makeCard(QLabel* title)
{
    auto* card = new QFrame;
    Style::setRole(card, "card");
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 16, 20, 18);
    layout->setSpacing(12);
    Style::setRole(title, "sectionTitle");
    layout->addWidget(title);
    return card;
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

void SettingsPage::setClinic(Clinic* clinic)
{
    m_clinic = clinic;
    m_message->clear();
    if (!m_clinic) {
        m_loaded.clear();
        m_name->clear();
        m_accountText->clear();
        updateState();
        return;
    }
    load();
    retranslateUi();
}

void SettingsPage::pageShown()
{
    ClinicChoices::select(m_language, LanguageManager::instance().current());
    if (m_clinic && !hasUnsavedChanges())
        load();
}

void SettingsPage::load()
{
    if (!m_clinic)
        return;
    SettingsService settings(*m_clinic);
    m_loaded.clear();
    for (const QString& key : {NameKey, RegionKey, TimeZoneKey, IdleKey}) {
        auto value = settings.get(key);
        if (!value) {
            m_message->showError(value.error());
            continue;
        }
        m_loaded.insert(key, *value);
    }
    discard();
}

void SettingsPage::discard()
{
    const QSignalBlocker b1(m_name), b2(m_region), b3(m_timeZone), b4(m_idle);
    m_name->setText(m_loaded.value(NameKey));
    if (!ClinicChoices::select(m_region, m_loaded.value(RegionKey)))
        m_region->setCurrentIndex(-1);
    if (!ClinicChoices::select(m_timeZone, m_loaded.value(TimeZoneKey)))
        m_timeZone->setCurrentIndex(-1);
    m_idle->setValue(m_loaded.value(IdleKey, QStringLiteral("5")).toInt());
    updateState();
}

QMap<QString, QString> SettingsPage::editedValues() const
{
    return {{NameKey, m_name->text().trimmed()},
            {RegionKey, m_region->currentData().toString()},
            {TimeZoneKey, m_timeZone->currentData().toString()},
            {IdleKey, QString::number(m_idle->value())}};
}

bool SettingsPage::hasUnsavedChanges() const
{
    if (!m_clinic || m_loaded.isEmpty())
        return false;
    const auto edited = editedValues();
    for (auto it = edited.cbegin(); it != edited.cend(); ++it)
        if (m_loaded.value(it.key()) != it.value())
            return true;
    return false;
}

void SettingsPage::updateState()
{
    const bool canEdit = m_clinic && m_clinic->session().can(Permission::ManageClinicSettings);
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_region, m_timeZone, m_idle})
        w->setEnabled(canEdit);
    m_readOnlyNote->setVisible(m_clinic && !canEdit);
    m_save->setVisible(canEdit);
    m_discard->setVisible(canEdit);
    const bool dirty = canEdit && hasUnsavedChanges();
    m_save->setEnabled(dirty);
    m_discard->setEnabled(dirty);
    if (dirty)
        m_message->clear();
    const bool recovery = m_clinic && m_clinic->session().viaRecoveryKey;
    m_changePassword->setEnabled(m_clinic && !recovery);
}

void SettingsPage::save()
{
    if (!m_clinic || !hasUnsavedChanges())
        return;
    SettingsService settings(*m_clinic);
    const auto edited = editedValues();
    // The name first: an empty name is the likeliest mistake, and nothing else is saved then.
    for (const QString& key : {NameKey, RegionKey, TimeZoneKey, IdleKey}) {
        const QString value = edited.value(key);
        if (m_loaded.value(key) == value)
            continue;
        if (Status s = settings.set(key, value); !s) {
            m_message->showError(s.error());
            if (key == NameKey)
                m_name->setFocus();
            Q_EMIT clinicSettingsChanged();
            return;
        }
        m_loaded.insert(key, value);
    }
    updateState();
    m_message->showMessage(InlineMessage::Kind::Success, tr("The clinic's settings were saved."));
    Q_EMIT statusMessage(tr("Settings saved."));
    Q_EMIT clinicSettingsChanged();
}

void SettingsPage::changeMyPassword()
{
    if (!m_clinic || m_clinic->session().viaRecoveryKey)
        return;
    auto* dialog = new ChangePasswordDialog(*m_clinic, ChangePasswordDialog::Mode::Voluntary, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        Q_EMIT statusMessage(tr("Your password was changed. Use it from the next sign-in on."));
    });
    dialog->open();
}

void SettingsPage::retranslateUi()
{
    setHeading(tr("Settings"), tr("How Rapport works at this clinic and on this computer."));
    m_clinicTitle->setText(tr("Clinic"));
    m_readOnlyNote->setText(
        tr("Only a practice manager or an administrator can change the clinic's settings."));
    m_nameLabel->setText(tr("Clinic &name:"));
    m_name->setAccessibleName(tr("Clinic name"));
    m_regionLabel->setText(tr("Country or &region:"));
    m_region->setAccessibleName(tr("Country or region"));
    m_timeZoneLabel->setText(tr("&Time zone:"));
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_idleLabel->setText(tr("&Lock after:"));
    m_idle->setSuffix(tr(" minutes without use"));
    m_idle->setAccessibleName(tr("Idle lock in minutes"));
    m_idleHint->setText(
        tr("When nobody uses Rapport for this long, it locks itself and asks for the password again."));
    m_save->setText(tr("Save changes"));
    m_discard->setText(tr("Discard"));
    m_computerTitle->setText(tr("This computer"));
    m_languageLabel->setText(tr("Interface &language:"));
    m_language->setAccessibleName(tr("Interface language"));
    m_languageHint->setText(tr("Changes the language of Rapport's windows at once, on this computer only."));
    ClinicChoices::select(m_language, LanguageManager::instance().current());
    m_accountTitle->setText(tr("My account"));
    if (m_clinic && m_clinic->session().viaRecoveryKey)
        m_accountText->setText(
            tr("You opened Rapport with the recovery key, which has no password of its own. "
               "Reset an administrator's password on the Staff page instead."));
    else if (m_clinic)
        m_accountText->setText(tr("Signed in as %1 (%2), %3.")
                                   .arg(m_clinic->session().displayName, m_clinic->session().username,
                                        Permissions::roleName(m_clinic->session().role)));
    m_changePassword->setText(tr("Change my password…"));
    updateState();
}

} // namespace rapport
