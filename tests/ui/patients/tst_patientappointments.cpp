// A patient's page shows their appointments booked in core: the next one with its no-show
// risk, the past ones with their status, the count of no-shows and late cancellations, and
// the appointments on the timeline. Clicking one asks for it in the book.
#include "PatientUiTest.h"
#include "patients/AppointmentsCard.h"
#include "patients/PatientPage.h"
#include "patients/TimelineModel.h"
#include "patients/TimelineView.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/ScheduleSetup.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTimeZone>

using namespace rapport;
using namespace rapport::test;

class TestPatientAppointments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initPatientUiTest(); }
    void init() { resetSeams(); }

    void listsAppointmentsBookedInCore();
    void noAppointmentsYet();
};

void TestPatientAppointments::listsAppointmentsBookedInCore()
{
    TestClinic tc;
    Clinic& clinic = *tc.clinic;
    Provider dev;
    dev.name = QStringLiteral("Dr Dev Dentist");
    dev = *ScheduleSetup(clinic).saveProvider(dev);
    QList<WorkingInterval> week;
    for (int d = 1; d <= 5; ++d)
        week << WorkingInterval{d, 8 * 60, 17 * 60, {}};
    QVERIFY(ScheduleSetup(clinic).setWorkingHours(dev.id, week));
    AppointmentType checkUp;
    checkUp.name = QStringLiteral("Check-up");
    checkUp = *ScheduleSetup(clinic).saveType(checkUp);
    const Patient jo = createPatient(clinic, patient(QStringLiteral("Jo"), QStringLiteral("Walsh")));

    const QTimeZone london("Europe/London");
    auto book = [&](QDate day, QTime at) {
        Appointment a;
        a.patientId = jo.id;
        a.providerId = dev.id;
        a.typeId = checkUp.id;
        a.start = QDateTime(day, at, london).toUTC();
        auto booked = AppointmentBook(clinic).book(a);
        if (!booked)
            qFatal("booking: %s", qPrintable(booked.error().text()));
        return *booked;
    };
    // Booked on Monday 5 January 2026 (the test clock): one for Wednesday, which Jo
    // misses, and one in February.
    const Appointment missed = book(QDate(2026, 1, 7), QTime(9, 0));
    const Appointment next = book(QDate(2026, 2, 10), QTime(14, 30));
    tc.clock.set(QDateTime(QDate(2026, 1, 7), QTime(10, 0), Qt::UTC));
    QVERIFY(AppointmentBook(clinic).setStatus(missed.id, AppointmentStatus::NoShow));

    PatientPage page;
    page.setClinic(&clinic);
    page.resize(1200, 900);
    page.show();
    QVERIFY(page.showPatient(jo.id));
    AppointmentsCard* card = page.appointmentsCard();
    QVERIFY(card->isVisible());
    QCOMPARE(card->upcoming().size(), 1);
    QCOMPARE(card->upcoming().constFirst().appointment.id, next.id);
    QCOMPARE(card->past().size(), 1);
    QCOMPARE(card->past().constFirst().appointment.status, AppointmentStatus::NoShow);

    // What the receptionist reads: local date and time, type, provider, status.
    auto* open = child<QPushButton>(card, "upcomingAppointment_0_open");
    QVERIFY(open);
    QCOMPARE(open->text(), QStringLiteral("Tue 10/02/2026, 14:30"));
    QCOMPARE(child<QLabel>(card, "pastAppointment_0_status")->text(), QStringLiteral("No-show"));
    QCOMPARE(child<QLabel>(card, "upcomingAppointment_0_status")->text(), QStringLiteral("Booked"));
    const QString history = child<QLabel>(card, "appointmentsHistory")->text();
    QVERIFY2(history.contains(QStringLiteral("1 no-show")), qPrintable(history));
    QVERIFY(history.contains(QStringLiteral("0 late cancellations")));

    // The next appointment's risk, with its reasons as the tool tip.
    QLabel* risk = card->riskBadge();
    QVERIFY(risk->isVisible());
    QVERIFY(risk->text().startsWith(QStringLiteral("No-show risk: ")));
    QVERIFY(risk->toolTip().contains(QStringLiteral("•")));

    // Clicking asks for the appointment in the book.
    QSignalSpy shown(&page, &PatientPage::showAppointmentRequested);
    click(open);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.constFirst().constFirst().toString(), next.id);

    // The timeline has both, with the appointment icons.
    QStringList kinds;
    for (const TimelineEntry& e : page.timeline()->model()->entries())
        kinds << e.kind;
    QVERIFY2(kinds.contains(QStringLiteral("appointment.booked")), qPrintable(kinds.join(QLatin1Char(' '))));
    QVERIFY(kinds.contains(QStringLiteral("appointment.no-show")));
    QCOMPARE(TimelineModel::styleFor(QStringLiteral("appointment.no-show")).icon, QStringLiteral("user-x"));
    QCOMPARE(TimelineModel::styleFor(QStringLiteral("appointment.booked")).icon, QStringLiteral("calendar"));
}

void TestPatientAppointments::noAppointmentsYet()
{
    TestClinic tc;
    const Patient sam = createPatient(*tc.clinic, patient(QStringLiteral("Sam"), QStringLiteral("Okafor")));
    PatientPage page;
    page.setClinic(tc.clinic.get());
    page.show();
    QVERIFY(page.showPatient(sam.id));
    AppointmentsCard* card = page.appointmentsCard();
    QVERIFY(card->upcoming().isEmpty());
    QVERIFY(child<QLabel>(card, "appointmentsEmpty")->isVisible());
    QVERIFY(!card->riskBadge()->isVisible());
}

QTEST_MAIN(TestPatientAppointments)
#include "tst_patientappointments.moc"
