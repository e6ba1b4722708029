#include "messages/DispatchRunner.h"

#include "common/Clock.h"
#include "security/Clinic.h"

#include <QDeadlineTimer>
#include <QThread>
#include <QTimer>

namespace rapport {

DispatchRunner::DispatchRunner(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DispatchRunner::run);
}

DispatchRunner::~DispatchRunner()
{
    m_cancel->store(true);
    // The transports see the flag within moments; a send stuck beyond that is abandoned
    // (its row is left to the lease) rather than holding up the program's exit.
    if (m_worker)
        m_worker->wait(QDeadlineTimer(3000));
}

void DispatchRunner::setIntervals(int firstRunMs, int everyMs)
{
    m_firstRunMs = qMax(0, firstRunMs);
    m_everyMs = qMax(1, everyMs);
    if (m_clinic && !m_running)
        m_timer->start(m_firstRunMs);
}

void DispatchRunner::setClinic(Clinic* clinic)
{
    if (clinic)
        start(clinic);
    else
        stop();
}

void DispatchRunner::start(Clinic* clinic)
{
    if (clinic == m_clinic)
        return;
    stop();
    if (!clinic || !clinic->isOpen() || !clinic->session().can(Permission::SendMessages))
        return;
    m_clinic = clinic;
    m_timer->start(m_firstRunMs);
}

void DispatchRunner::stop()
{
    m_timer->stop();
    if (m_running) {
        m_cancel->store(true);
        // The clinic is still open here (the window locks it after telling its parts):
        // what was claimed but not handed to the worker goes back to the queue.
        releaseQueued();
        ++m_generation; // the worker's result, if it comes, is dropped: the lease takes over
        m_worker = nullptr;
        finish();
    }
    m_clinic = nullptr;
}

void DispatchRunner::runNow()
{
    if (!m_clinic || m_running)
        return;
    run();
}

void DispatchRunner::run()
{
    if (!m_clinic || m_running)
        return;
    m_timer->stop();
    if (!m_clinic->isOpen())
        return;
    m_running = true;
    m_report = {};
    m_problems.clear();
    m_done = 0;
    m_total = 0;
    m_batches = 0;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    Q_EMIT started();
    Q_EMIT progress(0, 0);

    Dispatcher dispatcher(*m_clinic);
    if (auto planned = dispatcher.plan())
        m_report.planned += *planned;
    else
        addProblem(planned.error().message); // what is already planned can still go out
    // Read once per run on this thread; the worker gets copies.
    m_smtp = smtpSettings(*m_clinic);
    m_sms = smsGatewaySettings(*m_clinic);
    claimBatch();
}

void DispatchRunner::claimBatch()
{
    // Each batch is claimed only once the one before is recorded; a generous bound keeps a
    // run from going on for ever should something keep coming due.
    constexpr int MaxBatches = 50;
    if (!m_running)
        return;
    if (!m_clinic || !m_clinic->isOpen() || m_cancel->load() || ++m_batches > MaxBatches) {
        finish();
        return;
    }
    auto claimed = Dispatcher(*m_clinic).claim(BatchSize, &m_report);
    collectProblems();
    if (!claimed) {
        addProblem(claimed.error().message);
        finish();
        return;
    }
    if (claimed->isEmpty()) {
        finish();
        return;
    }
    m_queue = std::move(*claimed);
    m_total += int(m_queue.size());
    Q_EMIT progress(m_done, m_total);
    sendNext();
}

void DispatchRunner::sendNext()
{
    if (!m_running)
        return;
    if (m_queue.isEmpty()) {
        claimBatch();
        return;
    }
    if (!m_clinic || m_cancel->load()) {
        releaseQueued();
        finish();
        return;
    }
    // One message at a time on the worker, so that stopping leaves at most one in the air.
    const PreparedMessage message = m_queue.takeFirst();
    auto result = std::make_shared<SendResult>();
    QThread* worker = QThread::create([message, smtp = m_smtp, sms = m_sms, cancel = m_cancel, result] {
        *result = Dispatcher::send(message, smtp, sms, cancel.get());
    });
    const quint64 generation = m_generation;
    connect(worker, &QThread::finished, this,
            [this, generation, message, result] { sent(generation, message, *result); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    worker->start();
}

void DispatchRunner::sent(quint64 generation, const PreparedMessage& message, const SendResult& result)
{
    if (generation != m_generation || !m_running || !m_clinic)
        return; // stopped meanwhile: the row is left to the lease
    m_worker = nullptr;
    if (Status recorded = Dispatcher(*m_clinic).record(message, result, &m_report); !recorded)
        addProblem(recorded.error().message);
    // A server that cannot be reached is worth knowing about before the retries run out.
    if (result.outcome == SendResult::Retry && !result.detail.isEmpty())
        addProblem(tr("Not sent yet, Rapport tries again later: %1").arg(result.detail));
    collectProblems();
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    sendNext();
}

void DispatchRunner::releaseQueued()
{
    if (m_queue.isEmpty())
        return;
    const QList<PreparedMessage> queued = std::exchange(m_queue, {});
    if (!m_clinic || !m_clinic->isOpen())
        return; // the lease takes them back
    SendResult notSent;
    notSent.outcome = SendResult::Retry;
    notSent.detail = tr("Not sent yet: sending stopped before its turn.");
    Dispatcher dispatcher(*m_clinic);
    for (const PreparedMessage& message : queued)
        if (Status released = dispatcher.record(message, notSent, nullptr); !released)
            addProblem(released.error().message);
}

void DispatchRunner::collectProblems()
{
    for (const QString& p : std::as_const(m_report.problems))
        addProblem(p);
}

void DispatchRunner::addProblem(const QString& text)
{
    if (text.isEmpty() || m_problems.contains(text))
        return;
    m_problems << text;
    Q_EMIT problem(text);
}

void DispatchRunner::finish()
{
    if (!m_running)
        return;
    collectProblems();
    m_running = false;
    m_queue.clear();
    m_lastReport = m_report;
    m_lastProblems = m_problems;
    m_lastRunAt = m_clinic ? m_clinic->clock().now() : QDateTime::currentDateTimeUtc();
    Q_EMIT finished(m_report);
    if (m_clinic && !m_cancel->load())
        m_timer->start(m_everyMs);
}

} // namespace rapport
