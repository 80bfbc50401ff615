#include "Transaction.h"

#include "Database.h"
#include "StorageError.h"

#include <QSqlQuery>

namespace jifen {

namespace {

// The advisory lock every write transaction on a server takes first: "Jifen" in ASCII.
constexpr qint64 serverWriteLock = 0x4A6966656E;

} // namespace

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_outermost(db.m_transactionDepth == 0)
{
    if (m_outermost) {
        if (m_db.engine() == Database::Engine::Sqlite) {
            m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
        } else {
            // One writer at a time, as on SQLite: the caps of a member-rule-year, the audit chain and an import are
            // each changed by one transaction after another, never interleaved. Readers do not wait.
            m_db.exec(QStringLiteral("BEGIN"));
            QSqlQuery lock(m_db.connection());
            if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(serverWriteLock))) {
                QSqlQuery rollback(m_db.connection());
                rollback.exec(QStringLiteral("ROLLBACK"));
                Database::fail(lock);
            }
        }
    }
    ++m_db.m_transactionDepth;
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    --m_db.m_transactionDepth;
    // An inner guard left without commit() means an exception is on its way out: the outermost guard rolls back.
    if (m_outermost) {
        QSqlQuery rollback(m_db.connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    if (m_outermost) {
        QSqlQuery query(m_db.connection());
        if (!query.exec(QStringLiteral("COMMIT")))
            Database::fail(query); // the destructor rolls back
    }
    --m_db.m_transactionDepth;
    m_open = false;
}

} // namespace jifen
