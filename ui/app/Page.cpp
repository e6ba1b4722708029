#include "app/Page.h"

#include "common/Style.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rapport {

Page::Page(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
{
    m_layout->setContentsMargins(28, 22, 28, 20);
    m_layout->setSpacing(12);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    Style::setRole(m_title, "pageTitle");
    m_title->setAccessibleName(QStringLiteral(" "));
    // Headings can hold what people typed (a patient's name): never read it as markup.
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    Style::setRole(m_subtitle, "pageSubtitle");
    m_subtitle->setWordWrap(true);
    auto* heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(m_title);
    heading->addWidget(m_subtitle);
    m_headingRow = new QHBoxLayout;
    m_headingRow->setSpacing(8);
    m_headingRow->addLayout(heading, 1);
    m_layout->addLayout(m_headingRow);
    m_layout->addSpacing(4);
}

void Page::addHeadingWidget(QWidget* widget)
{
    m_headingRow->addWidget(widget, 0, Qt::AlignBottom);
}

void Page::setHeading(const QString& title, const QString& subtitle)
{
    m_title->setText(title);
    m_title->setAccessibleName(title);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void Page::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace rapport
