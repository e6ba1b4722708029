#include "common/Card.h"

#include "common/Style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rapport {

Card::Card(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_titleRow(new QHBoxLayout)
    , m_body(new QVBoxLayout(this))
{
    Style::setRole(this, "card");
    m_body->setContentsMargins(20, 16, 20, 18);
    m_body->setSpacing(12);
    Style::setRole(m_title, "sectionTitle");
    m_title->setTextFormat(Qt::PlainText);
    m_titleRow->setSpacing(8);
    m_titleRow->addWidget(m_title, 1);
    m_body->addLayout(m_titleRow);
}

void Card::setTitle(const QString& title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

} // namespace rapport
