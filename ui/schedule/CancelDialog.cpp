#include "schedule/CancelDialog.h"

#include "common/InlineMessage.h"
#include "common/Style.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rapport {

CancelDialog::CancelDialog(const QString& appointment, int lateCancelHours, bool late, QWidget* parent)
    : QDialog(parent)
    , m_byPatient(new QRadioButton(tr("The &patient cancelled"), this))
    , m_byClinic(new QRadioButton(tr("The &clinic cancelled"), this))
    , m_reason(new QComboBox(this))
    , m_lateHint(new QLabel(this))
    , m_error(new InlineMessage(this))
{
    setObjectName(QStringLiteral("cancelDialog"));
    setWindowTitle(tr("Cancel the appointment"));
    setModal(true);
    setMinimumWidth(480);
    auto* intro = new QLabel(appointment, this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    QFont bold = intro->font();
    bold.setWeight(QFont::DemiBold);
    intro->setFont(bold);
    m_byPatient->setObjectName(QStringLiteral("cancelByPatientRadio"));
    m_byClinic->setObjectName(QStringLiteral("cancelByClinicRadio"));
    m_byPatient->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_byPatient);
    group->addButton(m_byClinic);
    m_reason->setObjectName(QStringLiteral("cancelReasonBox"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->lineEdit()->setMaxLength(200);
    m_reason->setAccessibleName(tr("Why it is cancelled"));
    m_lateHint->setObjectName(QStringLiteral("cancelLateHint"));
    m_lateHint->setWordWrap(true);
    Style::setRole(m_lateHint, "hint");
    m_lateHint->setText(late ? (lateCancelHours == 1
                                  ? tr("This is less than an hour before the appointment: a cancellation by "
                                       "the patient is recorded as a late cancellation.")
                                  : tr("This is less than %n hours before the appointment: a cancellation by "
                                       "the patient is recorded as a late cancellation.",
                                       nullptr, lateCancelHours))
                             : QString());
    m_lateHint->setVisible(late);
    m_error->setObjectName(QStringLiteral("cancelError"));

    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(reasonLabel, m_reason);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* ok = buttons->addButton(tr("Cancel the &appointment"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("cancelConfirmButton"));
    Style::makeDanger(ok);
    QPushButton* keep = buttons->addButton(tr("&Keep it"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("cancelKeepButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(m_byPatient);
    layout->addWidget(m_byClinic);
    layout->addWidget(m_lateHint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &CancelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_byPatient, &QRadioButton::toggled, this, &CancelDialog::updateReasons);
    updateReasons();
    m_reason->setFocus();
    Style::growToFit(this);
}

void CancelDialog::updateReasons()
{
    const QString typed = m_reason->currentText();
    m_reason->clear();
    if (m_byPatient->isChecked())
        m_reason->addItems({tr("Unwell"), tr("Cannot make the time"), tr("Transport"), tr("Work"),
                            tr("No longer needed")});
    else
        m_reason->addItems({tr("Provider unavailable"), tr("Clinic closed"), tr("Rebooked by the clinic"),
                            tr("Equipment unavailable")});
    m_reason->setCurrentIndex(-1);
    m_reason->setEditText(typed);
    m_lateHint->setVisible(m_byPatient->isChecked() && !m_lateHint->text().isEmpty());
}

bool CancelDialog::byPatient() const
{
    return m_byPatient->isChecked();
}

QString CancelDialog::reason() const
{
    return m_reason->currentText().simplified();
}

void CancelDialog::accept()
{
    if (reason().isEmpty()) {
        m_error->showMessage(InlineMessage::Kind::Error, tr("Say why it is cancelled: choose or type a reason."));
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace rapport
