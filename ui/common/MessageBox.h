#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace rapport {

// Every message box in the window goes through here, so a test can answer it: a queued
// "next answer" is returned at once instead of showing the box. Whatever was asked is
// kept in shown() for the test to read.
class MessageBox
{
public:
    // Returns QMessageBox::Yes or QMessageBox::No. yesText/noText name the buttons by what
    // they do ("Deactivate", "Keep").
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                const QString& informativeText = {},
                                                const QString& yesText = {}, const QString& noText = {},
                                                bool destructive = false);
    static void information(QWidget* parent, const QString& title, const QString& text,
                            const QString& informativeText = {});
    static void warning(QWidget* parent, const QString& title, const QString& text,
                        const QString& informativeText = {});

    // For tests.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    [[nodiscard]] static int pendingAnswers();
    static void clearAnswers();
    [[nodiscard]] static QStringList& shown();

private:
    static QMessageBox::StandardButton exec(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, const QString& informativeText,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton, const QString& yesText,
                                            const QString& noText, bool destructive);
};

} // namespace rapport
