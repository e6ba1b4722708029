#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::ctl {

// One command's options and arguments: a QCommandLineParser plus what it lacks for a
// tool with subcommands: a usage line that names the command, required options, an exact
// number of arguments and extra help sections (standard input, exit codes).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    enum class Presence
    {
        Optional,
        Required
    };

    explicit CommandLine(QStringList commandPath);

    void setDescription(const QString& description);
    void addValueOption(const QString& name, const QString& description, const QString& valueName,
                        Presence presence = Presence::Optional, const QString& defaultValue = {});
    void addFlag(const QString& name, const QString& description);
    // Every declared argument is required, in order.
    void addArgument(const QString& name, const QString& description);
    void addHelpSection(const QString& text);

    // False on a usage error; errorText() then says what is wrong.
    [[nodiscard]] bool parse(const QStringList& arguments);
    [[nodiscard]] bool helpRequested() const;
    [[nodiscard]] QString errorText() const { return m_error; }

    [[nodiscard]] bool isSet(const QString& name) const;
    [[nodiscard]] QString value(const QString& name) const;
    // Every value of an option that may be given more than once (--tag a --tag b).
    [[nodiscard]] QStringList values(const QString& name) const;
    [[nodiscard]] QString argument(qsizetype index) const;

    // "rapportctl user add"
    [[nodiscard]] QString command() const;
    [[nodiscard]] QString helpText() const;

private:
    QStringList m_path;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QStringList m_required;
    QStringList m_arguments;
    QStringList m_sections;
    QString m_error;
};

} // namespace rapport::ctl
