// rapportctl's recall commands run as the real program: the recall types, and the recall
// list with its date range, overdue recalls, filters, states and the errors a script sees.
// The history (a provider, a hygiene type, two patients' visits) is written through core,
// the way the book would have, with the real clock.

#include "RapportctlProcess.h"

#include "common/Clock.h"
#include "patients/PatientService.h"
#include "recalls/RecallService.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/ScheduleSetup.h"
#include "security/SettingsService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {

QJsonObject json(const Run& run)
{
    bool ok = false;
    const QJsonObject o = parseJson(run, &ok);
    if (!ok)
        qWarning("not one JSON object: %s", qPrintable(run.describe()));
    return o;
}

QStringList field(const QJsonArray& rows, const char* key)
{
    QStringList out;
    for (const QJsonValue& v : rows)
        out << v.toObject().value(QLatin1String(key)).toString();
    return out;
}

} // namespace

class TestRapportctlRecalls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clinic;
    QString m_smith, m_hygieneType, m_recallType, m_anna, m_ben;
    QDate m_today;

    Run admin(const QStringList& arguments) const { return rapportctl(arguments + signInAs(m_clinic, Admin), AdminLine); }
    Run list(const QStringList& more = {}) const
    {
        return admin(QStringList{QStringLiteral("recall"), QStringLiteral("list")} + more);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clinic = m_dir.filePath(QStringLiteral("clinic.rapport"));
        QVERIFY(makeClinic(m_clinic));
        SystemClock clock;
        auto signedIn = Clinic::signIn(m_clinic, Admin, AdminPassword, clock);
        QVERIFY(signedIn.has_value());
        Clinic& clinic = **signedIn;
        m_today = SettingsService(clinic).today();
        const QTimeZone zone = SettingsService(clinic).timeZone();
        ScheduleSetup setup(clinic);
        Provider smith;
        smith.name = QStringLiteral("Dr. Smith");
        m_smith = setup.saveProvider(smith)->id;
        AppointmentType hygiene;
        hygiene.name = QStringLiteral("Hygiene");
        hygiene.durationMinutes = 45;
        hygiene.recallType = QStringLiteral("Hygiene, 6 months");
        m_hygieneType = setup.saveType(hygiene)->id;
        QCOMPARE(*RecallService(clinic).createTypesFromAppointmentTypes(), 1);
        m_recallType = RecallService(clinic).types()->first().id;
        PatientService patients(clinic);
        Patient anna;
        anna.givenName = QStringLiteral("Anna");
        anna.familyName = QStringLiteral("Berg");
        anna.dateOfBirth = QDate(1985, 3, 1);
        m_anna = patients.create(anna, {}, PatientCreateOptions{true})->id;
        Patient ben = anna;
        ben.givenName = QStringLiteral("Ben");
        ben.familyName = QStringLiteral("Carter");
        m_ben = patients.create(ben, {}, PatientCreateOptions{true})->id;
        // Anna's recall falls due in five days, Ben's twenty days ago.
        AppointmentBook book(clinic);
        const auto visit = [&](const QString& patient, QDate date) {
            Appointment a;
            a.patientId = patient;
            a.providerId = m_smith;
            a.typeId = m_hygieneType;
            a.start = QDateTime(date, QTime(10, 0), zone).toUTC();
            auto booked = book.book(a, BookingOptions{QStringLiteral("history")});
            QVERIFY2(booked.has_value(), booked ? "" : qPrintable(booked.error().text()));
            QVERIFY(book.setStatus(booked->id, AppointmentStatus::Arrived).has_value());
            QVERIFY(book.setStatus(booked->id, AppointmentStatus::Completed).has_value());
        };
        visit(m_anna, m_today.addDays(5).addMonths(-6));
        visit(m_ben, m_today.addDays(-20).addMonths(-6));
        const auto recalls = RecallService(clinic).forPatient(m_ben);
        QCOMPARE(recalls->size(), 1);
        QVERIFY(RecallService(clinic).recordContact(recalls->first().recall.id, ContactChannel::Sms, {}).has_value());
        clinic.lock();
    }

    void types()
    {
        const Run run = admin({QStringLiteral("recall"), QStringLiteral("types"), QStringLiteral("--json")});
        EXPECT_EXIT(run, Success);
        const QJsonArray types = json(run).value(QStringLiteral("types")).toArray();
        QCOMPARE(types.size(), 1);
        const QJsonObject t = types.first().toObject();
        QCOMPARE(t.value(QStringLiteral("name")).toString(), QStringLiteral("Hygiene, 6 months"));
        QCOMPARE(t.value(QStringLiteral("intervalMonths")).toInt(), 6);
        QCOMPARE(t.value(QStringLiteral("resetTypeIds")).toArray(), QJsonArray{m_hygieneType});
        QCOMPARE(t.value(QStringLiteral("bookingTypeId")).toString(), m_hygieneType);
        QVERIFY(t.value(QStringLiteral("untilAge")).isNull());
        const QJsonArray chain = t.value(QStringLiteral("chain")).toArray();
        QCOMPARE(chain.size(), 3);
        QCOMPARE(chain.at(0).toObject().value(QStringLiteral("offsetDays")).toInt(), -21);
        QCOMPARE(chain.at(0).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("preferred"));
        QCOMPARE(chain.at(2).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("call"));

        const Run table = admin({QStringLiteral("recall"), QStringLiteral("types")});
        EXPECT_EXIT(table, Success);
        QVERIFY2(table.out.contains(QStringLiteral("Hygiene, 6 months")) && table.out.contains(QStringLiteral("Hygiene"))
                     && table.out.contains(QStringLiteral("-21:preferred")),
                 qPrintable(table.describe()));
    }

    void listDueAndOverdue()
    {
        // By default: today and the next 30 days, with the open recalls from before.
        const Run run = list({QStringLiteral("--json")});
        EXPECT_EXIT(run, Success);
        const QJsonObject o = json(run);
        QCOMPARE(o.value(QStringLiteral("from")).toString(), m_today.toString(Qt::ISODate));
        QCOMPARE(o.value(QStringLiteral("to")).toString(), m_today.addDays(30).toString(Qt::ISODate));
        const QJsonArray rows = o.value(QStringLiteral("recalls")).toArray();
        QCOMPARE(field(rows, "patientName"), (QStringList{QStringLiteral("Carter, Ben"), QStringLiteral("Berg, Anna")}));
        const QJsonObject ben = rows.at(0).toObject();
        QCOMPARE(ben.value(QStringLiteral("patientId")).toString(), m_ben);
        QCOMPARE(ben.value(QStringLiteral("dueDate")).toString(), m_today.addDays(-20).toString(Qt::ISODate));
        QVERIFY(ben.value(QStringLiteral("overdue")).toBool());
        QCOMPARE(ben.value(QStringLiteral("state")).toString(), QStringLiteral("contacted"));
        QCOMPARE(ben.value(QStringLiteral("attempts")).toInt(), 1);
        QCOMPARE(ben.value(QStringLiteral("lastContactChannel")).toString(), QStringLiteral("sms"));
        QVERIFY(!ben.value(QStringLiteral("lastContactAt")).isNull());
        const QJsonObject anna = rows.at(1).toObject();
        QCOMPARE(anna.value(QStringLiteral("state")).toString(), QStringLiteral("not-contacted"));
        QCOMPARE(anna.value(QStringLiteral("recallTypeName")).toString(), QStringLiteral("Hygiene, 6 months"));
        QCOMPARE(anna.value(QStringLiteral("providerName")).toString(), QStringLiteral("Dr. Smith"));
        QCOMPARE(anna.value(QStringLiteral("providerId")).toString(), m_smith);
        QCOMPARE(anna.value(QStringLiteral("lastCompleted")).toString(),
                 m_today.addDays(5).addMonths(-6).toString(Qt::ISODate));
        QVERIFY(!anna.value(QStringLiteral("overdue")).toBool());
        QVERIFY(anna.value(QStringLiteral("scheduledStart")).isNull());

        const Run window = list({QStringLiteral("--from"), m_today.toString(Qt::ISODate), QStringLiteral("--to"),
                                 m_today.addDays(10).toString(Qt::ISODate), QStringLiteral("--no-overdue"),
                                 QStringLiteral("--json")});
        EXPECT_EXIT(window, Success);
        QCOMPARE(field(json(window).value(QStringLiteral("recalls")).toArray(), "patientId"), QStringList{m_anna});

        const Run table = list();
        EXPECT_EXIT(table, Success);
        QVERIFY2(table.out.contains(QStringLiteral("Berg, Anna")) && table.out.contains(QStringLiteral("overdue")),
                 qPrintable(table.describe()));
    }

    void filters()
    {
        const auto patients = [&](const QStringList& options) {
            const Run run = list(options + QStringList{QStringLiteral("--json")});
            if (run.exitCode != Success)
                qWarning("%s", qPrintable(run.describe()));
            return field(json(run).value(QStringLiteral("recalls")).toArray(), "patientId");
        };
        QCOMPARE(patients({QStringLiteral("--state"), QStringLiteral("contacted")}), QStringList{m_ben});
        QCOMPARE(patients({QStringLiteral("--state"), QStringLiteral("not-contacted,contacted")}),
                 (QStringList{m_ben, m_anna}));
        QCOMPARE(patients({QStringLiteral("--state"), QStringLiteral("declined")}), QStringList{});
        QCOMPARE(patients({QStringLiteral("--provider"), m_smith}).size(), 2);
        QCOMPARE(patients({QStringLiteral("--provider"), QStringLiteral("someone-else")}), QStringList{});
        QCOMPARE(patients({QStringLiteral("--type"), m_recallType}).size(), 2);
        QCOMPARE(patients({QStringLiteral("--reactivation")}), QStringList{});
    }

    void mistakes()
    {
        const Run badState = list({QStringLiteral("--state"), QStringLiteral("lost")});
        EXPECT_EXIT(badState, Usage);
        QVERIFY2(badState.err.contains(QStringLiteral("not-contacted")), qPrintable(badState.describe()));
        EXPECT_EXIT(list({QStringLiteral("--from"), QStringLiteral("2026-13-01")}), Usage);
        EXPECT_EXIT(list({QStringLiteral("--limit"), QStringLiteral("0")}), Usage);
        const Run backwards = list({QStringLiteral("--from"), QStringLiteral("2026-12-01"), QStringLiteral("--to"),
                                    QStringLiteral("2026-11-01")});
        EXPECT_EXIT(backwards, Refused);
        QVERIFY2(backwards.err.contains(QStringLiteral("after")), qPrintable(backwards.describe()));
        const Run nobody = list({QStringLiteral("--from"), QStringLiteral("2001-01-01"), QStringLiteral("--to"),
                                 QStringLiteral("2001-01-31"), QStringLiteral("--no-overdue")});
        EXPECT_EXIT(nobody, Success);
        QVERIFY2(nobody.err.contains(QStringLiteral("No recalls")), qPrintable(nobody.describe()));
    }
};

QTEST_GUILESS_MAIN(TestRapportctlRecalls)
#include "tst_rapportctl_recalls.moc"
