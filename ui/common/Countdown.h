#pragma once

#include <QObject>
#include <QTimer>

namespace rapport {

// Counts whole seconds down to zero, for "try again in 20 s" after too many wrong passwords.
class Countdown : public QObject
{
    Q_OBJECT

public:
    explicit Countdown(QObject* parent = nullptr);

    void start(int seconds);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_remaining > 0; }
    [[nodiscard]] int remaining() const { return m_remaining; }

Q_SIGNALS:
    void ticked(int remainingSeconds);
    void finished();

private:
    void tick();

    QTimer m_timer;
    int m_remaining = 0;
};

} // namespace rapport
