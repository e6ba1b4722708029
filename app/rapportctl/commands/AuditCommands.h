#pragma once

namespace rapport::ctl {

class CommandRegistry;

// `rapportctl audit verify`: walks the hash-chained audit trail.
class AuditCommands
{
public:
    static void registerWith(CommandRegistry& registry);
};

} // namespace rapport::ctl
