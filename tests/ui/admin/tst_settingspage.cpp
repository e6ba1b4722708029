// The settings page: saving clinic settings with the right permission, refusing a bad
// value, read-only for others, and the interface language stored per PC.
#include "UiTest.h"
#include "admin/SettingsPage.h"
#include "common/InlineMessage.h"
#include "common/LanguageManager.h"
#include "security/SettingsService.h"
#include "security/StaffService.h"

#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>

using namespace rapport;
using namespace rapport::test;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initUiTestApplication(); }
    void init() { resetSeams(); }

    void savesClinicSettings();
    void refusesAnEmptyClinicName();
    void readOnlyWithoutThePermission();
    void interfaceLanguageIsStoredPerComputer();
};

void TestSettingsPage::savesClinicSettings()
{
    TestClinic tc;
    SettingsPage page;
    page.setClinic(tc.clinic.get());
    page.show();
    auto* save = child<QPushButton>(&page, "saveSettingsButton");
    QVERIFY(!save->isEnabled()); // nothing changed yet
    QCOMPARE(child<QSpinBox>(&page, "idleLockSpin")->value(), 5);

    QSignalSpy changed(&page, &SettingsPage::clinicSettingsChanged);
    child<QSpinBox>(&page, "idleLockSpin")->setValue(12);
    typeInto(child<QLineEdit>(&page, "settingsClinicNameEdit"), QStringLiteral("Quay Street Dental"));
    auto* zone = child<QComboBox>(&page, "settingsTimeZoneCombo");
    zone->setCurrentIndex(zone->findData(QStringLiteral("Europe/Berlin")));
    QVERIFY(page.hasUnsavedChanges());
    click(save);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!page.hasUnsavedChanges());
    QCOMPARE(child<InlineMessage>(&page, "settingsMessage")->kind(), InlineMessage::Kind::Success);

    SettingsService settings(*tc.clinic);
    QCOMPARE(settings.idleLockMinutes(), 12);
    QCOMPARE(*settings.get(QStringLiteral("clinic.name")), QStringLiteral("Quay Street Dental"));
    QCOMPARE(*settings.get(QStringLiteral("clinic.timezone")), QStringLiteral("Europe/Berlin"));
    // The sign-in window reads the new name before anyone signs in.
    QCOMPARE(Clinic::peek(tc.path)->clinicName, QStringLiteral("Quay Street Dental"));
}

void TestSettingsPage::refusesAnEmptyClinicName()
{
    TestClinic tc;
    SettingsPage page;
    page.setClinic(tc.clinic.get());
    page.show();
    child<QLineEdit>(&page, "settingsClinicNameEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(&page, "settingsClinicNameEdit"), QStringLiteral("   "));
    click(child<QPushButton>(&page, "saveSettingsButton"));
    auto* message = child<InlineMessage>(&page, "settingsMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), InlineMessage::Kind::Error);
    QCOMPARE(*SettingsService(*tc.clinic).get(QStringLiteral("clinic.name")), QStringLiteral("Test Clinic"));
    click(child<QPushButton>(&page, "discardSettingsButton"));
    QCOMPARE(child<QLineEdit>(&page, "settingsClinicNameEdit")->text(), QStringLiteral("Test Clinic"));
}

void TestSettingsPage::readOnlyWithoutThePermission()
{
    TestClinic tc;
    QVERIFY(StaffService(*tc.clinic)
                .add(QStringLiteral("jo"), QStringLiteral("Jo Walsh"), Role::Clinician,
                     QStringLiteral("one-time-pass-1")));
    auto jo = tc.signIn(QStringLiteral("jo"), QStringLiteral("one-time-pass-1"));
    QVERIFY(jo);
    SettingsPage page;
    page.setClinic(jo->get());
    page.show();
    QVERIFY(!child<QSpinBox>(&page, "idleLockSpin")->isEnabled());
    QVERIFY(!child<QWidget>(&page, "saveSettingsButton")->isVisible());
    QVERIFY(child<QWidget>(&page, "settingsReadOnlyNote")->isVisible());
    // What they can see is still the clinic's.
    QCOMPARE(child<QLineEdit>(&page, "settingsClinicNameEdit")->text(), QStringLiteral("Test Clinic"));
    QVERIFY(child<QWidget>(&page, "interfaceLanguageCombo")->isEnabled());
}

void TestSettingsPage::interfaceLanguageIsStoredPerComputer()
{
    TestClinic tc;
    SettingsPage page;
    page.setClinic(tc.clinic.get());
    page.show();
    auto* language = child<QComboBox>(&page, "interfaceLanguageCombo");
    const int german = language->findData(QStringLiteral("de"));
    QVERIFY(german >= 0);
    language->setCurrentIndex(german);
    Q_EMIT language->activated(german);
    QCOMPARE(LanguageManager::instance().current(), QStringLiteral("de"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    QCOMPARE(LanguageManager::savedLanguage(), QStringLiteral("de"));

    const int english = language->findData(QStringLiteral("en"));
    language->setCurrentIndex(english);
    Q_EMIT language->activated(english);
    QCOMPARE(LanguageManager::instance().current(), QStringLiteral("en"));
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
