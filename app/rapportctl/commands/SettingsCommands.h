#pragma once

namespace rapport::ctl {

class CommandRegistry;

// `rapportctl settings get|set|list`: the clinic's settings, through SettingsService.
class SettingsCommands
{
public:
    static void registerWith(CommandRegistry& registry);
};

} // namespace rapport::ctl
