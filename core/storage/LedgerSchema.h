#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace jifen {

class Database;

// The ledger's schema (tables with their columns and constraints, indexes, triggers and trigger functions) against
// the one Jifen's migrations create: built afresh for each check, on the same engine, so a table a later migration adds
// is covered without a list to keep. A dropped append-only trigger, a dropped index or a column changed by another
// tool is tampering as much as a changed row.
class LedgerSchema
{
    Q_DECLARE_TR_FUNCTIONS(LedgerSchema)

public:
    struct Difference {
        QString object; // "trigger entries_no_update", "index members_list", ...
        QString message; // in the user's language
    };

    // Empty when the schema is exactly what the migrations make. On a server the reference is made in temporary tables
    // of a second connection and rolled back: that needs the TEMPORARY privilege, which the setup script grants the
    // app role; an account without it (the owner, while the setup script creates the schema) skips the comparison.
    static QList<Difference> differences(Database& db);
};

} // namespace jifen
