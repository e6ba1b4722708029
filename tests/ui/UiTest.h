#pragma once

#include "TestSupport.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QWidget>

namespace rapport::test {

// The organisation and application names the program sets, so QSettings land in the test's
// temporary HOME under the same keys.
inline void initUiTestApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("RapportUiTest"));
}

template <typename T> T* child(const QObject* root, const char* objectName)
{
    return root->findChild<T*>(QString::fromLatin1(objectName));
}

// A visible dialog of type T under root (they are opened non-modally-blocking with open()).
template <typename T> T* openDialog(const QObject* root)
{
    const QList<T*> all = root->findChildren<T*>();
    for (T* d : all)
        if (d->isVisible())
            return d;
    return nullptr;
}

inline void typeInto(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

inline void click(QAbstractButton* button)
{
    QVERIFY2(button, "button not found");
    QVERIFY2(button->isEnabled(),
             qPrintable(QStringLiteral("button %1 is disabled").arg(button->objectName())));
    QTest::mouseClick(button, Qt::LeftButton);
}

// Leaves no queued answer behind for the next test.
inline void resetSeams()
{
    MessageBox::clearAnswers();
    FileDialog::clearAnswers();
    MessageBox::shown().clear();
}

} // namespace rapport::test
