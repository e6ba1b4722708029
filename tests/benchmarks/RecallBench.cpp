#include "RecallBench.h"

#include "BenchHarness.h"

#include "demo/DemoClinic.h"
#include "recalls/RecallService.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"
#include "storage/Database.h"

#include <QElapsedTimer>

namespace rapport::bench {

Result<QJsonObject> prepareRecalls(Clinic& clinic)
{
    RAPPORT_TRY_ASSIGN(const QList<RecallType> types, RecallService(clinic).types(true));
    if (!types.isEmpty())
        return QJsonObject();
    QElapsedTimer t;
    t.start();
    RAPPORT_TRY(DemoClinic::setUpRecalls(clinic));
    const double seconds = double(t.elapsed()) / 1000.0;
    RAPPORT_TRY(clinic.database().checkpoint());
    RAPPORT_TRY_ASSIGN(const qint64 recalls, clinic.database().scalar(QStringLiteral("SELECT count(*) FROM patient_recalls")));
    return QJsonObject{{QStringLiteral("op"), QStringLiteral("recalls.rebuild")},
                       {QStringLiteral("recalls"), double(recalls)},
                       {QStringLiteral("seconds"), seconds}};
}

Result<QJsonObject> measureRecallContacts(Clinic& clinic, int runs)
{
    RAPPORT_TRY_ASSIGN(Transaction tx, clinic.database().begin());
    RecallService recalls(clinic);
    QElapsedTimer t;
    t.start();
    RAPPORT_TRY_ASSIGN(const int queued, recalls.planContacts());
    const double firstMs = double(t.nsecsElapsed()) / 1e6;
    Status failed;
    const Timing steady = measure(runs, [&](int) {
        auto again = recalls.planContacts();
        if (!again)
            failed = std::unexpected(again.error());
        else if (*again != 0)
            failed = fail(ErrorCode::Internal, QStringLiteral("planning again queued %1 more").arg(*again));
    });
    tx.rollback();
    RAPPORT_TRY(failed);
    return QJsonObject{{QStringLiteral("op"), QStringLiteral("recalls.planContacts")},
                       {QStringLiteral("first_run_ms"), firstMs},
                       {QStringLiteral("first_run_queued"), queued},
                       {QStringLiteral("steady_median_ms"), steady.medianMs},
                       {QStringLiteral("runs"), runs}};
}

Result<RecallSamples> sampleRecalls(Clinic& clinic)
{
    RecallSamples s;
    s.today = SettingsService(clinic).today();
    return s;
}

QList<RecallOp> recallOperations()
{
    return {
        RecallOp{QStringLiteral("recalls.due30"),
                 [](Clinic& c, const RecallSamples& s, int) -> Status {
                     RecallQuery q;
                     q.from = s.today;
                     q.to = s.today.addDays(30);
                     RAPPORT_TRY_ASSIGN(const QList<RecallRow> rows, RecallService(c).list(q));
                     if (rows.isEmpty())
                         return fail(ErrorCode::NotFound, QStringLiteral("no recalls due in the next 30 days"));
                     return {};
                 }},
    };
}

} // namespace rapport::bench
