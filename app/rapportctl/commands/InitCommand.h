#pragma once

namespace rapport::ctl {

class CommandRegistry;

// `rapportctl init`: a new clinic and its first administrator.
class InitCommand
{
public:
    static void registerWith(CommandRegistry& registry);
};

} // namespace rapport::ctl
