#include "patients/PatientWorkspace.h"

#include "common/Icons.h"
#include "patients/PatientFormDialog.h"
#include "patients/PatientListPage.h"
#include "patients/PatientPage.h"
#include "patients/PatientPrefill.h"
#include "patients/PatientSearchBox.h"
#include "security/Clinic.h"

#include <QAction>
#include <QWidget>

namespace rapport {

PatientWorkspace::PatientWorkspace(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_listPage(new PatientListPage)
    , m_patientPage(new PatientPage)
    , m_search(new PatientSearchBox)
    , m_findAction(new QAction(window))
    , m_newAction(new QAction(window))
{
    setObjectName(QStringLiteral("patientWorkspace"));
    m_findAction->setObjectName(QStringLiteral("findPatientAction"));
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_findAction->setIcon(Icons::icon(QStringLiteral("search")));
    m_newAction->setObjectName(QStringLiteral("newPatientAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setIcon(Icons::icon(QStringLiteral("user-plus")));
    window->addAction(m_findAction);
    window->addAction(m_newAction);
    m_listPage->setNewPatientShortcut(m_newAction->shortcut());

    connect(m_findAction, &QAction::triggered, m_search, &PatientSearchBox::activate);
    connect(m_newAction, &QAction::triggered, this, [this] { newPatient(); });
    connect(m_search, &PatientSearchBox::openPatientRequested, this, &PatientWorkspace::openPatientRequested);
    connect(m_search, &PatientSearchBox::createPatientRequested, this, &PatientWorkspace::newPatient);
    connect(m_listPage, &PatientListPage::openPatientRequested, this,
            &PatientWorkspace::openPatientRequested);
    connect(m_listPage, &PatientListPage::newPatientRequested, this, [this] { newPatient(); });
    connect(m_patientPage, &PatientPage::openPatientRequested, this, &PatientWorkspace::openPatientRequested);
    connect(m_patientPage, &PatientPage::backRequested, this, &PatientWorkspace::backRequested);
    retranslateUi();
}

void PatientWorkspace::setClinic(Clinic* clinic)
{
    m_clinic = clinic;
    const bool view = clinic && clinic->session().can(Permission::ViewPatients);
    const bool edit = clinic && clinic->session().can(Permission::EditPatients);
    m_search->setClinic(view ? clinic : nullptr);
    m_findAction->setEnabled(view);
    m_newAction->setEnabled(edit);
    // Hidden from a role that may not look patients up; while locked the top bar is hidden anyway.
    if (clinic)
        m_search->setVisible(view);
}

void PatientWorkspace::newPatient(const QString& typed)
{
    if (!m_clinic || !m_clinic->isOpen() || !m_clinic->session().can(Permission::EditPatients))
        return;
    auto* dialog = new PatientFormDialog(*m_clinic, PatientFormDialog::Mode::Create, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPatient(PatientPrefill::fromSearchText(typed));
    connect(dialog, &PatientFormDialog::saved, this, [this](const Patient& created) {
        Q_EMIT statusMessage(tr("%1 was registered.").arg(created.displayName()));
        Q_EMIT openPatientRequested(created.id);
    });
    connect(dialog, &PatientFormDialog::openExistingRequested, this, &PatientWorkspace::openPatientRequested);
    dialog->open();
}

void PatientWorkspace::retranslateUi()
{
    m_findAction->setText(tr("&Find a patient…"));
    m_newAction->setText(tr("&New patient…"));
}

} // namespace rapport
