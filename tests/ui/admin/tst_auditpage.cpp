// The audit trail page: paging as the view scrolls, the filters, the chain check, and the
// names it shows instead of ids.
#include "UiTest.h"
#include "admin/AuditPage.h"
#include "admin/AuditTableModel.h"
#include "admin/AuditText.h"
#include "common/InlineMessage.h"
#include "security/StaffService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSet>
#include <QTableView>

using namespace rapport;
using namespace rapport::test;

class TestAuditPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initUiTestApplication(); }
    void init() { resetSeams(); }

    void pagesAreFetchedAsTheViewScrolls();
    void newEntriesWaitForARefresh();
    void filtersNarrowTheList();
    void entriesAreReadable();
    void verifyChainReportsTheResult();
    void lockingEmptiesThePage();
};

void TestAuditPage::pagesAreFetchedAsTheViewScrolls()
{
    TestClinic tc;
    for (int i = 0; i < 450; ++i)
        QVERIFY(
            tc.clinic->record(QStringLiteral("clinic.test"), QStringLiteral("clinic"), QString::number(i)));
    const qint64 total = *tc.clinic->audit().count(tc.clinic->session(), {});
    QVERIFY(total > 450);

    AuditPage page;
    page.resize(1000, 700);
    page.setClinic(tc.clinic.get());
    page.show();
    AuditTableModel* model = page.model();
    QCOMPARE(model->totalCount(), total);
    QTRY_VERIFY(model->rowCount() >= AuditTableModel::PageSize);
    QVERIFY(model->rowCount() < total);
    // Newest first.
    QCOMPARE(model->entry(0)->entityId, QStringLiteral("449"));

    QTableView* table = child<QTableView>(&page, "auditTable");
    while (model->canFetchMore({})) {
        const int before = model->rowCount();
        table->scrollToBottom();
        QTRY_VERIFY(model->rowCount() > before || !model->canFetchMore({}));
    }
    QCOMPARE(model->rowCount(), total);
    QVERIFY(child<QLabel>(&page, "auditCountLabel")->text().contains(QLocale().toString(total)));
}

void TestAuditPage::newEntriesWaitForARefresh()
{
    TestClinic tc;
    for (int i = 0; i < 250; ++i)
        QVERIFY(
            tc.clinic->record(QStringLiteral("clinic.test"), QStringLiteral("clinic"), QString::number(i)));
    AuditPage page;
    page.setClinic(tc.clinic.get());
    AuditTableModel* model = page.model();
    const qint64 total = model->totalCount();
    QVERIFY(
        tc.clinic->record(QStringLiteral("clinic.test"), QStringLiteral("clinic"), QStringLiteral("late")));
    // Pages fetched after the new row was written still line up: no row twice, none lost.
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowCount(), total);
    QSet<qint64> seqs;
    for (int i = 0; i < model->rowCount(); ++i)
        seqs.insert(model->entry(i)->seq);
    QCOMPARE(seqs.size(), total);
    click(child<QPushButton>(&page, "auditRefreshButton"));
    QCOMPARE(model->totalCount(), total + 1);
    QCOMPARE(model->entry(0)->entityId, QStringLiteral("late"));
}

void TestAuditPage::filtersNarrowTheList()
{
    TestClinic tc;
    StaffService staff(*tc.clinic);
    auto jo = staff.add(QStringLiteral("jo"), QStringLiteral("Jo Walsh"), Role::Receptionist,
                        QStringLiteral("one-time-pass-1"));
    QVERIFY(jo);
    QVERIFY(staff.changeRole(jo->id, Role::Clinician));
    QVERIFY(tc.clinic->record(QStringLiteral("clinic.test"), QStringLiteral("clinic"), QStringLiteral("x")));

    AuditPage page;
    page.setClinic(tc.clinic.get());
    AuditTableModel* model = page.model();
    const qint64 everything = model->totalCount();

    auto* action = child<QComboBox>(&page, "auditActionCombo");
    action->setCurrentIndex(action->findData(QStringLiteral("staff")));
    QVERIFY(model->totalCount() >= 3); // the administrator's creation, Jo's, the role change
    for (int i = 0; i < model->rowCount(); ++i)
        QVERIFY(model->entry(i)->action.startsWith(QStringLiteral("staff")));

    // Only what concerns Jo.
    QTest::keyClicks(child<QLineEdit>(&page, "auditEntityEdit"), jo->id);
    QTest::keyClick(child<QLineEdit>(&page, "auditEntityEdit"), Qt::Key_Return);
    QCOMPARE(model->totalCount(), 2);
    for (int i = 0; i < model->rowCount(); ++i)
        QCOMPARE(model->entry(i)->entityId, jo->id);

    click(child<QPushButton>(&page, "auditClearButton"));
    QCOMPARE(model->totalCount(), everything);

    // Only what the administrator did, and nothing of the recovery key.
    auto* who = child<QComboBox>(&page, "auditStaffCombo");
    who->setCurrentIndex(who->findData(tc.clinic->session().userId));
    QCOMPARE(model->totalCount(), everything);
    who->setCurrentIndex(who->findData(Clinic::recoveryActorId()));
    QCOMPARE(model->totalCount(), 0);
    QVERIFY(child<QLabel>(&page, "auditCountLabel")->text().contains(QStringLiteral("No entries")));

    // A period in the future holds nothing; "any time" everything.
    who->setCurrentIndex(0);
    auto* period = child<QComboBox>(&page, "auditPeriodCombo");
    period->setCurrentIndex(period->findData(int(AuditPage::Period::Custom)));
    auto* from = child<QDateEdit>(&page, "auditFromDate");
    auto* to = child<QDateEdit>(&page, "auditToDate");
    QVERIFY(from->isVisibleTo(&page));
    const QDate day = tc.clock.now().toLocalTime().date();
    from->setDate(day);
    to->setDate(day);
    QCOMPARE(model->totalCount(), everything);
    from->setDate(day.addDays(1));
    to->setDate(day.addDays(2));
    QCOMPARE(model->totalCount(), 0);
    period->setCurrentIndex(period->findData(int(AuditPage::Period::AnyTime)));
    QCOMPARE(model->totalCount(), everything);
}

void TestAuditPage::entriesAreReadable()
{
    TestClinic tc;
    StaffService staff(*tc.clinic);
    auto jo = staff.add(QStringLiteral("jo"), QStringLiteral("Jo Walsh"), Role::Receptionist,
                        QStringLiteral("one-time-pass-1"));
    QVERIFY(jo);
    QVERIFY(staff.changeRole(jo->id, Role::Manager));
    AuditPage page;
    page.setClinic(tc.clinic.get());
    AuditTableModel* model = page.model();
    const QModelIndex newest = model->index(0, AuditTableModel::ActionColumn);
    QCOMPARE(newest.data().toString(), AuditText::actionLabel(QStringLiteral("staff.role")));
    QCOMPARE(model->index(0, AuditTableModel::ActorColumn).data().toString(), QStringLiteral("Ada Admin"));
    QCOMPARE(model->index(0, AuditTableModel::EntityColumn).data().toString(), QStringLiteral("Jo Walsh"));
    QCOMPARE(model->index(0, AuditTableModel::DetailColumn).data().toString(),
             Permissions::roleName(Role::Receptionist) + QStringLiteral(" → ") +
                 Permissions::roleName(Role::Manager));
    QVERIFY(!model->index(0, AuditTableModel::TimeColumn).data().toString().isEmpty());
}

void TestAuditPage::verifyChainReportsTheResult()
{
    TestClinic tc;
    AuditPage page;
    page.setClinic(tc.clinic.get());
    page.show();
    click(child<QPushButton>(&page, "verifyChainButton"));
    auto* message = child<InlineMessage>(&page, "auditMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), InlineMessage::Kind::Success);
    QVERIFY(message->text().contains(QStringLiteral("intact")));

    // An entry changed behind Rapport's back (the way an attacker would: past the triggers) shows.
    QVERIFY(tc.clinic->database().exec("DROP TRIGGER audit_log_no_update;"
                                       " UPDATE audit_log SET detail = 'edited' WHERE seq = 1"));
    click(child<QPushButton>(&page, "verifyChainButton"));
    QCOMPARE(message->kind(), InlineMessage::Kind::Error);
    QVERIFY(message->text().contains(QStringLiteral("tampered")));
}

void TestAuditPage::lockingEmptiesThePage()
{
    TestClinic tc;
    AuditPage page;
    page.setClinic(tc.clinic.get());
    QVERIFY(page.model()->rowCount() > 0);
    page.setClinic(nullptr);
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(child<QComboBox>(&page, "auditStaffCombo")->count(), 1);
}

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
