#include "Output.h"

#include <QJsonDocument>

namespace rapport::ctl {

namespace {
const QString Program = QStringLiteral("rapportctl");

// The detail is technical (a file name, SQLite's text); show it only when it adds something
// the sentence does not already say.
bool detailHelps(const Error& error)
{
    return !error.detail.isEmpty() && error.code != ErrorCode::TooManyAttempts;
}
} // namespace

Output::Output(std::FILE* out, std::FILE* err)
    : m_out(out)
    , m_err(err)
{}

void Output::write(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void Output::print(const QString& text)
{
    write(m_out, text + QLatin1Char('\n'));
}

void Output::printJson(const QJsonObject& object)
{
    write(m_out, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

void Output::printTable(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows)
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = qMax(widths[i], row[i].size());
        }
    QString text;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i + 1 < row.size())
                line += row[i].leftJustified(widths[i] + 2);
            else
                line += row[i];
        }
        text += line.trimmed() + QLatin1Char('\n');
    }
    write(m_out, text);
}

void Output::note(const QString& text)
{
    write(m_err, text + QLatin1Char('\n'));
}

void Output::warning(const QString& text)
{
    write(m_err, tr("%1: warning: %2").arg(Program, text) + QLatin1Char('\n'));
}

ExitCode Output::fail(const Error& error, ErrorStage stage)
{
    const QString sentence = detailHelps(error) ? error.text() : error.message;
    write(m_err, Program + QStringLiteral(": ") + sentence + QLatin1Char('\n'));
    return exitCodeFor(error.code, stage);
}

ExitCode Output::refuse(const QString& message)
{
    write(m_err, Program + QStringLiteral(": ") + message + QLatin1Char('\n'));
    return ExitCode::Refused;
}

ExitCode Output::usageError(const QString& command, const QString& message)
{
    write(m_err, tr("%1: %2\nRun '%1 --help' for its usage.").arg(command, message) + QLatin1Char('\n'));
    return ExitCode::Usage;
}

} // namespace rapport::ctl
