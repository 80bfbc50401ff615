#pragma once

#include "Database.h"

#include <QStringList>

namespace jifen {

// The ordered schema steps; step i (1-based) takes the schema from version i-1 to version i.
// Statements use neutral spellings that Migrations::dialect() rewrites per engine: ${ID} for an
// auto-increment primary key, ${TEXT}, ${INT} and ${BLOB} for column types.
struct Migrations {
    static QList<QStringList> steps(Database::Engine engine);
    // The statement that makes the table holding the schema version, before the first step of a new ledger.
    static QString schemaInfoTable();
};

} // namespace jifen
