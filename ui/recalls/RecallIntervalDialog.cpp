#include "recalls/RecallIntervalDialog.h"

#include "common/InlineMessage.h"
#include "common/Style.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport {

RecallIntervalDialog::RecallIntervalDialog(const QString& recall, const QString& typeInterval, int overrideMonths,
                                           int overrideDays, bool moves, QWidget* parent)
    : QDialog(parent)
    , m_type(new QRadioButton(this))
    , m_own(new QRadioButton(tr("&Own interval:"), this))
    , m_months(new QSpinBox(this))
    , m_days(new QSpinBox(this))
    , m_error(new InlineMessage(this))
{
    setObjectName(QStringLiteral("recallIntervalDialog"));
    setWindowTitle(tr("Change the interval"));
    setModal(true);
    setMinimumWidth(460);
    auto* intro = new QLabel(recall, this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    QFont bold = intro->font();
    bold.setWeight(QFont::DemiBold);
    intro->setFont(bold);
    m_type->setObjectName(QStringLiteral("intervalTypeRadio"));
    m_type->setText(tr("The recall type's interval: %1").arg(typeInterval));
    m_own->setObjectName(QStringLiteral("intervalOwnRadio"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_type);
    group->addButton(m_own);
    const bool own = overrideMonths >= 0 || overrideDays >= 0;
    (own ? m_own : m_type)->setChecked(true);
    m_months->setObjectName(QStringLiteral("intervalMonthsSpin"));
    m_months->setRange(0, 120);
    m_months->setValue(own ? qMax(0, overrideMonths) : 6);
    m_months->setSuffix(tr(" months"));
    m_months->setAccessibleName(tr("Months"));
    m_days->setObjectName(QStringLiteral("intervalDaysSpin"));
    m_days->setRange(0, 3660);
    m_days->setValue(own ? qMax(0, overrideDays) : 0);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days"));
    auto* hint = new QLabel(moves ? tr("The due date moves to the last visit plus the new interval.")
                                  : tr("The due date stays as it is; the interval counts from the next visit."),
                            this);
    hint->setWordWrap(true);
    Style::setRole(hint, "hint");
    m_error->setObjectName(QStringLiteral("intervalError"));

    auto* ownRow = new QHBoxLayout;
    ownRow->setSpacing(6);
    ownRow->addWidget(m_own);
    ownRow->addWidget(m_months);
    ownRow->addWidget(new QLabel(tr("and"), this));
    ownRow->addWidget(m_days);
    ownRow->addStretch();

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* ok = buttons->addButton(tr("&Change"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("intervalOkButton"));
    Style::makePrimary(ok);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(m_type);
    layout->addLayout(ownRow);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    auto update = [this] {
        m_months->setEnabled(m_own->isChecked());
        m_days->setEnabled(m_own->isChecked());
    };
    connect(m_own, &QRadioButton::toggled, this, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, this, &RecallIntervalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (own ? static_cast<QWidget*>(m_months) : m_type)->setFocus();
    Style::growToFit(this);
}

bool RecallIntervalDialog::typeInterval() const
{
    return m_type->isChecked();
}

int RecallIntervalDialog::months() const
{
    return typeInterval() ? -1 : m_months->value();
}

int RecallIntervalDialog::days() const
{
    return typeInterval() ? -1 : m_days->value();
}

void RecallIntervalDialog::accept()
{
    if (!typeInterval() && m_months->value() + m_days->value() == 0) {
        m_error->showMessage(InlineMessage::Kind::Error, tr("Enter at least one month or one day."));
        m_months->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace rapport
