#include "common/IdleWatcher.h"

#include "common/Background.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace rapport {

IdleWatcher::IdleWatcher(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setInterval(DefaultCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::checkNow);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeoutMinutes(int minutes)
{
    m_timeoutMinutes = qMax(1, minutes);
}

void IdleWatcher::setCheckInterval(int ms)
{
    m_timer.setInterval(ms);
}

void IdleWatcher::start()
{
    m_running = true;
    noteActivity();
    m_timer.start();
}

void IdleWatcher::stop()
{
    m_running = false;
    m_timer.stop();
}

void IdleWatcher::noteActivity()
{
    m_lastActivity = m_clock.now();
}

void IdleWatcher::checkNow()
{
    if (!m_running)
        return;
    // Work still running in the background may be using the clinic; lock after it.
    if (Background::isBusy())
        return;
    if (m_lastActivity.msecsTo(m_clock.now()) < qint64(m_timeoutMinutes) * 60'000)
        return;
    stop();
    Q_EMIT idle();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (m_running) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::InputMethod:
            noteActivity();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rapport
