#pragma once

#include "ExitCode.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdio>

namespace rapport::ctl {

// Where rapportctl writes: data and results to standard output (plain text or one compact
// JSON object per command), notes, warnings and errors to standard error as sentences.
class Output
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    Output(std::FILE* out = stdout, std::FILE* err = stderr);

    // One or more lines of text on standard output; a line break is added.
    void print(const QString& text);
    // One compact JSON object on a line of its own.
    void printJson(const QJsonObject& object);
    // Rows of cells as aligned columns; the first row is the heading.
    void printTable(const QList<QStringList>& rows);

    // Something a person should read that is not the command's result (standard error).
    void note(const QString& text);
    void warning(const QString& text);

    // Reports a core error as a sentence on standard error and returns its exit code.
    ExitCode fail(const Error& error, ErrorStage stage);
    // Reports a refusal that rapportctl itself decides (exit code 5).
    ExitCode refuse(const QString& message);
    // Reports a mistake in how the command was typed, with where to find help (exit code 1).
    ExitCode usageError(const QString& command, const QString& message);

private:
    void write(std::FILE* stream, const QString& text);

    std::FILE* m_out;
    std::FILE* m_err;
};

} // namespace rapport::ctl
