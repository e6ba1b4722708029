#include "patients/PatientHeader.h"

#include "common/Icons.h"
#include "common/Style.h"
#include "patients/PatientText.h"
#include "patients/PatientVocabulary.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>

namespace rapport {

PatientHeader::PatientHeader(QWidget* parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_chips(new QHBoxLayout)
    , m_edit(new QPushButton(this))
    , m_statusButton(new QPushButton(this))
    , m_statusMenu(new QMenu(this))
    , m_merge(new QPushButton(this))
    , m_archive(new QPushButton(this))
    , m_restore(new QPushButton(this))
{
    setObjectName(QStringLiteral("patientHeader"));
    m_status->setObjectName(QStringLiteral("patientStatusBadge"));
    m_chips->setSpacing(6);
    m_edit->setObjectName(QStringLiteral("editPatientButton"));
    m_edit->setIcon(Icons::icon(QStringLiteral("edit"), Qt::white));
    m_edit->setProperty("primary", true);
    Style::repolish(m_edit);
    m_statusButton->setObjectName(QStringLiteral("setStatusButton"));
    m_statusButton->setIcon(Icons::icon(QStringLiteral("flag")));
    m_statusButton->setMenu(m_statusMenu);
    m_statusButton->setProperty("menuButton", true);
    m_statusMenu->setObjectName(QStringLiteral("setStatusMenu"));
    m_merge->setObjectName(QStringLiteral("mergePatientButton"));
    m_merge->setIcon(Icons::icon(QStringLiteral("merge")));
    m_archive->setObjectName(QStringLiteral("archivePatientButton"));
    m_archive->setIcon(Icons::icon(QStringLiteral("archive"), Style::danger()));
    Style::makeDanger(m_archive);
    m_restore->setObjectName(QStringLiteral("restorePatientButton"));
    m_restore->setIcon(Icons::icon(QStringLiteral("refresh")));
    for (QPushButton* b : {m_edit, m_statusButton, m_merge, m_archive, m_restore})
        b->setAutoDefault(false);
    for (PatientStatus s : {PatientStatus::Active, PatientStatus::Inactive, PatientStatus::Deceased}) {
        QAction* a = m_statusMenu->addAction(QString());
        a->setObjectName(QStringLiteral("setStatus_") + PatientVocabulary::key(s));
        a->setData(int(s));
        a->setCheckable(true);
        connect(a, &QAction::triggered, this, [this, s] { Q_EMIT statusRequested(s); });
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_status);
    layout->addLayout(m_chips);
    layout->addStretch();
    layout->addWidget(m_edit);
    layout->addWidget(m_statusButton);
    layout->addWidget(m_merge);
    layout->addWidget(m_archive);
    layout->addWidget(m_restore);

    connect(m_edit, &QPushButton::clicked, this, &PatientHeader::editRequested);
    connect(m_merge, &QPushButton::clicked, this, &PatientHeader::mergeRequested);
    connect(m_archive, &QPushButton::clicked, this, &PatientHeader::archiveRequested);
    connect(m_restore, &QPushButton::clicked, this, &PatientHeader::restoreRequested);
    retranslateUi();
    clear();
}

void PatientHeader::setPatient(const Patient& patient)
{
    m_patient = patient;
    PatientText::setStatusBadge(m_status, patient.status);
    m_status->show();
    while (QLayoutItem* item = m_chips->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            // Out of the tree at once (a click on it may still be running), deleted later.
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    for (const QString& tag : patient.tags) {
        QLabel* chip = PatientText::makeChip(tag, this);
        chip->setObjectName(QStringLiteral("patientTagChip"));
        m_chips->addWidget(chip);
    }
    for (QAction* a : m_statusMenu->actions())
        a->setChecked(a->data().toInt() == int(patient.status));
    updateActions();
}

void PatientHeader::setPermissions(bool canEdit, bool canMerge)
{
    m_canEdit = canEdit;
    m_canMerge = canMerge;
    updateActions();
}

void PatientHeader::clear()
{
    m_patient = Patient();
    m_status->hide();
    while (QLayoutItem* item = m_chips->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            // Out of the tree at once (a click on it may still be running), deleted later.
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    updateActions();
}

QStringList PatientHeader::chipTexts() const
{
    QStringList out;
    for (int i = 0; i < m_chips->count(); ++i)
        if (auto* label = qobject_cast<QLabel*>(m_chips->itemAt(i)->widget()))
            out << label->text();
    return out;
}

void PatientHeader::updateActions()
{
    const bool loaded = !m_patient.id.isEmpty();
    const bool merged = !m_patient.mergedInto.isEmpty();
    const bool archived = m_patient.status == PatientStatus::Archived;
    const bool editable = loaded && m_canEdit && !merged;
    m_edit->setVisible(editable);
    m_statusButton->setVisible(editable && !archived);
    m_archive->setVisible(editable && !archived);
    m_restore->setVisible(editable && archived);
    // Merging needs its own permission; the button is not shown to anyone else.
    m_merge->setVisible(loaded && m_canMerge && !merged && !archived);
}

void PatientHeader::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PatientHeader::retranslateUi()
{
    const QString edit = QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText);
    m_edit->setText(tr("Edit"));
    m_edit->setToolTip(tr("Edit the record (%1)").arg(edit));
    m_statusButton->setText(tr("Status"));
    m_statusButton->setToolTip(tr("Mark the patient active, inactive or deceased"));
    for (QAction* a : m_statusMenu->actions())
        a->setText(PatientVocabulary::name(PatientStatus(a->data().toInt())));
    m_merge->setText(tr("Merge…"));
    m_merge->setToolTip(tr("Merge with another record of the same person"));
    m_archive->setText(tr("Archive…"));
    m_archive->setToolTip(tr("Hide the record from searches and lists; it is never deleted"));
    m_restore->setText(tr("Restore"));
    m_restore->setToolTip(tr("Make the record active again"));
    if (!m_patient.id.isEmpty())
        PatientText::setStatusBadge(m_status, m_patient.status);
}

} // namespace rapport
