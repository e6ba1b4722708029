#pragma once

namespace rapport::ctl {

class CommandRegistry;

// `hours set|show` (a provider's working week) and `closure add` (the whole clinic closed),
// through ScheduleSetup.
class ScheduleHoursCommands
{
public:
    static void registerWith(CommandRegistry& registry);
};

} // namespace rapport::ctl
