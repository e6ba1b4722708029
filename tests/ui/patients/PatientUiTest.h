#pragma once

// Shared by the patient UI tests: patients made through core, a member of staff of any
// role, and keys sent where the keyboard focus is, as a person typing would.
#include "UiTest.h"
#include "patients/PatientService.h"
#include "security/StaffService.h"

#include <QApplication>
#include <QLocale>
#include <QTest>

namespace rapport::test {

// The tests type dates the British way, as the clinic (region GB) would.
inline void initPatientUiTest()
{
    initUiTestApplication();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

inline Patient patient(const QString& given, const QString& family, QDate dob = QDate(1980, 5, 17),
                       const QString& mobile = {}, const QString& email = {})
{
    Patient p;
    p.givenName = given;
    p.familyName = family;
    p.dateOfBirth = dob;
    p.mobilePhone = mobile;
    p.email = email;
    return p;
}

inline Patient createPatient(Clinic& clinic, const Patient& p, const QList<PatientLink>& links = {})
{
    auto created = PatientService(clinic).create(p, links, PatientCreateOptions{true});
    if (!created)
        qFatal("could not create a patient: %s", qPrintable(created.error().text()));
    return *created;
}

// A new member of staff with the given role, signed in.
inline std::unique_ptr<Clinic> signedInAs(TestClinic& tc, const QString& username, Role role)
{
    const QString password = QStringLiteral("temporary-pass-1");
    if (!StaffService(*tc.clinic).add(username, QStringLiteral("Member ") + username, role, password))
        return nullptr;
    auto clinic = tc.signIn(username, password);
    return clinic ? std::move(*clinic) : nullptr;
}

// Brings a window to the front and gives it the keyboard, as the window manager does when a
// dialog opens or closes (the offscreen platform leaves that to the program).
inline bool activate(QWidget* window)
{
    if (!window)
        return false;
    window->activateWindow();
    return QTest::qWaitForWindowActive(window) &&
           QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

// Ticks or unticks a check box or radio button from the keyboard.
inline void toggle(QAbstractButton* button)
{
    QVERIFY2(button, "button not found");
    button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(button, Qt::Key_Space);
}

inline QWidget* focused()
{
    return QApplication::focusWidget();
}

inline QString focusedName()
{
    return focused() ? focused()->objectName() : QString();
}

// Keys go to whatever has the focus, as from a keyboard.
inline void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = focused();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

inline void type(const QString& text)
{
    QWidget* target = focused();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClicks(target, text);
}

} // namespace rapport::test
