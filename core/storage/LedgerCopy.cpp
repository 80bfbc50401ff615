#include "LedgerCopy.h"

#include "Database.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QHash>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace jifen {

namespace {

qint64 count(const Database& db, const QString& table)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    Database::exec(query);
    query.next();
    return query.value(0).toLongLong();
}

// The rows of `table` in insertion order: branches parents first (a branch may have been moved under one created
// after it), everything else by its key.
QString selectAll(const QString& table)
{
    if (table == u"branches")
        return QStringLiteral("WITH RECURSIVE tree(id, depth) AS ("
                              " SELECT id, 0 FROM branches WHERE parent_id IS NULL"
                              " UNION ALL SELECT b.id, t.depth + 1 FROM branches b JOIN tree t ON b.parent_id = t.id)"
                              " SELECT b.* FROM branches b JOIN tree t ON t.id = b.id ORDER BY t.depth, b.id");
    if (table == u"member_years")
        return QStringLiteral("SELECT * FROM member_years ORDER BY year, member_id");
    if (table == u"settings")
        return QStringLiteral("SELECT * FROM settings ORDER BY key");
    if (table == u"derived_state")
        return QStringLiteral("SELECT * FROM derived_state ORDER BY name");
    if (table == u"search_keys_info")
        return QStringLiteral("SELECT * FROM search_keys_info");
    return QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table);
}

} // namespace

QStringList LedgerCopy::tables()
{
    return {
        QStringLiteral("settings"),      QStringLiteral("branches"),
        QStringLiteral("members"),       QStringLiteral("rules"),
        QStringLiteral("rule_versions"), QStringLiteral("awards"),
        QStringLiteral("grade_bands"),   QStringLiteral("entries"),
        QStringLiteral("reversals"),     QStringLiteral("entry_reviews"),
        QStringLiteral("audit_log"),     QStringLiteral("operators"),
        QStringLiteral("publications"),  QStringLiteral("member_years"),
        QStringLiteral("derived_state"), QStringLiteral("search_keys_info"),
        QStringLiteral("pledges"),       QStringLiteral("pledge_reviews"),
        QStringLiteral("opinion_issues"),
        QStringLiteral("roster_history"),
        // --- branches (branch-spec.md): after the branches, members, entries they refer to ---
        QStringLiteral("meeting_types"), QStringLiteral("branch_rules"),
        QStringLiteral("branch_evaluation"), QStringLiteral("branch_tiers"),
        QStringLiteral("branch_awards"), QStringLiteral("meetings"),
        QStringLiteral("meeting_cancellations"), QStringLiteral("meeting_attendance"),
        QStringLiteral("branch_entries"), QStringLiteral("branch_reversals"),
    };
}

qint64 LedgerCopy::run(Database& from, Database& to, const Progress& progress)
{
    if (from.schemaVersion() != to.schemaVersion())
        throw StorageError(StorageError::Kind::Schema,
                           tr("The two ledgers have different schema versions (%1 and %2); open both with this version "
                              "of Jifen first.")
                               .arg(from.schemaVersion())
                               .arg(to.schemaVersion()));
    for (const QString& table : {QStringLiteral("members"), QStringLiteral("entries"), QStringLiteral("audit_log")})
        if (count(to, table) > 0)
            throw StorageError(StorageError::Kind::Constraint,
                               tr("%1 is not empty: a ledger is copied only into a new one, so that nothing in it is "
                                  "lost.")
                                   .arg(to.path()));

    // One snapshot of the source (on SQLite the write lock, on a server a repeatable read of its own).
    if (from.engine() == Database::Engine::Postgres)
        from.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    else
        from.exec(QStringLiteral("BEGIN"));
    struct EndRead
    {
        Database& db;
        ~EndRead()
        {
            QSqlQuery end(db.connection());
            end.exec(QStringLiteral("ROLLBACK"));
        }
    } endRead {from};

    // Each table's rows in the snapshot, counted once: the total for progress and what each copied table must hold.
    QHash<QString, qint64> expected;
    qint64 total = 0;
    for (const QString& table : tables())
        total += expected[table] = count(from, table);

    Transaction transaction(to);
    // What a new ledger starts with (derived state, the collation stamp) is replaced by the source's.
    for (const QString& table : tables())
        if (count(to, table) > 0)
            to.exec(QStringLiteral("DELETE FROM %1").arg(table));

    qint64 done = 0;
    auto goOn = [&progress, &done, &total] {
        if (progress && !progress(done, total))
            throw StorageError(StorageError::Kind::Cancelled, tr("The copy was cancelled; nothing was written."));
    };
    for (const QString& table : tables()) {
        goOn();
        // Streamed row by row: the only query on the source's connection until the table is done.
        QSqlQuery rows(from.connection());
        rows.setForwardOnly(true);
        if (!rows.exec(selectAll(table)))
            Database::fail(rows);
        const QSqlRecord record = rows.record();
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i);
        // Many rows to a statement: one row a statement, a server's round trip per row made a city's copy take
        // minutes. (A statement holds at most about 32,000 values on either engine; an import's audit records are
        // megabytes each, so a statement also ends after a few megabytes of text.)
        const int rowsPerStatement = std::max(1, std::min(500, 30000 / int(columns.size())));
        const auto insertSql = [&table, &columns](int count) {
            const QString row = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(u',')
                + QLatin1Char(')');
            return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                .arg(table, columns.join(QStringLiteral(", ")), QStringList(count, row).join(u','));
        };
        QSqlQuery insertMany = to.prepare(insertSql(rowsPerStatement));
        QVariantList pending;
        qsizetype pendingText = 0;
        const auto flush = [&] {
            const int count = int(pending.size() / columns.size());
            if (count == 0)
                return;
            QSqlQuery insertRest;
            QSqlQuery& insert = count == rowsPerStatement ? insertMany : (insertRest = to.prepare(insertSql(count)));
            for (int i = 0; i < pending.size(); ++i)
                insert.bindValue(i, pending[i]);
            Database::exec(insert);
            pending.clear();
            pendingText = 0;
        };
        qint64 copied = 0;
        while (rows.next()) {
            for (int i = 0; i < columns.size(); ++i) {
                pending << rows.value(i);
                if (pending.constLast().typeId() == QMetaType::QString)
                    pendingText += pending.constLast().toString().size();
            }
            if (pending.size() == qsizetype(rowsPerStatement) * columns.size() || pendingText > 4'000'000)
                flush();
            ++copied;
            if (++done % 2000 == 0)
                goOn();
        }
        flush();
        if (copied != expected.value(table))
            throw StorageError(StorageError::Kind::Constraint,
                               tr("The table %1 could not be copied whole (%2 rows of %3); nothing was written.")
                                   .arg(table)
                                   .arg(copied)
                                   .arg(expected.value(table)));
        // Rows came with their ids: a server's identity sequence continues after them.
        if (to.engine() == Database::Engine::Postgres && columns.contains(u"id"))
            to.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                   "(SELECT COALESCE(MAX(id), 0) + 1 FROM %1), false)")
                        .arg(table));
    }
    transaction.commit();
    if (progress)
        progress(total, total);
    return done;
}

} // namespace jifen
