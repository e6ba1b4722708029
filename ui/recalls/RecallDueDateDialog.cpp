#include "recalls/RecallDueDateDialog.h"

#include "common/Style.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

RecallDueDateDialog::RecallDueDateDialog(const QString& recall, QDate due, QWidget* parent)
    : QDialog(parent)
    , m_date(new QDateEdit(this))
{
    setObjectName(QStringLiteral("recallDueDateDialog"));
    setWindowTitle(tr("Set the due date"));
    setModal(true);
    setMinimumWidth(420);
    auto* intro = new QLabel(recall, this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    QFont bold = intro->font();
    bold.setWeight(QFont::DemiBold);
    intro->setFont(bold);
    m_date->setObjectName(QStringLiteral("recallDueDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setDate(due.isValid() ? due : QDate::currentDate());
    m_date->setAccessibleName(tr("Due date"));
    auto* hint = new QLabel(tr("Reminders for this recall follow the new date. The next completed visit sets it "
                               "again from the interval."),
                            this);
    hint->setWordWrap(true);
    Style::setRole(hint, "hint");
    auto* label = new QLabel(tr("&Due on:"), this);
    label->setBuddy(m_date);
    auto* form = new QFormLayout;
    form->addRow(label, m_date);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* ok = buttons->addButton(tr("&Set"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("recallDueDateOkButton"));
    Style::makePrimary(ok);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_date->setFocus();
    Style::growToFit(this);
}

QDate RecallDueDateDialog::date() const
{
    return m_date->date();
}

} // namespace rapport
