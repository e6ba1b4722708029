#pragma once

#include "common/Error.h"

#include <QString>

namespace rapport::ctl {

// What rapportctl's exit status tells a script. Documented in every --help text.
enum class ExitCode
{
    Success = 0,
    Usage = 1,              // unknown command or option, missing argument, no password on stdin
    SignInRefused = 2,      // wrong user name or password, too many attempts, account deactivated
    IntegrityFailure = 3,   // audit chain, database integrity or key file altered
    NotAClinicDatabase = 4, // missing, empty, foreign or damaged database or key file
    Refused = 5,            // not permitted, invalid input, conflict
    Failed = 6,             // anything else
    Busy = 7,               // the database stayed in use by another program (try again later)
};

// Where the error happened: while opening a clinic "not found" means the database file is
// missing; afterwards it means a member of staff or a setting was named wrongly.
enum class ErrorStage
{
    OpeningClinic,
    Working,
};

// The one place where core's error codes become exit codes.
[[nodiscard]] ExitCode exitCodeFor(ErrorCode code, ErrorStage stage);

// The exit codes as a help section.
[[nodiscard]] QString exitCodeHelp();

} // namespace rapport::ctl
