#include "common/Countdown.h"

namespace rapport {

Countdown::Countdown(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &Countdown::tick);
}

void Countdown::start(int seconds)
{
    m_remaining = qMax(0, seconds);
    if (m_remaining == 0) {
        stop();
        Q_EMIT finished();
        return;
    }
    m_timer.start();
    Q_EMIT ticked(m_remaining);
}

void Countdown::stop()
{
    m_timer.stop();
    m_remaining = 0;
}

void Countdown::tick()
{
    --m_remaining;
    if (m_remaining <= 0) {
        stop();
        Q_EMIT finished();
        return;
    }
    Q_EMIT ticked(m_remaining);
}

} // namespace rapport
