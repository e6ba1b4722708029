#include "patients/PatientFormDialog.h"

#include "common/InlineMessage.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "patients/DuplicatesDialog.h"
#include "patients/PatientFormFields.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QAction>
#include <QCloseEvent>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rapport {

PatientFormDialog::PatientFormDialog(Clinic& clinic, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_clinic(clinic)
    , m_mode(mode)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_fields(new PatientFormFields(this))
    , m_error(new InlineMessage(this))
    , m_save(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("patientFormDialog"));
    setModal(true);

    SettingsService settings(clinic);
    PatientService patients(clinic);
    m_today = settings.today();
    PatientFormFields::Context context;
    context.clinic = &clinic;
    context.today = m_today;
    context.region = settings.region();
    context.adultAge = patients.adultAge();
    context.guardianRequired = patients.guardianRequiredForMinors();
    m_fields->setContext(context);

    m_title->setObjectName(QStringLiteral("patientFormTitle"));
    m_title->setTextFormat(Qt::PlainText);
    Style::setRole(m_title, "pageTitle");
    m_intro->setWordWrap(true);
    Style::setRole(m_intro, "hint");
    m_error->setObjectName(QStringLiteral("patientFormError"));

    auto* holder = new QWidget;
    auto* holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 10, 0);
    holderLayout->addWidget(m_fields);
    m_scroll->setObjectName(QStringLiteral("patientFormScroll"));
    m_scroll->setProperty("role", QStringLiteral("plain"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(holder);

    m_save->setObjectName(QStringLiteral("savePatientButton"));
    Style::makePrimary(m_save);
    m_cancel->setObjectName(QStringLiteral("cancelPatientButton"));
    m_cancel->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    auto* keys = new QLabel(this);
    keys->setObjectName(QStringLiteral("patientFormKeys"));
    Style::setRole(keys, "hint");
    buttons->addWidget(keys, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 14, 18);
    layout->setSpacing(12);
    auto* head = new QVBoxLayout;
    head->setContentsMargins(0, 0, 10, 0);
    head->setSpacing(2);
    head->addWidget(m_title);
    head->addWidget(m_intro);
    layout->addLayout(head);
    layout->addWidget(m_scroll, 1);
    auto* foot = new QVBoxLayout;
    foot->setContentsMargins(0, 0, 10, 0);
    foot->setSpacing(10);
    foot->addWidget(m_error);
    foot->addLayout(buttons);
    layout->addLayout(foot);

    auto* saveAction = new QAction(this);
    saveAction->setObjectName(QStringLiteral("savePatientAction"));
    saveAction->setShortcut(QKeySequence::Save);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, &PatientFormDialog::save);
    connect(m_save, &QPushButton::clicked, this, &PatientFormDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &PatientFormDialog::cancel);
    connect(m_fields, &PatientFormFields::changed, m_error, &InlineMessage::clear);
    setTabOrder(m_fields->lastField(), m_save);
    setTabOrder(m_save, m_cancel);

    const QRect screen = QGuiApplication::primaryScreen()
                             ? QGuiApplication::primaryScreen()->availableGeometry()
                             : QRect(0, 0, 1280, 900);
    resize(qMin(980, screen.width() - 40), qMin(m_fields->sizeHint().height() + 190, screen.height() - 60));
    setMinimumSize(720, 480);
    retranslateUi();
    keys->setText(tr("Ctrl+S saves · Esc cancels"));
}

void PatientFormDialog::setPatient(const Patient& patient)
{
    m_patient = patient;
    m_hasGuardian = false;
    if (m_mode == Mode::Edit && !patient.id.isEmpty()) {
        if (auto links = PatientService(m_clinic).links(patient.id))
            for (const PatientLink& l : *links)
                m_hasGuardian |= l.kind == LinkKind::Guardian && l.patientId == patient.id;
    }
    m_fields->setPatient(patient, m_hasGuardian);
    m_initial = m_fields->fingerprint();
    retranslateUi();
    QWidget* start = m_mode == Mode::Create ? m_fields->firstEmptyField() : m_fields->firstField();
    start->setFocus(Qt::OtherFocusReason);
}

DuplicatesDialog* PatientFormDialog::duplicatesDialog() const
{
    return m_duplicates;
}

bool PatientFormDialog::isDirty() const
{
    return m_fields->fingerprint() != m_initial;
}

void PatientFormDialog::save()
{
    if (m_duplicates || !m_clinic.isOpen())
        return;
    m_error->clear();
    if (!m_fields->validate())
        return;
    if (m_fields->guardianMissing()) {
        m_fields->showGuardianMissing();
        return;
    }
    if (m_mode == Mode::Create) {
        auto matches = PatientService(m_clinic).findDuplicates(m_fields->draft());
        if (!matches) {
            showError(matches.error());
            return;
        }
        if (!matches->isEmpty()) {
            askAboutDuplicates(*matches);
            return;
        }
    }
    commit(false);
}

void PatientFormDialog::commit(bool allowDuplicates)
{
    PatientService service(m_clinic);
    const Patient draft = m_fields->draft();
    const std::optional<PatientLink> guardian = m_fields->guardianLink();
    Result<Patient> done = [&]() -> Result<Patient> {
        if (m_mode == Mode::Create) {
            QList<PatientLink> links;
            if (guardian)
                links << *guardian;
            return service.create(draft, links, PatientCreateOptions{allowDuplicates});
        }
        // The guardian first: a date of birth that makes a minor is refused without one.
        if (guardian && !m_hasGuardian) {
            PatientLink link = *guardian;
            link.patientId = draft.id;
            if (auto added = service.addLink(link); !added)
                return std::unexpected(added.error());
            m_hasGuardian = true;
        }
        return service.update(draft, PatientCreateOptions{allowDuplicates});
    }();
    if (!done) {
        if (done.error().code == ErrorCode::Conflict && !allowDuplicates) {
            // Someone else registered the same person meanwhile, or an edit made it look like another.
            auto matches = service.findDuplicates(draft);
            if (matches && !matches->isEmpty()) {
                askAboutDuplicates(*matches);
                return;
            }
        }
        showError(done.error());
        return;
    }
    m_closing = true;
    Q_EMIT saved(*done);
    QDialog::accept();
}

void PatientFormDialog::askAboutDuplicates(const QList<DuplicateMatch>& matches)
{
    m_duplicates = new DuplicatesDialog(
        matches, m_mode == Mode::Create ? DuplicatesDialog::Mode::Create : DuplicatesDialog::Mode::Update,
        m_today, this);
    m_duplicates->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_duplicates, &QDialog::finished, this, [this, dialog = m_duplicates.data()] {
        const auto choice = dialog->choice();
        const QString id = dialog->selectedPatientId();
        m_duplicates.clear();
        switch (choice) {
        case DuplicatesDialog::OpenExisting:
            m_closing = true;
            Q_EMIT openExistingRequested(id);
            QDialog::reject();
            break;
        case DuplicatesDialog::SaveAnyway:
            commit(true);
            break;
        case DuplicatesDialog::BackToForm:
            m_fields->firstField()->setFocus(Qt::OtherFocusReason);
            break;
        }
    });
    m_duplicates->open();
}

void PatientFormDialog::showError(const Error& error)
{
    if (!m_fields->showError(error))
        m_error->showError(error);
}

bool PatientFormDialog::confirmDiscard()
{
    if (!isDirty())
        return true;
    const auto answer = MessageBox::question(
        this, m_mode == Mode::Create ? tr("Discard new patient") : tr("Discard changes"),
        m_mode == Mode::Create ? tr("Discard this new patient?") : tr("Discard your changes to this record?"),
        tr("What you typed is not saved."), tr("Discard"), tr("Keep editing"), true);
    return answer == QMessageBox::Yes;
}

void PatientFormDialog::cancel()
{
    if (m_duplicates)
        return;
    if (!confirmDiscard())
        return;
    m_closing = true;
    reject();
}

void PatientFormDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        cancel();
        return;
    }
    QDialog::keyPressEvent(event);
}

void PatientFormDialog::closeEvent(QCloseEvent* event)
{
    if (!m_closing && isVisible() && !confirmDiscard()) {
        event->ignore();
        return;
    }
    m_closing = true;
    QDialog::closeEvent(event);
}

void PatientFormDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PatientFormDialog::retranslateUi()
{
    const bool create = m_mode == Mode::Create;
    setWindowTitle(create ? tr("New patient") : tr("Edit patient"));
    const QString name = m_patient.displayName();
    m_title->setText(create ? tr("New patient") : name);
    m_title->setAccessibleName(m_title->text());
    m_intro->setText(create ? tr("A name is all that is needed now; everything else can be added later.")
                            : tr("Changes are recorded on the patient's timeline and in the audit trail."));
    m_save->setText(create ? tr("Create patient") : tr("Save changes"));
    m_save->setToolTip(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    m_cancel->setText(tr("Cancel"));
}

} // namespace rapport
