#pragma once

namespace rapport::ctl {

class CommandRegistry;

// `rapportctl patient add|search|show|archive`: patient records, through PatientService
// and PatientSearch.
class PatientCommands
{
public:
    static void registerWith(CommandRegistry& registry);
};

} // namespace rapport::ctl
