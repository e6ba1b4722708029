#include "schedule/DaySheet.h"

#include "common/Clock.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "patients/PatientText.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/ScheduleSetup.h"
#include "scheduling/SchedulingVocabulary.h"
#include "scheduling/WorkingCalendar.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTimeZone>

#include <memory>
#include <vector>

namespace rapport {

namespace {
const QString Muted = QStringLiteral("#5b6970");
const QString Accent = QStringLiteral("#0f766e");

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString fileSafe(QString name)
{
    for (QChar& c : name)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    while (name.contains(QStringLiteral("--")))
        name.replace(QStringLiteral("--"), QStringLiteral("-"));
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name;
}

QString validColour(const QString& colour, const QString& fallback)
{
    return QColor::isValidColorName(colour) ? QColor(colour).name() : fallback;
}
} // namespace

Result<DaySheet> DaySheet::load(Clinic& clinic, QDate date, const QStringList& providerIds)
{
    if (!date.isValid())
        return fail(ErrorCode::InvalidInput, tr("Choose a day for the day sheet."));
    ScheduleSetup setup(clinic);
    RAPPORT_TRY_ASSIGN(const QList<Provider> providers, setup.providers(!providerIds.isEmpty()));
    RAPPORT_TRY_ASSIGN(const QList<AppointmentRow> rows, AppointmentBook(clinic).day(date, providerIds, true));
    RAPPORT_TRY_ASSIGN(const WorkingCalendar calendar, WorkingCalendar::load(clinic, date, date));

    SettingsService settings(clinic);
    DaySheet sheet;
    sheet.m_clinicName = settings.get(QStringLiteral("clinic.name")).value_or(QString());
    sheet.m_region = settings.region();
    sheet.m_zoneId = calendar.timeZone().id();
    sheet.m_date = date;
    sheet.m_printedAt = clinic.clock().now();
    sheet.m_printedBy = clinic.session().displayName;
    sheet.m_wholeClinic = providerIds.isEmpty();
    if (const ScheduleException* closure = calendar.closureOn(date))
        sheet.m_closure = closure->note.isEmpty() ? SchedulingVocabulary::exceptionName(ExceptionKind::Closure)
                                                  : closure->note;

    const QLocale locale;
    auto clock = [&](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(calendar.timeZone()).time(),
                               QLocale::ShortFormat);
    };
    auto minuteText = [&](int minute) {
        return locale.toString(QTime(0, 0).addSecs(minute * 60), QLocale::ShortFormat);
    };
    for (const Provider& p : providers) {
        if (!providerIds.isEmpty() && !providerIds.contains(p.id))
            continue;
        Section section;
        section.provider = p;
        for (const AppointmentRow& r : rows)
            if (r.appointment.providerId == p.id)
                section.rows << r;
        QStringList hours;
        for (const auto& [range, chairId] : calendar.regularHours(p.id, date))
            hours << tr("%1–%2").arg(clock(range.startMs), clock(range.endMs));
        section.hours = hours.join(QStringLiteral(", "));
        QStringList absences;
        for (const ScheduleException& e : calendar.exceptions()) {
            if (e.providerId != p.id || date < e.firstDate || date > e.lastDate)
                continue;
            QString text = SchedulingVocabulary::exceptionName(e.kind);
            if (!e.wholeDay())
                text += QLatin1Char(' ') + tr("%1–%2").arg(minuteText(e.startMinute), minuteText(e.endMinute));
            if (!e.note.isEmpty())
                text += QStringLiteral(" (%1)").arg(e.note);
            absences << text;
        }
        section.absence = absences.join(QStringLiteral("; "));
        // The whole clinic's sheet leaves out providers with nothing on that day.
        if (providerIds.isEmpty() && section.rows.isEmpty() && section.hours.isEmpty())
            continue;
        sheet.m_sections << section;
    }
    return sheet;
}

int DaySheet::appointmentCount() const
{
    int n = 0;
    for (const Section& s : m_sections)
        n += int(s.rows.size());
    return n;
}

QString DaySheet::localTime(const QDateTime& utc) const
{
    const QTimeZone zone(m_zoneId);
    const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime();
    return QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString DaySheet::suggestedFileName() const
{
    QString who;
    if (m_sections.size() == 1 && !m_wholeClinic)
        who = fileSafe(m_sections.constFirst().provider.name);
    if (who.isEmpty())
        who = fileSafe(m_clinicName);
    const QString day = m_date.toString(Qt::ISODate);
    return who.isEmpty() ? tr("Day sheet %1.pdf").arg(day) : tr("Day sheet %1 - %2.pdf").arg(day, who);
}

QString DaySheet::sectionHtml(const Section& s) const
{
    const QLocale locale;
    const QString colour = validColour(s.provider.colour, Accent);
    QString h;
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">");
    h += QStringLiteral("<tr><td width=\"6\" bgcolor=\"%1\"></td><td width=\"12\"></td><td valign=\"middle\">")
             .arg(colour);
    h += QStringLiteral("<span style=\"font-size: 9pt; color: %1;\">%2</span><br/>")
             .arg(Muted, esc(m_clinicName.isEmpty() ? tr("Day sheet") : tr("%1 · Day sheet").arg(m_clinicName)));
    h += QStringLiteral("<span style=\"font-size: 17pt; font-weight: 600; color: #1f2a30;\">%1</span><br/>")
             .arg(esc(s.provider.name));
    h += QStringLiteral("<span style=\"font-size: 11pt; color: %1;\">%2</span>")
             .arg(Accent, esc(locale.toString(m_date, QLocale::LongFormat)));
    h += QStringLiteral("</td><td align=\"right\" valign=\"bottom\" style=\"font-size: 9pt; color: %1;\">%2")
             .arg(Muted, esc(SchedulingVocabulary::providerKindName(s.provider.kind)));
    h += QStringLiteral("</td></tr></table>");

    QStringList facts;
    int holding = 0;
    int cancelled = 0;
    for (const AppointmentRow& r : s.rows)
        (holdsTime(r.appointment.status) ? holding : cancelled) += 1;
    facts << (holding == 1 ? tr("One appointment") : tr("%n appointments", nullptr, holding));
    if (cancelled > 0)
        facts << tr("%n cancelled or missed", nullptr, cancelled);
    facts << (s.hours.isEmpty() ? tr("Not working on this day") : tr("Hours %1").arg(s.hours));
    if (!s.absence.isEmpty())
        facts << s.absence;
    h += QStringLiteral("<p style=\"margin-top: 8px; margin-bottom: 10px; font-size: 9.5pt; color: %1;\">%2</p>")
             .arg(Muted, esc(facts.join(QStringLiteral("  ·  "))));
    h += closureHtml();

    if (s.rows.isEmpty()) {
        h += QStringLiteral("<p style=\"font-size: 11pt; color: %1; margin-top: 18px;\">%2</p>")
                 .arg(Muted, esc(tr("No appointments on this day.")));
        return h;
    }

    const QString th = QStringLiteral("<th align=\"left\" width=\"%1\" style=\"font-size: 8.5pt; font-weight: 600; "
                                      "color: #ffffff;\">%2</th>");
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"0\">");
    h += QStringLiteral("<thead><tr bgcolor=\"#3d4c53\"><th width=\"1%\"></th>");
    h += th.arg(QStringLiteral("13%"), esc(tr("Time"))) + th.arg(QStringLiteral("20%"), esc(tr("Patient"))) +
         th.arg(QStringLiteral("15%"), esc(tr("Phone"))) + th.arg(QStringLiteral("17%"), esc(tr("Type"))) +
         th.arg(QStringLiteral("14%"), esc(tr("Status"))) + th.arg(QStringLiteral("20%"), esc(tr("Notes")));
    h += QStringLiteral("</tr></thead>");
    for (int i = 0; i < s.rows.size(); ++i) {
        const AppointmentRow& r = s.rows.at(i);
        const Appointment& a = r.appointment;
        const bool holds = holdsTime(a.status);
        const QString text = holds ? QStringLiteral("#1f2a30") : QStringLiteral("#8a969b");
        const QString td = QStringLiteral("<td valign=\"top\" style=\"color: %1;\">%2</td>");
        const QString tdOneLine = QStringLiteral("<td valign=\"top\" style=\"color: %1; white-space: nowrap;\">%2</td>");
        h += QStringLiteral("<tr%1>").arg(i % 2 ? QStringLiteral(" bgcolor=\"#f2f5f6\"") : QString());
        h += QStringLiteral("<td bgcolor=\"%1\"></td>").arg(validColour(r.typeColour, QStringLiteral("#c8d0d3")));
        h += tdOneLine.arg(text, QStringLiteral("<b>%1</b><br/><span style=\"font-size: 8.5pt; color: %2;\">%3</span>")
                              .arg(esc(localTime(a.start)), Muted,
                                   esc(tr("to %1 · %n min", nullptr, a.durationMinutes()).arg(localTime(a.end)))));
        QString patient = QStringLiteral("<b>%1</b>").arg(esc(r.patientName));
        if (r.patientDateOfBirth.isValid())
            patient += QStringLiteral("<br/><span style=\"font-size: 8.5pt; color: %1;\">%2</span>")
                           .arg(Muted, esc(tr("born %1").arg(PatientText::date(r.patientDateOfBirth))));
        h += td.arg(text, patient);
        // Times and phone numbers are read in one go: never broken over two lines.
        h += tdOneLine.arg(text, esc(PatientText::phone(r.patientPhone, m_region)));
        QString type = esc(r.typeName);
        if (!r.chairName.isEmpty())
            type += QStringLiteral("<br/><span style=\"font-size: 8.5pt; color: %1;\">%2</span>")
                        .arg(Muted, esc(r.chairName));
        h += td.arg(text, type);
        QString status = esc(SchedulingVocabulary::statusName(a.status));
        if (!a.statusReason.isEmpty())
            status += QStringLiteral("<br/><span style=\"font-size: 8.5pt; color: %1;\">%2</span>")
                          .arg(Muted, esc(a.statusReason));
        h += td.arg(holds ? text : QStringLiteral("#b42318"), status);
        h += td.arg(text, esc(a.notes).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    return h;
}

QString DaySheet::closureHtml() const
{
    if (m_closure.isEmpty())
        return {};
    return QStringLiteral("<p style=\"font-size: 11pt; font-weight: 600; color: #8f4306;\">%1</p>")
        .arg(esc(tr("The clinic is closed on this day: %1").arg(m_closure)));
}

QStringList DaySheet::pageHtml() const
{
    const QString open = QStringLiteral("<html><body style=\"color: #1f2a30;\">");
    const QString close = QStringLiteral("</body></html>");
    QStringList out;
    if (m_sections.isEmpty()) {
        const QLocale locale;
        QString h = open + closureHtml();
        h += QStringLiteral("<p style=\"font-size: 9pt; color: %1;\">%2</p>").arg(Muted, esc(m_clinicName));
        h += QStringLiteral("<p style=\"font-size: 17pt; font-weight: 600;\">%1</p>")
                 .arg(esc(locale.toString(m_date, QLocale::LongFormat)));
        h += QStringLiteral("<p style=\"font-size: 11pt; color: %1;\">%2</p>")
                 .arg(Muted, esc(tr("No provider works or has appointments on this day.")));
        out << h + close;
    }
    for (const Section& section : m_sections)
        out << open + sectionHtml(section) + close;
    return out;
}

QString DaySheet::html() const
{
    return pageHtml().join(QStringLiteral("\n"));
}

bool DaySheet::render(QPagedPaintDevice* device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    QFont footerFont(QGuiApplication::font(), device);
    footerFont.setPointSizeF(8);
    const QFontMetricsF fm(footerFont, device);
    const qreal footerHeight = fm.height() * 2.6;
    const QSizeF body(page.width(), page.height() - footerHeight);

    // Each provider starts on a page of their own, so the sheets can be handed out: one
    // document per provider, laid out first so the pages can be numbered.
    QFont font = QGuiApplication::font();
    font.setPointSizeF(10);
    std::vector<std::unique_ptr<QTextDocument>> documents;
    int pages = 0;
    for (const QString& html : pageHtml()) {
        auto document = std::make_unique<QTextDocument>();
        document->documentLayout()->setPaintDevice(device);
        document->setDefaultFont(font);
        document->setDocumentMargin(0);
        document->setHtml(html);
        document->setPageSize(body);
        pages += document->pageCount();
        documents.push_back(std::move(document));
    }

    const QLocale locale;
    const QTimeZone zone(m_zoneId);
    const QString printed = tr("printed %1 by %2")
                                .arg(locale.toString(zone.isValid() ? m_printedAt.toTimeZone(zone)
                                                                    : m_printedAt.toLocalTime(),
                                                     QLocale::ShortFormat),
                                     m_printedBy);
    int number = 0;
    for (size_t d = 0; d < documents.size(); ++d) {
        QTextDocument& document = *documents.at(d);
        const QString who = d < size_t(m_sections.size()) ? m_sections.at(qsizetype(d)).provider.name : m_clinicName;
        const QString left = QStringList{who, locale.toString(m_date, QLocale::LongFormat), printed}
                                 .join(QStringLiteral(" · "));
        for (int p = 0; p < document.pageCount(); ++p) {
            if (number > 0 && !device->newPage())
                return false;
            ++number;
            painter.save();
            painter.translate(0, -p * body.height());
            const QRectF clip(QPointF(0, p * body.height()), body);
            painter.setClipRect(clip);
            document.drawContents(&painter, clip);
            painter.restore();

            const qreal lineY = page.height() - footerHeight + fm.height() * 0.9;
            painter.setPen(QPen(QColor(0xcf, 0xd8, 0xda), qMax<qreal>(1.0, device->logicalDpiY() / 150.0)));
            painter.drawLine(QPointF(0, lineY), QPointF(page.width(), lineY));
            painter.setFont(footerFont);
            painter.setPen(QColor(0x5b, 0x69, 0x70));
            const QRectF footer(0, lineY + fm.height() * 0.4, page.width(), fm.height() * 1.2);
            const QString right = tr("Page %1 of %2").arg(number).arg(pages);
            const qreal room = footer.width() - fm.horizontalAdvance(right) - fm.height();
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, right);
            painter.drawText(QRectF(footer.topLeft(), QSizeF(room, footer.height())), Qt::AlignLeft | Qt::AlignVCenter,
                             fm.elidedText(left, Qt::ElideRight, room));
        }
    }
    return painter.end();
}

bool DaySheet::print(QPrinter* printer) const
{
    return render(printer);
}

bool DaySheet::writePdf(const QString& path) const
{
    QPdfWriter writer(path);
    writer.setTitle(tr("Day sheet %1").arg(QLocale().toString(m_date, QLocale::LongFormat)));
    writer.setCreator(QStringLiteral("Rapport %1").arg(QStringLiteral(RAPPORT_VERSION)));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 14, 15, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    return render(&writer);
}

Status DaySheet::audit(Clinic& clinic, const QString& action) const
{
    // Ids and counts only: the sheet itself holds patient details.
    return clinic.record(action, QStringLiteral("schedule.day"), m_date.toString(Qt::ISODate),
                         QStringLiteral("providers=%1 appointments=%2")
                             .arg(m_wholeClinic ? QStringLiteral("all") : QString::number(m_sections.size()))
                             .arg(appointmentCount()));
}

Status DaySheet::savePdfTo(Clinic& clinic, QDate date, const QStringList& providerIds, const QString& path)
{
    RAPPORT_TRY_ASSIGN(const DaySheet sheet, load(clinic, date, providerIds));
    if (!sheet.writePdf(path))
        return fail(ErrorCode::Io,
                    tr("The PDF could not be saved at %1. Choose a folder you may write to.")
                        .arg(QDir::toNativeSeparators(path)));
    return sheet.audit(clinic, QStringLiteral("schedule.daysheet.pdf"));
}

QString DaySheet::savePdf(QWidget* parent, Clinic& clinic, QDate date, const QStringList& providerIds)
{
    auto sheet = load(clinic, date, providerIds);
    if (!sheet) {
        MessageBox::warning(parent, tr("Day sheet"), sheet.error().message);
        return {};
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    QString path = FileDialog::getSaveFileName(parent, tr("Save the day sheet as PDF"),
                                               QDir(folder).filePath(sheet->suggestedFileName()),
                                               tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (!sheet->writePdf(path)) {
        MessageBox::warning(parent, tr("Day sheet"),
                            tr("The PDF could not be saved at %1. Choose a folder you may write to.")
                                .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    if (Status audited = sheet->audit(clinic, QStringLiteral("schedule.daysheet.pdf")); !audited)
        MessageBox::warning(parent, tr("Day sheet"), audited.error().message);
    return path;
}

bool DaySheet::printDialog(QWidget* parent, Clinic& clinic, QDate date, const QStringList& providerIds)
{
    auto sheet = load(clinic, date, providerIds);
    if (!sheet) {
        MessageBox::warning(parent, tr("Day sheet"), sheet.error().message);
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(sheet->suggestedFileName().chopped(4));
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 14, 15, 12), QPageLayout::Millimeter);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print the day sheet"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!sheet->print(&printer)) {
        MessageBox::warning(parent, tr("Day sheet"),
                            tr("The day sheet could not be printed. Check the printer, or save it as a PDF "
                               "and print that."));
        return false;
    }
    if (Status audited = sheet->audit(clinic, QStringLiteral("schedule.daysheet.print")); !audited)
        MessageBox::warning(parent, tr("Day sheet"), audited.error().message);
    return true;
}

} // namespace rapport
