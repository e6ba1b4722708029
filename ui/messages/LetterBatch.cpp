#include "messages/LetterBatch.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "messages/ClinicDetails.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace rapport {

namespace {
const QColor Ink(0x1f, 0x2a, 0x30);
const QColor Muted(0x5b, 0x69, 0x70);

// Positions on the A4 sheet in millimetres, after DIN 5008 form B: the address field
// starts 45 mm from the top and 20 mm from the left edge.
constexpr qreal LeftMm = 25;
constexpr qreal RightMm = 190;
constexpr qreal SenderTopMm = 16;
constexpr qreal SenderLeftMm = 115;
constexpr qreal ReturnLineTopMm = 46;
constexpr qreal AddressTopMm = 53;
constexpr qreal AddressWidthMm = 80;
constexpr qreal AddressHeightMm = 36;
constexpr qreal DateTopMm = 98;
constexpr qreal SubjectTopMm = 110;
constexpr qreal BottomMm = 280;

QFont font(QPagedPaintDevice* device, qreal points, bool bold = false)
{
    QFont f(QGuiApplication::font(), device);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}
} // namespace

Result<LetterBatch> LetterBatch::load(Clinic& clinic, const QStringList& only)
{
    RAPPORT_TRY_ASSIGN(QList<LetterEntry> letters, CallList(clinic).pendingLetters());
    if (!only.isEmpty())
        letters.removeIf([&](const LetterEntry& l) { return !only.contains(l.outboxId); });
    const ClinicDetails details = ClinicDetails::read(clinic);
    Sender sender{details.name, details.addressLines, details.phone, details.email};
    return make(std::move(sender), std::move(letters), SettingsService(clinic).today());
}

LetterBatch LetterBatch::make(Sender sender, QList<LetterEntry> letters, QDate date)
{
    LetterBatch batch;
    batch.m_sender = std::move(sender);
    batch.m_letters = std::move(letters);
    batch.m_date = date;
    return batch;
}

QStringList LetterBatch::outboxIds() const
{
    QStringList ids;
    for (const LetterEntry& l : m_letters)
        ids << l.outboxId;
    return ids;
}

QString LetterBatch::suggestedFileName() const
{
    return tr("Letters %1.pdf").arg(m_date.toString(Qt::ISODate));
}

bool LetterBatch::render(QPagedPaintDevice* device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal mm = device->logicalDpiX() / 25.4;
    auto rect = [mm](qreal x, qreal y, qreal w, qreal h) { return QRectF(x * mm, y * mm, w * mm, h * mm); };
    const QLocale locale;

    const QFont senderName = font(device, 12, true);
    const QFont senderLine = font(device, 9.5);
    const QFont returnLine = font(device, 7);
    const QFont address = font(device, 11);
    const QFont subject = font(device, 11, true);

    QStringList senderLines = m_sender.addressLines;
    if (!m_sender.phone.isEmpty())
        senderLines << tr("Phone %1").arg(m_sender.phone);
    if (!m_sender.email.isEmpty())
        senderLines << m_sender.email;
    QStringList returnParts{m_sender.name};
    returnParts += m_sender.addressLines;
    returnParts.removeAll(QString());
    const QString returnText = returnParts.join(QStringLiteral(" · "));

    bool first = true;
    for (const LetterEntry& letter : m_letters) {
        if (!first && !device->newPage())
            return false;
        first = false;

        // The clinic, top right.
        const QRectF senderBox = rect(SenderLeftMm, SenderTopMm, RightMm - SenderLeftMm, 30);
        painter.setPen(Ink);
        painter.setFont(senderName);
        const QFontMetricsF nameMetrics(senderName, device);
        painter.drawText(senderBox, Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap, m_sender.name);
        const qreal nameHeight =
            nameMetrics.boundingRect(senderBox, Qt::AlignRight | Qt::TextWordWrap, m_sender.name).height();
        painter.setFont(senderLine);
        painter.setPen(Muted);
        painter.drawText(senderBox.adjusted(0, nameHeight + 1 * mm, 0, 0), Qt::AlignRight | Qt::AlignTop,
                         senderLines.join(QLatin1Char('\n')));

        // The window: a small return line, then the recipient.
        const QFontMetricsF returnMetrics(returnLine, device);
        painter.setFont(returnLine);
        painter.drawText(rect(LeftMm, ReturnLineTopMm, AddressWidthMm, 5), Qt::AlignLeft | Qt::AlignTop,
                         returnMetrics.elidedText(returnText, Qt::ElideRight, AddressWidthMm * mm));
        QStringList recipient{letter.recipientName};
        recipient += letter.addressLines;
        recipient.removeAll(QString());
        painter.setPen(Ink);
        painter.setFont(address);
        painter.drawText(rect(LeftMm, AddressTopMm, AddressWidthMm, AddressHeightMm), Qt::AlignLeft | Qt::AlignTop,
                         recipient.join(QLatin1Char('\n')));

        // Date, subject, text.
        painter.setFont(senderLine);
        painter.drawText(rect(LeftMm, DateTopMm, RightMm - LeftMm, 6), Qt::AlignRight | Qt::AlignTop,
                         locale.toString(m_date, QLocale::LongFormat));
        painter.setFont(subject);
        const QRectF subjectBox = rect(LeftMm, SubjectTopMm, RightMm - LeftMm, 20);
        painter.drawText(subjectBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, letter.subject);
        const qreal subjectHeight =
            QFontMetricsF(subject, device).boundingRect(subjectBox, Qt::TextWordWrap, letter.subject).height();

        // The text on the one page: a long letter is set smaller rather than run over.
        const QRectF body(LeftMm * mm, SubjectTopMm * mm + subjectHeight + 6 * mm, (RightMm - LeftMm) * mm,
                          BottomMm * mm - (SubjectTopMm * mm + subjectHeight + 6 * mm));
        qreal points = 11;
        QFont text = font(device, points);
        while (points > 7 &&
               QFontMetricsF(text, device).boundingRect(body, Qt::TextWordWrap, letter.text).height() > body.height()) {
            points -= 0.5;
            text = font(device, points);
        }
        painter.setFont(text);
        painter.drawText(body, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, letter.text);
    }
    return painter.end();
}

bool LetterBatch::print(QPrinter* printer) const
{
    return render(printer);
}

bool LetterBatch::writePdf(const QString& path) const
{
    QPdfWriter writer(path);
    // The title and creator are seen by whoever opens the file: no patient in them.
    writer.setTitle(tr("Letters of %1").arg(QLocale().toString(m_date, QLocale::LongFormat)));
    writer.setCreator(QStringLiteral("Rapport %1").arg(QStringLiteral(RAPPORT_VERSION)));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setResolution(300);
    return render(&writer);
}

Status LetterBatch::savePdfTo(Clinic& clinic, const QString& path) const
{
    if (m_letters.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("No letters are waiting to be printed."));
    if (!writePdf(path))
        return fail(ErrorCode::Io, tr("The PDF could not be saved at %1. Choose a folder you may write to.")
                                       .arg(QDir::toNativeSeparators(path)));
    return CallList(clinic).markLettersPrinted(outboxIds());
}

QString LetterBatch::savePdf(QWidget* parent, Clinic& clinic, const QStringList& only)
{
    auto batch = load(clinic, only);
    if (!batch) {
        MessageBox::warning(parent, tr("Letters"), batch.error().message);
        return {};
    }
    if (batch->count() == 0) {
        MessageBox::information(parent, tr("Letters"), tr("No letters are waiting to be printed."));
        return {};
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    QString path = FileDialog::getSaveFileName(parent, tr("Save the letters as PDF"),
                                               QDir(folder).filePath(batch->suggestedFileName()),
                                               tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (Status saved = batch->savePdfTo(clinic, path); !saved) {
        MessageBox::warning(parent, tr("Letters"), saved.error().message);
        return {};
    }
    return path;
}

int LetterBatch::printDialog(QWidget* parent, Clinic& clinic, const QStringList& only)
{
    auto batch = load(clinic, only);
    if (!batch) {
        MessageBox::warning(parent, tr("Letters"), batch.error().message);
        return 0;
    }
    if (batch->count() == 0) {
        MessageBox::information(parent, tr("Letters"), tr("No letters are waiting to be printed."));
        return 0;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(batch->suggestedFileName().chopped(4));
    printer.setPageSize(QPageSize(QPageSize::A4));
    // Positions are measured from the sheet's edge, for the envelope's window.
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %n letters", nullptr, batch->count()));
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    if (!batch->print(&printer)) {
        MessageBox::warning(parent, tr("Letters"),
                            tr("The letters could not be printed. Check the printer, or save them as a PDF "
                               "and print that."));
        return 0;
    }
    // The printer may jam or run out of paper after taking the job: only the person standing
    // next to it knows.
    if (MessageBox::question(parent, tr("Letters"), tr("Did the letters print correctly?"),
                             tr("Answer Yes to mark these %n letters as sent. Answer No to keep them "
                                "waiting, so they can be printed again.",
                                nullptr, batch->count()),
                             tr("Yes, mark as sent"), tr("No, keep them waiting")) != QMessageBox::Yes)
        return 0;
    if (Status marked = CallList(clinic).markLettersPrinted(batch->outboxIds()); !marked) {
        MessageBox::warning(parent, tr("Letters"), marked.error().message);
        return 0;
    }
    return batch->count();
}

} // namespace rapport
