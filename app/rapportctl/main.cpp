#include "Command.h"
#include "CommandRegistry.h"
#include "Output.h"
#include "PasswordInput.h"
#include "commands/AuditCommands.h"
#include "commands/DemoCommand.h"
#include "commands/InitCommand.h"
#include "commands/SettingsCommands.h"
#include "commands/UserCommands.h"
#include "commands/VersionCommand.h"
#include "common/Clock.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rapportctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));

    using namespace rapport::ctl;
    CommandRegistry registry;
    InitCommand::registerWith(registry);
    UserCommands::registerWith(registry);
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
