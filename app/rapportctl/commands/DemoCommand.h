#pragma once

namespace rapport::ctl {

class CommandRegistry;

// `rapportctl demo`: the throwaway demo clinic.
class DemoCommand
{
public:
    static void registerWith(CommandRegistry& registry);
};

} // namespace rapport::ctl
