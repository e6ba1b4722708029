// The day sheet: a provider's day saved as PDF names the provider, the patients with their
// phone numbers, types and notes; the whole clinic's day has a section per provider; both
// printing paths are audited; a cancelled save writes nothing.
#include "../patients/PatientUiTest.h"
#include "admin/AuditText.h"
#include "schedule/DaySheet.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/ScheduleSetup.h"
#include "security/AuditLog.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTimeZone>

using namespace rapport;
using namespace rapport::test;

namespace {
// The clinic's test clock starts on Monday 5 January 2026; the sheet is for the Tuesday.
const QDate Day(2026, 1, 6);

QDateTime londonTime(QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone("Europe/London")).toUTC();
}

struct Day2
{
    Provider hana;
    Provider dev;
    Patient jo;
    Patient sam;
};

Provider addProvider(Clinic& clinic, const QString& name)
{
    Provider p;
    p.name = name;
    auto saved = ScheduleSetup(clinic).saveProvider(p);
    if (!saved)
        qFatal("provider: %s", qPrintable(saved.error().text()));
    QList<WorkingInterval> week;
    for (int d = 1; d <= 5; ++d)
        week << WorkingInterval{d, 8 * 60, 17 * 60, {}};
    if (!ScheduleSetup(clinic).setWorkingHours(saved->id, week))
        qFatal("hours");
    return *saved;
}

Appointment book(Clinic& clinic, const Patient& patient, const Provider& provider, const AppointmentType& type,
                 QTime at, const QString& notes = {})
{
    Appointment a;
    a.patientId = patient.id;
    a.providerId = provider.id;
    a.typeId = type.id;
    a.start = londonTime(Day, at);
    a.notes = notes;
    auto booked = AppointmentBook(clinic).book(a);
    if (!booked)
        qFatal("booking: %s", qPrintable(booked.error().text()));
    return *booked;
}

Day2 makeDay(Clinic& clinic)
{
    Day2 d;
    d.hana = addProvider(clinic, QStringLiteral("Hana Hygienist"));
    d.dev = addProvider(clinic, QStringLiteral("Dr Dev Dentist"));
    AppointmentType checkUp;
    checkUp.name = QStringLiteral("Check-up");
    checkUp.durationMinutes = 30;
    checkUp = *ScheduleSetup(clinic).saveType(checkUp);
    d.jo = createPatient(clinic, patient(QStringLiteral("Jo"), QStringLiteral("Walsh"), QDate(1980, 5, 17),
                                         QStringLiteral("07400 123456")));
    d.sam = createPatient(clinic, patient(QStringLiteral("Sam"), QStringLiteral("Okafor"), QDate(1992, 2, 3),
                                          QStringLiteral("07400 654321")));
    book(clinic, d.jo, d.hana, checkUp, QTime(9, 0), QStringLiteral("Nervous: explain each step"));
    book(clinic, d.sam, d.dev, checkUp, QTime(10, 30));
    // Lee cancelled: still on the sheet, with the status and the reason.
    const Patient lee = createPatient(clinic, patient(QStringLiteral("Lee"), QStringLiteral("Park"), QDate(2001, 9, 30)));
    const Appointment cancelled = book(clinic, lee, d.hana, checkUp, QTime(11, 0));
    if (!AppointmentBook(clinic).cancel(cancelled.id, true, QStringLiteral("Away that week")))
        qFatal("cancel");
    return d;
}

QString pdfText(const QString& path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {path, QStringLiteral("-")});
    if (!p.waitForFinished(10000))
        return {};
    // Phone numbers are kept on one line with no-break spaces.
    return QString::fromUtf8(p.readAllStandardOutput()).replace(QChar(0xa0), QLatin1Char(' '));
}

QList<AuditEntry> audited(Clinic& clinic, const QString& action)
{
    AuditFilter filter;
    filter.actionPrefix = action;
    return clinic.audit().query(clinic.session(), filter, 0, 100).value_or(QList<AuditEntry>());
}
} // namespace

class TestDaySheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initPatientUiTest(); }
    void init() { resetSeams(); }

    void oneProvidersDayAsPdf();
    void wholeClinicHasASectionPerProvider();
    void savingThroughTheFileDialog();
};

void TestDaySheet::oneProvidersDayAsPdf()
{
    TestClinic tc(QStringLiteral("Quay Street Dental"));
    const Day2 d = makeDay(*tc.clinic);
    const QString path = tc.dir.filePath(QStringLiteral("hana.pdf"));

    auto sheet = DaySheet::load(*tc.clinic, Day, {d.hana.id});
    QVERIFY(sheet);
    QCOMPARE(sheet->appointmentCount(), 2);
    const QString html = sheet->html();
    QVERIFY(html.contains(QStringLiteral("Hana Hygienist")));
    QVERIFY(html.contains(QStringLiteral("Walsh, Jo")) || html.contains(QStringLiteral("Walsh")));
    QVERIFY(html.contains(QStringLiteral("Tuesday, 6 January 2026")) || html.contains(QStringLiteral("6 January 2026")));
    QVERIFY(!html.contains(QStringLiteral("Okafor"))); // only Hana's day

    QVERIFY(DaySheet::savePdfTo(*tc.clinic, Day, {d.hana.id}, path));
    QVERIFY(readAll(path).startsWith("%PDF-"));
    // Reading order, with the line breaks inside table cells made spaces.
    const QString text = pdfText(path).simplified();
    // pdftotext comes with poppler-utils (scripts/packages.txt); no text is a failure.
    QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is missing, or the PDF has no text");
    QVERIFY2(text.contains(QStringLiteral("Hana Hygienist")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Walsh")));
    QVERIFY(text.contains(QStringLiteral("07400 123456")));
    QVERIFY(text.contains(QStringLiteral("09:00")));
    QVERIFY(text.contains(QStringLiteral("Check-up")));
    QVERIFY(text.contains(QStringLiteral("Nervous: explain each step")));
    QVERIFY(text.contains(QStringLiteral("Park")));
    QVERIFY(text.contains(QStringLiteral("Away that week")));
    QVERIFY(text.contains(QStringLiteral("One appointment · 1 cancelled or missed")));
    QVERIFY(text.contains(QStringLiteral("Quay Street Dental")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
    QVERIFY(!text.contains(QStringLiteral("Okafor")));

    // Audited as an export of that day, with ids and counts only.
    const QList<AuditEntry> trail = audited(*tc.clinic, QStringLiteral("schedule.daysheet"));
    QCOMPARE(trail.size(), 1);
    QCOMPARE(trail.constFirst().action, QStringLiteral("schedule.daysheet.pdf"));
    QCOMPARE(trail.constFirst().entityId, QStringLiteral("2026-01-06"));
    QVERIFY(!trail.constFirst().detail.contains(QStringLiteral("Walsh")));
    // The audit page says it in words.
    QCOMPARE(AuditText::actionLabel(trail.constFirst().action), QStringLiteral("Saved a day sheet as PDF"));
    QCOMPARE(AuditText::entity(trail.constFirst(), {}), QStringLiteral("Day sheet for 06/01/2026"));
    QCOMPARE(AuditText::detail(trail.constFirst()), QStringLiteral("One provider, 2 appointments"));
}

void TestDaySheet::wholeClinicHasASectionPerProvider()
{
    TestClinic tc;
    const Day2 d = makeDay(*tc.clinic);
    const QString path = tc.dir.filePath(QStringLiteral("clinic.pdf"));
    QVERIFY(DaySheet::savePdfTo(*tc.clinic, Day, {}, path));
    const QString text = pdfText(path);
    QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is missing, or the PDF has no text");
    // Each provider on a page of their own.
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), 2);
    QVERIFY(pages.at(0).contains(QStringLiteral("Dr Dev Dentist")) != pages.at(1).contains(QStringLiteral("Dr Dev Dentist")));
    for (const QString& page : pages) {
        QVERIFY(page.contains(QStringLiteral("Walsh")) || page.contains(QStringLiteral("Okafor")));
        QVERIFY(page.contains(QStringLiteral("of 2")));
    }
}

void TestDaySheet::savingThroughTheFileDialog()
{
    TestClinic tc;
    const Day2 d = makeDay(*tc.clinic);
    // Cancelled: nothing written, nothing audited.
    FileDialog::setNextAnswer(QString());
    QVERIFY(DaySheet::savePdf(nullptr, *tc.clinic, Day, {d.dev.id}).isEmpty());
    QVERIFY(audited(*tc.clinic, QStringLiteral("schedule.daysheet")).isEmpty());

    const QString chosen = tc.dir.filePath(QStringLiteral("dev-day"));
    FileDialog::setNextAnswer(chosen);
    const QString written = DaySheet::savePdf(nullptr, *tc.clinic, Day, {d.dev.id});
    QCOMPARE(written, chosen + QStringLiteral(".pdf"));
    QVERIFY(readAll(written).startsWith("%PDF-"));
    QCOMPARE(audited(*tc.clinic, QStringLiteral("schedule.daysheet.pdf")).size(), 1);
    QVERIFY(MessageBox::shown().isEmpty());
}

QTEST_MAIN(TestDaySheet)
#include "tst_daysheet.moc"
