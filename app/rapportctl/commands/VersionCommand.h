#pragma once

namespace rapport::ctl {

class CommandRegistry;

// `rapportctl version` (also `rapportctl --version`).
class VersionCommand
{
public:
    static void registerWith(CommandRegistry& registry);
};

} // namespace rapport::ctl
