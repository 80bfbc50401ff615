#include "SqliteHandle.h"

#include "Database.h"

#include <QSqlDriver>

namespace jifen {

sqlite3* sqliteHandle(const Database& db)
{
    if (db.engine() != Database::Engine::Sqlite)
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

} // namespace jifen
