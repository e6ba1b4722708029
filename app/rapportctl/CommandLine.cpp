#include "CommandLine.h"

#include "ExitCode.h"

namespace rapport::ctl {

CommandLine::CommandLine(QStringList commandPath)
    : m_path(std::move(commandPath))
    , m_help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_help);
}

void CommandLine::setDescription(const QString& description)
{
    m_parser.setApplicationDescription(description);
}

void CommandLine::addValueOption(const QString& name, const QString& description, const QString& valueName,
                                 Presence presence, const QString& defaultValue)
{
    QCommandLineOption option(name, description, valueName, defaultValue);
    m_parser.addOption(option);
    if (presence == Presence::Required)
        m_required << name;
}

void CommandLine::addFlag(const QString& name, const QString& description)
{
    m_parser.addOption(QCommandLineOption(name, description));
}

void CommandLine::addArgument(const QString& name, const QString& description)
{
    m_parser.addPositionalArgument(name, description);
    m_arguments << name;
}

void CommandLine::addHelpSection(const QString& text)
{
    m_sections << text;
}

bool CommandLine::parse(const QStringList& arguments)
{
    // QCommandLineParser skips the first entry, the program's name.
    const bool parsed = m_parser.parse(QStringList{QStringLiteral("rapportctl")} + arguments);
    if (helpRequested())
        return true;
    if (!parsed) {
        m_error = m_parser.errorText();
        return false;
    }
    const QStringList given = m_parser.positionalArguments();
    if (given.size() < m_arguments.size()) {
        m_error = tr("%1 is missing.").arg(m_arguments.at(given.size()));
        return false;
    }
    if (given.size() > m_arguments.size()) {
        m_error = tr("Unexpected argument: “%1”.").arg(given.at(m_arguments.size()));
        return false;
    }
    for (const QString& name : std::as_const(m_required)) {
        if (!m_parser.isSet(name) || m_parser.value(name).trimmed().isEmpty()) {
            m_error = tr("The option --%1 is required.").arg(name);
            return false;
        }
    }
    return true;
}

bool CommandLine::helpRequested() const
{
    return m_parser.isSet(m_help);
}

bool CommandLine::isSet(const QString& name) const
{
    return m_parser.isSet(name);
}

QString CommandLine::value(const QString& name) const
{
    return m_parser.value(name);
}

QStringList CommandLine::values(const QString& name) const
{
    return m_parser.values(name);
}

QString CommandLine::argument(qsizetype index) const
{
    return m_parser.positionalArguments().value(index);
}

QString CommandLine::command() const
{
    return QStringList(QStringList{QStringLiteral("rapportctl")} + m_path).join(QLatin1Char(' '));
}

QString CommandLine::helpText() const
{
    // QCommandLineParser's first line names the executable's full path; name the command instead.
    QString body = m_parser.helpText();
    body = body.mid(body.indexOf(QLatin1Char('\n')) + 1);
    QString usage = command() + QLatin1Char(' ') + tr("[options]");
    for (const QString& argument : m_arguments)
        usage += QLatin1Char(' ') + argument;
    QString text = tr("Usage: %1").arg(usage) + QStringLiteral("\n\n") + body;
    for (const QString& section : m_sections)
        text += QLatin1Char('\n') + section +
                (section.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n"));
    text += QLatin1Char('\n') + exitCodeHelp();
    return text;
}

} // namespace rapport::ctl
