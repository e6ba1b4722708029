// The painting half of AppointmentGrid (and its tool tips); events and geometry are in
// AppointmentGrid.cpp.
#include "schedule/AppointmentGrid.h"

#include "common/Icons.h"
#include "common/Style.h"
#include "schedule/ScheduleText.h"
#include "scheduling/SchedulingVocabulary.h"

#include <QPainter>
#include <QPainterPath>
#include <QPaintEvent>
#include <QScrollBar>

namespace rapport {

namespace {
const QColor GridLine(0xee, 0xf2, 0xf3);
const QColor HourLine(0xd5, 0xde, 0xe0);
const QColor Shade(0xf0, 0xf3, 0xf4);
const QColor ShadeHatch(0xe4, 0xe9, 0xea);
const QColor HeaderBackground(0xff, 0xff, 0xff);
const QColor Separator(0xdd, 0xe3, 0xe4);

QColor blend(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace

void AppointmentGrid::paintEvent(QPaintEvent* event)
{
    QPainter p(viewport());
    p.fillRect(event->rect(), palette().base());
    if (m_data.columns.isEmpty()) {
        paintEmpty(p);
        return;
    }
    const QRect body(m_gutter, m_header, viewport()->width() - m_gutter, viewport()->height() - m_header);
    p.save();
    p.setClipRect(body);
    paintBody(p, body);
    p.restore();
    paintHeader(p);
    paintGutter(p);
    // The corner above the time axis.
    p.fillRect(QRect(0, 0, m_gutter, m_header), HeaderBackground);
    p.setPen(Separator);
    p.drawLine(0, m_header - 1, m_gutter, m_header - 1);
    p.drawLine(m_gutter - 1, 0, m_gutter - 1, m_header);
}

void AppointmentGrid::paintBody(QPainter& p, const QRect& body)
{
    const int w = columnWidth();
    const int n = int(m_data.columns.size());
    const int first = qMax(0, columnAt(body.left()));
    const int last = qMin(n - 1, columnAt(body.right()));
    const int top = minuteY(m_data.firstMinute);
    const int bottom = minuteY(m_data.lastMinute);

    // Working time white, everything else shaded with a light hatch.
    QBrush hatch(ShadeHatch, Qt::BDiagPattern);
    for (int c = first; c <= last; ++c) {
        const QRect column(columnX(c), top, w, bottom - top);
        p.fillRect(column, Shade);
        p.fillRect(column, hatch);
        for (const auto& [from, to] : m_data.columns[c].available)
            p.fillRect(QRect(column.left(), minuteY(from), w, minuteY(to) - minuteY(from)), palette().base());
    }
    // Slot and hour lines.
    const int slot = qMax(1, m_data.slotMinutes);
    for (int m = m_data.firstMinute; m <= m_data.lastMinute; m += slot) {
        const int y = minuteY(m);
        if (y < body.top() - 1 || y > body.bottom() + 1)
            continue;
        p.setPen(m % 60 == 0 ? HourLine : GridLine);
        p.drawLine(body.left(), y, columnX(last) + w, y);
    }
    p.setPen(Separator);
    for (int c = first; c <= last; ++c)
        p.drawLine(columnX(c) + w - 1, top, columnX(c) + w - 1, bottom);

    // The cell cursor, under the appointments so it never hides a name.
    if (hasFocus() && m_selected.isEmpty() && m_cursorColumn >= first && m_cursorColumn <= last) {
        const QRect cell(columnX(m_cursorColumn) + 1, minuteY(m_cursorMinute), w - 3,
                         minuteY(m_cursorMinute + slot) - minuteY(m_cursorMinute));
        QColor fill = Style::accent();
        fill.setAlphaF(0.10);
        p.fillRect(cell, fill);
        p.setPen(QPen(Style::accent(), 2));
        p.drawRect(cell.adjusted(1, 1, -1, -1));
        p.setPen(Style::accentDark());
        p.drawText(cell.adjusted(8, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   ScheduleText::minute(m_cursorMinute));
    }

    p.setRenderHint(QPainter::Antialiasing, true);
    for (const BookItem& item : m_data.items) {
        if (item.column < first || item.column > last)
            continue;
        const bool dragged = m_drag == Drag::Moving || m_drag == Drag::Resizing;
        if (dragged && item.id() == m_dragId) {
            p.setOpacity(0.35);
            paintItem(p, item, blockRect(item, item.column, item.startMinute, item.endMinute), false);
            p.setOpacity(1.0);
            continue;
        }
        paintItem(p, item, blockRect(item, item.column, item.startMinute, item.endMinute), false);
    }
    if (m_drag == Drag::Moving || m_drag == Drag::Resizing) {
        if (const BookItem* item = m_data.item(m_dragId)) {
            BookItem ghost = *item;
            ghost.lane = 0;
            ghost.lanes = 1;
            ghost.startMinute = m_dragStart;
            ghost.endMinute = m_dragEnd;
            paintItem(p, ghost, blockRect(ghost, m_dragColumn, m_dragStart, m_dragEnd), true);
        }
    }

    // The current time.
    if (m_nowMinute >= m_data.firstMinute && m_nowMinute <= m_data.lastMinute) {
        const int y = minuteY(m_nowMinute);
        p.setPen(QPen(Style::danger(), 2));
        for (int c = first; c <= last; ++c)
            if (m_data.columns[c].date == m_nowDate) {
                p.drawLine(columnX(c), y, columnX(c) + w - 1, y);
                p.setBrush(Style::danger());
                p.drawEllipse(QPoint(columnX(c) + 1, y), 3, 3);
            }
    }
    p.setRenderHint(QPainter::Antialiasing, false);
}

void AppointmentGrid::paintItem(QPainter& p, const BookItem& item, const QRect& r, bool ghost)
{
    const AppointmentRow& row = item.row;
    const AppointmentStatus status = row.appointment.status;
    const bool held = holdsTime(status);
    const QColor type = ScheduleText::colourOr(row.typeColour, QColor(0x6b, 0x8f, 0x9a));
    QColor fill = blend(type, Qt::white, held ? 0.78 : 0.92);
    QColor border = held ? type.darker(115) : QColor(0xb9, 0xc4, 0xc6);
    const bool selected = item.id() == m_selected && !ghost;

    QPainterPath path;
    path.addRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    p.fillPath(path, fill);
    // The type's colour as a bar down the left edge.
    p.save();
    p.setClipPath(path);
    p.fillRect(QRect(r.left(), r.top(), 4, r.height()), held ? type : type.lighter(140));
    p.restore();
    QPen pen(border, ghost || selected ? 2 : 1);
    if (ghost)
        pen.setColor(Style::accentDark());
    if (selected)
        pen.setColor(Style::accent());
    if (!held)
        pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);

    const QRect inner = r.adjusted(8, 2, -4, -2);
    if (inner.width() < 12 || inner.height() < 6)
        return;
    const QFontMetrics fm(font());
    const int line = fm.height();
    // Status icon and the no-show risk mark at the top right; in a narrow block on the
    // second line, so the name keeps the first.
    const bool iconsBelow = inner.width() < 150 && inner.height() >= line * 2;
    const int iconTop = iconsBelow ? inner.top() + line + (line - 14) / 2 : inner.top() + 1;
    int right = inner.right();
    int lineTwoRight = inner.right();
    const QColor statusColour = ScheduleText::statusColour(status);
    if (inner.width() > 60) {
        const QPixmap& pix = icon(ScheduleText::statusIcon(status), statusColour);
        p.drawPixmap(right - 14, iconTop, pix);
        right -= 18;
        if (item.hasRisk && item.risk.level != RiskLevel::Low && held) {
            const QRect mark(right - 14, iconTop, 14, 14);
            p.setPen(Qt::NoPen);
            p.setBrush(ScheduleText::riskColour(item.risk.level));
            p.drawEllipse(mark);
            p.setPen(Qt::white);
            QFont f = font();
            f.setBold(true);
            f.setPointSizeF(f.pointSizeF() * 0.75);
            p.setFont(f);
            p.drawText(mark, Qt::AlignCenter, QStringLiteral("!"));
            p.setFont(font());
            right -= 18;
        }
    }
    if (iconsBelow) {
        lineTwoRight = right;
        right = inner.right();
    }
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    bold.setStrikeOut(!held);
    const QFontMetrics boldMetrics(bold);
    const QColor textColour = held ? Style::text() : Style::mutedText();
    // The whole range when it fits, else when it starts.
    QString time = ScheduleText::minutes(item.startMinute, item.endMinute);
    if (fm.horizontalAdvance(time) > inner.width() * 2 / 3)
        time = ScheduleText::minute(item.startMinute);
    const QString statusName = SchedulingVocabulary::statusName(status);

    if (inner.height() < line * 2) {
        // One line: "09:00 Name · Type".
        p.setFont(bold);
        p.setPen(textColour);
        const QString name = boldMetrics.elidedText(row.patientName, Qt::ElideRight, right - inner.left());
        p.drawText(QRect(inner.left(), inner.top(), right - inner.left(), inner.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, name);
        const int used = boldMetrics.horizontalAdvance(name) + 6;
        p.setFont(font());
        p.setPen(Style::mutedText());
        const QString rest = fm.elidedText(tr("%1 · %2").arg(ScheduleText::minute(item.startMinute), row.typeName),
                                           Qt::ElideRight, right - inner.left() - used);
        p.drawText(QRect(inner.left() + used, inner.top(), right - inner.left() - used, inner.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, rest);
        return;
    }
    p.setFont(bold);
    p.setPen(textColour);
    p.drawText(QRect(inner.left(), inner.top(), right - inner.left(), line), Qt::AlignLeft | Qt::AlignVCenter,
               boldMetrics.elidedText(row.patientName, Qt::ElideRight, right - inner.left()));
    p.setFont(font());
    p.setPen(Style::mutedText());
    int y = inner.top() + line;
    const QStringList lines{tr("%1 · %2").arg(time, row.typeName), statusName, row.appointment.notes};
    for (int i = 0; i < lines.size(); ++i) {
        const QString& text = lines[i];
        if (y + line > inner.bottom() + 2 || text.isEmpty())
            break;
        const int width = (i == 0 ? lineTwoRight : inner.right()) - inner.left();
        p.setPen(i == 1 ? statusColour : Style::mutedText());
        p.drawText(QRect(inner.left(), y, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(text, Qt::ElideRight, width));
        y += line;
    }
}

void AppointmentGrid::paintHeader(QPainter& p)
{
    const int w = columnWidth();
    p.fillRect(QRect(m_gutter, 0, viewport()->width() - m_gutter, m_header), HeaderBackground);
    p.save();
    p.setClipRect(QRect(m_gutter, 0, viewport()->width() - m_gutter, m_header));
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics boldMetrics(bold);
    for (int c = 0; c < m_data.columns.size(); ++c) {
        const int x = columnX(c);
        if (x + w < m_gutter || x > viewport()->width())
            continue;
        const BookColumn& col = m_data.columns[c];
        const bool today = col.date == m_nowDate && m_data.mode == BookMode::Week;
        const QRect cell(x + 10, 6, w - 16, m_header - 12);
        p.setFont(bold);
        p.setPen(today ? Style::accent() : Style::text());
        p.drawText(QRect(cell.left(), cell.top(), cell.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   boldMetrics.elidedText(col.title, Qt::ElideRight, cell.width()));
        p.setFont(font());
        p.setPen(col.absence.isEmpty() ? Style::mutedText() : Style::warning());
        const QString subtitle = fm.horizontalAdvance(col.subtitle) > cell.width() && !col.shortSubtitle.isEmpty()
                                     ? col.shortSubtitle
                                     : col.subtitle;
        p.drawText(QRect(cell.left(), cell.top() + fm.height() + 2, cell.width(), fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(subtitle, Qt::ElideRight, cell.width()));
        // The provider's colour under the name.
        p.fillRect(QRect(x + 6, m_header - 4, w - 12, 3),
                   col.colour.isValid() ? col.colour : QColor(0xc5, 0xcf, 0xd0));
        p.setPen(Separator);
        p.drawLine(x + w - 1, 8, x + w - 1, m_header - 8);
    }
    p.restore();
    p.setPen(Separator);
    p.drawLine(m_gutter, m_header - 1, viewport()->width(), m_header - 1);
}

void AppointmentGrid::paintGutter(QPainter& p)
{
    const QRect gutter(0, m_header, m_gutter, viewport()->height() - m_header);
    p.fillRect(gutter, HeaderBackground);
    p.save();
    p.setClipRect(gutter);
    const QFontMetrics fm(font());
    p.setPen(Style::mutedText());
    for (int m = (m_data.firstMinute + 59) / 60 * 60; m < m_data.lastMinute; m += 60) {
        const int y = minuteY(m);
        p.drawText(QRect(0, y + 2, m_gutter - 10, fm.height()), Qt::AlignRight | Qt::AlignTop,
                   ScheduleText::minute(m));
    }
    // Half hours, smaller, when there is room.
    if (30 * m_pxPerMinute >= fm.height() * 1.5 && m_data.slotMinutes <= 30) {
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        p.setFont(small);
        p.setPen(QColor(0x8a, 0x97, 0x9c));
        for (int m = m_data.firstMinute / 60 * 60 + 30; m < m_data.lastMinute; m += 60)
            if (m > m_data.firstMinute)
                p.drawText(QRect(0, minuteY(m) + 2, m_gutter - 10, fm.height()), Qt::AlignRight | Qt::AlignTop,
                           ScheduleText::minute(m));
        p.setFont(font());
    }
    if (m_nowMinute >= m_data.firstMinute && m_nowMinute <= m_data.lastMinute) {
        const bool shown = std::any_of(m_data.columns.cbegin(), m_data.columns.cend(),
                                       [this](const BookColumn& c) { return c.date == m_nowDate; });
        if (shown) {
            const int y = minuteY(m_nowMinute);
            const QRect label(4, y - fm.height() / 2 - 1, m_gutter - 10, fm.height() + 2);
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(Qt::NoPen);
            p.setBrush(Style::danger());
            p.drawRoundedRect(label, 4, 4);
            p.setPen(Qt::white);
            p.drawText(label, Qt::AlignCenter, ScheduleText::minute(m_nowMinute));
        }
    }
    p.restore();
    p.setPen(Separator);
    p.drawLine(m_gutter - 1, m_header, m_gutter - 1, viewport()->height());
}

void AppointmentGrid::paintEmpty(QPainter& p)
{
    p.setPen(Style::mutedText());
    const QString text = m_data.mode == BookMode::DayByChair
                             ? tr("No chairs or rooms are set up yet. A manager adds them under Administration › Schedule set-up.")
                             : tr("No providers are set up yet. A manager adds them under Administration › Schedule set-up.");
    p.drawText(viewport()->rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap, text);
}

QString AppointmentGrid::toolTipAt(const QPoint& pos) const
{
    const int index = itemIndexAt(pos);
    if (index >= 0) {
        const BookItem& item = m_data.items[index];
        const AppointmentRow& r = item.row;
        QStringList lines;
        lines << r.patientName;
        lines << tr("%1 · %2").arg(ScheduleText::minutes(item.startMinute, item.endMinute), r.typeName);
        QString who = r.providerName;
        if (!r.chairName.isEmpty())
            who = tr("%1 · %2").arg(who, r.chairName);
        lines << who;
        QString status = SchedulingVocabulary::statusName(r.appointment.status);
        if (!r.appointment.statusReason.isEmpty())
            status = tr("%1: %2").arg(status, r.appointment.statusReason);
        lines << status;
        if (!r.patientPhone.isEmpty())
            lines << tr("Phone: %1").arg(r.patientPhone);
        if (!r.appointment.notes.isEmpty())
            lines << tr("Notes: %1").arg(r.appointment.notes);
        if (!r.appointment.overrideReason.isEmpty())
            lines << tr("Booked despite a conflict: %1").arg(r.appointment.overrideReason);
        if (item.hasRisk)
            lines << ScheduleText::risk(item.risk, item.row.appointment.status);
        return lines.join(QLatin1Char('\n'));
    }
    if (pos.y() < m_header && pos.x() >= m_gutter) {
        const int c = columnAt(pos.x());
        if (c >= 0) {
            const BookColumn& col = m_data.columns[c];
            return col.absence.isEmpty() ? col.title : tr("%1\n%2").arg(col.title, col.absence);
        }
    }
    return {};
}

const QPixmap& AppointmentGrid::icon(const QString& name, const QColor& colour)
{
    const QString key = name + colour.name();
    auto it = m_icons.find(key);
    if (it == m_icons.end())
        it = m_icons.insert(key, Icons::pixmap(name, 14, colour, devicePixelRatioF()));
    return *it;
}

} // namespace rapport
