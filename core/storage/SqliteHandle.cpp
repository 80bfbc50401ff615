#include "SqliteHandle.h"

#include "Database.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace jifen {

sqlite3* sqliteHandle(const Database& db)
{
    if (db.engine() != Database::Engine::Sqlite)
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

SqliteStatement::SqliteStatement(sqlite3* handle, QByteArrayView sql)
{
    if (handle && sqlite3_prepare_v2(handle, sql.data(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement); // harmless on nullptr
}

RowReader::RowReader(const Database& db, const QString& sql, const QVariantList& values)
    : m_db(db)
    , m_sql(sql)
    , m_values(values)
    , m_statement(sqliteHandle(db), sql.toUtf8())
    , m_query(db.connection())
{
    if (!m_statement) {
        switchToQt();
        return;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values[i];
        int rc = SQLITE_OK;
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            rc = sqlite3_bind_int64(m_statement.get(), i + 1, value.toLongLong());
            break;
        default: {
            const QByteArray utf8 = value.toString().toUtf8();
            rc = sqlite3_bind_text(m_statement.get(), i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
        }
        if (rc != SQLITE_OK) {
            switchToQt();
            return;
        }
    }
}

void RowReader::switchToQt()
{
    m_onQt = true;
    m_query = m_db.prepare(m_sql);
    Database::forwardOnly(m_query);
    for (const QVariant& value : std::as_const(m_values))
        m_query.addBindValue(value);
    Database::exec(m_query);
    for (qint64 skipped = 0; skipped < m_rowsRead; ++skipped)
        m_query.next();
}

bool RowReader::next()
{
    if (!m_onQt) {
        if (m_done)
            return false; // stepping again would run the statement anew
        const int rc = sqlite3_step(m_statement.get());
        if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
            m_done = rc == SQLITE_DONE;
            m_rowsRead += m_done ? 0 : 1;
            return !m_done;
        }
        switchToQt();
    }
    if (!m_query.next())
        return false;
    ++m_rowsRead;
    return true;
}

qint64 RowReader::integer(int column) const
{
    return m_onQt ? m_query.value(column).toLongLong() : sqlite3_column_int64(m_statement.get(), column);
}

QString RowReader::text(int column) const
{
    if (m_onQt)
        return m_query.value(column).toString();
    const auto* utf8 = reinterpret_cast<const char*>(sqlite3_column_text(m_statement.get(), column));
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement.get(), column));
}

QByteArray RowReader::blob(int column) const
{
    if (m_onQt)
        return m_query.value(column).toByteArray();
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_statement.get(), column));
    return QByteArray(bytes, sqlite3_column_bytes(m_statement.get(), column));
}

bool RowReader::isNull(int column) const
{
    return m_onQt ? m_query.isNull(column) : sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

} // namespace jifen
