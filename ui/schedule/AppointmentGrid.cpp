#include "schedule/AppointmentGrid.h"

#include "common/Icons.h"
#include "schedule/ScheduleText.h"
#include "scheduling/SchedulingVocabulary.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>

namespace rapport {

namespace {
constexpr int MinColumnWidth = 132;
constexpr int MinDayWidth = 96;
constexpr int ResizeHandle = 6;
constexpr int AutoScrollMargin = 24; // pixels from the edge where a drag scrolls the book
constexpr int AutoScrollInterval = 30; // ms between scroll steps
} // namespace

AppointmentGrid::AppointmentGrid(QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_autoScroll(new QTimer(this))
{
    setObjectName(QStringLiteral("appointmentGrid"));
    m_autoScroll->setInterval(AutoScrollInterval);
    connect(m_autoScroll, &QTimer::timeout, this, &AppointmentGrid::autoScrollStep);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    const int line = fontMetrics().height();
    m_header = line * 2 + 16;
    m_gutter = fontMetrics().horizontalAdvance(ScheduleText::minute(23 * 60 + 30)) + 22;
}

void AppointmentGrid::setData(const BookData& data)
{
    const bool sameView = data.mode == m_data.mode && data.date == m_data.date
                          && data.columns.size() == m_data.columns.size();
    m_data = data;
    cancelDrag();
    updateGeometry();
    if (m_data.indexOf(m_selected) < 0)
        setSelected(QString());
    if (!sameView) {
        m_cursorColumn = 0;
        m_cursorMinute = m_data.firstMinute;
        // Start where the day starts, or at the current time when it is today.
        scrollToMinute(m_nowDate == m_data.date && m_nowMinute >= 0 ? m_nowMinute - 60 : m_data.firstMinute);
    }
    m_cursorColumn = qBound(0, m_cursorColumn, qMax(0, int(m_data.columns.size()) - 1));
    m_cursorMinute = qBound(m_data.firstMinute, snap(m_cursorMinute), m_data.lastMinute - m_data.slotMinutes);
    viewport()->update();
}

void AppointmentGrid::setNow(QDate date, int minute)
{
    if (date == m_nowDate && minute == m_nowMinute)
        return;
    m_nowDate = date;
    m_nowMinute = minute;
    viewport()->update();
}

void AppointmentGrid::setEditable(bool editable)
{
    m_editable = editable;
    cancelDrag();
}

void AppointmentGrid::select(const QString& appointmentId)
{
    if (const BookItem* item = m_data.item(appointmentId)) {
        m_cursorColumn = item->column;
        m_cursorMinute = qBound(m_data.firstMinute, snap(item->startMinute), m_data.lastMinute - m_data.slotMinutes);
        ensureCursorVisible();
    }
    setSelected(m_data.item(appointmentId) ? appointmentId : QString());
    viewport()->update();
}

void AppointmentGrid::setCursorCell(int column, int minute)
{
    if (m_data.columns.isEmpty())
        return;
    m_cursorColumn = qBound(0, column, int(m_data.columns.size()) - 1);
    m_cursorMinute = qBound(m_data.firstMinute, snap(minute), m_data.lastMinute - m_data.slotMinutes);
    const int under = itemIndexAtCell(m_cursorColumn, m_cursorMinute);
    setSelected(under >= 0 ? m_data.items[under].id() : QString());
    ensureCursorVisible();
    viewport()->update();
}

void AppointmentGrid::scrollToMinute(int minute)
{
    verticalScrollBar()->setValue(int((qMax(minute, m_data.firstMinute) - m_data.firstMinute) * m_pxPerMinute));
}

void AppointmentGrid::updateGeometry()
{
    // About 22 pixels a slot, so 15-minute slots stay readable and 5-minute ones compact.
    const int slot = qMax(5, m_data.slotMinutes);
    m_pxPerMinute = qBound(0.9, double(fontMetrics().height() + 6) / slot, 2.0);
    updateScrollBars();
}

void AppointmentGrid::updateScrollBars()
{
    const int contentWidth = m_gutter + columnWidth() * int(m_data.columns.size());
    const int contentHeight = m_header + int((m_data.lastMinute - m_data.firstMinute) * m_pxPerMinute) + 1;
    const QSize view = viewport()->size();
    horizontalScrollBar()->setRange(0, qMax(0, contentWidth - view.width()));
    horizontalScrollBar()->setPageStep(view.width());
    horizontalScrollBar()->setSingleStep(columnWidth() / 4);
    verticalScrollBar()->setRange(0, qMax(0, contentHeight - view.height()));
    verticalScrollBar()->setPageStep(view.height());
    verticalScrollBar()->setSingleStep(qMax(8, int(m_data.slotMinutes * m_pxPerMinute)));
}

int AppointmentGrid::columnWidth() const
{
    const int n = qMax(1, int(m_data.columns.size()));
    // A week's seven days fit on the screen; providers get room for a name.
    const int minimum = m_data.mode == BookMode::Week ? MinDayWidth : MinColumnWidth;
    return qMax(minimum, (viewport()->width() - m_gutter) / n);
}

int AppointmentGrid::columnX(int column) const
{
    return m_gutter + column * columnWidth() - horizontalScrollBar()->value();
}

int AppointmentGrid::minuteY(int minute) const
{
    return m_header + int(std::lround((minute - m_data.firstMinute) * m_pxPerMinute)) - verticalScrollBar()->value();
}

int AppointmentGrid::columnAt(int x) const
{
    if (m_data.columns.isEmpty())
        return -1;
    const int c = (x - m_gutter + horizontalScrollBar()->value()) / columnWidth();
    return qBound(0, c, int(m_data.columns.size()) - 1);
}

int AppointmentGrid::minuteAt(int y) const
{
    return m_data.firstMinute + int((y - m_header + verticalScrollBar()->value()) / m_pxPerMinute);
}

int AppointmentGrid::snap(int minute) const
{
    const int slot = qMax(1, m_data.slotMinutes);
    const int offset = minute - m_data.firstMinute;
    return m_data.firstMinute + int(std::floor(double(offset) / slot)) * slot;
}

QPoint AppointmentGrid::cellCenter(int column, int minute) const
{
    return {columnX(column) + columnWidth() / 2,
            minuteY(minute) + int(m_data.slotMinutes * m_pxPerMinute / 2)};
}

QRect AppointmentGrid::blockRect(const BookItem& item, int column, int start, int end) const
{
    const int width = columnWidth() - 8;
    const int lanes = qMax(1, item.lanes);
    const int laneWidth = width / lanes;
    const int x = columnX(column) + 3 + item.lane * laneWidth;
    const int top = minuteY(start) + 1;
    const int bottom = minuteY(end) - 1;
    return QRect(x, top, laneWidth - 2, qMax(8, bottom - top));
}

QRect AppointmentGrid::itemRect(const QString& appointmentId) const
{
    const BookItem* item = m_data.item(appointmentId);
    return item ? blockRect(*item, item->column, item->startMinute, item->endMinute) : QRect();
}

bool AppointmentGrid::inBody(const QPoint& pos) const
{
    return pos.x() >= m_gutter && pos.y() >= m_header && !m_data.columns.isEmpty();
}

int AppointmentGrid::itemIndexAt(const QPoint& pos) const
{
    if (!inBody(pos))
        return -1;
    // The last painted is on top.
    for (int i = int(m_data.items.size()) - 1; i >= 0; --i) {
        const BookItem& item = m_data.items[i];
        if (blockRect(item, item.column, item.startMinute, item.endMinute).adjusted(0, 0, 0, 2).contains(pos))
            return i;
    }
    return -1;
}

int AppointmentGrid::itemIndexAtCell(int column, int minute) const
{
    // A held appointment before a cancelled one at the same time.
    int found = -1;
    for (int i = 0; i < m_data.items.size(); ++i) {
        const BookItem& item = m_data.items[i];
        if (item.column == column && item.startMinute < minute + m_data.slotMinutes && minute < item.endMinute) {
            if (found < 0 || (!holdsTime(m_data.items[found].row.appointment.status)
                              && holdsTime(item.row.appointment.status)))
                found = i;
        }
    }
    return found;
}

void AppointmentGrid::setSelected(const QString& id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    viewport()->update();
    Q_EMIT selectionChanged(id);
}

void AppointmentGrid::moveCursorBy(int columns, int minutes)
{
    if (m_data.columns.isEmpty())
        return;
    setCursorCell(m_cursorColumn + columns, m_cursorMinute + minutes);
}

void AppointmentGrid::ensureCursorVisible()
{
    const int x = columnX(m_cursorColumn);
    const int w = columnWidth();
    if (x < m_gutter)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - (m_gutter - x));
    else if (x + w > viewport()->width())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + (x + w - viewport()->width()));
    const int top = minuteY(m_cursorMinute);
    const int bottom = minuteY(m_cursorMinute + m_data.slotMinutes);
    if (top < m_header)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - (m_header - top));
    else if (bottom > viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + (bottom - viewport()->height()));
}

void AppointmentGrid::cancelDrag()
{
    if (m_drag == Drag::None)
        return;
    m_drag = Drag::None;
    m_dragId.clear();
    m_autoScroll->stop();
    viewport()->unsetCursor();
    viewport()->update();
}

void AppointmentGrid::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void AppointmentGrid::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    if (!inBody(pos)) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const int index = itemIndexAt(pos);
    if (index >= 0) {
        const BookItem& item = m_data.items[index];
        m_cursorColumn = item.column;
        m_cursorMinute = qBound(m_data.firstMinute, snap(minuteAt(pos.y())), m_data.lastMinute - m_data.slotMinutes);
        setSelected(item.id());
        if (event->button() == Qt::LeftButton && m_editable && holdsTime(item.row.appointment.status)) {
            const QRect r = blockRect(item, item.column, item.startMinute, item.endMinute);
            m_drag = pos.y() >= r.bottom() - ResizeHandle ? Drag::PressedResize : Drag::PressedMove;
            m_dragId = item.id();
            m_pressPos = pos;
            m_grabOffset = minuteAt(pos.y()) - item.startMinute;
            m_dragColumn = item.column;
            m_dragStart = item.startMinute;
            m_dragEnd = item.endMinute;
        }
    } else {
        setCursorCell(columnAt(pos.x()), minuteAt(pos.y()));
    }
    viewport()->update();
}

void AppointmentGrid::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::None) {
        const int index = itemIndexAt(pos);
        if (index >= 0 && m_editable && holdsTime(m_data.items[index].row.appointment.status)) {
            const BookItem& item = m_data.items[index];
            const QRect r = blockRect(item, item.column, item.startMinute, item.endMinute);
            viewport()->setCursor(pos.y() >= r.bottom() - ResizeHandle ? Qt::SizeVerCursor : Qt::OpenHandCursor);
        } else {
            viewport()->unsetCursor();
        }
        return;
    }
    const BookItem* item = m_data.item(m_dragId);
    if (!item) {
        cancelDrag();
        return;
    }
    if (m_drag == Drag::PressedMove || m_drag == Drag::PressedResize) {
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag = m_drag == Drag::PressedMove ? Drag::Moving : Drag::Resizing;
        viewport()->setCursor(m_drag == Drag::Moving ? Qt::ClosedHandCursor : Qt::SizeVerCursor);
    }
    m_lastDragPos = pos;
    // Near the top or bottom edge the book scrolls by itself, so a drag can reach any hour.
    const bool nearEdge = pos.y() < m_header + AutoScrollMargin || pos.y() > viewport()->height() - AutoScrollMargin;
    if (nearEdge && !m_autoScroll->isActive())
        m_autoScroll->start();
    else if (!nearEdge)
        m_autoScroll->stop();
    updateDragAt(pos);
}

void AppointmentGrid::autoScrollStep()
{
    if (m_drag != Drag::Moving && m_drag != Drag::Resizing) {
        m_autoScroll->stop();
        return;
    }
    const int step = qMax(4, int(m_data.slotMinutes * m_pxPerMinute / 2));
    QScrollBar* bar = verticalScrollBar();
    const int before = bar->value();
    bar->setValue(before + (m_lastDragPos.y() < m_header + AutoScrollMargin ? -step : step));
    if (bar->value() != before)
        updateDragAt(m_lastDragPos);
}

void AppointmentGrid::updateDragAt(QPoint pos)
{
    const BookItem* item = m_data.item(m_dragId);
    if (!item)
        return;
    const int length = item->endMinute - item->startMinute;
    if (m_drag == Drag::Moving) {
        m_dragColumn = columnAt(qMax(pos.x(), m_gutter));
        const int wanted = minuteAt(pos.y()) - m_grabOffset + m_data.slotMinutes / 2;
        m_dragStart = qBound(m_data.firstMinute, snap(wanted), qMax(m_data.firstMinute, m_data.lastMinute - length));
        m_dragEnd = m_dragStart + length;
    } else {
        const int wanted = minuteAt(pos.y()) + m_data.slotMinutes / 2;
        m_dragEnd = qBound(item->startMinute + m_data.slotMinutes, snap(wanted), m_data.lastMinute);
    }
    viewport()->update();
}

void AppointmentGrid::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    const QString id = m_dragId;
    const BookItem* item = m_data.item(id);
    const int column = m_dragColumn;
    const int start = m_dragStart;
    const int end = m_dragEnd;
    cancelDrag();
    if (!item)
        return;
    if (drag == Drag::Moving && (column != item->column || start != item->startMinute))
        Q_EMIT moveRequested(id, column, start);
    else if (drag == Drag::Resizing && end != item->endMinute)
        Q_EMIT resizeRequested(id, end);
}

void AppointmentGrid::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton || !inBody(pos))
        return;
    cancelDrag();
    const int index = itemIndexAt(pos);
    if (index >= 0) {
        Q_EMIT itemActivated(m_data.items[index].id());
        return;
    }
    if (m_editable)
        Q_EMIT bookRequested(columnAt(pos.x()), snap(minuteAt(pos.y())));
}

void AppointmentGrid::keyPressEvent(QKeyEvent* event)
{
    const int slot = qMax(1, m_data.slotMinutes);
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    // Alt+arrows move the selected appointment by one grid step or one column, like a drag.
    if ((event->modifiers() & ~Qt::KeypadModifier) == Qt::AltModifier && !m_selected.isEmpty() && m_editable) {
        if (const BookItem* item = m_data.item(m_selected)) {
            int column = item->column;
            int start = item->startMinute;
            const int length = item->endMinute - item->startMinute;
            switch (event->key()) {
            case Qt::Key_Up:
                start -= slot;
                break;
            case Qt::Key_Down:
                start += slot;
                break;
            case Qt::Key_Left:
                --column;
                break;
            case Qt::Key_Right:
                ++column;
                break;
            default:
                QAbstractScrollArea::keyPressEvent(event);
                return;
            }
            if (column >= 0 && column < m_data.columns.size() && start >= 0 && start + length <= 24 * 60)
                Q_EMIT moveRequested(m_selected, column, start);
            return;
        }
    }
    switch (event->key()) {
    case Qt::Key_Up:
        moveCursorBy(0, -slot);
        return;
    case Qt::Key_Down:
        moveCursorBy(0, slot);
        return;
    case Qt::Key_Left:
        moveCursorBy(-1, 0);
        return;
    case Qt::Key_Right:
        moveCursorBy(1, 0);
        return;
    case Qt::Key_PageUp:
        moveCursorBy(0, -60);
        return;
    case Qt::Key_PageDown:
        moveCursorBy(0, 60);
        return;
    case Qt::Key_Home:
        setCursorCell(m_cursorColumn, m_data.firstMinute);
        return;
    case Qt::Key_End:
        setCursorCell(m_cursorColumn, m_data.lastMinute - slot);
        return;
    case Qt::Key_Escape:
        if (m_drag != Drag::None) {
            cancelDrag();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_data.columns.isEmpty())
            break;
        if (!m_selected.isEmpty())
            Q_EMIT itemActivated(m_selected);
        else if (m_editable)
            Q_EMIT bookRequested(m_cursorColumn, m_cursorMinute);
        return;
    case Qt::Key_Delete:
        if (!m_selected.isEmpty() && m_editable) {
            Q_EMIT cancelRequested(m_selected);
            return;
        }
        break;
    case Qt::Key_Menu:
        if (!m_selected.isEmpty()) {
            Q_EMIT itemMenuRequested(m_selected, viewport()->mapToGlobal(itemRect(m_selected).center()));
            return;
        }
        break;
    default:
        if (plain && !m_selected.isEmpty() && m_editable)
            if (auto status = ScheduleText::statusForKey(event->key())) {
                Q_EMIT statusRequested(m_selected, *status);
                return;
            }
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void AppointmentGrid::contextMenuEvent(QContextMenuEvent* event)
{
    if (event->reason() == QContextMenuEvent::Keyboard) {
        if (!m_selected.isEmpty())
            Q_EMIT itemMenuRequested(m_selected, viewport()->mapToGlobal(itemRect(m_selected).center()));
        else if (!m_data.columns.isEmpty())
            Q_EMIT slotMenuRequested(m_cursorColumn, m_cursorMinute,
                                     viewport()->mapToGlobal(cellCenter(m_cursorColumn, m_cursorMinute)));
        return;
    }
    const QPoint pos = viewport()->mapFromGlobal(event->globalPos());
    if (!inBody(pos))
        return;
    const int index = itemIndexAt(pos);
    if (index >= 0) {
        setSelected(m_data.items[index].id());
        Q_EMIT itemMenuRequested(m_data.items[index].id(), event->globalPos());
    } else {
        setCursorCell(columnAt(pos.x()), minuteAt(pos.y()));
        Q_EMIT slotMenuRequested(m_cursorColumn, m_cursorMinute, event->globalPos());
    }
}

void AppointmentGrid::focusInEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void AppointmentGrid::focusOutEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

bool AppointmentGrid::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void AppointmentGrid::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange) {
        m_header = fontMetrics().height() * 2 + 16;
        updateGeometry();
    }
    QAbstractScrollArea::changeEvent(event);
}

} // namespace rapport
