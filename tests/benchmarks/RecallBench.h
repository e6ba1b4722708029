#pragma once

#include "common/Error.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace rapport {
class Clinic;
}

namespace rapport::bench {

// Gives a clinic without recall types the demo's (DemoClinic::setUpRecalls: types from the
// appointment types, then every recall rebuilt from the history), timed. An empty object
// when the clinic had recall types already (a reused --db).
[[nodiscard]] Result<QJsonObject> prepareRecalls(Clinic& clinic);

// planContacts on the whole clinic: the first run (which queues every step that has come
// due) and the steady state (a run that finds nothing new, as every dispatch does),
// inside a transaction that is rolled back, so the database keeps its outbox.
[[nodiscard]] Result<QJsonObject> measureRecallContacts(Clinic& clinic, int runs);

struct RecallSamples
{
    QDate today;
};

[[nodiscard]] Result<RecallSamples> sampleRecalls(Clinic& clinic);

struct RecallOp
{
    QString name;
    std::function<Status(Clinic&, const RecallSamples&, int)> run;
};

// recalls.due30: the recall list from today to today + 30 days with the default filters
// (overdue included; not contacted, contacted and scheduled).
[[nodiscard]] QList<RecallOp> recallOperations();

} // namespace rapport::bench
