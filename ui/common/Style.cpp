#include "common/Style.h"

#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QPalette>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>

namespace rapport {

QColor Style::accent()
{
    return QColor(0x0f, 0x76, 0x6e);
}
QColor Style::accentDark()
{
    return QColor(0x0b, 0x4f, 0x49);
}
QColor Style::text()
{
    return QColor(0x1f, 0x2a, 0x30);
}
QColor Style::mutedText()
{
    return QColor(0x5b, 0x69, 0x70);
}
QColor Style::danger()
{
    return QColor(0xb4, 0x23, 0x18);
}
QColor Style::success()
{
    return QColor(0x1a, 0x7f, 0x37);
}
QColor Style::warning()
{
    return QColor(0xb5, 0x47, 0x08);
}

void Style::apply(QApplication& app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QPalette p;
    const QColor window(0xf6, 0xf8, 0xf8);
    const QColor base(0xff, 0xff, 0xff);
    const QColor disabledText(0x9a, 0xa6, 0xaa);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text());
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xfa, 0xfa));
    p.setColor(QPalette::Text, text());
    p.setColor(QPalette::Button, QColor(0xfb, 0xfc, 0xfc));
    p.setColor(QPalette::ButtonText, text());
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, accent());
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent());
    p.setColor(QPalette::LinkVisited, accentDark());
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x97, 0x9c));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text());
    p.setColor(QPalette::Light, base);
    p.setColor(QPalette::Midlight, QColor(0xe8, 0xed, 0xee));
    p.setColor(QPalette::Mid, QColor(0xc5, 0xcf, 0xd0));
    p.setColor(QPalette::Dark, QColor(0xa3, 0xb0, 0xb3));
    p.setColor(QPalette::Shadow, QColor(0x70, 0x7c, 0x80));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0xb9, 0xc6, 0xc8));
    app.setPalette(p);

    QFont font = app.font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < 10)
        font.setPointSizeF(10);
    app.setFont(font);

    app.setStyleSheet(QStringLiteral(R"(
QPushButton {
    outline: none; border: 1px solid #c5cfd0; border-radius: 6px; padding: 6px 14px;
    background: #ffffff; color: #1f2a30; min-height: 18px;
}
QPushButton:hover { background: #f1f5f5; border-color: #a9b7b9; }
QPushButton:pressed { background: #e4ecec; }
QPushButton:focus { border: 2px solid #0f766e; padding: 5px 13px; }
QPushButton:disabled { color: #9aa6aa; background: #f4f6f6; border-color: #dde3e4; }
QPushButton[primary="true"] { background: #0f766e; border-color: #0f766e; color: #ffffff; font-weight: 600; }
QPushButton[primary="true"]:hover { background: #0c6a63; border-color: #0c6a63; }
QPushButton[primary="true"]:pressed { background: #0b5c56; }
QPushButton[primary="true"]:focus { border: 2px solid #0b4f49; padding: 5px 13px; }
QPushButton[primary="true"]:disabled { background: #a7cfca; border-color: #a7cfca; color: #f4faf9; }
QPushButton[danger="true"] { color: #b42318; border-color: #e7b4ae; }
QPushButton[danger="true"]:hover { background: #fdf1f0; border-color: #d99389; }
QPushButton[danger="true"]:disabled { color: #d2a7a2; border-color: #efd9d6; }
QPushButton[link="true"] {
    border: none; background: transparent; color: #0f766e; padding: 2px 2px; text-align: left;
}
QPushButton[link="true"]:hover { color: #0b4f49; text-decoration: underline; background: transparent; }
QPushButton[link="true"]:focus { border: none; text-decoration: underline; padding: 2px 2px; }

QLabel[role="pageTitle"] { font-size: 17pt; font-weight: 600; color: #1f2a30; }
QLabel[role="pageSubtitle"] { color: #5b6970; }
QLabel[role="sectionTitle"] { font-size: 11pt; font-weight: 600; color: #1f2a30; }
QLabel[role="hint"] { color: #5b6970; }
QLabel[role="fieldError"] { color: #b42318; }
QLabel[role="heroTitle"] { font-size: 20pt; font-weight: 600; color: #1f2a30; }

QFrame[role="card"] { background: #ffffff; border: 1px solid #dde3e4; border-radius: 10px; }
QFrame[role="card"] QLabel { background: transparent; }

QFrame[inlineMessage="true"] { border-radius: 6px; }
QFrame[inlineMessage="true"][kind="error"] { background: #fdeceb; border: 1px solid #f3c1bc; }
QFrame[inlineMessage="true"][kind="warning"] { background: #fff6e5; border: 1px solid #f5d9a8; }
QFrame[inlineMessage="true"][kind="info"] { background: #e9f4f3; border: 1px solid #bfdcd8; }
QFrame[inlineMessage="true"][kind="success"] { background: #e9f6ec; border: 1px solid #b8dfc2; }
QFrame[inlineMessage="true"] QLabel { background: transparent; color: #1f2a30; }

QWidget#navigationRail { background: #e9f1f0; border-right: 1px solid #d3dfdd; }
QLabel[role="navSection"] { color: #5b6d70; font-size: 8pt; font-weight: 700; padding: 14px 14px 4px 14px; }
QToolButton[navItem="true"] {
    border: none; border-radius: 8px; padding: 8px 12px; margin: 1px 8px;
    color: #2b383d; background: transparent; text-align: left;
}
QToolButton[navItem="true"]:hover { background: #d9e8e6; }
QToolButton[navItem="true"]:checked { background: #c9e2de; color: #0b4f49; font-weight: 600; }
QToolButton[navItem="true"]:focus { border: 1px solid #0f766e; }

QToolBar#headerBar { background: #ffffff; border: none; border-bottom: 1px solid #dde3e4; padding: 6px 10px; spacing: 10px; }
QToolBar#headerBar QToolButton { border: 1px solid #c5cfd0; border-radius: 6px; padding: 5px 12px; background: #ffffff; }
QToolBar#headerBar QToolButton:hover { background: #f1f5f5; }
QToolBar#headerBar QToolButton:focus { border: 2px solid #0f766e; padding: 4px 11px; }

QLabel#avatar { background: #0f766e; color: #ffffff; border-radius: 17px; font-weight: 700; }
QLabel#avatar[recovery="true"] { background: #b54708; }

QFrame#recoveryBanner { background: #fff3e0; border-bottom: 1px solid #f1c58b; }
QFrame#recoveryBanner QLabel { color: #7a3306; background: transparent; }

QLabel[role="fieldLabel"] { color: #3d4a50; font-weight: 600; }
QLabel[role="fieldHint"] { color: #5b6970; }
QLabel[role="badge"] { border-radius: 9px; padding: 1px 8px; font-weight: 600; }
QLabel[role="badge"][tone="success"] { background: #e3f4e8; color: #1a6b30; border: 1px solid #b8dfc2; }
QLabel[role="badge"][tone="muted"] { background: #eef1f2; color: #4d5a60; border: 1px solid #d6dde0; }
QLabel[role="badge"][tone="warning"] { background: #fff1df; color: #8f4306; border: 1px solid #f1cf9f; }
QLabel[role="badge"][tone="dark"] { background: #47545a; color: #ffffff; border: 1px solid #47545a; }
QLabel[role="chip"] {
    background: #e8f1f0; color: #0b4f49; border: 1px solid #c9dfdc; border-radius: 10px; padding: 1px 9px;
}
QLineEdit[invalid="true"] { border: 1px solid #b42318; border-radius: 3px; padding: 2px 3px; background: #fffafa; }
QLineEdit#patientSearchEdit {
    border: 1px solid #c5cfd0; border-radius: 8px; padding: 5px 8px; background: #f3f6f6; color: #1f2a30;
}
QLineEdit#patientSearchEdit:focus { border: 2px solid #0f766e; padding: 4px 7px; background: #ffffff; }
QFrame#patientSearchPopup { background: #ffffff; border: 1px solid #c9d4d5; border-radius: 10px; }
QFrame#patientSearchPopup QListView { border: none; background: transparent; outline: 0; }
QFrame#patientSearchPopup QLabel { background: transparent; }
QFrame#patientSearchFooter { background: #f6f8f8; border: none; border-top: 1px solid #e3e8e9;
    border-bottom-left-radius: 10px; border-bottom-right-radius: 10px; }
QFrame[role="banner"] { border-radius: 8px; }
QFrame[role="banner"][tone="muted"] { background: #f0f3f4; border: 1px solid #d6dde0; }
QFrame[role="banner"][tone="warning"] { background: #fff3e0; border: 1px solid #f1c58b; }
QFrame[role="banner"] QLabel { background: transparent; color: #2b383d; }
QListView#patientPickerResults { border: 1px solid #d3dcdd; border-radius: 8px; background: #ffffff; outline: 0; }
QListView[role="plainList"] { border: none; background: transparent; outline: 0; }
QScrollArea[role="plain"], QScrollArea[role="plain"] > QWidget > QWidget { background: transparent; }
QFrame[role="divider"] { background: #e8ecee; border: none; max-height: 1px; min-height: 1px; }
QFrame[role="pickedPatient"] { background: #f3f8f7; border: 1px solid #cfe0dd; border-radius: 8px; }
QFrame[role="pickedPatient"] QLabel { background: transparent; }
QFrame[role="compareColumn"] { background: #ffffff; border: 1px solid #dde3e4; border-radius: 10px; }
QFrame[role="compareColumn"][kept="true"] { border: 2px solid #0f766e; background: #f5fbfa; }
QFrame[role="compareColumn"] QLabel { background: transparent; }
QPushButton[menuButton="true"]::menu-indicator { subcontrol-position: right center; right: 8px; }
QPushButton[menuButton="true"] { padding-right: 26px; }
QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }
QMenuBar { background: #f6f8f8; }
QMenuBar::item { padding: 4px 10px; background: transparent; border-radius: 4px; }
QMenuBar::item:selected { background: #dcefec; color: #0b4f49; }
QMenu { background: #ffffff; border: 1px solid #d3dcdd; padding: 4px; }
QMenu::item { padding: 6px 28px 6px 30px; border-radius: 4px; color: #1f2a30; }
QMenu::item:selected { background: #dcefec; color: #0b4f49; }
QMenu::item:disabled { color: #a3b0b3; }
QMenu::icon { padding-left: 8px; }
QMenu::separator { height: 1px; background: #e3e8e9; margin: 4px 8px; }
QTableView::item { padding-left: 6px; padding-right: 6px; }
QTableView {
    outline: 0; background: #ffffff; border: 1px solid #dde3e4; border-radius: 8px;
    gridline-color: #eef1f2; selection-background-color: #cfe7e3; selection-color: #1f2a30;
    alternate-background-color: #f8fafa;
}
QHeaderView::section {
    background: #f3f6f6; color: #3d4a50; font-weight: 600; border: none;
    border-bottom: 1px solid #dde3e4; padding: 7px 8px;
}
QProgressBar { border: none; border-radius: 3px; background: #dce8e6; max-height: 6px; min-height: 6px; }
QProgressBar::chunk { border-radius: 3px; background: #0f766e; }
QCheckBox { spacing: 8px; }
QStatusBar { background: #ffffff; border-top: 1px solid #dde3e4; color: #5b6970; }
QStatusBar QLabel { color: #5b6970; }
QScrollArea#settingsScroll, QScrollArea#settingsScroll > QWidget > QWidget { background: transparent; }
QGroupBox#demoAccountsBox {
    background: #f3f8f7; border: 1px solid #cfe0dd; border-radius: 8px; margin-top: 14px; padding: 10px 8px 8px 8px;
}
QGroupBox#demoAccountsBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #0b4f49; font-weight: 600; }
QToolButton[demoAccount="true"] {
    border: 1px solid transparent; border-radius: 6px; padding: 5px 8px; text-align: left; background: transparent;
}
QToolButton[demoAccount="true"]:hover { background: #e2efed; border-color: #c3dcd8; }
QToolButton[demoAccount="true"]:focus { border-color: #0f766e; }
)"));
}

void Style::makePrimary(QPushButton* button)
{
    button->setProperty("primary", true);
    button->setDefault(true);
    button->setAutoDefault(true);
    repolish(button);
}

void Style::makeDanger(QPushButton* button)
{
    button->setProperty("danger", true);
    repolish(button);
}

void Style::makeLink(QPushButton* button)
{
    button->setProperty("link", true);
    button->setCursor(Qt::PointingHandCursor);
    button->setAutoDefault(false);
    button->setDefault(false);
    repolish(button);
}

void Style::setRole(QWidget* widget, const char* role)
{
    widget->setProperty("role", QString::fromLatin1(role));
    repolish(widget);
}

void Style::growToFit(QWidget* window)
{
    if (!window || !window->isWindow())
        return;
    QTimer::singleShot(0, window, [window] {
        if (QLayout* layout = window->layout())
            layout->activate();
        const int needed = qMax(window->heightForWidth(window->width()), window->minimumSizeHint().height());
        if (needed > window->height())
            window->resize(window->width(), needed);
    });
}

void Style::repolish(QWidget* widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace rapport
