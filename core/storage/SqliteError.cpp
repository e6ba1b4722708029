#include "storage/SqliteError.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace rapport {

QString SqliteError::genericMessage()
{
    return QCoreApplication::translate("rapport::Database",
                                       "The clinic database reported an error. Nothing was saved from this step; try again, and if it keeps happening, contact your administrator.");
}

QString SqliteError::wrongKeyOrDamagedMessage()
{
    return QCoreApplication::translate("rapport::Database",
                                       "The clinic database could not be opened. Either the key does not match this database, or the start of the file is damaged. Check that the key file belongs to this database; if it does, restore the database from a backup.");
}

QString SqliteError::damagedMessage()
{
    return QCoreApplication::translate("rapport::Database",
                                       "The clinic database is damaged. Do not keep working in it: restore it from the most recent backup. The damaged file has not been changed.");
}

Error SqliteError::fromCode(int extendedCode, sqlite3* db)
{
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(extendedCode));
    switch (extendedCode & 0xFF) {
    case SQLITE_NOTADB:
        return Error{ErrorCode::WrongKeyOrDamaged, wrongKeyOrDamagedMessage(), detail};
    case SQLITE_CORRUPT:
        return Error{ErrorCode::Damaged, damagedMessage(), detail};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error{ErrorCode::Busy,
                     QCoreApplication::translate("rapport::Database",
                                                 "The clinic database is busy with another task on this PC. Wait a moment and try again."),
                     detail};
    case SQLITE_CONSTRAINT:
        return Error{ErrorCode::Conflict,
                     QCoreApplication::translate("rapport::Database",
                                                 "This change conflicts with data already saved, so it was not saved."),
                     detail};
    case SQLITE_FULL:
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("rapport::Database",
                                                 "The disk is full. Free some space; nothing from this step was saved."),
                     detail};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("rapport::Database",
                                                 "The clinic database file cannot be read or written. Check that the drive is connected and that you may write to the folder."),
                     detail};
    default:
        return Error{ErrorCode::Internal, genericMessage(), detail};
    }
}

} // namespace rapport
