#pragma once

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace rapport {

// The column on the left of the main window: sections ("Administration") with their pages,
// each an icon and a label. Pages a role may not use are hidden, not disabled.
class NavigationRail : public QWidget
{
    Q_OBJECT

public:
    explicit NavigationRail(QWidget* parent = nullptr);

    void addSection(int sectionId);
    void setSectionTitle(int sectionId, const QString& title);
    QToolButton* addItem(int sectionId, int itemId, const QString& iconName, const QString& objectName);
    void setItemText(int itemId, const QString& text, const QString& toolTip = {});
    void setItemVisible(int itemId, bool visible);
    [[nodiscard]] bool isItemVisible(int itemId) const;
    [[nodiscard]] QToolButton* item(int itemId) const { return m_items.value(itemId); }

    void setCurrent(int itemId);
    [[nodiscard]] int current() const;

Q_SIGNALS:
    void currentChanged(int itemId);
    // Every click, also on the item that is already current (to go back to its page from a
    // page it opened, such as a patient's from the patient list).
    void itemClicked(int itemId);

private:
    void updateSections();

    QVBoxLayout* m_layout;
    QButtonGroup* m_group;
    QHash<int, QLabel*> m_sections;
    QHash<int, QToolButton*> m_items;
    QHash<int, int> m_sectionOfItem;
    QHash<int, bool> m_visible;
    int m_insertAt = 0;
};

} // namespace rapport
