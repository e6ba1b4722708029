#include "patients/MergeDialog.h"

#include "common/InlineMessage.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "patients/PatientPicker.h"
#include "patients/PatientService.h"
#include "patients/PatientText.h"
#include "patients/PatientVocabulary.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rapport {

namespace {
void clearLayout(QLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QLayout* inner = item->layout())
            clearLayout(inner);
        if (QWidget* w = item->widget()) {
            // Out of the tree at once (a click on it may still be running), deleted later.
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
}
} // namespace

MergeDialog::MergeDialog(Clinic& clinic, const Patient& current, QWidget* parent)
    : QDialog(parent)
    , m_clinic(clinic)
    , m_current(current)
    , m_intro(new QLabel(this))
    , m_picker(new PatientPicker(this))
    , m_compare(new QWidget(this))
    , m_currentColumn(new QFrame)
    , m_otherColumn(new QFrame)
    , m_currentFields(new QVBoxLayout)
    , m_otherFields(new QVBoxLayout)
    , m_keepCurrent(new QRadioButton)
    , m_keepOther(new QRadioButton)
    , m_explain(new QLabel(this))
    , m_error(new InlineMessage(this))
    , m_ok(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setModal(true);
    resize(820, 640);
    SettingsService settings(clinic);
    m_today = settings.today();
    m_region = settings.region();

    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    Style::setRole(m_intro, "hint");
    m_picker->setObjectName(QStringLiteral("mergePicker"));
    m_picker->setClinic(&clinic);
    m_picker->setExcluded({current.id});
    m_keepCurrent->setObjectName(QStringLiteral("keepCurrentRadio"));
    m_keepOther->setObjectName(QStringLiteral("keepOtherRadio"));
    m_keepCurrent->setChecked(true);
    auto* keep = new QButtonGroup(this);
    keep->addButton(m_keepCurrent);
    keep->addButton(m_keepOther);
    m_explain->setObjectName(QStringLiteral("mergeExplanation"));
    m_explain->setWordWrap(true);
    m_explain->setTextFormat(Qt::PlainText);
    Style::setRole(m_explain, "hint");
    m_error->setObjectName(QStringLiteral("mergeError"));

    auto* columns = new QHBoxLayout(m_compare);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(14);
    for (auto [column, radio, fields] : {std::tuple{m_currentColumn, m_keepCurrent, m_currentFields},
                                         std::tuple{m_otherColumn, m_keepOther, m_otherFields}}) {
        Style::setRole(column, "compareColumn");
        auto* inner = new QVBoxLayout(column);
        inner->setContentsMargins(16, 12, 16, 14);
        inner->setSpacing(8);
        inner->addWidget(radio);
        fields->setSpacing(6);
        inner->addLayout(fields);
        inner->addStretch();
        columns->addWidget(column, 1);
    }
    m_currentColumn->setObjectName(QStringLiteral("mergeCurrentColumn"));
    m_otherColumn->setObjectName(QStringLiteral("mergeOtherColumn"));
    m_compare->hide();

    m_ok->setObjectName(QStringLiteral("mergeConfirmButton"));
    Style::makeDanger(m_ok);
    m_ok->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_ok);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(m_picker);
    layout->addWidget(m_compare, 1);
    layout->addWidget(m_explain);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_picker, &PatientPicker::chosenChanged, this, &MergeDialog::loadOther);
    connect(m_keepCurrent, &QRadioButton::toggled, this, &MergeDialog::updateChoice);
    connect(m_ok, &QPushButton::clicked, this, &MergeDialog::merge);
    connect(m_cancel, &QPushButton::clicked, this, &MergeDialog::reject);
    m_picker->setFocus();
    retranslateUi();
    updateChoice();
}

void MergeDialog::setKeepOther(bool keepOther)
{
    (keepOther ? m_keepOther : m_keepCurrent)->setChecked(true);
}

void MergeDialog::loadOther()
{
    m_error->clear();
    m_other.reset();
    clearLayout(m_otherFields);
    if (const auto& hit = m_picker->chosen(); hit && m_clinic.isOpen()) {
        auto other = PatientService(m_clinic).open(hit->patientId);
        if (!other)
            m_error->showError(other.error());
        else
            m_other = *other;
    }
    fillColumn(m_currentFields, m_current, m_other ? &*m_other : nullptr);
    if (m_other)
        fillColumn(m_otherFields, *m_other, &m_current);
    m_compare->setVisible(m_other.has_value());
    updateChoice();
    Style::growToFit(this);
}

void MergeDialog::fillColumn(QVBoxLayout* layout, const Patient& p, const Patient* other)
{
    clearLayout(layout);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    int row = 0;
    // Where the two records differ, the value stands out.
    auto add = [&](const QString& label, const QString& value, const QString& otherValue) {
        auto* l = new QLabel(label);
        Style::setRole(l, "hint");
        auto* v = new QLabel;
        v->setTextFormat(Qt::PlainText);
        v->setWordWrap(true);
        v->setText(value.isEmpty() ? QStringLiteral("—") : value);
        if (other && value != otherValue) {
            QFont f = v->font();
            f.setWeight(QFont::DemiBold);
            v->setFont(f);
        }
        grid->addWidget(l, row, 0, Qt::AlignTop);
        grid->addWidget(v, row, 1);
        ++row;
    };
    auto* name = new QLabel;
    name->setTextFormat(Qt::PlainText);
    name->setWordWrap(true);
    name->setText(p.displayName());
    Style::setRole(name, "sectionTitle");
    layout->addWidget(name);
    const Patient& o = other ? *other : p;
    auto address = [this](const Patient& x) { return x.address.lines(m_region).join(QStringLiteral(", ")); };
    add(tr("Born"), PatientText::ageAndBirth(p.dateOfBirth, m_today),
        PatientText::ageAndBirth(o.dateOfBirth, m_today));
    add(tr("Mobile"), PatientText::phone(p.mobilePhone, m_region),
        PatientText::phone(o.mobilePhone, m_region));
    add(tr("Home"), PatientText::phone(p.homePhone, m_region), PatientText::phone(o.homePhone, m_region));
    add(tr("Work"), PatientText::phone(p.workPhone, m_region), PatientText::phone(o.workPhone, m_region));
    add(tr("E-mail"), p.email, o.email);
    add(tr("Address"), address(p), address(o));
    add(tr("Status"), PatientVocabulary::name(p.status), PatientVocabulary::name(o.status));
    add(tr("Tags"), p.tags.join(QStringLiteral(", ")), o.tags.join(QStringLiteral(", ")));
    add(tr("External id"), p.externalId, o.externalId);
    // Two records are never registered at the same moment: not worth pointing out.
    add(tr("Registered"), PatientText::dateTime(p.createdAt), PatientText::dateTime(p.createdAt));
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
}

void MergeDialog::updateChoice()
{
    const bool keepCurrent = m_keepCurrent->isChecked();
    m_currentColumn->setProperty("kept", keepCurrent);
    m_otherColumn->setProperty("kept", !keepCurrent);
    Style::repolish(m_currentColumn);
    Style::repolish(m_otherColumn);
    m_ok->setEnabled(m_other.has_value());
    if (!m_other) {
        m_explain->setText(tr("Find the other record of the same person. Only records that are not archived "
                              "are offered."));
        return;
    }
    const Patient& kept = keepCurrent ? m_current : *m_other;
    const Patient& gone = keepCurrent ? *m_other : m_current;
    m_explain->setText(tr("%1's record is kept, with its details; its empty fields are filled from the other "
                          "record. Family links, consent decisions and the timeline move over. The record "
                          "registered %2 is archived and points to the kept one. This cannot be undone.")
                           .arg(kept.displayName(), PatientText::dateTime(gone.createdAt)));
}

void MergeDialog::merge()
{
    if (!m_other || !m_clinic.isOpen())
        return;
    const bool keepCurrent = m_keepCurrent->isChecked();
    const Patient kept = keepCurrent ? m_current : *m_other;
    const Patient gone = keepCurrent ? *m_other : m_current;
    const auto answer = MessageBox::question(
        this, tr("Merge records"), tr("Merge the two records of %1?").arg(kept.displayName()),
        tr("The record registered %1 is archived and everything on it moves to the one registered %2. This "
           "cannot be undone.")
            .arg(PatientText::dateTime(gone.createdAt), PatientText::dateTime(kept.createdAt)),
        tr("Merge"), tr("Cancel"), true);
    if (answer != QMessageBox::Yes || !m_clinic.isOpen())
        return;
    auto done = PatientService(m_clinic).merge(kept.id, gone.id);
    if (!done) {
        m_error->showError(done.error());
        return;
    }
    m_kept = *done;
    Q_EMIT merged(m_kept);
    accept();
}

void MergeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MergeDialog::retranslateUi()
{
    setWindowTitle(tr("Merge two records"));
    m_intro->setText(tr("Two records of the same person? Find the other one, compare them, and choose which "
                        "record is kept."));
    m_picker->setPlaceholderText(tr("Find the other record by name, phone or date of birth"));
    m_keepCurrent->setText(tr("Keep this record (the one open now)"));
    m_keepOther->setText(tr("Keep this record"));
    m_ok->setText(tr("Merge records…"));
    m_cancel->setText(tr("Cancel"));
    fillColumn(m_currentFields, m_current, m_other ? &*m_other : nullptr);
    if (m_other)
        fillColumn(m_otherFields, *m_other, &m_current);
    updateChoice();
}

} // namespace rapport
