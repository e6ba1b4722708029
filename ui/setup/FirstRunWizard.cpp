#include "setup/FirstRunWizard.h"

#include "common/Background.h"
#include "common/Icons.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "messaging/MessagingSetup.h"
#include "setup/AdministratorPage.h"
#include "setup/ClinicDetailsPage.h"
#include "setup/RecoveryKeyPage.h"

#include <QAbstractButton>
#include <QEvent>

namespace rapport {

FirstRunWizard::FirstRunWizard(QString databasePath, const Clock& clock, KdfProvider kdf, QWidget* parent)
    : QWizard(parent)
    , m_path(std::move(databasePath))
    , m_clock(clock)
    , m_kdf(kdf ? std::move(kdf) : KdfProvider([] { return PasswordKdf::tune(); }))
    , m_clinicPage(new ClinicDetailsPage(this))
    , m_adminPage(new AdministratorPage(this))
    , m_recoveryPage(new RecoveryKeyPage(this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage);
    setTitleFormat(Qt::RichText);
    setPixmap(QWizard::LogoPixmap, Icons::appPixmap(48, devicePixelRatioF()));
    setPage(ClinicPageId, m_clinicPage);
    setPage(AdministratorPageId, m_adminPage);
    setPage(RecoveryPageId, m_recoveryPage);
    setStartId(ClinicPageId);
    for (WizardButton b : {QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton}) {
        button(b)->setProperty("primary", true);
        Style::repolish(button(b));
    }
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("wizardCreateButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizardCancelButton"));
    resize(760, 620);
    retranslateUi();
}

FirstRunWizard::~FirstRunWizard() = default;

ClinicProfile FirstRunWizard::profile() const
{
    return m_clinicPage->profile();
}

void FirstRunWizard::createClinic(const NewStaffAccount& administrator)
{
    if (m_creating || m_clinic)
        return;
    m_creating = true;
    Background::run(
        this,
        [path = m_path, profile = profile(), administrator, kdf = m_kdf, &clock = m_clock] {
            auto created = Clinic::create(path, profile, administrator, kdf(), clock);
            // A new clinic starts with the usual reminder rules; nothing goes out until
            // e-mail or SMS is set up.
            if (created)
                if (Status rules = MessagingSetup(*created->clinic).createDefaultRules(); !rules)
                    return Result<Clinic::Created>(std::unexpected(rules.error()));
            return created;
        },
        [this](Result<Clinic::Created> created) {
            m_creating = false;
            if (!created) {
                m_creationError = created.error();
                Q_EMIT creationFinished(false);
                return;
            }
            m_creationError = {};
            m_clinic = std::move(created->clinic);
            m_recoveryKey = created->recoveryKey;
            Q_EMIT creationFinished(true);
        });
}

std::unique_ptr<Clinic> FirstRunWizard::takeClinic()
{
    m_recoveryKey.clear();
    return std::move(m_clinic);
}

void FirstRunWizard::reject()
{
    if (m_creating)
        return;
    if (m_clinic && currentId() == RecoveryPageId && !m_recoveryPage->isComplete()) {
        const auto answer =
            MessageBox::question(this, tr("Recovery key not confirmed"),
                                 tr("Close without confirming that the recovery key is stored safely?"),
                                 tr("Rapport will not show this key again. Without it, the clinic's data is "
                                    "lost if every administrator "
                                    "password is forgotten."),
                                 tr("Close anyway"), tr("Go back"), true);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_recoveryKey.clear();
    QWizard::reject();
}

QString FirstRunWizard::heading(const QString& title)
{
    return QStringLiteral("<span style=\"font-size: 15pt; font-weight: 600; color: #1f2a30;\">%1</span>")
        .arg(title.toHtmlEscaped());
}

void FirstRunWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void FirstRunWizard::retranslateUi()
{
    setWindowTitle(tr("Set up your clinic"));
    setButtonText(QWizard::NextButton, tr("&Next"));
    setButtonText(QWizard::BackButton, tr("&Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::CommitButton, tr("&Create clinic"));
    setButtonText(QWizard::FinishButton, tr("&Open Rapport"));
}

} // namespace rapport
