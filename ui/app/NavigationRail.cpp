#include "app/NavigationRail.h"

#include "common/Icons.h"
#include "common/Style.h"

#include <QButtonGroup>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

NavigationRail::NavigationRail(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("navigationRail"));
    setAttribute(Qt::WA_StyledBackground, true);
    setFixedWidth(228);
    m_layout->setContentsMargins(0, 10, 0, 12);
    m_layout->setSpacing(2);
    m_layout->addStretch();
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            Q_EMIT currentChanged(id);
    });
    connect(m_group, &QButtonGroup::idClicked, this, &NavigationRail::itemClicked);
}

void NavigationRail::addSection(int sectionId)
{
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("navSection%1").arg(sectionId));
    Style::setRole(label, "navSection");
    m_sections.insert(sectionId, label);
    m_layout->insertWidget(m_insertAt++, label);
}

void NavigationRail::setSectionTitle(int sectionId, const QString& title)
{
    if (QLabel* label = m_sections.value(sectionId))
        label->setText(title.toUpper());
}

QToolButton* NavigationRail::addItem(int sectionId, int itemId, const QString& iconName,
                                     const QString& objectName)
{
    auto* button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setProperty("navItem", true);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setIcon(Icons::icon(iconName, QColor(0x3d, 0x4c, 0x53), Style::accentDark()));
    button->setIconSize(QSize(20, 20));
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setFocusPolicy(Qt::TabFocus); // a click shows no focus frame; Tab does
    m_group->addButton(button, itemId);
    m_items.insert(itemId, button);
    m_sectionOfItem.insert(itemId, sectionId);
    m_visible.insert(itemId, true);
    m_layout->insertWidget(m_insertAt++, button);
    return button;
}

void NavigationRail::setItemText(int itemId, const QString& text, const QString& toolTip)
{
    if (QToolButton* b = m_items.value(itemId)) {
        b->setText(text);
        b->setToolTip(toolTip);
        b->setAccessibleName(text);
    }
}

void NavigationRail::setItemVisible(int itemId, bool visible)
{
    if (QToolButton* b = m_items.value(itemId)) {
        m_visible.insert(itemId, visible);
        b->setVisible(visible);
        updateSections();
    }
}

bool NavigationRail::isItemVisible(int itemId) const
{
    return m_visible.value(itemId, false);
}

void NavigationRail::updateSections()
{
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        bool any = false;
        for (auto item = m_sectionOfItem.cbegin(); item != m_sectionOfItem.cend(); ++item)
            any = any || (item.value() == it.key() && m_visible.value(item.key()));
        it.value()->setVisible(any);
    }
}

void NavigationRail::setCurrent(int itemId)
{
    if (QToolButton* b = m_items.value(itemId))
        b->setChecked(true);
}

int NavigationRail::current() const
{
    return m_group->checkedId();
}

} // namespace rapport
