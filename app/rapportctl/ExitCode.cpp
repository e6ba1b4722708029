#include "ExitCode.h"

#include <QCoreApplication>

namespace rapport::ctl {

ExitCode exitCodeFor(ErrorCode code, ErrorStage stage)
{
    switch (code) {
    case ErrorCode::WrongPassword:
    case ErrorCode::TooManyAttempts:
    case ErrorCode::AccountDisabled:
        return ExitCode::SignInRefused;
    case ErrorCode::IntegrityFailure:
        return ExitCode::IntegrityFailure;
    case ErrorCode::NotADatabase:
    case ErrorCode::Damaged:
    case ErrorCode::WrongKeyOrDamaged:
    case ErrorCode::KeyFileMissing:
    case ErrorCode::KeyFileDamaged:
        return ExitCode::NotAClinicDatabase;
    case ErrorCode::NotFound:
        return stage == ErrorStage::OpeningClinic ? ExitCode::NotAClinicDatabase : ExitCode::Refused;
    case ErrorCode::PermissionDenied:
    case ErrorCode::InvalidInput:
    case ErrorCode::AlreadyExists:
    case ErrorCode::Conflict:
        return ExitCode::Refused;
    case ErrorCode::Busy:
        return ExitCode::Busy;
    case ErrorCode::Internal:
    case ErrorCode::NewerVersion:
    case ErrorCode::Io:
    case ErrorCode::Locked:
        return ExitCode::Failed;
    }
    return ExitCode::Failed;
}

QString exitCodeHelp()
{
    return QCoreApplication::translate(
        "rapportctl",
        "Exit codes:\n"
        "  0  success\n"
        "  1  usage error: unknown command or option, missing argument, no password on standard input\n"
        "  2  sign-in refused: wrong user name or password, too many attempts, or account deactivated\n"
        "  3  integrity failure: the audit trail, the database or the key file was altered\n"
        "  4  not a Rapport database: the database or its key file is missing, empty, foreign or damaged\n"
        "  5  refused: not permitted for your role, invalid input, or a conflict\n"
        "  6  any other error\n"
        "  7  busy: another program kept the database locked; try again in a moment\n");
}

} // namespace rapport::ctl
