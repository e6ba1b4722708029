#pragma once

namespace rapport::ctl {

class CommandRegistry;

// `rapportctl dispatch`: one sending run for the system's scheduler, through Dispatcher.
class DispatchCommand
{
public:
    static void registerWith(CommandRegistry& registry);
};

} // namespace rapport::ctl
