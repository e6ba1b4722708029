#include "storage/Statement.h"

#include "storage/SqliteError.h"

#include <QtGlobal>

#include <sqlite3.h>

namespace rapport {

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt)
    : m_db(db)
    , m_stmt(stmt)
{
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_bindFailed(other.m_bindFailed)
{
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_bindFailed = other.m_bindFailed;
        other.m_stmt = nullptr;
    }
    return *this;
}

int Statement::index(const char* name) const
{
    const int i = sqlite3_bind_parameter_index(m_stmt, name);
    Q_ASSERT_X(i > 0, "Statement::bind", name);
    return i;
}

Statement& Statement::bind(const char* name, const QString& value)
{
    // A null QString is stored as empty text: NULL is said explicitly, with bindNull()
    // or an empty std::optional.
    const QByteArray utf8 = value.toUtf8();
    m_bindFailed |= sqlite3_bind_text(m_stmt, index(name), utf8.constData(), static_cast<int>(utf8.size()),
                                      SQLITE_TRANSIENT)
        != SQLITE_OK;
    return *this;
}

Statement& Statement::bind(const char* name, qint64 value)
{
    m_bindFailed |= sqlite3_bind_int64(m_stmt, index(name), value) != SQLITE_OK;
    return *this;
}

Statement& Statement::bind(const char* name, double value)
{
    m_bindFailed |= sqlite3_bind_double(m_stmt, index(name), value) != SQLITE_OK;
    return *this;
}

Statement& Statement::bind(const char* name, const QByteArray& blob)
{
    if (blob.isNull())
        m_bindFailed |= sqlite3_bind_null(m_stmt, index(name)) != SQLITE_OK;
    else
        m_bindFailed |= sqlite3_bind_blob(m_stmt, index(name), blob.constData(), static_cast<int>(blob.size()),
                                          SQLITE_TRANSIENT)
            != SQLITE_OK;
    return *this;
}

Statement& Statement::bind(const char* name, const QDateTime& utc)
{
    if (!utc.isValid())
        return bindNull(name);
    return bind(name, utc.toMSecsSinceEpoch());
}

Statement& Statement::bindNull(const char* name)
{
    m_bindFailed |= sqlite3_bind_null(m_stmt, index(name)) != SQLITE_OK;
    return *this;
}

Result<bool> Statement::next()
{
    if (m_bindFailed)
        return fail(ErrorCode::Internal, SqliteError::genericMessage(), QStringLiteral("parameter binding failed"));
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return std::unexpected(SqliteError::fromCode(sqlite3_extended_errcode(m_db), m_db));
}

Status Statement::exec()
{
    while (true) {
        RAPPORT_TRY_ASSIGN(const bool row, next());
        if (!row)
            break;
    }
    reset();
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    if (!p)
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL ? QByteArray() : QByteArray("");
    return QByteArray(p, n);
}

QDateTime Statement::dateTime(int column) const
{
    if (isNull(column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(int64(column), Qt::UTC);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

} // namespace rapport
