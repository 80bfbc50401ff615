#pragma once

struct sqlite3;

namespace jifen {

class Database;

// The SQLite connection under the ledger's Qt connection, for what the Qt driver does not offer (the online backup
// API, statements run many thousand times); nullptr when the ledger is not on SQLite. Owned by the connection.
sqlite3* sqliteHandle(const Database& db);

} // namespace jifen
