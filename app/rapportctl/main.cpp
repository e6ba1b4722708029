#include "Command.h"
#include "CommandRegistry.h"
#include "Output.h"
#include "PasswordInput.h"
#include "commands/AppointmentCommands.h"
#include "commands/AuditCommands.h"
#include "commands/CallCommands.h"
#include "commands/DemoCommand.h"
#include "commands/DispatchCommand.h"
#include "commands/InitCommand.h"
#include "commands/OutboxCommand.h"
#include "commands/PatientCommands.h"
#include "commands/RecallCommand.h"
#include "commands/ScheduleCommands.h"
#include "commands/SettingsCommands.h"
#include "commands/UserCommands.h"
#include "commands/VersionCommand.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rapportctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));

    // Messages in the language of the system's locale (LANG, LC_ALL, LANGUAGE). Without a
    // translation for it (or with the C locale of a server) they stay in English, the source
    // language, with its plural forms ("1 year", "5 years") from rapport_en; a missing or
    // empty translation is silent, because scripts read standard error too.
    QTranslator translator;
    const QString translations = QStringLiteral(":/i18n");
    if (!translator.load(QLocale(), QStringLiteral("rapport"), QStringLiteral("_"), translations))
        (void)translator.load(QStringLiteral("rapport_en"), translations);
    if (!translator.isEmpty())
        QCoreApplication::installTranslator(&translator);

    using namespace rapport::ctl;
    CommandRegistry registry;
    InitCommand::registerWith(registry);
    UserCommands::registerWith(registry);
    PatientCommands::registerWith(registry);
    ScheduleCommands::registerWith(registry);
    AppointmentCommands::registerWith(registry);
    OutboxCommands::registerWith(registry);
    DispatchCommand::registerWith(registry);
    CallCommands::registerWith(registry);
    RecallCommands::registerWith(registry);
    SettingsCommands::registerWith(registry);
    AuditCommands::registerWith(registry);
    DemoCommand::registerWith(registry);
    VersionCommand::registerWith(registry);

    rapport::SystemClock clock;
    Output out;
    PasswordInput passwords;
    CommandContext context{out, passwords, clock};
    return static_cast<int>(registry.dispatch(QCoreApplication::arguments().mid(1), context));
}
