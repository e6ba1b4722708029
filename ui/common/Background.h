#pragma once

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>
#include <optional>
#include <type_traits>

namespace rapport {

// Runs slow work (Argon2id, a rekey) on a short-lived thread and hands the result to
// done() on the context object's thread. If the context is gone by then, the result is
// dropped there. While anything runs, isBusy() is true: the idle lock waits for it,
// because the work may still be using the clinic.
class Background
{
public:
    template <typename Work, typename Done> static void run(QObject* context, Work work, Done done)
    {
        using R = std::invoke_result_t<Work&>;
        auto result = std::make_shared<std::optional<R>>();
        s_running.fetch_add(1);
        QThread* thread =
            QThread::create([result, work = std::move(work)]() mutable { result->emplace(work()); });
        QObject::connect(thread, &QThread::finished, thread, [thread] {
            s_running.fetch_sub(1);
            thread->deleteLater();
        });
        QObject::connect(thread, &QThread::finished, context,
                         [result, done = std::move(done)]() mutable { done(std::move(**result)); });
        thread->start();
    }

    [[nodiscard]] static bool isBusy() { return s_running.load() > 0; }

private:
    static inline std::atomic_int s_running{0};
};

} // namespace rapport
