#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/Operators.h"
#include "storage/StorageError.h"

#include <QSqlQuery>

using namespace jifen;

namespace {

const QString password = QStringLiteral("correct horse");

struct OperatorsFixture {
    test::TempDir dir;
    Database db{dir.dbPath()};
};

} // namespace

TEST_CASE("the first operator must be an administrator and ends single-user mode")
{
    OperatorsFixture f;
    Ledger single(f.db, Actor::singleUser(QStringLiteral("first")));
    CHECK_THROWS_AS(Operators::add(single, QStringLiteral("clerk"), Actor::Role::Clerk, password), StorageError);
    Operators::add(single, QStringLiteral("管理员"), Actor::Role::Admin, password);
    CHECK(Operators::any(f.db));
    CHECK_THROWS_AS(Ledger(f.db, Actor::singleUser(QStringLiteral("anyone"))), StorageError);
    const Actor admin = Operators::authenticate(f.db, QStringLiteral("管理员"), password);
    CHECK(admin.role == Actor::Role::Admin);
}

TEST_CASE("passwords are stored as Argon2id hashes and short ones are refused")
{
    OperatorsFixture f;
    Ledger single(f.db, Actor::singleUser({}));
    CHECK_THROWS_AS(Operators::add(single, QStringLiteral("admin"), Actor::Role::Admin, QStringLiteral("short")),
                    StorageError);
    Operators::add(single, QStringLiteral("admin"), Actor::Role::Admin, password);
    QSqlQuery query(f.db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT password_hash FROM operators")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(query.value(0).toString().contains(password));
}

TEST_CASE("a wrong password and an unknown name get the same answer, and repeated failures impose a delay")
{
    OperatorsFixture f;
    Ledger single(f.db, Actor::singleUser({}));
    Operators::add(single, QStringLiteral("admin"), Actor::Role::Admin, password);
    QString unknown, wrong;
    try {
        Operators::authenticate(f.db, QStringLiteral("nobody"), password);
    } catch (const StorageError& e) {
        unknown = e.message();
    }
    for (int i = 0; i < 3; ++i) {
        try {
            Operators::authenticate(f.db, QStringLiteral("admin"), QStringLiteral("wrong password"));
        } catch (const StorageError& e) {
            wrong = e.message();
        }
    }
    CHECK(unknown == wrong);
    // Three failures: even the right password must now wait.
    try {
        Operators::authenticate(f.db, QStringLiteral("admin"), password);
        FAIL("the delay after three failures was not applied");
    } catch (const StorageError& e) {
        CHECK(e.message().contains(QStringLiteral("try again in")));
    }
    CHECK(Operators::delaySeconds(2) == 0);
    CHECK(Operators::delaySeconds(3) == 2);
    CHECK(Operators::delaySeconds(4) == 4);
    CHECK(Operators::delaySeconds(40) == 300);
}

TEST_CASE("only an administrator manages operators and the last administrator stays active")
{
    OperatorsFixture f;
    {
        Ledger single(f.db, Actor::singleUser({}));
        Operators::add(single, QStringLiteral("admin"), Actor::Role::Admin, password);
    }
    Ledger admin(f.db, Operators::authenticate(f.db, QStringLiteral("admin"), password));
    Operators::add(admin, QStringLiteral("clerk"), Actor::Role::Clerk, password);
    Ledger clerk(f.db, Operators::authenticate(f.db, QStringLiteral("clerk"), password));
    CHECK_THROWS_AS(Operators::add(clerk, QStringLiteral("x"), Actor::Role::Admin, password), StorageError);
    CHECK_THROWS_AS(Operators::setActive(clerk, QStringLiteral("admin"), false), StorageError);
    CHECK_THROWS_AS(Operators::setPassword(clerk, QStringLiteral("admin"), QStringLiteral("new password")),
                    StorageError);
    Operators::setPassword(clerk, QStringLiteral("clerk"), QStringLiteral("new password"));
    CHECK_THROWS_AS(Operators::setActive(admin, QStringLiteral("admin"), false), StorageError);
    Operators::setActive(admin, QStringLiteral("clerk"), false);
    CHECK_THROWS_AS(Operators::authenticate(f.db, QStringLiteral("clerk"), QStringLiteral("new password")),
                    StorageError);
}

TEST_CASE("with review on, an entry waits until a second person approves or rejects it")
{
    OperatorsFixture f;
    Ledger single(f.db, Actor::singleUser({}));
    RuleSet rules;
    RuleVersion v;
    v.name = QStringLiteral("党课");
    v.points = 200;
    rules.rules << Rule{0, QStringLiteral("A04"), {v}};
    single.importRuleSet(rules, QDate());
    Member m;
    m.name = QStringLiteral("张三");
    m.idNumber = QStringLiteral("11010519491231002X");
    m.branchId = single.ensureBranch(QStringLiteral("第一党支部"));
    const qint64 member = single.addMember(m);
    single.setSetting(QStringLiteral("review_enabled"), QStringLiteral("1"));
    Operators::add(single, QStringLiteral("admin"), Actor::Role::Admin, password);

    Ledger admin(f.db, Operators::authenticate(f.db, QStringLiteral("admin"), password));
    Operators::add(admin, QStringLiteral("clerk"), Actor::Role::Clerk, password);
    Operators::add(admin, QStringLiteral("reviewer"), Actor::Role::Reviewer, password);
    Ledger clerk(f.db, Operators::authenticate(f.db, QStringLiteral("clerk"), password));
    Ledger reviewer(f.db, Operators::authenticate(f.db, QStringLiteral("reviewer"), password));

    const qint64 rule = clerk.ruleByCode(QStringLiteral("A04"))->id;
    const qint64 first = clerk.addEntry(member, rule, QDate(2026, 3, 1), 1, {});
    const qint64 second = clerk.addEntry(member, rule, QDate(2026, 3, 2), 1, {});
    CHECK(clerk.entry(first)->review == Entry::Review::Pending);
    CHECK_FALSE(clerk.entry(first)->counted());
    CHECK(reviewer.pendingEntries().size() == 2);

    CHECK_THROWS_AS(clerk.reviewEntry(first, true, {}), StorageError); // a clerk may not review
    CHECK_THROWS_AS(reviewer.reviewEntry(second, false, QStringLiteral(" ")), StorageError); // a reason is needed
    reviewer.reviewEntry(first, true, {});
    reviewer.reviewEntry(second, false, QStringLiteral("活动未签到"));
    CHECK(clerk.entry(first)->counted());
    CHECK(clerk.entry(second)->review == Entry::Review::Rejected);
    CHECK_FALSE(clerk.entry(second)->counted());
    CHECK(reviewer.pendingEntries().isEmpty());
    CHECK_THROWS_AS(reviewer.reviewEntry(first, false, QStringLiteral("again")), StorageError);

    // An entry reversed while it waited has nothing left to review.
    const qint64 third = clerk.addEntry(member, rule, QDate(2026, 3, 3), 1, {});
    clerk.reverseEntry(third, QStringLiteral("录错"));
    try {
        reviewer.reviewEntry(third, true, {});
        FAIL("a reversed entry was approved");
    } catch (const StorageError& error) {
        CHECK(error.message().contains(QStringLiteral("reversed")));
    }
    CHECK_FALSE(clerk.entry(third)->counted());
}
