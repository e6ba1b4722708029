#pragma once

namespace rapport::ctl {

class CommandRegistry;

// `calls today` and `call record`: the front desk's call list, through CallList.
class CallCommands
{
public:
    static void registerWith(CommandRegistry& registry);
};

} // namespace rapport::ctl
