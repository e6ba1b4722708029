#include "admin/ChangeRoleDialog.h"

#include "admin/RoleText.h"
#include "common/InlineMessage.h"
#include "common/Style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

ChangeRoleDialog::ChangeRoleDialog(const StaffMember& member, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_member(member)
    , m_submit(std::move(submit))
    , m_intro(new QLabel(this))
    , m_roleLabel(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_error(new InlineMessage(this))
{
    setObjectName(QStringLiteral("changeRoleDialog"));
    setModal(true);
    setMinimumWidth(460);
    m_intro->setWordWrap(true);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    RoleText::fillRoles(m_role);
    m_role->setCurrentIndex(qMax(0, m_role->findData(int(member.role))));
    m_roleLabel->setBuddy(m_role);
    m_summary->setWordWrap(true);
    Style::setRole(m_summary, "hint");
    m_error->setObjectName(QStringLiteral("changeRoleError"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_roleLabel, m_role);
    form->addRow(QString(), m_summary);

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("changeRoleConfirmButton"));
    Style::makePrimary(m_ok);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(14);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ChangeRoleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangeRoleDialog::reject);
    connect(m_role, &QComboBox::currentIndexChanged, this, &ChangeRoleDialog::updateSummary);
    m_role->setFocus();
    retranslateUi();
}

Role ChangeRoleDialog::role() const
{
    return static_cast<Role>(m_role->currentData().toInt());
}

void ChangeRoleDialog::updateSummary()
{
    m_summary->setText(RoleText::summary(role()));
}

void ChangeRoleDialog::accept()
{
    if (role() == m_member.role) {
        QDialog::reject();
        return;
    }
    if (Status s = m_submit(role()); !s) {
        m_error->showError(s.error());
        return;
    }
    QDialog::accept();
}

void ChangeRoleDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChangeRoleDialog::retranslateUi()
{
    setWindowTitle(tr("Change role"));
    m_intro->setText(tr("Choose what %1 may do in Rapport. The change applies the next time they sign in.")
                         .arg(m_member.displayName));
    m_roleLabel->setText(tr("&Role:"));
    m_role->setAccessibleName(tr("Role"));
    RoleText::fillRoles(m_role);
    updateSummary();
    m_ok->setText(tr("Change role"));
}

} // namespace rapport
