#pragma once

#include "schedule/BookData.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QPixmap>

class QTimer;

namespace rapport {

// The appointment book's grid: a column per provider, chair or day, the time axis down
// the side, working time white and the rest shaded, appointments as blocks in their
// type's colour and a line at the current time. Painted, not built from widgets, so 20
// providers scroll without delay.
//
// Mouse: drag a block to move it (to another time and column), drag its bottom edge to
// change its length, both snapping to the grid; double-click an empty slot to book.
// Keyboard: the arrow keys move a cell cursor (Page Up/Down by the hour), Enter books the
// empty slot under it or opens the appointment, C/A/S/D/N set a status, Delete cancels,
// Alt+arrows move the selected appointment by a grid step or a column.
// The grid only asks: the page decides, through core, what happens.
class AppointmentGrid : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit AppointmentGrid(QWidget* parent = nullptr);

    void setData(const BookData& data);
    [[nodiscard]] const BookData& data() const { return m_data; }
    // The current time, as the clinic's local date and minute; the line is drawn on that
    // date's columns.
    void setNow(QDate date, int minute);
    // Whether drags and bookings are offered (the session may book).
    void setEditable(bool editable);

    [[nodiscard]] QString selectedId() const { return m_selected; }
    void select(const QString& appointmentId);
    [[nodiscard]] int cursorColumn() const { return m_cursorColumn; }
    [[nodiscard]] int cursorMinute() const { return m_cursorMinute; }
    void setCursorCell(int column, int minute);
    // Scrolls so that the minute is near the top.
    void scrollToMinute(int minute);

    // Geometry in viewport coordinates, for tests and tool tips.
    [[nodiscard]] QRect itemRect(const QString& appointmentId) const;
    [[nodiscard]] QPoint cellCenter(int column, int minute) const;
    [[nodiscard]] int columnAt(int x) const;
    [[nodiscard]] int minuteAt(int y) const;
    [[nodiscard]] int columnWidth() const;
    [[nodiscard]] double pixelsPerMinute() const { return m_pxPerMinute; }

Q_SIGNALS:
    void bookRequested(int column, int minute);
    void moveRequested(const QString& appointmentId, int column, int startMinute);
    void resizeRequested(const QString& appointmentId, int endMinute);
    void statusRequested(const QString& appointmentId, AppointmentStatus status);
    void cancelRequested(const QString& appointmentId);
    void itemActivated(const QString& appointmentId);
    void itemMenuRequested(const QString& appointmentId, const QPoint& globalPos);
    void slotMenuRequested(int column, int minute, const QPoint& globalPos);
    void selectionChanged(const QString& appointmentId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class Drag
    {
        None,
        PressedMove,
        PressedResize,
        Moving,
        Resizing,
    };

    void updateGeometry();
    void updateScrollBars();
    [[nodiscard]] int columnX(int column) const;
    [[nodiscard]] int minuteY(int minute) const;
    [[nodiscard]] int snap(int minute) const;
    [[nodiscard]] QRect blockRect(const BookItem& item, int column, int start, int end) const;
    [[nodiscard]] int itemIndexAt(const QPoint& pos) const;
    [[nodiscard]] int itemIndexAtCell(int column, int minute) const;
    [[nodiscard]] bool inBody(const QPoint& pos) const;
    void moveCursorBy(int columns, int minutes);
    void ensureCursorVisible();
    void setSelected(const QString& id);
    void cancelDrag();
    // The drag's column and times for a position; and one step of scrolling by itself
    // while a drag is held near the top or bottom edge.
    void updateDragAt(QPoint pos);
    void autoScrollStep();
    [[nodiscard]] QString toolTipAt(const QPoint& pos) const;
    [[nodiscard]] const QPixmap& icon(const QString& name, const QColor& colour);

    // Painting, in AppointmentGridPainting.cpp.
    void paintBody(QPainter& p, const QRect& body);
    void paintItem(QPainter& p, const BookItem& item, const QRect& r, bool ghost);
    void paintHeader(QPainter& p);
    void paintGutter(QPainter& p);
    void paintEmpty(QPainter& p);

    BookData m_data;
    bool m_editable = true;
    double m_pxPerMinute = 1.5;
    int m_gutter = 64;
    int m_header = 48;
    QDate m_nowDate;
    int m_nowMinute = -1;
    QString m_selected;
    int m_cursorColumn = 0;
    int m_cursorMinute = 8 * 60;

    Drag m_drag = Drag::None;
    QString m_dragId;
    QPoint m_pressPos;
    int m_grabOffset = 0; // minutes between the block's start and where it was taken
    int m_dragColumn = 0;
    int m_dragStart = 0;
    int m_dragEnd = 0;
    QPoint m_lastDragPos;
    QTimer* m_autoScroll;

    QHash<QString, QPixmap> m_icons;
};

} // namespace rapport
