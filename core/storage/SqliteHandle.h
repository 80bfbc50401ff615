#pragma once

#include <QByteArrayView>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace jifen {

class Database;

// The SQLite connection under the ledger's Qt connection, for what the Qt driver does not offer (the online backup
// API, statements run many thousand times); nullptr when the ledger is not on SQLite. Owned by the connection.
sqlite3* sqliteHandle(const Database& db);

// A statement prepared on SQLite's own handle, finalized with it. Empty (false) when the handle is nullptr or SQLite
// refused the SQL: callers then go the generic way through QSqlQuery, whose errors read as every other's do.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3* handle, QByteArrayView sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    explicit operator bool() const { return m_statement != nullptr; }
    sqlite3_stmt* get() const { return m_statement; }

private:
    sqlite3_stmt* m_statement = nullptr;
};

// The rows of one SELECT, read forward. On SQLite straight from its own handle (text as UTF-8 from the page, no
// QVariant per value: for 100,000 members that was most of a ranking's time); on other engines through QSqlQuery.
// A step SQLite fails is run again through Qt, which reports the failure in the ledger's words (Database::fail) or,
// when it was fleeting, carries on after the rows already read.
class RowReader
{
public:
    // `values` bind the statement's placeholders in order: integers as integers, anything else as its text.
    RowReader(const Database& db, const QString& sql, const QVariantList& values = {});

    bool next();
    qint64 integer(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    void switchToQt();

    const Database& m_db;
    QString m_sql;
    QVariantList m_values;
    SqliteStatement m_statement;
    QSqlQuery m_query;
    bool m_onQt = false;
    bool m_done = false; // SQLite said SQLITE_DONE
    qint64 m_rowsRead = 0;
};

} // namespace jifen
