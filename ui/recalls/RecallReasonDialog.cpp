#include "recalls/RecallReasonDialog.h"

#include "common/InlineMessage.h"
#include "common/Style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

RecallReasonDialog::RecallReasonDialog(Purpose purpose, const QString& recall, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QComboBox(this))
    , m_error(new InlineMessage(this))
{
    const bool decline = purpose == Purpose::Decline;
    setObjectName(QStringLiteral("recallReasonDialog"));
    setWindowTitle(decline ? tr("Decline the recall") : tr("Mark the recall inactive"));
    setModal(true);
    setMinimumWidth(480);
    auto* intro = new QLabel(recall, this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    QFont bold = intro->font();
    bold.setWeight(QFont::DemiBold);
    intro->setFont(bold);
    auto* hint = new QLabel(decline ? tr("The patient does not want this recall. It leaves the working list and no "
                                         "more reminders go out for it. You can reactivate it later.")
                                    : tr("The recall stops: no reminders, and it leaves the working list, for "
                                         "example when the patient moved away. You can reactivate it later."),
                            this);
    hint->setWordWrap(true);
    Style::setRole(hint, "hint");
    m_reason->setObjectName(QStringLiteral("recallReasonBox"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->lineEdit()->setMaxLength(200);
    m_reason->setAccessibleName(decline ? tr("Why the patient declined") : tr("Why the recall stops"));
    if (decline)
        m_reason->addItems({tr("Does not want reminders"), tr("Goes to another clinic"), tr("Will call when ready"),
                            tr("Cost")});
    else
        m_reason->addItems({tr("Moved away"), tr("Goes to another clinic"), tr("Cannot be reached"),
                            tr("No longer needed")});
    m_reason->setCurrentIndex(-1);
    m_reason->setEditText(QString());
    m_error->setObjectName(QStringLiteral("recallReasonError"));

    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(reasonLabel, m_reason);

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(decline ? tr("&Decline") : tr("&Mark inactive"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("recallReasonOkButton"));
    Style::makeDanger(m_ok);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &RecallReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_reason->setFocus();
    Style::growToFit(this);
}

QString RecallReasonDialog::reason() const
{
    return m_reason->currentText().simplified();
}

void RecallReasonDialog::accept()
{
    if (reason().isEmpty()) {
        m_error->showMessage(InlineMessage::Kind::Error, tr("Say why: choose or type a reason."));
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace rapport
