#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray& value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QDate> {
    static std::string convert(const QDate& value) { return value.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch

namespace jifen {
class Database;
}

namespace jifen::test {

// Absolute path of a file under tests/data.
QString fixturePath(const QString& name);
QByteArray readFixture(const QString& name);

// The PostgreSQL server the suite also runs against (tests/postgres-server.sh prints its URL), from
// JIFEN_TEST_POSTGRES; empty when the suite runs on SQLite alone.
QString testServer();

// Runs SQL on the ledger at `location` (a file or a server URL) through a connection of its own, as another tool
// (the sqlite3 shell, psql) would. With Triggers::Bypass the append-only triggers are switched off first and put back
// afterwards, as someone tampering with the ledger would do. Fails the test when a statement fails.
enum class Triggers { Keep, Bypass };
void rawExec(const QString& location, const QStringList& statements, Triggers triggers = Triggers::Keep);
// A hash of everything the ledger at `location` holds: every table's rows (the audit log, operators and settings
// included) in a fixed order, read through a connection of its own. Equal before and after a command means the
// command changed nothing.
QByteArray ledgerHash(const QString& location);
// The statements that made a SQLite ledger at schema `version` as that release wrote it: the first `version` migration
// steps and the schema_info stamp. For rawExec, to test upgrades.
QStringList sqliteSchemaAt(int version);

// Writes through Jifen a small ledger with every kind of audited record: rule A05 (3 points, at most 3 a month), the
// award YXDY, grade bands 优秀 and 合格, base points 10; the branch 第一党支部 under 机关党总支; the member 张三
// (11010519491231002X) in it; entries 1 (2026-03-01, reversed) and 2 (2026-03-02); her phone changed afterwards.
void fillSmallLedger(Database& db);
// 张三's ID number on the small ledger.
inline const QString smallLedgerZhang = QStringLiteral("11010519491231002X");

// A valid ID number (its check digit right) of someone born 1980-01-01 in 东城区, one for each serial from 0 to 999.
QString validIdNumber(int serial);

class TempDir;

// The number of rows in `table`.
int rowCount(Database& db, const QString& table);
// Writes `bytes` to the file `name` in `dir` and returns its path.
QString writeFile(const TempDir& dir, const QString& name, const QByteArray& bytes);
void fillSmallLedger(const QString& location);

// A fresh directory for one test, removed afterwards. dbPath() is the test's ledger: a file inside the directory, or,
// when JIFEN_TEST_POSTGRES names a server, a fresh database on it (the URL), dropped with the directory. Tests about
// the file itself (permissions, journal, backups of the file) carry the tag [sqlite] and are left out of the server
// run; they use filePath() for their files.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    QString dbPath() const;

private:
    QTemporaryDir m_dir;
    mutable QString m_serverDatabase; // created on the first dbPath() when testing against a server
};

} // namespace jifen::test
