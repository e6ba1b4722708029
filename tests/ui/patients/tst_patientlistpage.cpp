// The patient list with 500 patients: the count, sorting by a click on a column, the
// filters, rows read lazily in pages as they come into view, answers overtaken by a newer
// filter dropped, and Enter opening the patient.
#include "PatientUiTest.h"
#include "app/MainWindow.h"
#include "patients/PatientDirectory.h"
#include "patients/PatientFilterBar.h"
#include "patients/PatientImport.h"
#include "patients/PatientListModel.h"
#include "patients/PatientListPage.h"
#include "patients/PatientPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>

using namespace rapport;
using namespace rapport::test;

namespace {
constexpr int Patients = 500;

// Patient i: born on day i*37 after 1 Jan 1930, "diabetic" for every fifth, inactive for
// every tenth, archived for every fiftieth, SMS reminders granted for every fourth.
void importPatients(Clinic& clinic)
{
    PatientImport import(clinic, QStringLiteral("test"));
    QVERIFY(import.begin());
    for (int i = 0; i < Patients; ++i) {
        PatientImport::Entry e;
        e.patient.givenName = QStringLiteral("Given%1").arg(i);
        e.patient.familyName = QStringLiteral("Family%1").arg(i, 3, 10, QLatin1Char('0'));
        e.patient.dateOfBirth = QDate(1930, 1, 1).addDays(i * 37);
        e.patient.mobilePhone = QStringLiteral("+4474001%1").arg(i, 5, 10, QLatin1Char('0'));
        if (i % 5 == 0)
            e.patient.tags = {QStringLiteral("diabetic")};
        if (i % 50 == 0)
            e.patient.status = PatientStatus::Archived;
        else if (i % 10 == 0)
            e.patient.status = PatientStatus::Inactive;
        if (i % 4 == 0) {
            ConsentRecord c;
            c.channel = ContactChannel::Sms;
            c.purpose = ConsentPurpose::AppointmentReminders;
            c.granted = true;
            e.consents << c;
        }
        QVERIFY(import.add(e));
    }
    QVERIFY(import.finish());
}

bool waitLoaded(PatientListModel* model)
{
    return QTest::qWaitFor([model] { return !model->isLoading(); }, 10000);
}
} // namespace

class TestPatientListPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initPatientUiTest(); }
    void init() { resetSeams(); }

    void countSortFilterAndLazyRows();
    void newerFiltersWinAndEnterOpens();
};

void TestPatientListPage::countSortFilterAndLazyRows()
{
    TestClinic tc;
    importPatients(*tc.clinic);
    if (QTest::currentTestFailed())
        return;
    MainWindow window(std::move(tc.clinic), tc.clock);
    window.resize(1300, 800);
    window.show();
    QVERIFY(activate(&window));
    PatientListModel* model = window.patientListPage()->model();
    QCOMPARE(model->rowCount(), 0); // nothing read while the page is not shown

    click(child<QToolButton>(&window, "navPatients"));
    QCOMPARE(window.currentPage(), MainWindow::PatientsPageId);
    QVERIFY(waitLoaded(model));
    // Active and inactive by default: 500 less the 10 archived.
    QCOMPARE(model->rowCount(), 490);
    QCOMPARE(model->totalCount(), qint64(490));
    QCOMPARE(child<QLabel>(&window, "patientCountLabel")->text(), QStringLiteral("490 patients"));

    // Lazily: the rows in view are read, in pages; the rest are not.
    QTRY_VERIFY(model->isRowLoaded(0));
    QCOMPARE(model->index(0, PatientListModel::NameColumn).data().toString(),
             QStringLiteral("Family001, Given1"));
    QVERIFY(model->loadedRowCount() > 0);
    QVERIFY(model->loadedRowCount() <= PatientListModel::PageSize);
    QVERIFY(!model->isRowLoaded(489));
    // A row not read yet shows a placeholder and asks for its page.
    QCOMPARE(model->index(489, PatientListModel::NameColumn).data().toString(), QStringLiteral("Loading…"));
    QTRY_VERIFY(model->isRowLoaded(489));
    QCOMPARE(model->index(489, PatientListModel::NameColumn).data().toString(),
             QStringLiteral("Family499, Given499"));
    QVERIFY(model->loadedRowCount() < model->rowCount());
    QCOMPARE(model->index(489, PatientListModel::PhoneColumn).data().toString(),
             QStringLiteral("07400 100499"));

    // Sorting by date of birth with a click on the heading: the oldest first, then the youngest.
    QTableView* table = child<QTableView>(&window, "patientTable");
    QHeaderView* header = table->horizontalHeader();
    const QPoint dobHeading(header->sectionViewportPosition(PatientListModel::DateOfBirthColumn) + 10,
                            header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, dobHeading);
    QCOMPARE(model->sortKey(), PatientSort::DateOfBirth);
    QVERIFY(waitLoaded(model));
    QTRY_VERIFY(model->isRowLoaded(0));
    QCOMPARE(model->rowAt(0)->dateOfBirth, QDate(1930, 1, 1).addDays(37)); // patient 0 is archived
    QCOMPARE(model->index(0, PatientListModel::DateOfBirthColumn).data().toString(),
             QLocale().toString(QDate(1930, 1, 1).addDays(37), QLocale::ShortFormat));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, dobHeading);
    QVERIFY(!model->isAscending());
    QVERIFY(waitLoaded(model));
    QTRY_VERIFY(model->isRowLoaded(0));
    QCOMPARE(model->rowAt(0)->dateOfBirth, QDate(1930, 1, 1).addDays(499 * 37));
    // A column that does not sort shows (and uses) the name order.
    const QPoint phoneHeading(header->sectionViewportPosition(PatientListModel::PhoneColumn) + 10,
                              header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, phoneHeading);
    QCOMPARE(header->sortIndicatorSection(), int(PatientListModel::NameColumn));
    QCOMPARE(model->sortKey(), PatientSort::Name);
    QVERIFY(waitLoaded(model));

    // Filter by tag: every fifth patient, not archived.
    auto* tag = child<QComboBox>(&window, "tagFilterCombo");
    QCOMPARE(tag->count(), 2);
    tag->setCurrentIndex(tag->findData(QStringLiteral("diabetic")));
    QVERIFY(child<QProgressBar>(&window, "patientListBusy")->isVisible()); // a quiet sign that it works
    QVERIFY(waitLoaded(model));
    QVERIFY(!child<QProgressBar>(&window, "patientListBusy")->isVisible());
    QCOMPARE(model->totalCount(), qint64(90)); // 100 diabetic, 10 of them archived
    QCOMPARE(child<QLabel>(&window, "patientCountLabel")->text(), QStringLiteral("90 patients"));
    // With archived records too.
    window.patientListPage()->filters()->statusCheck(PatientStatus::Archived)->click();
    QVERIFY(waitLoaded(model));
    QCOMPARE(model->totalCount(), qint64(100));

    // Consent: SMS reminders granted (every fourth, so every twentieth among the diabetic).
    auto* channel = child<QComboBox>(&window, "consentFilterChannelCombo");
    channel->setCurrentIndex(channel->findData(int(ContactChannel::Sms)));
    QVERIFY(waitLoaded(model));
    QCOMPARE(model->totalCount(), qint64(25));

    // Age 60 to 70 on 5 January 2026, all tags, active and inactive: core says how many.
    click(child<QPushButton>(&window, "clearPatientFiltersButton"));
    QVERIFY(waitLoaded(model));
    QCOMPARE(model->totalCount(), qint64(490));
    auto* minAge = child<QSpinBox>(&window, "minAgeSpin");
    auto* maxAge = child<QSpinBox>(&window, "maxAgeSpin");
    QSignalSpy loaded(model, &PatientListModel::loaded);
    minAge->setValue(60);
    maxAge->setValue(70);
    QVERIFY(loaded.wait(5000)); // after a pause in typing, one query
    QVERIFY(waitLoaded(model));
    PatientFilter ages;
    ages.minAge = 60;
    ages.maxAge = 70;
    QCOMPARE(model->totalCount(), *PatientDirectory(*window.clinic()).count(ages));
    QVERIFY(model->totalCount() > 0);
}

void TestPatientListPage::newerFiltersWinAndEnterOpens()
{
    TestClinic tc;
    importPatients(*tc.clinic);
    if (QTest::currentTestFailed())
        return;
    auto clinic = signedInAs(tc, QStringLiteral("desk"), Role::Receptionist);
    QVERIFY(clinic);
    MainWindow window(std::move(clinic), tc.clock);
    window.show();
    QVERIFY(activate(&window));
    QCOMPARE(window.currentPage(), MainWindow::PatientsPageId);
    PatientListModel* model = window.patientListPage()->model();
    QVERIFY(waitLoaded(model));

    // Three changes in a row: only the last one's answer is shown.
    PatientFilterBar* filters = window.patientListPage()->filters();
    QSignalSpy loaded(model, &PatientListModel::loaded);
    filters->statusCheck(PatientStatus::Inactive)->click();
    filters->statusCheck(PatientStatus::Deceased)->click();
    filters->statusCheck(PatientStatus::Archived)->click();
    QVERIFY(waitLoaded(model));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(model->totalCount(), qint64(Patients - 40)); // no inactive: 40 of them

    // Enter on a row opens that patient.
    QTableView* table = child<QTableView>(&window, "patientTable");
    QTRY_VERIFY(model->isRowLoaded(3));
    table->setFocus();
    table->setCurrentIndex(model->index(3, 0));
    const QString id = model->rowAt(3)->patientId;
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(window.currentPage(), MainWindow::PatientPageId);
    QCOMPARE(window.patientPage()->patient().id, id);
    // Back comes to the list as it was left.
    click(child<QPushButton>(window.patientPage(), "patientBackButton"));
    QCOMPARE(window.currentPage(), MainWindow::PatientsPageId);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model->totalCount(), qint64(Patients - 40));

    // "New patient" is Ctrl+N, on the button's tooltip too.
    QVERIFY(child<QPushButton>(&window, "newPatientButton")->toolTip().contains(QStringLiteral("Ctrl+N")));
}

QTEST_MAIN(TestPatientListPage)
#include "tst_patientlistpage.moc"
