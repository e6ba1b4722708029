#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace rapport {

class Clock;

// Notices when nobody has touched the keyboard or mouse for a while. Any input to the
// application counts; the time comes from the Clock, and a timer only decides when to look,
// so a test advances a ManualClock and calls checkNow() instead of sleeping.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultCheckIntervalMs = 10'000;

    explicit IdleWatcher(const Clock& clock, QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setTimeoutMinutes(int minutes);
    [[nodiscard]] int timeoutMinutes() const { return m_timeoutMinutes; }
    void setCheckInterval(int ms);

    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }

    void noteActivity();
    [[nodiscard]] QDateTime lastActivity() const { return m_lastActivity; }

public Q_SLOTS:
    // Emits idle() (once) if the timeout has passed since the last input.
    void checkNow();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Clock& m_clock;
    QTimer m_timer;
    QDateTime m_lastActivity;
    int m_timeoutMinutes = 5;
    bool m_running = false;
};

} // namespace rapport
