// rapport-bench: measures the operations of DESIGN.md's performance budget on a
// clinic-scale database, encrypted and on an unencrypted copy of the same data.
//
//   rapport-bench [--patients N] [--years Y] [--seed S] [--db PATH] [--runs N] [--json]
//
// Without --db the clinic is generated in a temporary folder; with --db it is opened
// (or created there first, so later runs reuse it). Generated clinics use the demo
// accounts (user "admin", password "rapport-demo"). The defaults (100,000 patients,
// 10 years of appointments: about a million) are the scale of DESIGN.md's budget.

#include "BenchHarness.h"
#include "MessagingBench.h"
#include "RecallBench.h"
#include "ScheduleBench.h"

#include "common/Clock.h"
#include "demo/DemoClinic.h"
#include "demo/DemoPopulation.h"
#include "demo/DemoSchedule.h"
#include "patients/PatientDirectory.h"
#include "patients/PatientSearch.h"
#include "patients/PatientService.h"
#include "security/Clinic.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace rapport;
using namespace rapport::bench;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

[[noreturn]] void die(const QString& what, const Error& e)
{
    err() << what << ": " << e.text() << Qt::endl;
    std::exit(1);
}

// Inputs sampled from the data, the way people type them.
struct Samples
{
    QStringList familyPrefixes;
    QStringList twoNames;
    QStringList phoneDigits;
    QStringList emails;
    QStringList patientIds;
    QList<qint64> orderedIds;
    qint64 patientCount = 0;
};

Samples sample(Clinic& clinic, int n)
{
    Samples s;
    auto st = clinic.database().prepare(
        "SELECT id, given_name, family_name, mobile_phone, email FROM patients"
        " WHERE status = 'active' ORDER BY substr(id, 25) LIMIT :n");
    st->bind(":n", n * 4);
    while (*st->next()) {
        const QString given = st->text(1), family = st->text(2), mobile = st->text(3), email = st->text(4);
        s.patientIds << st->text(0);
        if (family.size() >= 3)
            s.familyPrefixes << family.left(3).toLower();
        s.twoNames << given.toLower() + QLatin1Char(' ') + family.left(3).toLower();
        if (mobile.size() > 6)
            s.phoneDigits << mobile.right(6);
        if (!email.isEmpty())
            s.emails << email.section(QLatin1Char('@'), 0, 0);
    }
    s.patientCount = *clinic.database().scalar(QStringLiteral("SELECT count(*) FROM patients"));
    s.orderedIds = *PatientDirectory(clinic).orderedIds({}, PatientSort::Name, true);
    return s;
}

struct Op
{
    QString name;
    std::function<void(Clinic&, const Samples&, int)> run;
};

QList<Op> operations()
{
    auto searchOp = [](const char* name, QStringList Samples::*list) {
        return Op{QString::fromLatin1(name), [list](Clinic& c, const Samples& s, int i) {
                      const QStringList& l = s.*list;
                      auto hits = PatientSearch(c).search(l.at(i % l.size()));
                      if (!hits)
                          die(QStringLiteral("search"), hits.error());
                  }};
    };
    return {
        searchOp("search.prefix", &Samples::familyPrefixes),
        searchOp("search.twoNames", &Samples::twoNames),
        searchOp("search.phone", &Samples::phoneDigits),
        searchOp("search.email", &Samples::emails),
        Op{QStringLiteral("patient.load"),
           [](Clinic& c, const Samples& s, int i) {
               auto p = PatientService(c).open(s.patientIds.at(i % s.patientIds.size()));
               if (!p)
                   die(QStringLiteral("patient.load"), p.error());
           }},
        // The list view: the ordered ids once per filter or sort, then a page of rows for
        // wherever the user scrolls.
        Op{QStringLiteral("patients.order"),
           [](Clinic& c, const Samples&, int i) {
               auto ids = PatientDirectory(c).orderedIds({}, i % 2 ? PatientSort::DateOfBirth : PatientSort::Name, true);
               if (!ids)
                   die(QStringLiteral("patients.order"), ids.error());
           }},
        Op{QStringLiteral("patients.page"),
           [](Clinic& c, const Samples& s, int i) {
               const qsizetype offset = qsizetype((quint64(i) * 7919u * 100u)
                                                  % quint64(qMax<qsizetype>(1, s.orderedIds.size() - 100)));
               auto rows = PatientDirectory(c).rows(s.orderedIds.mid(offset, 100));
               if (!rows)
                   die(QStringLiteral("patients.page"), rows.error());
           }},
    };
}

// Each operation of a group on the encrypted clinic, then on its unencrypted copy, with
// the same samples; one line of figures per operation.
template<typename OpT, typename SamplesT, typename Report>
void measureGroup(const QList<OpT>& ops, Clinic& encrypted, Clinic& plain, const SamplesT& samples, int runs,
                  const Report& report)
{
    for (const OpT& op : ops) {
        auto runOn = [&](Clinic& c) {
            return measure(runs, [&](int i) {
                if (auto s = op.run(c, samples, i); !s)
                    die(op.name, s.error());
            });
        };
        const Timing enc = runOn(encrypted);
        const Timing pl = runOn(plain);
        report(QJsonObject{{QStringLiteral("op"), op.name},
                           {QStringLiteral("median_ms"), enc.medianMs},
                           {QStringLiteral("p95_ms"), enc.p95Ms},
                           {QStringLiteral("plain_median_ms"), pl.medianMs},
                           {QStringLiteral("runs"), runs}});
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rapport-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Rapport's core operations on clinic-scale data."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("patients"), QStringLiteral("Patients to generate (default 100000)."), QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("years"), QStringLiteral("Years of appointments to generate (default 10; 0 for none)."), QStringLiteral("Y"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the generated data (default 1)."), QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Open this clinic, or create it there first."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("user"), QStringLiteral("User for --db (default admin)."), QStringLiteral("NAME"), QStringLiteral("admin")});
    parser.addOption({QStringLiteral("password"), QStringLiteral("Password for --db (default the demo password)."), QStringLiteral("PASSWORD")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Measured runs per operation (default 200)."), QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("One JSON object per line.")});
    parser.process(app);

    SystemClock clock;
    QTemporaryDir dir;
    const QString dbPath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                                : dir.filePath(QStringLiteral("bench.rapport"));
    const QString user = parser.value(QStringLiteral("user"));
    const QString password = parser.isSet(QStringLiteral("password")) ? parser.value(QStringLiteral("password"))
                                                                        : DemoClinic::password();
    const bool json = parser.isSet(QStringLiteral("json"));
    const int runs = qMax(10, parser.value(QStringLiteral("runs")).toInt());
    QList<QJsonObject> results;

    auto report = [&](const QJsonObject& o) {
        results << o;
        if (json)
            out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    };

    if (!QFileInfo::exists(dbPath)) {
        if (auto s = DemoClinic::ensure(dbPath, clock); !s)
            die(QStringLiteral("create clinic"), s.error());
        auto c = Clinic::signIn(dbPath, user, password, clock);
        if (!c)
            die(QStringLiteral("sign in"), c.error());
        QElapsedTimer t;
        t.start();
        DemoPopulation::Options o;
        o.patients = parser.value(QStringLiteral("patients")).toInt();
        o.seed = parser.value(QStringLiteral("seed")).toULongLong();
        auto n = DemoPopulation::generate(**c, o);
        if (!n)
            die(QStringLiteral("generate"), n.error());
        report(QJsonObject{{QStringLiteral("op"), QStringLiteral("demo.generate")},
                           {QStringLiteral("patients"), *n},
                           {QStringLiteral("seconds"), double(t.elapsed()) / 1000.0}});
        const int years = parser.value(QStringLiteral("years")).toInt();
        if (years > 0) {
            t.restart();
            DemoSchedule::Options so;
            so.years = years;
            so.seed = o.seed;
            auto book = DemoSchedule::generate(**c, so);
            if (!book)
                die(QStringLiteral("generate appointments"), book.error());
            report(QJsonObject{{QStringLiteral("op"), QStringLiteral("demo.schedule")},
                               {QStringLiteral("years"), years},
                               {QStringLiteral("providers"), book->providers},
                               {QStringLiteral("appointments"), book->appointments},
                               {QStringLiteral("seconds"), double(t.elapsed()) / 1000.0}});
        }
        if (auto s = (*c)->database().checkpoint(); !s)
            die(QStringLiteral("checkpoint"), s.error());
    }

    auto encrypted = Clinic::signIn(dbPath, user, password, clock);
    if (!encrypted)
        die(QStringLiteral("sign in"), encrypted.error());
    const bool withSchedule = *(*encrypted)->database().scalar(QStringLiteral("SELECT count(*) FROM appointments")) > 0;
    if (withSchedule) {
        // The waiting list that a freed slot is matched against, in both copies.
        if (auto s = fillWaitlist(**encrypted, 200, parser.value(QStringLiteral("seed")).toULongLong()); !s)
            die(QStringLiteral("waitlist"), s.error());
        // Reminder rules and the reminders the book would have planned, in both copies.
        if (auto s = prepareReminders(dbPath, user, password); !s)
            die(QStringLiteral("reminders"), s.error());
        // Recall types and every patient's recalls, made once (timed) when the clinic has none.
        auto rebuilt = prepareRecalls(**encrypted);
        if (!rebuilt)
            die(QStringLiteral("recalls"), rebuilt.error());
        if (!rebuilt->isEmpty())
            report(*rebuilt);
    }
    const QString plainPath = dir.filePath(QStringLiteral("plain-copy.db"));
    if (auto s = (*encrypted)->database().exportCopy(plainPath, SecureBytes()); !s)
        die(QStringLiteral("unencrypted copy"), s.error());
    auto plain = Clinic::openUnencryptedCopyForBenchmark(plainPath, clock);
    if (!plain)
        die(QStringLiteral("open unencrypted copy"), plain.error());

    const Samples samples = sample(**encrypted, runs);
    for (const Op& op : operations()) {
        const Timing enc = measure(runs, [&](int i) { op.run(**encrypted, samples, i); });
        const Timing pl = measure(runs, [&](int i) { op.run(**plain, samples, i); });
        report(QJsonObject{{QStringLiteral("op"), op.name},
                           {QStringLiteral("median_ms"), enc.medianMs},
                           {QStringLiteral("p95_ms"), enc.p95Ms},
                           {QStringLiteral("plain_median_ms"), pl.medianMs},
                           {QStringLiteral("runs"), runs}});
    }
    if (withSchedule) {
        auto scheduleSamples = sampleSchedule(**encrypted);
        if (!scheduleSamples)
            die(QStringLiteral("schedule samples"), scheduleSamples.error());
        measureGroup(scheduleOperations(), **encrypted, **plain, *scheduleSamples, runs, report);
        auto messagingSamples = sampleMessaging(**encrypted);
        if (!messagingSamples)
            die(QStringLiteral("messaging samples"), messagingSamples.error());
        measureGroup(messagingOperations(), **encrypted, **plain, *messagingSamples, runs, report);
        auto recallSamples = sampleRecalls(**encrypted);
        if (!recallSamples)
            die(QStringLiteral("recall samples"), recallSamples.error());
        measureGroup(recallOperations(), **encrypted, **plain, *recallSamples, runs, report);
        auto contacts = measureRecallContacts(**encrypted, qMin(runs, 20));
        if (!contacts)
            die(QStringLiteral("recalls.planContacts"), contacts.error());
        report(*contacts);
        auto separation = noShowSeparation(**encrypted);
        if (!separation)
            die(QStringLiteral("noshow.auc"), separation.error());
        report(*separation);
    }
    report(QJsonObject{{QStringLiteral("op"), QStringLiteral("memory.peak_rss")},
                       {QStringLiteral("mb"), peakRssMb()},
                       {QStringLiteral("patients"), double(samples.patientCount)}});

    if (!json) {
        out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                     .arg(QStringLiteral("operation"), -20)
                     .arg(QStringLiteral("median ms"), 10)
                     .arg(QStringLiteral("p95 ms"), 10)
                     .arg(QStringLiteral("plain ms"), 10)
                     .arg(QStringLiteral("ratio"), 6);
        for (const QJsonObject& o : results) {
            if (!o.contains(QStringLiteral("median_ms"))) {
                out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
                continue;
            }
            const double m = o.value(QStringLiteral("median_ms")).toDouble();
            const double p = o.value(QStringLiteral("plain_median_ms")).toDouble();
            out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                         .arg(o.value(QStringLiteral("op")).toString(), -20)
                         .arg(m, 10, 'f', 3)
                         .arg(o.value(QStringLiteral("p95_ms")).toDouble(), 10, 'f', 3)
                         .arg(p, 10, 'f', 3)
                         .arg(p > 0 ? m / p : 0.0, 6, 'f', 2);
        }
    }
    return 0;
}
