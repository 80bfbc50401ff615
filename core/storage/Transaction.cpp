#include "Transaction.h"

#include "Database.h"
#include "StorageError.h"

#include <QSqlQuery>

namespace jifen {

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_outermost(db.m_transactionDepth == 0)
{
    if (m_outermost)
        m_db.exec(m_db.engine() == Database::Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
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
