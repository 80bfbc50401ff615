// LedgerCopy: a whole ledger between engines. In the server run (tests/run-on-postgres.sh) dbPath() is a server
// database, so the copies below go from a server to a file and from the file back to a server.
#include "TestSupport.h"
#include "model/IdNumber.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/LedgerCopy.h"
#include "storage/LedgerVerifier.h"
#include "storage/StorageError.h"

#include <QSqlQuery>

using namespace jifen;

namespace {

qint64 rows(Database& db, const QString& table)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    Database::exec(query);
    query.next();
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("a copied ledger holds every row, verifies with the same chain head, and copies back the same")
{
    test::TempDir dir;
    test::TempDir back;
    Database source(dir.dbPath());
    test::fillSmallLedger(source);
    const LedgerVerifier::Result original = LedgerVerifier(source).run();
    REQUIRE(original.ok());

    const QString file = dir.filePath(QStringLiteral("copy.sqlite"));
    {
        Database copy(file);
        LedgerCopy::run(source, copy);
        const LedgerVerifier::Result copied = LedgerVerifier(copy).run();
        CHECK(copied.ok());
        CHECK(copied.headHash == original.headHash);
        CHECK(copied.auditRecords == original.auditRecords);
        for (const QString& table : LedgerCopy::tables()) {
            INFO(table.toStdString());
            CHECK(rows(copy, table) == rows(source, table));
        }
    }
    Database file2(file);
    Database again(back.dbPath());
    LedgerCopy::run(file2, again);
    CHECK(LedgerVerifier(again).run().headHash == original.headHash);
    // Ids continue after the copied ones: the copy takes new entries like the original.
    Ledger ledger(again, Actor::singleUser(QStringLiteral("tester")));
    const qint64 member = ledger.memberByIdNumber(QStringLiteral("11010519491231002X"))->id;
    const qint64 next = ledger.addEntry(member, ledger.ruleByCode(QStringLiteral("A05"))->id, QDate(2026, 4, 1), 1, {});
    CHECK(next == rows(source, QStringLiteral("entries")) + 1);
    CHECK(LedgerVerifier(again).run().ok());
}

TEST_CASE("a ledger is copied only into an empty one, which a refused copy leaves as it was")
{
    test::TempDir dir;
    Database source(dir.dbPath());
    test::fillSmallLedger(source);
    Database target(dir.filePath(QStringLiteral("busy.sqlite")));
    Ledger ledger(target, Actor::singleUser(QStringLiteral("tester")));
    Member m;
    m.name = QStringLiteral("李四");
    m.idNumber = QStringLiteral("11010119800101001") + IdNumber::checkDigit(QStringLiteral("11010119800101001"));
    m.branchId = ledger.ensureBranch(QStringLiteral("支部"));
    ledger.addMember(m);
    try {
        LedgerCopy::run(source, target);
        FAIL("copied over a ledger with members");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Constraint);
    }
    CHECK(rows(target, QStringLiteral("members")) == 1);
    CHECK(LedgerVerifier(target).run().ok());
}

TEST_CASE("a cancelled copy writes nothing")
{
    test::TempDir dir;
    Database source(dir.dbPath());
    test::fillSmallLedger(source);
    Database target(dir.filePath(QStringLiteral("target.sqlite")));
    CHECK_THROWS_AS(LedgerCopy::run(source, target, [](qint64, qint64) { return false; }), StorageError);
    for (const QString& table : {QStringLiteral("branches"), QStringLiteral("members"), QStringLiteral("entries"),
                                 QStringLiteral("audit_log")})
        CHECK(rows(target, table) == 0);
}

TEST_CASE("the copy knows every table of the schema", "[sqlite]")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    QSqlQuery query = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> "
                                                "'schema_info' ORDER BY name"));
    Database::exec(query);
    QStringList schema;
    while (query.next())
        schema << query.value(0).toString();
    QStringList copied = LedgerCopy::tables();
    copied.sort();
    CHECK(copied == schema);
}
