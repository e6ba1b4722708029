#pragma once

namespace rapport::ctl {

class CommandRegistry;

// `waitlist add|list`: patients who want an earlier slot, through Waitlist.
class WaitlistCommands
{
public:
    static void registerWith(CommandRegistry& registry);
};

} // namespace rapport::ctl
