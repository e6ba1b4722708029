#include "messaging/Channels.h"

#include <QLocale>
#include <QRandomGenerator>

namespace rapport {

namespace {
constexpr qsizetype MaxLine = 76;

// Header values are one line: a line break in a name or subject must never start a new
// header (header injection).
QString oneLine(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value)
        out += (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
                   ? QLatin1Char(' ')
                   : c;
    return out.simplified();
}

bool isPlainAscii(const QString& value)
{
    for (const QChar c : value)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// RFC 2047 "B" encoded words of 64 characters, never splitting a UTF-8 sequence. The
// spaces between them are folding points and vanish when decoded.
QByteArray encodedWords(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    QList<QByteArray> words;
    qsizetype i = 0;
    while (i < utf8.size()) {
        qsizetype end = qMin(i + 39, utf8.size());
        while (end < utf8.size() && end > i && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80)
            --end;
        words << "=?utf-8?B?" + utf8.mid(i, end - i).toBase64() + "?=";
        i = end;
    }
    return words.join(' ');
}

// A header line, folded at spaces to stay near 78 characters.
QByteArray header(const QByteArray& name, const QByteArray& value)
{
    QByteArray out = name + ": ";
    qsizetype lineLength = out.size();
    const QList<QByteArray> parts = value.split(' ');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray& part = parts[i];
        if (i > 0) {
            if (lineLength + 1 + part.size() > 78) {
                out += "\r\n ";
                lineLength = 1;
            } else {
                out += ' ';
                ++lineLength;
            }
        }
        out += part;
        lineLength += part.size();
    }
    return out + "\r\n";
}

QByteArray unstructured(const QString& value)
{
    const QString line = oneLine(value);
    return isPlainAscii(line) ? line.toLatin1() : encodedWords(line);
}

// "jo@example.com", also when given as "Jo <jo@example.com>".
QByteArray addressOnly(const QString& address)
{
    QString a = oneLine(address);
    const qsizetype open = a.lastIndexOf(QLatin1Char('<'));
    if (open >= 0 && a.indexOf(QLatin1Char('>'), open) > open)
        a = a.mid(open + 1, a.indexOf(QLatin1Char('>'), open) - open - 1);
    a.remove(QLatin1Char('<')).remove(QLatin1Char('>')).remove(QLatin1Char(' '));
    return a.toUtf8();
}

QByteArray mailbox(const QString& name, const QString& address)
{
    const QString display = oneLine(name);
    if (display.isEmpty())
        return addressOnly(address);
    QByteArray phrase;
    if (isPlainAscii(display)) {
        QString quoted = display;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        phrase = '"' + quoted.toLatin1() + '"';
    } else {
        phrase = encodedWords(display);
    }
    return phrase + " <" + addressOnly(address) + '>';
}

// Text with any line ends, as UTF-8 lines split on LF.
QList<QByteArray> lines(const QString& text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return t.toUtf8().split('\n');
}

// RFC 2045 quoted-printable: hard line breaks as CRLF, soft breaks before 76 characters,
// trailing blanks encoded so no transport can strip them.
QByteArray quotedPrintable(const QString& text)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    const QList<QByteArray> input = lines(text);
    for (qsizetype l = 0; l < input.size(); ++l) {
        const QByteArray& line = input[l];
        qsizetype length = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line[i]);
            const bool last = i + 1 == line.size();
            QByteArray token;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last)) {
                token = QByteArray(1, static_cast<char>(c));
            } else {
                token = QByteArray("=") + hex[c >> 4] + hex[c & 0xF];
            }
            if (length + token.size() > MaxLine - 1) {
                out += "=\r\n";
                length = 0;
            }
            out += token;
            length += token.size();
        }
        if (l + 1 < input.size())
            out += "\r\n";
    }
    return out;
}

QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QList<QByteArray> out;
    for (qsizetype i = 0; i < encoded.size(); i += MaxLine)
        out << encoded.mid(i, MaxLine);
    return out.join("\r\n");
}

// "=_" cannot occur in quoted-printable or base64 text, so the boundary never collides
// with a body.
QByteArray boundary()
{
    QByteArray random(12, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()), 3);
    return "=_rapport_" + random.toHex();
}

QByteArray textPart(const QByteArray& subtype, const QString& body)
{
    return "Content-Type: text/" + subtype + "; charset=utf-8\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
           + quotedPrintable(body);
}

QByteArray fileNameParameter(const QString& fileName)
{
    QString name = oneLine(fileName);
    name.remove(QLatin1Char('"')).remove(QLatin1Char('\\')).remove(QLatin1Char('/'));
    if (name.isEmpty())
        name = QStringLiteral("appointment.ics");
    if (isPlainAscii(name))
        return "filename=\"" + name.toLatin1() + '"';
    return "filename*=utf-8''" + name.toUtf8().toPercentEncoding();
}

QByteArray messageId(const QString& id)
{
    QString v = oneLine(id);
    v.remove(QLatin1Char(' '));
    if (v.isEmpty()) {
        QByteArray random(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()), 4);
        return '<' + random.toHex() + "@rapport.invalid>";
    }
    if (!v.startsWith(QLatin1Char('<')))
        v.prepend(QLatin1Char('<'));
    if (!v.endsWith(QLatin1Char('>')))
        v.append(QLatin1Char('>'));
    return v.toUtf8();
}
} // namespace

QByteArray mimeMessage(const EmailMessage& message, const QDateTime& date)
{
    const QDateTime when = (date.isValid() ? date : QDateTime::currentDateTimeUtc()).toUTC();
    QByteArray out;
    out += header("Date", QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + " +0000");
    out += header("From", mailbox(message.fromName, message.fromAddress));
    out += header("To", addressOnly(message.to));
    out += header("Subject", unstructured(message.subject));
    out += header("Message-ID", messageId(message.messageId));
    // RFC 3834: an automatic message; out-of-office replies should not answer it.
    out += header("Auto-Submitted", "auto-generated");
    out += header("MIME-Version", "1.0");

    const QByteArray mixed = boundary();
    out += "Content-Type: multipart/mixed;\r\n boundary=\"" + mixed + "\"\r\n\r\n";
    out += "This is a message in MIME format.\r\n";

    out += "\r\n--" + mixed + "\r\n";
    if (message.htmlBody.isEmpty()) {
        out += textPart("plain", message.textBody);
    } else {
        const QByteArray alternative = boundary();
        out += "Content-Type: multipart/alternative;\r\n boundary=\"" + alternative + "\"\r\n\r\n";
        out += "--" + alternative + "\r\n" + textPart("plain", message.textBody);
        out += "\r\n--" + alternative + "\r\n" + textPart("html", message.htmlBody);
        out += "\r\n--" + alternative + "--\r\n";
    }

    if (!message.calendar.isEmpty()) {
        const QByteArray fileName = fileNameParameter(message.calendarFileName);
        out += "\r\n--" + mixed + "\r\n";
        out += "Content-Type: text/calendar; charset=utf-8; method=PUBLISH\r\n";
        out += "Content-Disposition: attachment;\r\n " + fileName + "\r\n";
        out += "Content-Transfer-Encoding: base64\r\n\r\n";
        out += base64Lines(message.calendar);
    }
    out += "\r\n--" + mixed + "--\r\n";
    return out;
}

} // namespace rapport
