#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/ScoreStore.h"
#include "storage/SqliteHandle.h"
#include "storage/StorageError.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>
#include <sqlite3.h>

using namespace jifen;

TEST_CASE("a new ledger is created at the latest schema and, with the journal kept beside it, is readable by its "
          "owner only",
          "[sqlite]")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    const auto ownerOnly
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
    CHECK(QFileInfo(dir.dbPath()).permissions() == ownerOnly);
    const QFileInfo journal(dir.dbPath() + QStringLiteral("-journal")); // left by the commit that made the ledger
    REQUIRE(journal.exists());
    CHECK(journal.permissions() == ownerOnly);
}

TEST_CASE("a ledger keeps a rollback journal, which works on a shared drive, between commits, and syncs every commit "
          "in full",
          "[sqlite]")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    QSqlQuery mode(db.connection());
    REQUIRE(mode.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(mode.next());
    CHECK(mode.value(0).toString() == QStringLiteral("persist"));
    mode.finish();
    // A large transaction's journal does not stay large.
    REQUIRE(mode.exec(QStringLiteral("PRAGMA journal_size_limit")));
    REQUIRE(mode.next());
    CHECK(mode.value(0).toLongLong() == 1024 * 1024);
    QSqlQuery sync(db.connection());
    REQUIRE(sync.exec(QStringLiteral("PRAGMA synchronous")));
    REQUIRE(sync.next());
    CHECK(sync.value(0).toInt() == 2); // FULL: a commit is on disk before it is reported done
}

TEST_CASE("a new ledger is made whole or not at all", "[sqlite]")
{
    test::TempDir dir;
    // A table of the last migration step is in the way, so making the ledger fails at its end.
    test::rawExec(dir.dbPath(), {QStringLiteral("CREATE TABLE search_keys_info (x)")});
    CHECK_THROWS_AS(Database(dir.dbPath()), StorageError);
    const auto tables = [&dir] {
        QStringList names;
        const QString connection = QStringLiteral("tables");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            raw.setDatabaseName(dir.dbPath());
            REQUIRE(raw.open());
            QSqlQuery query(raw);
            REQUIRE(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
            while (query.next())
                names << query.value(0).toString();
        }
        QSqlDatabase::removeDatabase(connection);
        return names;
    };
    CHECK(tables() == QStringList {QStringLiteral("search_keys_info")});
}

TEST_CASE("an older schema is migrated step by step after the file is backed up", "[sqlite]")
{
    test::TempDir dir;
    // A version-1 ledger, made from the first migration step exactly as an early release wrote it.
    test::rawExec(dir.dbPath(),
                  test::sqliteSchemaAt(1)
                      << QStringLiteral("INSERT INTO branches (name, kind) VALUES ('第一党支部', 'branch')"));

    Database db(dir.dbPath());
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    QSqlQuery operators(db.connection());
    CHECK(operators.exec(QStringLiteral("SELECT COUNT(*) FROM operators")));
    CHECK(Ledger(db, Actor::singleUser({})).branchByName(QStringLiteral("第一党支部")).has_value());

    const QString backup = dir.dbPath() + QStringLiteral(".bak-v1");
    REQUIRE(QFileInfo::exists(backup));
    QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
    old.setDatabaseName(backup);
    REQUIRE(old.open());
    {
        QSqlQuery version(old);
        REQUIRE(version.exec(QStringLiteral("SELECT version FROM schema_info")));
        REQUIRE(version.next());
        CHECK(version.value(0).toInt() == 1);
    }
    old.close();
    old = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));
}

namespace {

// A ledger at schema `version` as that release wrote it: 张三 in 第一党支部, the rule A01 (三会一课, 2 points a time,
// at most `capMonth` hundredths a month when given) and an A01 entry on each of `dates`, the score cache stale.
QStringList ledgerAt(int version, std::optional<int> capMonth, std::initializer_list<const char*> dates)
{
    QStringList sql = test::sqliteSchemaAt(version);
    sql << QStringLiteral("INSERT INTO branches (id, name, kind) VALUES (1, '第一党支部', 'branch')")
        << QStringLiteral(
               "INSERT INTO members (id, name, id_number, branch_id) VALUES (1, '张三', '11010519491231002X', 1)")
        << QStringLiteral("INSERT INTO rules (id, code) VALUES (1, 'A01')")
        << QStringLiteral("INSERT INTO rule_versions (rule_id, name, points, cap_month, created_by, created_at)"
                          " VALUES (1, '三会一课', 200, %1, 'clerk', '2025-01-01T00:00:00.000Z')")
               .arg(capMonth ? QString::number(*capMonth) : QStringLiteral("NULL"))
        << QStringLiteral("UPDATE derived_state SET value = 'stale' WHERE name = 'score_cache'");
    for (const char* date : dates)
        sql << QStringLiteral("INSERT INTO entries (member_id, rule_id, date, quantity, entered_by, entered_at)"
                              " VALUES (1, 1, '%1', 1, 'clerk', '2025-08-01T00:00:00.000Z')")
                   .arg(QLatin1String(date));
    return sql;
}

} // namespace

TEST_CASE("upgrading drops the entries' date-only index, and a month's entries are still listed in full", "[sqlite]")
{
    test::TempDir dir;
    // A version-6 ledger with entries in June and July, written as that release wrote it.
    test::rawExec(dir.dbPath(),
                  ledgerAt(6, std::nullopt, {"2025-06-30", "2025-07-01", "2025-06-01", "2025-05-31", "2025-06-15"}));

    Database db(dir.dbPath());
    REQUIRE(db.schemaVersion() == Database::latestSchemaVersion());
    QStringList indexes;
    for (RowReader query(db,
                         QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entries'"
                                        " AND sql IS NOT NULL ORDER BY name"));
         query.next();)
        indexes << query.text(0);
    CHECK(indexes == QStringList {QStringLiteral("entries_member_date")});

    QList<qint64> june;
    for (const ScoredEntry& row : ScoreStore(db).entries(std::nullopt, Period::month(2025, 6)))
        june << row.entry.id;
    CHECK(june == QList<qint64> {3, 5, 1}); // by date, each of June's entries once
}

TEST_CASE("upgrading widens entries_member_date to hold what a member-year's score is computed from", "[sqlite]")
{
    test::TempDir dir;
    // A version-11 ledger with one member's entries, written as that release wrote it.
    test::rawExec(dir.dbPath(), ledgerAt(11, 300, {"2025-06-01", "2025-06-15", "2025-07-01"}));

    Database db(dir.dbPath());
    REQUIRE(db.schemaVersion() == Database::latestSchemaVersion());
    QStringList columns;
    for (RowReader query(db, QStringLiteral("SELECT name FROM pragma_index_info('entries_member_date') ORDER BY seqno"));
         query.next();)
        columns << query.text(0);
    CHECK(columns
          == QStringList {QStringLiteral("member_id"), QStringLiteral("date"), QStringLiteral("rule_id"),
                          QStringLiteral("quantity"), QStringLiteral("needs_review")});
    // The columns the score cache reads of a member-year's entries come from the index, without the table's rows.
    QStringList plan;
    for (RowReader query(db, QStringLiteral("EXPLAIN QUERY PLAN SELECT id, member_id, rule_id, date, quantity,"
                                            " needs_review FROM entries WHERE member_id = 1"
                                            " AND date BETWEEN '2025-01-01' AND '2025-12-31'"));
         query.next();)
        plan << query.text(3);
    CHECK(plan.join(u'\n').contains(QStringLiteral("COVERING INDEX entries_member_date")));

    // An entry made on the upgraded ledger scores its member-year from the index: July's second entry reaches the
    // rule's monthly cap of 3 points, as June's two did.
    const auto months = [&db] {
        const QList<MemberYearScore> years = ScoreStore(db).countedMemberYears(2025);
        REQUIRE(years.size() == 1);
        return years.constFirst().months;
    };
    CHECK(months()[5] == 300);
    CHECK(months()[6] == 200);
    Ledger ledger(db, Actor::singleUser(QStringLiteral("clerk")));
    ledger.addEntry(1, 1, QDate(2025, 7, 2), 1, {});
    CHECK(months()[5] == 300);
    CHECK(months()[6] == 300);
}

TEST_CASE("a new ledger is made with 8 KiB pages, and a ledger made before keeps its page size", "[sqlite]")
{
    const auto pageSize = [](const Database& db) {
        RowReader query(db, QStringLiteral("PRAGMA page_size"));
        REQUIRE(query.next());
        return query.integer(0);
    };
    test::TempDir dir;
    {
        Database db(dir.dbPath());
        CHECK(pageSize(db) == 8192);
    }
    const QString older = dir.path() + QStringLiteral("/older.sqlite");
    test::rawExec(older, QStringList {QStringLiteral("PRAGMA page_size = 4096")} << test::sqliteSchemaAt(11));
    Database db(older);
    REQUIRE(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(pageSize(db) == 4096);
}

TEST_CASE("a ledger written by a newer version is refused, not downgraded")
{
    test::TempDir dir;
    { Database db(dir.dbPath()); }
    test::rawExec(dir.dbPath(), {QStringLiteral("UPDATE schema_info SET version = 999")});
    try {
        Database db(dir.dbPath());
        FAIL("a newer schema was opened");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Schema);
        CHECK(error.message().contains(QStringLiteral("newer")));
    }
}

TEST_CASE("a file that is not a database is refused with a clear message", "[sqlite]")
{
    test::TempDir dir;
    QFile file(dir.dbPath());
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    try {
        Database db(dir.dbPath());
        FAIL("a text file was opened as a ledger");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Schema);
        CHECK(error.message().contains(QStringLiteral("not a Jifen database")));
    }
}

TEST_CASE("a ledger another program holds locked is reported busy, not foreign", "[sqlite]")
{
    test::TempDir dir;
    {
        Database db(dir.dbPath());
    }
    // Another program in the middle of a long commit: an exclusive lock, held past the busy timeout (10 s).
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(dir.dbPath()).constData(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
    try {
        Database db(dir.dbPath());
        FAIL("a locked ledger was opened");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Busy);
        CHECK(error.message().contains(QStringLiteral("in use")));
    }
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
}

TEST_CASE("foreign keys are enforced")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    QSqlQuery query(db.connection());
    CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO members (id_number, name, branch_id) VALUES ('x', 'y', 42)")));
}

TEST_CASE("entries, reversals and the audit log cannot be updated or deleted")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    Ledger ledger(db, Actor::singleUser(QStringLiteral("tester")));
    ledger.ensureBranch(QStringLiteral("支部"));
    for (const char* sql : {"UPDATE audit_log SET operator = 'someone else'", "DELETE FROM audit_log",
                            "UPDATE entries SET quantity = 2", "DELETE FROM entries", "DELETE FROM reversals"}) {
        QSqlQuery query(db.connection());
        INFO(sql);
        if (QLatin1String(sql).contains(QLatin1String("audit_log")))
            CHECK_FALSE(query.exec(QLatin1String(sql)));
        else
            CHECK((!query.exec(QLatin1String(sql)) || query.numRowsAffected() == 0));
    }
    QSqlQuery count(db.connection());
    REQUIRE(count.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 1);
}

TEST_CASE("RowReader binds and reads numbers, text and NULL alike on every engine, and stays at the end")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    const qint64 big = 9007199254740993; // beyond a double's exact integers
    const QString name = QStringLiteral("张三 𠮷 O'Neil");
    RowReader reader(db, QStringLiteral("SELECT CAST(? AS BIGINT), CAST(? AS TEXT), NULL"), {big, name});
    REQUIRE(reader.next());
    CHECK(reader.integer(0) == big);
    CHECK(reader.text(1) == name);
    CHECK_FALSE(reader.isNull(0));
    CHECK(reader.isNull(2));
    CHECK_FALSE(reader.next());
    CHECK_FALSE(reader.next()); // not run again from the start
}
