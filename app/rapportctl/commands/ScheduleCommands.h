#pragma once

namespace rapport::ctl {

class CommandRegistry;

// The schedule's set-up: `provider add|list`, `chair add|list`, `type add|list`,
// `hours set|show` and `closure add`, through ScheduleSetup.
class ScheduleCommands
{
public:
    static void registerWith(CommandRegistry& registry);
};

} // namespace rapport::ctl
