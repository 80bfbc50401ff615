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

// A ledger with branches (one under another), members, rules, entries, a reversal and a
// changed member: every table the copy must carry.
void fill(Database& db)
{
    Ledger ledger(db, Actor::singleUser(QStringLiteral("tester")));
    RuleSet rules;
    RuleVersion v;
    v.name = QStringLiteral("参加主题党日活动");
    v.points = 300;
    v.capMonth = 300;
    rules.rules << Rule {0, QStringLiteral("A05"), {v}};
    rules.grades << GradeBand {QStringLiteral("合格"), std::nullopt};
    rules.basePoints = 1000;
    ledger.importRuleSet(rules, QDate());
    Branch parent;
    parent.name = QStringLiteral("机关党总支");
    parent.kind = Branch::Kind::GeneralBranch;
    Branch branch;
    branch.name = QStringLiteral("第一党支部");
    branch.parentId = ledger.addBranch(parent);
    const qint64 child = ledger.addBranch(branch);
    Member m;
    m.name = QStringLiteral("张三");
    m.idNumber = QStringLiteral("11010519491231002X");
    m.branchId = child;
    const qint64 member = ledger.addMember(m);
    const qint64 rule = ledger.ruleByCode(QStringLiteral("A05"))->id;
    const qint64 first = ledger.addEntry(member, rule, QDate(2026, 3, 1), 1, {});
    ledger.addEntry(member, rule, QDate(2026, 3, 2), 1, QStringLiteral("备注"));
    ledger.reverseEntry(first, QStringLiteral("录入错误"));
    m = *ledger.member(member);
    m.phone = QStringLiteral("13812345678");
    ledger.updateMember(m);
}

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
    fill(source);
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
    fill(source);
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
    fill(source);
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
