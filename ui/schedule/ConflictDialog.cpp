#include "schedule/ConflictDialog.h"

#include "common/Icons.h"
#include "common/Style.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

ConflictDialog::ConflictDialog(const QString& what, const QList<ScheduleConflict>& conflicts, QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_list(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Conflict in the book"));
    setModal(true);
    setMinimumWidth(460);
    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::pixmap(QStringLiteral("alert-triangle"), 32, Style::warning(), devicePixelRatioF()));
    m_intro->setText(tr("%1 clashes with the book:").arg(what));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    QFont bold = m_intro->font();
    bold.setWeight(QFont::DemiBold);
    m_intro->setFont(bold);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setTextFormat(Qt::PlainText);
    m_list->setWordWrap(true);
    m_list->setText(describe(conflicts));
    m_reasonLabel->setText(tr("To book it anyway, say &why (kept with the appointment):"));
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("conflictReasonEdit"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("For example: emergency, agreed with the dentist"));
    m_reason->setAccessibleName(tr("Reason for booking despite the conflict"));

    auto* buttons = new QDialogButtonBox(this);
    m_override = buttons->addButton(tr("&Book anyway"), QDialogButtonBox::AcceptRole);
    m_override->setObjectName(QStringLiteral("conflictOverrideButton"));
    Style::makePrimary(m_override);
    m_override->setEnabled(false);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("Leave it as it was"));
    cancel->setDefault(true);

    auto* top = new QHBoxLayout;
    top->setSpacing(14);
    top->addWidget(icon, 0, Qt::AlignTop);
    auto* text = new QVBoxLayout;
    text->addWidget(m_intro);
    text->addWidget(m_list);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);

    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString& t) { m_override->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_reason->setFocus();
    Style::growToFit(this);
}

QString ConflictDialog::reason() const
{
    return m_reason->text().simplified();
}

QString ConflictDialog::describe(const QList<ScheduleConflict>& conflicts)
{
    QStringList lines;
    for (const ScheduleConflict& c : conflicts)
        lines << QStringLiteral("• ") + c.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace rapport
