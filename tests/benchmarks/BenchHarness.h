#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <functional>

namespace rapport::bench {

struct Timing
{
    double medianMs = 0;
    double p95Ms = 0;
    int runs = 0;
};

// Runs fn(i) `runs` times after a few warm-up calls and returns the median and the 95th
// percentile in milliseconds.
inline Timing measure(int runs, const std::function<void(int)>& fn)
{
    for (int i = 0; i < qMin(5, runs); ++i)
        fn(i);
    QList<double> ms;
    ms.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn(i);
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    Timing out;
    out.runs = runs;
    out.medianMs = ms.isEmpty() ? 0 : ms.at(ms.size() / 2);
    out.p95Ms = ms.isEmpty() ? 0 : ms.at(qMin<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95)));
    return out;
}

} // namespace rapport::bench
