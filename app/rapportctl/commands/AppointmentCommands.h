#pragma once

namespace rapport::ctl {

class CommandRegistry;

// The book itself: `appointment book|list|status` and `slots`, through AppointmentBook
// and SlotFinder; `waitlist add|list` through Waitlist.
class AppointmentCommands
{
public:
    static void registerWith(CommandRegistry& registry);
};

} // namespace rapport::ctl
