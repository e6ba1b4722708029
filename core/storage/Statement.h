#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <type_traits>

struct sqlite3_stmt;
struct sqlite3;

namespace rapport {

// One prepared statement, finalised when it goes out of scope. Parameters are bound by
// name (":name"); reads are typed.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(const char* name, const QString& value); // never NULL: see bindNull()
    // NULL when empty, for optional references and dates.
    Statement& bindOrNull(const char* name, const QString& value)
    {
        return value.isEmpty() ? bindNull(name) : bind(name, value);
    }
    Statement& bind(const char* name, const char* value) = delete; // say QStringLiteral or QByteArray
    Statement& bind(const char* name, qint64 value);
    Statement& bind(const char* name, int value) { return bind(name, static_cast<qint64>(value)); }
    Statement& bind(const char* name, bool value) { return bind(name, static_cast<qint64>(value ? 1 : 0)); }
    Statement& bind(const char* name, double value);
    Statement& bind(const char* name, const QByteArray& blob);
    Statement& bind(const char* name, const QDateTime& utc); // stored as UTC milliseconds
    Statement& bindNull(const char* name);
    template<typename T>
    Statement& bind(const char* name, const std::optional<T>& value)
    {
        return value ? bind(name, *value) : bindNull(name);
    }

    // Runs one step: true when a row is available.
    [[nodiscard]] Result<bool> next();
    // Calls onRow for every row. onRow returns void, or a Status that stops the walk
    // with its error.
    template<typename F>
    [[nodiscard]] Status forEach(F&& onRow)
    {
        while (true) {
            auto row = next();
            if (!row)
                return std::unexpected(std::move(row.error()));
            if (!*row)
                return {};
            if constexpr (std::is_void_v<std::invoke_result_t<F&, const Statement&>>) {
                onRow(static_cast<const Statement&>(*this));
            } else {
                Status s = onRow(static_cast<const Statement&>(*this));
                if (!s)
                    return s;
            }
        }
    }

    // Runs to completion, for statements that return no rows.
    [[nodiscard]] Status exec();
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] int integer(int column) const { return static_cast<int>(int64(column)); }
    [[nodiscard]] bool boolean(int column) const { return int64(column) != 0; }
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] QDateTime dateTime(int column) const; // invalid when NULL
    [[nodiscard]] int columnCount() const;

    [[nodiscard]] bool isValid() const { return m_stmt != nullptr; }

private:
    int index(const char* name) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_bindFailed = false;
};

} // namespace rapport
