#pragma once

#include <QColor>

class QApplication;
class QLabel;
class QPushButton;
class QWidget;

namespace rapport {

// Rapport's look: Fusion with a calm light palette and a restrained style sheet. Widgets
// ask for a look by property ("primary", "role") rather than by colour.
class Style
{
public:
    static void apply(QApplication& app);

    [[nodiscard]] static QColor accent(); // teal, for primary actions and selection
    [[nodiscard]] static QColor accentDark();
    [[nodiscard]] static QColor text();
    [[nodiscard]] static QColor mutedText();
    [[nodiscard]] static QColor danger();
    [[nodiscard]] static QColor success();
    [[nodiscard]] static QColor warning();

    static void makePrimary(QPushButton* button);
    static void makeDanger(QPushButton* button);
    static void makeLink(QPushButton* button);
    static void setRole(QWidget* widget,
                        const char* role); // "pageTitle", "pageSubtitle", "hint", "card", ...
    // Makes a dialog tall enough for its wrapped text (Qt does not grow windows for
    // height-for-width on its own). Never shrinks it. Runs once the layout has settled.
    static void growToFit(QWidget* window);
    // Re-applies the style sheet after a dynamic property changed.
    static void repolish(QWidget* widget);
};

} // namespace rapport
