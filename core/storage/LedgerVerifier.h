#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace jifen {

class Database;

// Checks that the ledger is exactly what its audit log says: the hash chain is unbroken, every audited row equals
// what its latest audit record recorded (nothing inserted, changed or deleted behind Jifen's back), awards, grade
// bands and settings match their last records, and stored derived values match a recomputation.
class LedgerVerifier
{
    Q_DECLARE_TR_FUNCTIONS(LedgerVerifier)

public:
    struct Problem {
        qint64 auditId = 0; // the audit record concerned, 0 when none
        QString table;
        qint64 rowId = 0;
        QString message; // in the user's language
    };

    struct Result {
        qint64 auditRecords = 0;
        qint64 rowsChecked = 0;
        QString headHash; // the newest record's hash: print it on paper to anchor the chain
        QList<Problem> problems; // in the order found; the first is the first broken link of the chain
        bool cancelled = false;
        bool ok() const { return problems.isEmpty() && !cancelled; }
    };

    // Called now and then with (done, total); return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // A check of stored derived values (e.g. cached contributions) registered by the part that stores them.
    using DerivedCheck = std::function<void(Database& db, QList<Problem>& problems)>;
    static void registerDerivedCheck(const DerivedCheck& check);

    explicit LedgerVerifier(Database& db);
    Result run(const Progress& progress = {});

    static constexpr int maxProblems = 100;

private:
    Database& m_db;
};

} // namespace jifen
