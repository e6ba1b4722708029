#pragma once

namespace rapport::ctl {

class CommandRegistry;

// `rapportctl user add|passwd|disable|list`: staff accounts, through StaffService.
class UserCommands
{
public:
    static void registerWith(CommandRegistry& registry);
};

} // namespace rapport::ctl
