#include "schedule/BookData.h"

#include "patients/PatientText.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/ScheduleSetup.h"
#include "scheduling/SchedulingVocabulary.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace rapport {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::BookLoader", text);
}

// A UTC range as local minutes of date (clipped to the day).
std::pair<int, int> localMinutes(const WorkingCalendar& calendar, QDate date, const TimeRange& range)
{
    const TimeRange day = calendar.localDay(date);
    const qint64 start = qMax(range.startMs, day.startMs);
    const qint64 end = qMin(range.endMs, day.endMs);
    const int first = calendar.localMinute(start);
    return {first, qMin(24 * 60, first + int((end - start) / 60000))};
}

QList<std::pair<int, int>> unite(QList<std::pair<int, int>> ranges)
{
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<int, int>> out;
    for (const auto& r : ranges) {
        if (r.second <= r.first)
            continue;
        if (!out.isEmpty() && r.first <= out.last().second)
            out.last().second = qMax(out.last().second, r.second);
        else
            out << r;
    }
    return out;
}

QString absenceText(const ScheduleException& e)
{
    const QString name = SchedulingVocabulary::exceptionName(e.kind);
    return e.note.isEmpty() ? name : QCoreApplication::translate("rapport::BookLoader", "%1: %2").arg(name, e.note);
}

// Appointments that overlap in a column share its width, each in its own lane.
void assignLanes(QList<BookItem>& items, int columns)
{
    for (int c = 0; c < columns; ++c) {
        QList<BookItem*> inColumn;
        for (BookItem& item : items)
            if (item.column == c)
                inColumn << &item;
        std::sort(inColumn.begin(), inColumn.end(), [](const BookItem* a, const BookItem* b) {
            return a->startMinute != b->startMinute ? a->startMinute < b->startMinute
                                                    : a->endMinute > b->endMinute;
        });
        int i = 0;
        while (i < inColumn.size()) {
            // A cluster: items chained by overlap.
            int clusterEnd = inColumn[i]->endMinute;
            int j = i;
            QList<int> laneEnds;
            while (j < inColumn.size() && (j == i || inColumn[j]->startMinute < clusterEnd)) {
                BookItem* item = inColumn[j];
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds[lane] > item->startMinute)
                    ++lane;
                if (lane == laneEnds.size())
                    laneEnds << item->endMinute;
                else
                    laneEnds[lane] = item->endMinute;
                item->lane = lane;
                clusterEnd = qMax(clusterEnd, item->endMinute);
                ++j;
            }
            for (int k = i; k < j; ++k)
                inColumn[k]->lanes = int(laneEnds.size());
            i = j;
        }
    }
}

} // namespace

int BookData::indexOf(const QString& appointmentId) const
{
    for (int i = 0; i < items.size(); ++i)
        if (items[i].id() == appointmentId)
            return i;
    return -1;
}

const BookItem* BookData::item(const QString& appointmentId) const
{
    const int i = indexOf(appointmentId);
    return i < 0 ? nullptr : &items[i];
}

QDate BookLoader::weekStart(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

Result<BookData> BookLoader::load(Clinic& clinic, BookMode mode, QDate date, const QString& weekProviderId,
                                  bool includeCancelled)
{
    BookData data;
    data.mode = mode;
    data.date = date;
    data.slotMinutes = qBound(5, SettingsService(clinic).slotMinutes(), 120);
    const QDate first = mode == BookMode::Week ? weekStart(date) : date;
    const QDate last = mode == BookMode::Week ? first.addDays(6) : date;
    RAPPORT_TRY_ASSIGN(data.calendar, WorkingCalendar::load(clinic, first, last));
    const WorkingCalendar& calendar = data.calendar;

    ScheduleSetup setup(clinic);
    RAPPORT_TRY_ASSIGN(const QList<Provider> providers, setup.providers());
    const TimeRange span{calendar.localDay(first).startMs, calendar.localDay(last).endMs};
    AppointmentBook book(clinic);
    RAPPORT_TRY_ASSIGN(const QList<AppointmentRow> rows,
                       book.range(span, mode == BookMode::Week ? QStringList{weekProviderId} : QStringList{},
                                  includeCancelled));

    auto availableOf = [&](const QString& providerId, QDate d) {
        QList<std::pair<int, int>> out;
        for (const TimeRange& r : calendar.available(providerId, d))
            out << localMinutes(calendar, d, r);
        return unite(out);
    };
    auto absenceOf = [&](const QString& providerId, QDate d) {
        QStringList out;
        for (const ScheduleException& e : calendar.exceptions())
            if (e.providerId == providerId && e.wholeDay() && e.firstDate <= d && d <= e.lastDate)
                out << absenceText(e);
        return out.join(QStringLiteral(" · "));
    };

    // Regular hours set the time axis, so it does not jump when someone is away.
    int axisFirst = 24 * 60;
    int axisLast = 0;
    auto widenAxis = [&](int from, int to) {
        axisFirst = qMin(axisFirst, from);
        axisLast = qMax(axisLast, to);
    };
    for (QDate d = first; d <= last; d = d.addDays(1))
        for (const Provider& p : providers) {
            if (mode == BookMode::Week && p.id != weekProviderId)
                continue;
            for (const auto& [range, chair] : calendar.regularHours(p.id, d)) {
                const auto m = localMinutes(calendar, d, range);
                widenAxis(m.first, m.second);
            }
        }

    const QLocale locale;
    if (mode == BookMode::DayByProvider) {
        for (const Provider& p : providers) {
            BookColumn c;
            c.providerId = p.id;
            c.date = date;
            c.title = p.name;
            c.colour = QColor(p.colour);
            c.absence = absenceOf(p.id, date);
            c.subtitle = c.absence.isEmpty() ? SchedulingVocabulary::providerKindName(p.kind) : c.absence;
            c.available = availableOf(p.id, date);
            data.columns << c;
        }
        // Someone no longer active who still has appointments that day keeps a column.
        for (const AppointmentRow& r : rows) {
            const bool known = std::any_of(data.columns.cbegin(), data.columns.cend(), [&](const BookColumn& c) {
                return c.providerId == r.appointment.providerId;
            });
            if (!known) {
                BookColumn c;
                c.providerId = r.appointment.providerId;
                c.date = date;
                c.title = r.providerName;
                c.subtitle = tr("No longer active");
                c.colour = QColor(r.providerColour);
                data.columns << c;
            }
        }
    } else if (mode == BookMode::DayByChair) {
        RAPPORT_TRY_ASSIGN(const QList<Chair> chairs, setup.chairs());
        // A chair is open while a provider whose usual chair it is works.
        QHash<QString, QList<std::pair<int, int>>> byChair;
        QList<std::pair<int, int>> anyone;
        for (const Provider& p : providers) {
            const QList<std::pair<int, int>> free = availableOf(p.id, date);
            anyone << free;
            for (const auto& [range, chair] : calendar.regularHours(p.id, date)) {
                if (chair.isEmpty())
                    continue;
                const auto hours = localMinutes(calendar, date, range);
                for (const auto& f : free) {
                    const int from = qMax(f.first, hours.first);
                    const int to = qMin(f.second, hours.second);
                    if (from < to)
                        byChair[chair] << std::pair{from, to};
                }
            }
        }
        const bool noneAssigned = byChair.isEmpty();
        for (const Chair& ch : chairs) {
            BookColumn c;
            c.chairId = ch.id;
            c.date = date;
            c.title = ch.name;
            c.subtitle = tr("Chair");
            c.colour = QColor(0x7b, 0x8a, 0x8f);
            c.available = unite(noneAssigned ? anyone : byChair.value(ch.id));
            data.columns << c;
        }
        QHash<QString, QString> chairNames;
        for (const AppointmentRow& r : rows)
            if (!r.appointment.chairId.isEmpty())
                chairNames.insert(r.appointment.chairId, r.chairName);
        for (auto it = chairNames.cbegin(); it != chairNames.cend(); ++it) {
            const bool known = std::any_of(data.columns.cbegin(), data.columns.cend(),
                                           [&](const BookColumn& c) { return c.chairId == it.key(); });
            if (!known) {
                BookColumn c;
                c.chairId = it.key();
                c.date = date;
                c.title = it.value();
                c.subtitle = tr("No longer in use");
                c.colour = QColor(0x7b, 0x8a, 0x8f);
                data.columns << c;
            }
        }
        if (std::any_of(rows.cbegin(), rows.cend(), [](const AppointmentRow& r) { return r.appointment.chairId.isEmpty(); })) {
            BookColumn c;
            c.date = date;
            c.title = tr("No chair");
            c.subtitle = tr("Not given a chair");
            c.colour = QColor(0xa3, 0xb0, 0xb3);
            c.available = unite(anyone);
            data.columns << c;
        }
    } else {
        QString name;
        QColor colour;
        for (const Provider& p : providers)
            if (p.id == weekProviderId) {
                name = p.name;
                colour = QColor(p.colour);
            }
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            BookColumn c;
            c.providerId = weekProviderId;
            c.date = d;
            c.title = locale.toString(d, QStringLiteral("ddd d"));
            c.colour = colour;
            c.absence = absenceOf(weekProviderId, d);
            if (const ScheduleException* closed = calendar.closureOn(d))
                c.absence = absenceText(*closed);
            c.subtitle = c.absence;
            c.available = availableOf(weekProviderId, d);
            data.columns << c;
        }
    }
    if (mode != BookMode::Week)
        if (const ScheduleException* closed = calendar.closureOn(date))
            data.closure = closed->note.isEmpty() ? tr("The clinic is closed on this day.")
                                                  : tr("The clinic is closed on this day: %1.").arg(closed->note);

    QList<Appointment> toScore;
    const QString region = SettingsService(clinic).region();
    for (AppointmentRow r : rows) {
        r.patientPhone = PatientText::phone(r.patientPhone, region);
        const Appointment& a = r.appointment;
        const qint64 startMs = a.start.toMSecsSinceEpoch();
        const QDate d = calendar.localDate(startMs);
        int column = -1;
        for (int c = 0; c < data.columns.size() && column < 0; ++c) {
            const BookColumn& col = data.columns[c];
            const bool match = mode == BookMode::DayByChair ? col.chairId == a.chairId
                                                            : col.providerId == a.providerId;
            if (match && col.date == d)
                column = c;
        }
        if (column < 0)
            continue;
        BookItem item;
        item.row = r;
        item.column = column;
        item.startMinute = calendar.localMinute(startMs);
        item.endMinute = qMin(24 * 60, item.startMinute + qMax(1, a.durationMinutes()));
        widenAxis(item.startMinute, item.endMinute);
        data.items << item;
        toScore << a;
    }
    if (!toScore.isEmpty()) {
        // The risk is a help, not a requirement: the book still shows when it cannot be scored.
        if (auto risks = NoShowRiskModel(clinic).forAppointments(toScore)) {
            for (BookItem& item : data.items) {
                auto it = risks->constFind(item.id());
                if (it != risks->cend()) {
                    item.hasRisk = true;
                    item.risk = *it;
                }
            }
        }
    }
    assignLanes(data.items, int(data.columns.size()));
    if (mode == BookMode::Week) {
        // Each day says how full it is, unless it says why nobody works.
        QList<int> held(data.columns.size(), 0);
        for (const BookItem& item : std::as_const(data.items))
            if (holdsTime(item.row.appointment.status))
                ++held[item.column];
        for (int c = 0; c < data.columns.size(); ++c)
            if (data.columns[c].absence.isEmpty())
                data.columns[c].subtitle = held[c] == 0   ? tr("No appointments")
                                           : held[c] == 1 ? tr("1 appointment")
                                                          : tr("%1 appointments").arg(held[c]);
        for (int c = 0; c < data.columns.size(); ++c)
            if (data.columns[c].absence.isEmpty())
                data.columns[c].shortSubtitle = QLocale().toString(held[c]);
    }

    if (axisFirst >= axisLast) {
        axisFirst = 8 * 60;
        axisLast = 18 * 60;
    }
    data.firstMinute = qBound(0, axisFirst / 60 * 60, 23 * 60);
    data.lastMinute = qBound(data.firstMinute + 60, (axisLast + 59) / 60 * 60, 24 * 60);
    return data;
}

} // namespace rapport
