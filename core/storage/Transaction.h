#pragma once

#include <QSqlDatabase>

namespace jifen {

class Database;

// RAII write transaction: rolls back unless commit() is called. On SQLite it takes the write lock at once
// (BEGIN IMMEDIATE), so two processes writing never interleave, and a busy database fails early and cleanly.
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
