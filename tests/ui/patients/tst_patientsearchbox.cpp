// The global patient search (Ctrl+K): results ranked as core ranks them, what each row
// shows, Up/Down and Enter to open (an audited opening), archived records on request, and
// what "Create new patient" takes over from the typed text.
#include "PatientUiTest.h"
#include "app/MainWindow.h"
#include "patients/PatientPage.h"
#include "patients/PatientPrefill.h"
#include "patients/PatientSearch.h"
#include "patients/PatientSearchBox.h"
#include "patients/PatientSearchModel.h"
#include "patients/PatientSearchPopup.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>

using namespace rapport;
using namespace rapport::test;

class TestPatientSearchBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initPatientUiTest(); }
    void init() { resetSeams(); }

    void resultsAreRankedAndEnterOpensThePatient();
    void archivedPatientsOnlyWhenAsked();
    void typedTextStartsTheNewRecord_data();
    void typedTextStartsTheNewRecord();
};

void TestPatientSearchBox::resultsAreRankedAndEnterOpensThePatient()
{
    TestClinic tc;
    Clinic& c = *tc.clinic;
    const Patient jo = createPatient(c, patient(QStringLiteral("Jo"), QStringLiteral("Walsh"),
                                                QDate(1980, 5, 17), QStringLiteral("07400 123456")));
    createPatient(c, patient(QStringLiteral("Joanna"), QStringLiteral("Walshe"), QDate(1992, 1, 30)));
    createPatient(c, patient(QStringLiteral("Liam"), QStringLiteral("Walsh"), QDate(2001, 11, 2)));
    const Patient gone =
        createPatient(c, patient(QStringLiteral("Walter"), QStringLiteral("Walsh"), QDate(1950, 2, 3)));
    QVERIFY(PatientService(c).setStatus(gone.id, PatientStatus::Inactive));
    createPatient(c, patient(QStringLiteral("Ann"), QStringLiteral("Other")));

    MainWindow window(std::move(tc.clinic), tc.clock);
    window.show();
    QVERIFY(activate(&window));
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    type(QStringLiteral("walsh"));
    PatientSearchModel* model = window.patientSearch()->model();
    QTRY_COMPARE(model->typed(), QStringLiteral("walsh"));

    // The order core gives: exact names before prefixes, active before inactive.
    auto expected = PatientSearch(*window.clinic())
                        .search(QStringLiteral("walsh"), {false, PatientSearchBox::ResultLimit});
    QVERIFY(expected);
    QCOMPARE(model->hitCount(), expected->size());
    QCOMPARE(model->hitCount(), 4);
    for (int i = 0; i < expected->size(); ++i)
        QCOMPARE(model->index(i).data(PatientSearchModel::IdRole).toString(), expected->at(i).patientId);
    QCOMPARE(model->index(3).data().toString(), QStringLiteral("Walter Walsh")); // inactive, last
    QVERIFY(!model->index(3).data(PatientSearchModel::ActiveRole).toBool());
    // A row: the name, then age, date of birth in the locale's format and the phone as dialled here.
    const int joRow = [&] {
        for (int i = 0; i < model->hitCount(); ++i)
            if (model->hit(i)->patientId == jo.id)
                return i;
        return -1;
    }();
    QVERIFY(joRow >= 0);
    QCOMPARE(model->index(joRow).data().toString(), QStringLiteral("Jo Walsh"));
    QCOMPARE(model->index(joRow).data(PatientSearchModel::DetailRole).toString(),
             QStringLiteral("45 years · 17/05/1980   ·   07400 123456"));
    // And always, last, "Create new patient".
    QCOMPARE(model->rowCount(), 5);
    QVERIFY(model->index(4).data(PatientSearchModel::IsCreateRole).toBool());
    QCOMPARE(child<QLabel>(&window, "patientSearchSummary")->text(), QStringLiteral("4 patients found"));

    // Down and Up move; Enter opens.
    auto* results = child<QListView>(&window, "patientSearchResults");
    QCOMPARE(results->currentIndex().row(), 0);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    QCOMPARE(results->currentIndex().row(), 2);
    press(Qt::Key_Up);
    press(Qt::Key_Up);
    press(Qt::Key_Up); // stays on the first
    QCOMPARE(results->currentIndex().row(), 0);
    const QString first = expected->first().patientId;
    press(Qt::Key_Return);
    QCOMPARE(window.currentPage(), MainWindow::PatientPageId);
    QCOMPARE(window.patientPage()->patient().id, first);
    QVERIFY(!window.patientSearch()->isPopupVisible());
    QVERIFY(child<QLineEdit>(&window, "patientSearchEdit")->text().isEmpty());

    // Opening the record is in the audit trail.
    AuditFilter f;
    f.actionPrefix = QStringLiteral("patient.open");
    f.entityId = first;
    auto opened = window.clinic()->audit().query(window.clinic()->session(), f, 0, 10);
    QVERIFY(opened);
    QCOMPARE(opened->size(), 1);
    QCOMPARE(opened->first().action, QStringLiteral("patient.open"));
    QCOMPARE(opened->first().actorId, window.clinic()->session().userId);
}

void TestPatientSearchBox::archivedPatientsOnlyWhenAsked()
{
    TestClinic tc;
    const Patient archived =
        createPatient(*tc.clinic, patient(QStringLiteral("Orla"), QStringLiteral("Quinn")));
    QVERIFY(PatientService(*tc.clinic).archive(archived.id));
    MainWindow window(std::move(tc.clinic), tc.clock);
    window.show();
    QVERIFY(activate(&window));
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    type(QStringLiteral("quinn"));
    PatientSearchModel* model = window.patientSearch()->model();
    QTRY_COMPARE(model->typed(), QStringLiteral("quinn"));
    QCOMPARE(model->hitCount(), 0);
    QCOMPARE(child<QLabel>(&window, "patientSearchSummary")->text(),
             QStringLiteral("No patient matches “quinn”."));
    // Alt+A ticks "Include archived"; the field keeps the keyboard.
    auto* include = child<QCheckBox>(&window, "includeArchivedCheck");
    press(Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(include->isChecked());
    QTRY_COMPARE(model->hitCount(), 1);
    QCOMPARE(model->index(0).data(PatientSearchModel::StatusRole).toInt(), int(PatientStatus::Archived));
    QCOMPARE(focusedName(), QStringLiteral("patientSearchEdit"));
    press(Qt::Key_Return);
    QCOMPARE(window.patientPage()->patient().id, archived.id);
    QVERIFY(child<QWidget>(window.patientPage(), "patientBanner")->isVisible());
}

void TestPatientSearchBox::typedTextStartsTheNewRecord_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("mobile");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QDate>("dob");
    QTest::newRow("given and family") << "Jo Walsh"
                                      << "Jo"
                                      << "Walsh"
                                      << ""
                                      << "" << QDate();
    QTest::newRow("lower case") << "mary anne o'neill"
                                << "Mary Anne"
                                << "O'neill"
                                << ""
                                << "" << QDate();
    QTest::newRow("family first") << "Walsh, Jo"
                                  << "Jo"
                                  << "Walsh"
                                  << ""
                                  << "" << QDate();
    QTest::newRow("one word is the family name") << "Walsh"
                                                 << ""
                                                 << "Walsh"
                                                 << ""
                                                 << "" << QDate();
    QTest::newRow("phone with a space") << "Jo Walsh 07400 123456"
                                        << "Jo"
                                        << "Walsh"
                                        << "07400 123456"
                                        << "" << QDate();
    QTest::newRow("date and e-mail") << "jo walsh 14/03/1985 jo@example.com"
                                     << "Jo"
                                     << "Walsh"
                                     << ""
                                     << "jo@example.com" << QDate(1985, 3, 14);
    QTest::newRow("iso date and international phone") << "Ana Silva 1990-07-01 +351 912 345 678"
                                                      << "Ana"
                                                      << "Silva"
                                                      << "+351 912 345 678"
                                                      << "" << QDate(1990, 7, 1);
    QTest::newRow("only a phone") << "07400123456"
                                  << ""
                                  << ""
                                  << "07400123456"
                                  << "" << QDate();
}

void TestPatientSearchBox::typedTextStartsTheNewRecord()
{
    QFETCH(QString, typed);
    const Patient p = PatientPrefill::fromSearchText(typed);
    QTEST(p.givenName, "given");
    QTEST(p.familyName, "family");
    QTEST(p.mobilePhone, "mobile");
    QTEST(p.email, "email");
    QTEST(p.dateOfBirth, "dob");
}

QTEST_MAIN(TestPatientSearchBox)
#include "tst_patientsearchbox.moc"
