#pragma once

#include "messaging/Dispatcher.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace rapport {

class Clinic;

// The window's background sending. Shortly after sign-in and then every two minutes, one
// run: Dispatcher::plan and claim (a batch of 20) on the UI thread, which owns the clinic's
// single connection; each claimed message is then sent on a worker thread with the
// channel settings read beforehand (the worker never touches the clinic), and its result
// recorded back on the UI thread; then the next batch, until nothing is due.
//
// Stopping (stop(), setClinic(nullptr) on lock or sign-out) does not wait: it raises the
// cancel flag, which the transports check; messages claimed but not handed to the worker
// yet go back to the queue (recorded as "try again"), and the one message on the worker,
// if any, is left to the claim's lease. When the lease runs out the next run marks it
// Interrupted: the patient got it once or not at all, and staff decide (Dispatcher.h).
class DispatchRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int BatchSize = 20;

    explicit DispatchRunner(QObject* parent = nullptr);
    ~DispatchRunner() override;

    // Starts the timer for this clinic (nothing happens without SendMessages).
    void start(Clinic* clinic);
    // Stops the timer and the run in progress, safely (see above).
    void stop();
    // start(clinic), or stop() for nullptr: what the window does on unlock and lock.
    void setClinic(Clinic* clinic);
    // A run now, unless one is running ("Send now" on the Messages page).
    void runNow();

    // For tests: the delay of the first run and the interval between runs.
    void setIntervals(int firstRunMs, int everyMs);

    [[nodiscard]] bool isActive() const { return m_clinic != nullptr; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] int done() const { return m_done; }
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] bool hasRun() const { return m_lastRunAt.isValid(); }
    [[nodiscard]] const DispatchReport& lastReport() const { return m_lastReport; }
    // The problems of the last run (run errors and the report's), each once.
    [[nodiscard]] const QStringList& lastProblems() const { return m_lastProblems; }
    [[nodiscard]] QDateTime lastRunAt() const { return m_lastRunAt; }

Q_SIGNALS:
    void started();
    void progress(int done, int total);
    void finished(const rapport::DispatchReport& report);
    // One sentence a person can act on ("E-mail is not set up…"), no patient details.
    void problem(const QString& text);

private:
    void run();
    void claimBatch();
    void sendNext();
    void sent(quint64 generation, const PreparedMessage& message, const SendResult& result);
    void finish();
    void addProblem(const QString& text);
    void releaseQueued();
    void collectProblems();

    Clinic* m_clinic = nullptr;
    QTimer* m_timer;
    int m_firstRunMs = 5000;
    int m_everyMs = 2 * 60 * 1000;
    bool m_running = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QThread> m_worker;
    QList<PreparedMessage> m_queue;
    SmtpSettings m_smtp;
    SmsGatewaySettings m_sms;
    DispatchReport m_report;
    QStringList m_problems;
    int m_done = 0;
    int m_total = 0;
    int m_batches = 0;
    DispatchReport m_lastReport;
    QStringList m_lastProblems;
    QDateTime m_lastRunAt;
};

} // namespace rapport
