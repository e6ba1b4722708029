#include "common/RecoverySheet.h"

#include "common/Icons.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextDocument>
#include <QUrl>

namespace rapport {

namespace {
const QUrl LogoUrl(QStringLiteral("rapport://logo.png"));
}

RecoverySheet::RecoverySheet(QString clinicName, QString clinicId, QString recoveryKey, QDateTime printedAt)
    : m_clinicName(std::move(clinicName))
    , m_clinicId(std::move(clinicId))
    , m_recoveryKey(std::move(recoveryKey))
    , m_printedAt(std::move(printedAt))
{}

QString RecoverySheet::suggestedFileName() const
{
    QString name = m_clinicName;
    for (QChar& c : name)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    while (name.contains(QStringLiteral("--")))
        name.replace(QStringLiteral("--"), QStringLiteral("-"));
    name = name.trimmed();
    if (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    if (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return tr("Recovery key - %1.pdf").arg(name.isEmpty() ? tr("clinic") : name);
}

QString RecoverySheet::html() const
{
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family().toHtmlEscaped();
    const QStringList groups = m_recoveryKey.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    const qsizetype perRow = (groups.size() + 1) / 2;

    QString keyRows;
    for (qsizetype row = 0; row * perRow < groups.size(); ++row) {
        keyRows += QStringLiteral("<tr>");
        for (qsizetype i = row * perRow; i < qMin(groups.size(), (row + 1) * perRow); ++i)
            keyRows +=
                QStringLiteral(
                    "<td align=\"center\" style=\"padding: 6px 7px;\">"
                    "<span style=\"font-size: 8pt; color: #7a878c;\">%1</span><br/>"
                    "<span style=\"font-family: '%2'; font-size: 19pt; font-weight: 600;\">%3</span></td>")
                    .arg(i + 1)
                    .arg(mono, groups.at(i).toHtmlEscaped());
        keyRows += QStringLiteral("</tr>");
    }

    const QLocale locale;
    const QDateTime local = m_printedAt.toLocalTime();
    const QString when = locale.toString(local.date(), QLocale::LongFormat) + QStringLiteral(", ") +
                         locale.toString(local.time(), QLocale::ShortFormat);

    QString html;
    html += QStringLiteral("<html><body style=\"color: #1f2a30;\">");
    html +=
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                       "<td width=\"52\" valign=\"middle\"><img src=\"%1\" width=\"44\" height=\"44\"/></td>"
                       "<td valign=\"middle\"><span style=\"font-size: 20pt; font-weight: 600; color: "
                       "#0f766e;\">%2</span><br/>"
                       "<span style=\"font-size: 11pt; color: #5b6970;\">%3</span></td></tr></table>")
            .arg(LogoUrl.toString(), tr("Recovery key"), tr("Rapport — keep this sheet in a safe place"));
    html += QStringLiteral("<hr style=\"color: #cfd8da;\"/>");
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" style=\"font-size: 11pt;\">"
                           "<tr><td style=\"color: #5b6970;\">%1</td><td><b>%2</b></td></tr>"
                           "<tr><td style=\"color: #5b6970;\">%3</td><td>%4</td></tr>"
                           "<tr><td style=\"color: #5b6970;\">%5</td><td>%6</td></tr></table>")
                .arg(tr("Clinic"), m_clinicName.toHtmlEscaped(), tr("Clinic id"), m_clinicId.toHtmlEscaped(),
                     tr("Date"), when.toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin-top: 18px;\"></p>");
    html +=
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"14\" border=\"1\""
                       " style=\"border-color: #0f766e; border-style: solid; background-color: #f3f8f7;\">"
                       "<tr><td align=\"center\"><table cellspacing=\"0\" "
                       "cellpadding=\"0\">%1</table></td></tr></table>")
            .arg(keyRows);
    html += QStringLiteral("<p style=\"font-size: 9pt; color: #5b6970;\">%1</p>")
                .arg(tr("14 groups of four characters. Letters may be typed in upper or lower case; the "
                        "dashes are optional.")
                         .toHtmlEscaped());

    html += QStringLiteral("<h3 style=\"color: #0f766e;\">%1</h3><p>%2</p>")
                .arg(tr("What this key is"), tr("This key opens the clinic's encrypted data when no "
                                                "administrator can sign in — for example "
                                                "if the only administrator forgot their password or has "
                                                "left. Rapport showed it only once and "
                                                "cannot show it again.")
                                                 .toHtmlEscaped());
    html +=
        QStringLiteral("<h3 style=\"color: #0f766e;\">%1</h3><ul>"
                       "<li>%2</li><li>%3</li><li>%4</li></ul>")
            .arg(
                tr("Keep it safe"),
                tr("Store this sheet in a locked place away from the clinic's computers, such as a safe or a "
                   "locked cabinet.")
                    .toHtmlEscaped(),
                tr("Do not photograph it, e-mail it or keep a copy as a file on a computer.").toHtmlEscaped(),
                tr("Anyone with this key and a copy of the clinic's database can read all of its data.")
                    .toHtmlEscaped());
    html +=
        QStringLiteral("<h3 style=\"color: #0f766e;\">%1</h3><ol>"
                       "<li>%2</li><li>%3</li><li>%4</li></ol>")
            .arg(tr("How to use it"),
                 tr("Start Rapport and choose “Use recovery key…” in the sign-in window.").toHtmlEscaped(),
                 tr("Type the key exactly as printed above.").toHtmlEscaped(),
                 tr("Reset the password of an administrator on the Staff page, then sign out.")
                     .toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(
                tr("Every use of the recovery key is recorded in the clinic's audit trail.").toHtmlEscaped());
    const QString line = QStringLiteral("______________________________");
    html += QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"margin-top: 22px;\">"
                "<tr><td width=\"50%\">%1<br/><br/>%2</td><td width=\"50%\">%3<br/><br/>%4</td></tr></table>")
                .arg(tr("Stored by").toHtmlEscaped(), line, tr("Where").toHtmlEscaped(), line);
    html += QStringLiteral("<p style=\"margin-top: 24px; font-size: 8pt; color: #7a878c;\">%1</p>")
                .arg(tr("Printed by Rapport %1").arg(QStringLiteral(RAPPORT_VERSION)).toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

void RecoverySheet::prepare(QTextDocument& document, QPagedPaintDevice* device) const
{
    document.documentLayout()->setPaintDevice(device);
    QFont font = QGuiApplication::font();
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);
    document.addResource(QTextDocument::ImageResource, LogoUrl, Icons::appPixmap(176, 1.0).toImage());
    document.setHtml(html());
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    document.setPageSize(page.size());
}

void RecoverySheet::render(QPagedPaintDevice* device) const
{
    QTextDocument document;
    prepare(document, device);
    QPainter painter(device);
    if (!painter.isActive())
        return;
    document.drawContents(&painter, QRectF(QPointF(0, 0), document.pageSize()));
}

bool RecoverySheet::print(QPrinter* printer) const
{
    QTextDocument document;
    prepare(document, printer);
    QPainter painter(printer);
    if (!painter.isActive())
        return false;
    document.drawContents(&painter, QRectF(QPointF(0, 0), document.pageSize()));
    return painter.end();
}

bool RecoverySheet::savePdf(const QString& path) const
{
    QPdfWriter writer(path);
    writer.setTitle(tr("Recovery key"));
    writer.setCreator(QStringLiteral("Rapport %1").arg(QStringLiteral(RAPPORT_VERSION)));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    writer.setResolution(300);
    QTextDocument document;
    prepare(document, &writer);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    document.drawContents(&painter, QRectF(QPointF(0, 0), document.pageSize()));
    return painter.end();
}

} // namespace rapport
