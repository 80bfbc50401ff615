#include "LedgerSchema.h"

#include "Database.h"
#include "Migrations.h"

#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace jifen {

namespace {

// "kind name" -> definition.
using Description = QMap<QString, QString>;

QString folded(QString sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return sql.replace(space, QStringLiteral(" ")).trimmed();
}

// Runs `sql` on `db`; false (with the driver's message in `error`) when it fails.
bool run(QSqlQuery& query, const QString& sql, QString* error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

bool describeSqlite(const QSqlDatabase& db, Description* out, QString* error)
{
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"),
             error))
        return false;
    while (query.next())
        out->insert(query.value(0).toString() + u' ' + query.value(1).toString(), folded(query.value(2).toString()));
    return true;
}

// The objects of one namespace (`nsp`, an SQL expression giving its oid), with that namespace's name taken out of the
// definitions, so that the ledger's schema and the temporary one of the reference compare.
bool describePostgres(const QSqlDatabase& db, const QString& nsp, Description* out, QString* error)
{
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT nspname FROM pg_namespace WHERE oid = %1").arg(nsp), error))
        return false;
    const QString name = query.next() ? query.value(0).toString() : QString();
    // A temporary schema (pg_temp_3) is also written by its alias, pg_temp.
    QStringList prefixes;
    if (!name.isEmpty())
        prefixes << name + u'.';
    if (name.startsWith(QLatin1String("pg_temp")))
        prefixes << QStringLiteral("pg_temp.");
    const auto local = [&prefixes](QString definition) {
        for (const QString& prefix : prefixes)
            definition.remove(prefix);
        return folded(definition);
    };

    QMap<QString, QStringList> tables;
    if (!run(query,
             QStringLiteral("SELECT c.relname, c.relkind, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
                            " a.attidentity, pg_get_expr(d.adbin, d.adrelid)"
                            " FROM pg_class c LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0"
                            "  AND NOT a.attisdropped"
                            " LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum"
                            " WHERE c.relnamespace = %1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"
                            " ORDER BY c.relname, a.attnum")
                 .arg(nsp),
             error))
        return false;
    while (query.next()) {
        QStringList& columns = tables[query.value(0).toString()];
        if (columns.isEmpty())
            columns << QStringLiteral("relkind %1").arg(query.value(1).toString());
        if (!query.isNull(2))
            columns << QStringLiteral("%1 %2%3%4%5")
                           .arg(query.value(2).toString(), query.value(3).toString(),
                                query.value(4).toBool() ? QStringLiteral(" NOT NULL") : QString(),
                                query.value(5).toString().isEmpty() ? QString()
                                                                    : QStringLiteral(" IDENTITY ") + query.value(5).toString(),
                                query.isNull(6) ? QString() : QStringLiteral(" DEFAULT ") + local(query.value(6).toString()));
    }
    if (!run(query,
             QStringLiteral("SELECT c.relname, con.conname, pg_get_constraintdef(con.oid) FROM pg_constraint con"
                            " JOIN pg_class c ON c.oid = con.conrelid WHERE c.relnamespace = %1"
                            " ORDER BY c.relname, con.conname")
                 .arg(nsp),
             error))
        return false;
    while (query.next())
        tables[query.value(0).toString()] << QStringLiteral("CONSTRAINT %1 %2")
                                                 .arg(query.value(1).toString(), local(query.value(2).toString()));
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        out->insert(QStringLiteral("table ") + it.key(), it.value().join(QStringLiteral(", ")));

    const QList<std::pair<const char*, QString>> objects{
        {"index", QStringLiteral("SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i"
                                 " JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relnamespace = %1")},
        {"trigger", QStringLiteral("SELECT t.tgname, pg_get_triggerdef(t.oid) || ' ' || t.tgenabled::text FROM pg_trigger t"
                                   " JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = %1"
                                   " AND NOT t.tgisinternal")},
        {"function", QStringLiteral("SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',"
                                    " p.prosrc FROM pg_proc p WHERE p.pronamespace = %1")},
    };
    for (const auto& [kind, sql] : objects) {
        if (!run(query, sql.arg(nsp), error))
            return false;
        while (query.next())
            out->insert(QString::fromLatin1(kind) + u' ' + query.value(0).toString(), local(query.value(1).toString()));
    }
    return true;
}

// Runs every migration step on `reference`, a connection of its own (an SQLite database in memory, or a second
// connection to the server whose tables go to its temporary schema and are rolled back), and describes the result.
bool describeMigrated(const QSqlDatabase& reference, Database::Engine engine, Description* out, QString* error)
{
    const bool server = engine == Database::Engine::Postgres;
    QSqlQuery query(reference);
    // Unqualified names are created in the first schema of the path: the session's temporary one.
    if (server && !(run(query, QStringLiteral("BEGIN"), error)
                    && run(query, QStringLiteral("SET LOCAL search_path TO pg_temp, public"), error)))
        return false;
    QStringList statements{Migrations::schemaInfoTable()};
    for (const QStringList& step : Migrations::steps(engine))
        statements << step;
    bool ok = true;
    for (qsizetype i = 0; ok && i < statements.size(); ++i)
        ok = run(query, statements[i], error);
    if (ok)
        ok = server ? describePostgres(reference, QStringLiteral("pg_my_temp_schema()"), out, error)
                    : describeSqlite(reference, out, error);
    if (server)
        query.exec(QStringLiteral("ROLLBACK"));
    return ok;
}

bool describeReference(const Database& db, Description* out, QString* error)
{
    const QString name = db.connection().connectionName() + QStringLiteral("-schema");
    bool ok = false;
    {
        QSqlDatabase reference;
        if (db.isFile()) {
            reference = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            reference.setDatabaseName(QStringLiteral(":memory:"));
        } else {
            reference = QSqlDatabase::cloneDatabase(db.connection(), name);
        }
        if (reference.open())
            ok = describeMigrated(reference, db.engine(), out, error);
        else
            *error = reference.lastError().text();
        reference.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString kindName(const QString& kind)
{
    if (kind == u"table")
        return LedgerSchema::tr("table");
    if (kind == u"index")
        return LedgerSchema::tr("index");
    if (kind == u"trigger")
        return LedgerSchema::tr("trigger");
    if (kind == u"function")
        return LedgerSchema::tr("function");
    if (kind == u"view")
        return LedgerSchema::tr("view");
    return kind;
}

QString shownObject(const QString& key)
{
    const qsizetype space = key.indexOf(u' ');
    return kindName(key.left(space)) + u' ' + key.mid(space + 1);
}

} // namespace

QList<LedgerSchema::Difference> LedgerSchema::differences(Database& db)
{
    QList<Difference> found;
    if (!db.isFile()) {
        QSqlQuery temp(db.connection());
        if (!temp.exec(QStringLiteral("SELECT has_database_privilege(current_database(), 'TEMPORARY')")) || !temp.next()
            || !temp.value(0).toBool())
            return found;
    }
    Description expected, actual;
    QString error;
    const bool ok = describeReference(db, &expected, &error)
        && (db.isFile() ? describeSqlite(db.connection(), &actual, &error)
                        : describePostgres(db.connection(),
                                           QStringLiteral("(SELECT oid FROM pg_namespace WHERE nspname = current_schema())"),
                                           &actual, &error));
    if (!ok) {
        found.append({QString(), tr("The ledger's schema could not be compared with Jifen's: %1").arg(error)});
        return found;
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto there = actual.constFind(it.key());
        if (there == actual.cend())
            found.append({it.key(), tr("The %1 of the ledger's schema is missing: it was dropped outside Jifen.")
                                        .arg(shownObject(it.key()))});
        else if (there.value() != it.value())
            found.append({it.key(), tr("The %1 of the ledger's schema differs from the one Jifen creates: it was "
                                       "changed outside Jifen.")
                                        .arg(shownObject(it.key()))});
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it)
        if (!expected.contains(it.key()))
            found.append({it.key(), tr("The ledger's schema has a %1 that Jifen does not create: it was added outside "
                                       "Jifen.")
                                        .arg(shownObject(it.key()))});
    return found;
}

} // namespace jifen
