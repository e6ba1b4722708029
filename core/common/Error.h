#pragma once

#include <QString>

#include <expected>

namespace rapport {

// What went wrong, in a form the program can act on. The message is translated and meant
// for a person; the detail is technical (SQLite's text, a file name) and never holds
// patient data.
enum class ErrorCode {
    Internal,
    InvalidInput,
    NotFound,
    AlreadyExists,
    PermissionDenied,
    WrongPassword,
    TooManyAttempts,
    AccountDisabled,
    WrongKeyOrDamaged,   // SQLCipher cannot tell a wrong key from a damaged first page
    NotADatabase,        // empty, plaintext or foreign file
    Damaged,             // readable header, damaged content
    NewerVersion,        // created by a newer Rapport
    KeyFileMissing,
    KeyFileDamaged,
    IntegrityFailure,    // a MAC or hash chain did not verify
    Busy,
    Io,
    Locked,              // the clinic is locked; sign in again
    Conflict,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;

    [[nodiscard]] QString text() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

template<typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString message, QString detail = {})
{
    return std::unexpected(Error{code, std::move(message), std::move(detail)});
}

// Early-return helpers for functions that return Result<...> or Status.
#define RAPPORT_TRY(expr)                                                                         \
    do {                                                                                          \
        auto&& rapportTryResult_ = (expr);                                                        \
        if (!rapportTryResult_)                                                                   \
            return std::unexpected(std::move(rapportTryResult_.error()));                        \
    } while (false)

#define RAPPORT_CONCAT_INNER(a, b) a##b
#define RAPPORT_CONCAT(a, b) RAPPORT_CONCAT_INNER(a, b)
#define RAPPORT_TRY_ASSIGN(decl, expr) RAPPORT_TRY_ASSIGN_IMPL(RAPPORT_CONCAT(rapportTmp_, __LINE__), decl, expr)
#define RAPPORT_TRY_ASSIGN_IMPL(tmp, decl, expr)                                                  \
    auto tmp = (expr);                                                                            \
    if (!tmp)                                                                                     \
        return std::unexpected(std::move(tmp.error()));                                          \
    decl = std::move(*tmp)

} // namespace rapport
