#pragma once

#include <QDate>
#include <QHash>
#include <QWidget>

namespace rapport {

// A month at a glance: a grid of days with how many appointments each holds (those that
// hold time). Click or Enter opens a day; the arrow keys move between days.
class MonthView : public QWidget
{
    Q_OBJECT

public:
    explicit MonthView(QWidget* parent = nullptr);

    void setMonth(QDate anyDay, const QHash<QDate, int>& counts, QDate today);
    [[nodiscard]] QDate current() const { return m_current; }
    void setCurrent(QDate date);
    // What a day's cell says ("12 appointments"), for tests and screen readers.
    [[nodiscard]] QString cellText(QDate date) const;
    [[nodiscard]] QRect cellRect(QDate date) const;

Q_SIGNALS:
    void dayActivated(QDate date);
    void currentChanged(QDate date);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    [[nodiscard]] QDate firstShown() const;
    [[nodiscard]] QDate dateAt(const QPoint& pos) const;
    [[nodiscard]] int headerHeight() const;

    QDate m_month; // the first of the month
    QDate m_current;
    QDate m_today;
    QHash<QDate, int> m_counts;
    int m_busiest = 1;
};

} // namespace rapport
