#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/LedgerVerifier.h"
#include "storage/StorageError.h"

using namespace jifen;

namespace {

struct Rules
{
    test::TempDir dir;
    Database db {dir.dbPath()};
    Ledger ledger {db, Actor::singleUser(QStringLiteral("tester"))};
    RuleVersion v;

    Rules()
    {
        v.name = QStringLiteral("参加党课");
        v.points = 300;
        ledger.saveRuleVersion(QStringLiteral("A04"), v, QDate());
    }
};

} // namespace

TEST_CASE("taking back a rule's change from a date leaves the earlier versions, audited and verifiable")
{
    Rules r;
    RuleVersion changed = r.v;
    changed.points = 400;
    const QDate from = QDate::currentDate().addDays(-3);
    r.ledger.saveRuleVersion(QStringLiteral("A04"), changed, from);
    REQUIRE(r.ledger.ruleByCode(QStringLiteral("A04"))->versions.size() == 2);
    r.ledger.removeRuleVersion(QStringLiteral("A04"), from);
    const auto rule = r.ledger.ruleByCode(QStringLiteral("A04"));
    REQUIRE(rule->versions.size() == 1);
    CHECK(rule->versionAt(QDate::currentDate()).points == 300);
    CHECK(r.ledger.audit().recent(1).constFirst().action == QStringLiteral("rule.version.remove"));
    CHECK(LedgerVerifier(r.db).run().ok());
}

TEST_CASE("taking back a rule's first version removes the rule, unless entries use it")
{
    Rules r;
    r.ledger.removeRuleVersion(QStringLiteral("A04"), QDate());
    CHECK_FALSE(r.ledger.ruleByCode(QStringLiteral("A04")).has_value());
    CHECK(LedgerVerifier(r.db).run().ok());

    r.ledger.saveRuleVersion(QStringLiteral("A04"), r.v, QDate());
    const qint64 branch = r.ledger.ensureBranch(QStringLiteral("第一党支部"));
    Member m;
    m.name = QStringLiteral("张三");
    m.idNumber = QStringLiteral("11010519491231002X");
    m.branchId = branch;
    const qint64 member = r.ledger.addMember(m);
    r.ledger.addEntry(member, r.ledger.ruleByCode(QStringLiteral("A04"))->id, QDate::currentDate(), 1, {});
    CHECK_THROWS_AS(r.ledger.removeRuleVersion(QStringLiteral("A04"), QDate()), StorageError);
    CHECK(r.ledger.ruleByCode(QStringLiteral("A04")).has_value());
}

TEST_CASE("a second change of a rule from the same date replaces the first")
{
    Rules r;
    const QDate from = QDate::currentDate();
    RuleVersion changed = r.v;
    changed.points = 400;
    r.ledger.saveRuleVersion(QStringLiteral("A04"), changed, from);
    changed.points = 500;
    r.ledger.saveRuleVersion(QStringLiteral("A04"), changed, from);
    const auto rule = r.ledger.ruleByCode(QStringLiteral("A04"));
    REQUIRE(rule->versions.size() == 2);
    CHECK(rule->versionAt(from).points == 500);
    CHECK(LedgerVerifier(r.db).run().ok());
}

TEST_CASE("an empty branch can be removed and re-created under its old id")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    Ledger ledger(db, Actor::singleUser(QStringLiteral("tester")));
    Branch branch;
    branch.name = QStringLiteral("第三党支部");
    branch.id = ledger.addBranch(branch);
    ledger.removeBranch(branch.id);
    CHECK_FALSE(ledger.branchByName(branch.name).has_value());
    CHECK(ledger.addBranch(branch) == branch.id);
    CHECK(LedgerVerifier(db).run().ok());

    Member m;
    m.name = QStringLiteral("张三");
    m.idNumber = QStringLiteral("11010519491231002X");
    m.branchId = branch.id;
    ledger.addMember(m);
    CHECK_THROWS_AS(ledger.removeBranch(branch.id), StorageError);
}

TEST_CASE("a removed member can be re-created under the old id")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    Ledger ledger(db, Actor::singleUser(QStringLiteral("tester")));
    Member m;
    m.name = QStringLiteral("张三");
    m.idNumber = QStringLiteral("11010519491231002X");
    m.branchId = ledger.ensureBranch(QStringLiteral("第一党支部"));
    m.id = ledger.addMember(m);
    ledger.removeMember(m.id);
    CHECK(ledger.addMember(m) == m.id);
    CHECK(ledger.member(m.id)->name == QStringLiteral("张三"));
    CHECK(LedgerVerifier(db).run().ok());
}
