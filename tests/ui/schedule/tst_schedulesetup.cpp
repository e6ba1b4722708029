// Administration > Schedule set-up: a manager adds a provider, a chair, a type only that
// provider does, working hours with a lunch break, and a clinic closure, and core has them;
// core's refusals show next to the form; a receptionist does not get the page.
#include "../patients/PatientUiTest.h"
#include "app/MainWindow.h"
#include "app/NavigationRail.h"
#include "common/InlineMessage.h"
#include "schedule/ScheduleSetupChairsTab.h"
#include "schedule/ScheduleSetupColourButton.h"
#include "schedule/ScheduleSetupExceptionsTab.h"
#include "schedule/ScheduleSetupHoursTab.h"
#include "schedule/ScheduleSetupPage.h"
#include "schedule/ScheduleSetupProvidersTab.h"
#include "schedule/ScheduleSetupTypesTab.h"
#include "scheduling/ScheduleSetup.h"
#include "security/AuditLog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QToolButton>

using namespace rapport;
using namespace rapport::test;

namespace {
void showTab(ScheduleSetupPage& page, QWidget* tab)
{
    page.tabs()->setCurrentWidget(tab);
    QCOMPARE(page.tabs()->currentWidget(), tab);
}

QStringList audited(Clinic& clinic, const QString& prefix)
{
    AuditFilter filter;
    filter.actionPrefix = prefix;
    QStringList out;
    if (auto rows = clinic.audit().query(clinic.session(), filter, 0, 100))
        for (const AuditEntry& e : *rows)
            out << e.action;
    return out;
}
} // namespace

class TestScheduleSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initPatientUiTest(); }
    void init() { resetSeams(); }

    void managerSetsUpTheSchedule();
    void refusalsShowNextToTheForm();
    void receptionistDoesNotGetThePage();
};

void TestScheduleSetup::managerSetsUpTheSchedule()
{
    TestClinic tc;
    auto clinic = signedInAs(tc, QStringLiteral("manager"), Role::Manager);
    QVERIFY(clinic);
    ScheduleSetupPage page;
    page.setClinic(clinic.get());
    page.resize(1300, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // A hygienist, linked to nobody, in a colour from the menu.
    showTab(page, page.providersTab());
    click(child<QPushButton>(&page, "providerNewButton"));
    auto* name = child<QLineEdit>(&page, "providerNameEdit");
    QCOMPARE(focused(), name); // straight into the name
    type(QStringLiteral("Hana Hygienist"));
    auto* kind = child<QComboBox>(&page, "providerKindCombo");
    kind->setCurrentIndex(kind->findData(QStringLiteral("hygienist")));
    child<ScheduleSetupColourButton>(&page, "providerColourButton")->setColour(QStringLiteral("#2f9e77"));
    press(Qt::Key_S, Qt::ControlModifier); // Ctrl+S saves
    QCOMPARE(child<InlineMessage>(&page, "providerMessage")->kind(), InlineMessage::Kind::Success);
    auto providers = ScheduleSetup(*clinic).providers();
    QVERIFY(providers);
    QCOMPARE(providers->size(), 1);
    const Provider hana = providers->constFirst();
    QCOMPARE(hana.name, QStringLiteral("Hana Hygienist"));
    QCOMPARE(hana.kind, QStringLiteral("hygienist"));
    QCOMPARE(hana.colour, QStringLiteral("#2f9e77"));
    QCOMPARE(child<QTableWidget>(&page, "providerTable")->rowCount(), 1);

    // A second provider, so "limited to Hana" means something.
    click(child<QPushButton>(&page, "providerNewButton"));
    typeInto(name, QStringLiteral("Dr Dev Dentist"));
    click(child<QPushButton>(&page, "providerSaveButton"));
    QCOMPARE(ScheduleSetup(*clinic).providers()->size(), 2);

    // A chair.
    showTab(page, page.chairsTab());
    click(child<QPushButton>(&page, "chairNewButton"));
    typeInto(child<QLineEdit>(&page, "chairNameEdit"), QStringLiteral("Surgery 1"));
    click(child<QPushButton>(&page, "chairSaveButton"));
    auto chairs = ScheduleSetup(*clinic).chairs();
    QVERIFY(chairs);
    QCOMPARE(chairs->size(), 1);
    const Chair surgery = chairs->constFirst();

    // A type only Hana does; the list of providers has read the new ones.
    showTab(page, page.typesTab());
    click(child<QPushButton>(&page, "typeNewButton"));
    typeInto(child<QLineEdit>(&page, "typeNameEdit"), QStringLiteral("Hygiene visit"));
    child<QSpinBox>(&page, "typeDurationSpin")->setValue(40);
    auto* who = child<QListWidget>(&page, "typeProvidersList");
    QCOMPARE(who->count(), 2);
    for (int i = 0; i < who->count(); ++i)
        if (who->item(i)->data(Qt::UserRole).toString() == hana.id)
            who->item(i)->setCheckState(Qt::Checked);
    typeInto(child<QLineEdit>(&page, "typeRecallEdit"), QStringLiteral("hygiene"));
    click(child<QPushButton>(&page, "typeSaveButton"));
    auto saved = ScheduleSetup(*clinic).typeByName(QStringLiteral("hygiene visit"));
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().text()));
    QCOMPARE(saved->durationMinutes, 40);
    QCOMPARE(saved->providerIds, QStringList{hana.id});
    QCOMPARE(saved->recallType, QStringLiteral("hygiene"));
    QVERIFY(saved->offeredBy(hana.id));
    const QString devId = ScheduleSetup(*clinic).providers()->constLast().id;
    QVERIFY(devId != hana.id);
    QVERIFY(!saved->offeredBy(devId));

    // Monday 08:00–12:00 and 13:00–17:00 in Surgery 1, copied to the other weekdays.
    showTab(page, page.hoursTab());
    ScheduleSetupHoursTab* hours = page.hoursTab();
    hours->selectProvider(hana.id);
    QCOMPARE(hours->providerId(), hana.id);
    click(child<QPushButton>(&page, "hoursAdd_1"));
    QCOMPARE(focusedName(), QStringLiteral("hoursStart_1_0"));
    child<QTimeEdit>(&page, "hoursStart_1_0")->setTime(QTime(8, 0));
    child<QTimeEdit>(&page, "hoursEnd_1_0")->setTime(QTime(12, 0));
    auto* chair = child<QComboBox>(&page, "hoursChair_1_0");
    chair->setCurrentIndex(chair->findData(surgery.id));
    click(child<QPushButton>(&page, "hoursAdd_1"));
    QTRY_VERIFY(child<QTimeEdit>(&page, "hoursStart_1_1"));
    child<QTimeEdit>(&page, "hoursStart_1_1")->setTime(QTime(13, 0));
    child<QTimeEdit>(&page, "hoursEnd_1_1")->setTime(QTime(17, 0));
    QVERIFY(child<QLabel>(&page, "hoursSummary_1")->text().contains(QStringLiteral("break 12:00–13:00")));
    QCOMPARE(child<QLabel>(&page, "hoursSummary_1")->text().left(3), QStringLiteral("8 h"));
    click(child<QPushButton>(&page, "hoursCopyMondayButton"));
    QVERIFY(hours->hasUnsavedChanges());
    click(child<QPushButton>(&page, "hoursSaveButton"));
    QCOMPARE(child<InlineMessage>(&page, "hoursMessage")->kind(), InlineMessage::Kind::Success);
    QVERIFY(!hours->hasUnsavedChanges());
    auto week = ScheduleSetup(*clinic).workingHours(hana.id);
    QVERIFY(week);
    QCOMPARE(week->size(), 10);
    QCOMPARE(week->at(0), (WorkingInterval{1, 8 * 60, 12 * 60, surgery.id}));
    QCOMPARE(week->at(1), (WorkingInterval{1, 13 * 60, 17 * 60, surgery.id}));
    QCOMPARE(week->at(9), (WorkingInterval{5, 13 * 60, 17 * 60, surgery.id}));
    QCOMPARE(child<QLabel>(&page, "hoursSummary_6")->text(), QStringLiteral("Not working"));

    // A clinic closure on a bank holiday, then Hana's half day of training.
    showTab(page, page.exceptionsTab());
    auto* exceptionKind = child<QComboBox>(&page, "exceptionKindCombo");
    exceptionKind->setCurrentIndex(exceptionKind->findData(QStringLiteral("closure")));
    QVERIFY(!child<QComboBox>(&page, "exceptionProviderCombo")->isEnabled());
    child<QDateEdit>(&page, "exceptionFirstDateEdit")->setDate(QDate(2026, 4, 6));
    typeInto(child<QLineEdit>(&page, "exceptionNoteEdit"), QStringLiteral("Easter Monday"));
    click(child<QPushButton>(&page, "exceptionAddButton"));
    QCOMPARE(child<InlineMessage>(&page, "exceptionMessage")->kind(), InlineMessage::Kind::Success);

    exceptionKind->setCurrentIndex(exceptionKind->findData(QStringLiteral("training")));
    auto* exceptionProvider = child<QComboBox>(&page, "exceptionProviderCombo");
    QVERIFY(exceptionProvider->isEnabled());
    exceptionProvider->setCurrentIndex(exceptionProvider->findData(hana.id));
    child<QDateEdit>(&page, "exceptionFirstDateEdit")->setDate(QDate(2026, 2, 2));
    toggle(child<QCheckBox>(&page, "exceptionWholeDayCheck"));
    child<QTimeEdit>(&page, "exceptionStartEdit")->setTime(QTime(13, 0));
    child<QTimeEdit>(&page, "exceptionEndEdit")->setTime(QTime(17, 0));
    click(child<QPushButton>(&page, "exceptionAddButton"));

    auto exceptions = ScheduleSetup(*clinic).exceptions(QDate(2026, 1, 1), QDate(2026, 12, 31));
    QVERIFY(exceptions);
    QCOMPARE(exceptions->size(), 2);
    const ScheduleException* closure = nullptr;
    const ScheduleException* training = nullptr;
    for (const ScheduleException& e : *exceptions)
        (e.isClosure() ? closure : training) = &e;
    QVERIFY(closure && training);
    QCOMPARE(closure->firstDate, QDate(2026, 4, 6));
    QCOMPARE(closure->lastDate, QDate(2026, 4, 6));
    QVERIFY(closure->wholeDay());
    QCOMPARE(closure->note, QStringLiteral("Easter Monday"));
    QCOMPARE(training->providerId, hana.id);
    QCOMPARE(training->kind, ExceptionKind::Training);
    QCOMPARE(training->startMinute, 13 * 60);
    QCOMPARE(training->endMinute, 17 * 60);
    auto* list = child<QTableWidget>(&page, "exceptionsTable");
    QCOMPARE(list->rowCount(), 2);

    // Removing one asks first and keeps the other.
    const QString closureId = closure->id;
    int closureRow = -1;
    for (int row = 0; row < page.exceptionsTab()->exceptions().size(); ++row)
        if (page.exceptionsTab()->exceptions().at(row).id == closureId)
            closureRow = row;
    list->selectRow(closureRow);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(child<QPushButton>(&page, "exceptionRemoveButton"));
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    exceptions = ScheduleSetup(*clinic).exceptions(QDate(2026, 1, 1), QDate(2026, 12, 31));
    QCOMPARE(exceptions->size(), 1);
    QVERIFY(!exceptions->constFirst().isClosure());
    QCOMPARE(list->rowCount(), 1);

    // Every change is in the audit trail.
    const QStringList trail = audited(*clinic, QStringLiteral("schedule."));
    QCOMPARE(trail.count(QStringLiteral("schedule.provider.save")), 2);
    QCOMPARE(trail.count(QStringLiteral("schedule.chair.save")), 1);
    QCOMPARE(trail.count(QStringLiteral("schedule.type.save")), 1);
    QCOMPARE(trail.count(QStringLiteral("schedule.hours.set")), 1);
    QCOMPARE(trail.count(QStringLiteral("schedule.exception.add")), 2);
    QCOMPARE(trail.count(QStringLiteral("schedule.exception.remove")), 1);
}

void TestScheduleSetup::refusalsShowNextToTheForm()
{
    TestClinic tc;
    ScheduleSetupPage page;
    page.setClinic(tc.clinic.get());
    page.show();

    // No name: core refuses, the form says why and nothing is stored.
    click(child<QPushButton>(&page, "providerNewButton"));
    click(child<QPushButton>(&page, "providerSaveButton"));
    auto* message = child<InlineMessage>(&page, "providerMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), InlineMessage::Kind::Error);
    QVERIFY(message->text().contains(QStringLiteral("name")));
    QCOMPARE(ScheduleSetup(*tc.clinic).providers()->size(), 0);

    typeInto(child<QLineEdit>(&page, "providerNameEdit"), QStringLiteral("Dr Ada"));
    click(child<QPushButton>(&page, "providerSaveButton"));
    QCOMPARE(message->kind(), InlineMessage::Kind::Success);
    const QString ada = ScheduleSetup(*tc.clinic).providers()->constFirst().id;

    // Two periods that overlap: the day says so, and core refuses the week.
    page.tabs()->setCurrentWidget(page.hoursTab());
    page.hoursTab()->selectProvider(ada);
    page.hoursTab()->addInterval(2);
    page.hoursTab()->addInterval(2);
    child<QTimeEdit>(&page, "hoursStart_2_1")->setTime(QTime(11, 0));
    QCOMPARE(child<QLabel>(&page, "hoursSummary_2")->text(), QStringLiteral("Two periods overlap."));
    click(child<QPushButton>(&page, "hoursSaveButton"));
    auto* hoursMessage = child<InlineMessage>(&page, "hoursMessage");
    QCOMPARE(hoursMessage->kind(), InlineMessage::Kind::Error);
    QVERIFY(ScheduleSetup(*tc.clinic).workingHours(ada)->isEmpty());
    // Taking one away makes the week acceptable.
    click(child<QToolButton>(&page, "hoursRemove_2_1"));
    click(child<QPushButton>(&page, "hoursSaveButton"));
    QCOMPARE(hoursMessage->kind(), InlineMessage::Kind::Success);
    QCOMPARE(ScheduleSetup(*tc.clinic).workingHours(ada)->size(), 1);

    // An exception whose last day is before its first.
    page.tabs()->setCurrentWidget(page.exceptionsTab());
    child<QDateEdit>(&page, "exceptionFirstDateEdit")->setDate(QDate(2026, 3, 10));
    child<QDateEdit>(&page, "exceptionLastDateEdit")->setDate(QDate(2026, 3, 9));
    click(child<QPushButton>(&page, "exceptionAddButton"));
    QCOMPARE(child<InlineMessage>(&page, "exceptionMessage")->kind(), InlineMessage::Kind::Error);
    QVERIFY(ScheduleSetup(*tc.clinic).exceptions(QDate(2026, 1, 1), QDate(2026, 12, 31))->isEmpty());
}

void TestScheduleSetup::receptionistDoesNotGetThePage()
{
    TestClinic tc;
    {
        auto desk = signedInAs(tc, QStringLiteral("desk"), Role::Receptionist);
        QVERIFY(desk);
        MainWindow window(std::move(desk), tc.clock);
        QVERIFY(!window.isPageAvailable(MainWindow::ScheduleSetupPageId));
        QVERIFY(!window.rail()->isItemVisible(MainWindow::ScheduleSetupPageId));
        window.showPage(MainWindow::ScheduleSetupPageId);
        QVERIFY(window.currentPage() != MainWindow::ScheduleSetupPageId);
    }
    {
        auto manager = signedInAs(tc, QStringLiteral("manager"), Role::Manager);
        QVERIFY(manager);
        MainWindow window(std::move(manager), tc.clock);
        QVERIFY(window.isPageAvailable(MainWindow::ScheduleSetupPageId));
        window.showPage(MainWindow::ScheduleSetupPageId);
        QCOMPARE(window.currentPage(), MainWindow::ScheduleSetupPageId);
    }
    // Core refuses a receptionist anyway, and the page would say so.
    auto desk = tc.signIn(QStringLiteral("desk"), QStringLiteral("temporary-pass-1"));
    QVERIFY(desk);
    ScheduleSetupPage page;
    page.setClinic(desk->get());
    typeInto(child<QLineEdit>(&page, "chairNameEdit"), QStringLiteral("Room 2"));
    QVERIFY(!page.chairsTab()->save());
    QCOMPARE(child<InlineMessage>(&page, "chairMessage")->kind(), InlineMessage::Kind::Error);
    QVERIFY(ScheduleSetup(*tc.clinic).chairs()->isEmpty());
}

QTEST_MAIN(TestScheduleSetup)
#include "tst_schedulesetup.moc"
