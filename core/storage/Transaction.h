#pragma once

#include <QSqlDatabase>

namespace jifen {

class Database;

// RAII write transaction: rolls back unless commit() is called. It takes the write lock at once (BEGIN IMMEDIATE on
// SQLite, a transaction-scoped advisory lock on PostgreSQL), so two processes writing never interleave, and a busy
// SQLite file fails early and cleanly.
// Guards nest: an inner guard joins the outer transaction, so several operations can be made all-or-nothing.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Throws StorageError when the commit fails; the transaction is then rolled back.
    void commit();

private:
    Database& m_db;
    bool m_outermost = false;
    bool m_open = false;
};

} // namespace jifen
