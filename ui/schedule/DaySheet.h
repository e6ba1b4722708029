#pragma once

#include "common/Error.h"
#include "scheduling/Scheduling.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPrinter;
class QWidget;

namespace rapport {

class Clinic;

// The printable day of one provider, several, or the whole clinic: one section per
// provider (clinic, date, provider, working hours), then a table of the day's appointments
// with times, patients, phone numbers, types, status and notes. Pages are numbered. The
// same rendering serves paper and PDF; printing and saving are audited as
// "schedule.daysheet.print" and "schedule.daysheet.pdf".
class DaySheet
{
    Q_DECLARE_TR_FUNCTIONS(rapport::DaySheet)

public:
    // For a window: the print dialog, then the printer. Empty providerIds: the whole clinic.
    // Problems are shown in a message box. Returns true when the sheet was printed.
    static bool printDialog(QWidget* parent, Clinic& clinic, QDate date, const QStringList& providerIds = {});
    // For a window: asks where to save (FileDialog), writes the PDF, audits it. Returns the
    // path written, or empty when cancelled or failed (the failure is shown).
    static QString savePdf(QWidget* parent, Clinic& clinic, QDate date, const QStringList& providerIds = {});
    // Without a dialog (tests, the command line later): writes and audits.
    [[nodiscard]] static Status savePdfTo(Clinic& clinic, QDate date, const QStringList& providerIds,
                                          const QString& path);

    // Reads the day from core (needs ViewSchedule).
    [[nodiscard]] static Result<DaySheet> load(Clinic& clinic, QDate date, const QStringList& providerIds = {});

    [[nodiscard]] QString html() const;
    [[nodiscard]] QString suggestedFileName() const;
    [[nodiscard]] bool print(QPrinter* printer) const;
    [[nodiscard]] bool writePdf(const QString& path) const;
    [[nodiscard]] int appointmentCount() const;
    [[nodiscard]] QDate date() const { return m_date; }

private:
    struct Section
    {
        Provider provider;
        QString hours;   // "08:00–12:00, 13:00–17:00", or empty when not working
        QString absence; // "Leave 09:00–12:00"
        QList<AppointmentRow> rows;
    };

    DaySheet() = default;
    [[nodiscard]] bool render(QPagedPaintDevice* device) const;
    [[nodiscard]] QString sectionHtml(const Section& section) const;
    [[nodiscard]] QString closureHtml() const;
    // One document per provider, each starting on a new page.
    [[nodiscard]] QStringList pageHtml() const;
    [[nodiscard]] QString localTime(const QDateTime& utc) const;
    [[nodiscard]] Status audit(Clinic& clinic, const QString& action) const;

    QString m_clinicName;
    QString m_region;
    QByteArray m_zoneId;
    QDate m_date;
    QString m_closure; // the clinic is closed that day: why
    QDateTime m_printedAt;
    QString m_printedBy;
    bool m_wholeClinic = true;
    QList<Section> m_sections;
};

} // namespace rapport
