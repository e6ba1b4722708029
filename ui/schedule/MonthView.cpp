#include "schedule/MonthView.h"

#include "common/Style.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace rapport {

MonthView::MonthView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("monthView"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(420, 320);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void MonthView::setMonth(QDate anyDay, const QHash<QDate, int>& counts, QDate today)
{
    m_month = QDate(anyDay.year(), anyDay.month(), 1);
    m_counts = counts;
    m_today = today;
    m_busiest = 1;
    for (int n : counts)
        m_busiest = qMax(m_busiest, n);
    if (!m_current.isValid() || m_current.month() != anyDay.month() || m_current.year() != anyDay.year())
        m_current = anyDay;
    setAccessibleName(QLocale().toString(m_month, QStringLiteral("MMMM yyyy")));
    update();
}

void MonthView::setCurrent(QDate date)
{
    if (!date.isValid() || date == m_current)
        return;
    m_current = date;
    update();
    Q_EMIT currentChanged(date);
}

QString MonthView::cellText(QDate date) const
{
    const int n = m_counts.value(date);
    if (n == 0)
        return tr("No appointments");
    return n == 1 ? tr("1 appointment") : tr("%n appointments", nullptr, n);
}

QDate MonthView::firstShown() const
{
    return m_month.addDays(1 - m_month.dayOfWeek());
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 14;
}

QRect MonthView::cellRect(QDate date) const
{
    const qint64 index = firstShown().daysTo(date);
    if (index < 0 || index >= 42)
        return {};
    const int w = width() / 7;
    const int h = (height() - headerHeight()) / 6;
    return QRect(int(index % 7) * w, headerHeight() + int(index / 7) * h, w, h);
}

QDate MonthView::dateAt(const QPoint& pos) const
{
    if (pos.y() < headerHeight() || !m_month.isValid())
        return {};
    const int w = qMax(1, width() / 7);
    const int h = qMax(1, (height() - headerHeight()) / 6);
    const int col = qBound(0, pos.x() / w, 6);
    const int row = qBound(0, (pos.y() - headerHeight()) / h, 5);
    return firstShown().addDays(row * 7 + col);
}

void MonthView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (!m_month.isValid())
        return;
    const QLocale locale;
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    p.setPen(Style::mutedText());
    const int w = width() / 7;
    for (int d = 1; d <= 7; ++d)
        p.drawText(QRect((d - 1) * w + 10, 0, w - 12, headerHeight()), Qt::AlignLeft | Qt::AlignVCenter,
                   locale.dayName(d, QLocale::ShortFormat));
    for (int i = 0; i < 42; ++i) {
        const QDate date = firstShown().addDays(i);
        const QRect cell = cellRect(date);
        const bool inMonth = date.month() == m_month.month();
        const int n = m_counts.value(date);
        QColor fill = inMonth ? palette().base().color() : QColor(0xf6, 0xf8, 0xf8);
        if (inMonth && n > 0) {
            // Busier days a little deeper in the accent colour.
            QColor tint = Style::accent();
            tint.setAlphaF(0.05 + 0.20 * n / m_busiest);
            p.fillRect(cell, fill);
            fill = tint;
        }
        p.fillRect(cell, fill);
        p.setBrush(Qt::NoBrush);
        p.setPen(QColor(0xdd, 0xe3, 0xe4));
        p.drawRect(cell.adjusted(0, 0, -1, -1));
        if (date == m_current) {
            p.setPen(QPen(hasFocus() ? Style::accent() : Style::mutedText(), 2));
            p.drawRect(cell.adjusted(1, 1, -2, -2));
        }
        const QRect inner = cell.adjusted(10, 6, -8, -6);
        p.setFont(bold);
        if (date == m_today) {
            const QRect badge(inner.left() - 4, inner.top() - 2, fm.horizontalAdvance(QStringLiteral("00")) + 10,
                              fm.height() + 4);
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(Qt::NoPen);
            p.setBrush(Style::accent());
            p.drawRoundedRect(badge, 6, 6);
            p.setRenderHint(QPainter::Antialiasing, false);
            p.setPen(Qt::white);
            p.drawText(badge, Qt::AlignCenter, QString::number(date.day()));
        } else {
            p.setPen(inMonth ? Style::text() : QColor(0xa3, 0xb0, 0xb3));
            p.drawText(inner, Qt::AlignLeft | Qt::AlignTop, QString::number(date.day()));
        }
        p.setFont(font());
        if (inMonth && n > 0 && inner.height() > fm.height() * 2) {
            // The count large, "appointments" beside it when there is room.
            QFont big = bold;
            big.setPointSizeF(bold.pointSizeF() * 1.5);
            const QFontMetrics bigMetrics(big);
            const QString number = QLocale().toString(n);
            p.setFont(big);
            p.setPen(Style::accentDark());
            p.drawText(inner, Qt::AlignLeft | Qt::AlignBottom, number);
            const int used = bigMetrics.horizontalAdvance(number) + 6;
            const QString unit = n == 1 ? tr("appointment") : tr("appointments");
            p.setFont(font());
            p.setPen(Style::mutedText());
            if (fm.horizontalAdvance(unit) <= inner.width() - used)
                p.drawText(inner.adjusted(used, 0, 0, -bigMetrics.descent() + fm.descent()),
                           Qt::AlignLeft | Qt::AlignBottom, unit);
        }
    }
}

void MonthView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    const QDate date = dateAt(event->position().toPoint());
    setCurrent(date);
    if (date.isValid() && event->button() == Qt::LeftButton)
        Q_EMIT dayActivated(date);
}

void MonthView::mouseDoubleClickEvent(QMouseEvent* event)
{
    // The first click already opened the day.
    event->accept();
}

void MonthView::keyPressEvent(QKeyEvent* event)
{
    int step = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        step = -1;
        break;
    case Qt::Key_Right:
        step = 1;
        break;
    case Qt::Key_Up:
        step = -7;
        break;
    case Qt::Key_Down:
        step = 7;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current.isValid())
            Q_EMIT dayActivated(m_current);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    const QDate next = m_current.addDays(step);
    if (cellRect(next).isValid())
        setCurrent(next);
}

bool MonthView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QDate date = dateAt(help->pos());
        if (date.isValid())
            QToolTip::showText(help->globalPos(),
                               tr("%1\n%2").arg(QLocale().toString(date, QLocale::LongFormat), cellText(date)), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace rapport
