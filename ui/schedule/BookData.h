#pragma once

#include "common/Error.h"
#include "scheduling/NoShowRisk.h"
#include "scheduling/Scheduling.h"
#include "scheduling/WorkingCalendar.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>

namespace rapport {

class Clinic;

// What the appointment book shows: a day by provider or by chair, or one provider's week.
enum class BookMode
{
    DayByProvider,
    DayByChair,
    Week,
};

// One column of the book: a provider or a chair on a date, or in the week view a date.
struct BookColumn
{
    QString providerId; // the provider (by provider, week); empty by chair
    QString chairId;    // the chair (by chair); empty otherwise, and for "No chair"
    QDate date;
    QString title;
    QString subtitle;
    QString shortSubtitle; // when the subtitle does not fit ("17")
    QColor colour;
    // Local minutes after midnight when the column takes bookings: working hours minus
    // leave and closures. Everything else is shaded.
    QList<std::pair<int, int>> available;
    QString absence; // why a column is not working ("Leave: course"), for its header
};

// One appointment as placed on the book.
struct BookItem
{
    AppointmentRow row;
    int column = 0;
    int startMinute = 0; // local minutes after midnight of the column's date
    int endMinute = 0;
    bool hasRisk = false;
    NoShowRisk risk;
    int lane = 0; // appointments that overlap in a column share its width
    int lanes = 1;

    [[nodiscard]] const QString& id() const { return row.appointment.id; }
};

struct BookData
{
    BookMode mode = BookMode::DayByProvider;
    QDate date;
    QList<BookColumn> columns;
    QList<BookItem> items;
    int firstMinute = 8 * 60; // the time axis, whole hours
    int lastMinute = 18 * 60;
    int slotMinutes = 15;
    QString closure; // the clinic is closed: why ("Closed: Easter Monday"); empty when open
    WorkingCalendar calendar;

    [[nodiscard]] int indexOf(const QString& appointmentId) const;
    [[nodiscard]] const BookItem* item(const QString& appointmentId) const;
};

// Reads a day or a week of the book with what it needs around it: working hours,
// exceptions, closures and the no-show risk of what is still to come. A day of 20
// providers takes a few milliseconds in core, so it is read on the UI thread.
class BookLoader
{
public:
    [[nodiscard]] static Result<BookData> load(Clinic& clinic, BookMode mode, QDate date,
                                               const QString& weekProviderId, bool includeCancelled);
    // The Monday of the week holding date.
    [[nodiscard]] static QDate weekStart(QDate date);
};

} // namespace rapport
