#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/LedgerVerifier.h"
#include "storage/OpinionLog.h"
#include "storage/Pledges.h"
#include "storage/StorageError.h"

#include <QSqlQuery>

using namespace jifen;

namespace {

RuleSet pledgeRuleSet()
{
    RuleSet set;
    RuleVersion fulfilled;
    fulfilled.name = QStringLiteral("履行党员承诺践诺");
    fulfilled.category = QStringLiteral("奖励");
    fulfilled.points = 200;
    RuleVersion unfulfilled;
    unfulfilled.name = QStringLiteral("未履行承诺");
    unfulfilled.category = QStringLiteral("扣减");
    unfulfilled.points = -100;
    set.rules << Rule {0, QStringLiteral("B03"), {fulfilled}} << Rule {0, QStringLiteral("C09"), {unfulfilled}};
    set.pledgeRules = PledgeRules {QStringLiteral("B03"), QString(), QStringLiteral("C09")};
    return set;
}

struct PledgesFixture {
    test::TempDir dir;
    Database db {dir.dbPath()};
    Ledger ledger {db, Actor::singleUser(QStringLiteral("tester"))};
    Pledges pledges {ledger};
    qint64 member = 0;
    int lastYear = QDate::currentDate().year() - 1;

    PledgesFixture()
    {
        ledger.importRuleSet(pledgeRuleSet(), QDate());
        Member m;
        m.name = QStringLiteral("张三");
        m.idNumber = QStringLiteral("11010519491231002X");
        m.branchId = ledger.ensureBranch(QStringLiteral("第一党支部"));
        m.joinDate = QDate(1975, 7, 1);
        member = ledger.addMember(m);
    }

    int count(const QString& table)
    {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
};

} // namespace

TEST_CASE("a pledge review writes the linked rule's entry, dated within the pledge's year and not after today")
{
    PledgesFixture f;
    const qint64 past = f.pledges.add(f.member, f.lastYear, QStringLiteral("带头完成年度学习计划"),
                                      QDate(f.lastYear, 6, 30));
    const qint64 current = f.pledges.add(f.member, f.lastYear + 1, QStringLiteral("结对帮扶一户困难群众"));
    f.pledges.review(past, PledgeResult::Fulfilled, QStringLiteral("按期完成"));
    f.pledges.review(current, PledgeResult::Fulfilled, QString());

    const Pledge p = *f.pledges.pledge(past);
    REQUIRE(p.review);
    CHECK(p.review->result == PledgeResult::Fulfilled);
    CHECK(p.review->note == u"按期完成");
    CHECK(p.review->reviewedBy == u"tester");
    CHECK(p.due == QDate(f.lastYear, 6, 30));
    const auto entry = f.ledger.entry(p.review->entryId);
    REQUIRE(entry);
    CHECK(entry->ruleId == f.ledger.ruleByCode(QStringLiteral("B03"))->id);
    CHECK(entry->date == QDate(f.lastYear, 12, 31)); // reviewed after the year: its last day
    CHECK(entry->counted());
    CHECK(f.ledger.entry(f.pledges.pledge(current)->review->entryId)->date == QDate::currentDate());
    CHECK(LedgerVerifier(f.db).run().ok());
}

TEST_CASE("a correcting review supersedes the old one, keeps both, and reverses the old entry")
{
    PledgesFixture f;
    const qint64 id = f.pledges.add(f.member, f.lastYear, QStringLiteral("每月参加一次志愿服务"));
    const qint64 first = f.pledges.review(id, PledgeResult::Fulfilled, QString());
    const qint64 firstEntry = f.pledges.pledge(id)->review->entryId;
    const qint64 second = f.pledges.review(id, PledgeResult::Partly, QStringLiteral("下半年未参加"));

    const QList<PledgeReview> reviews = f.pledges.reviews(id);
    REQUIRE(reviews.size() == 2);
    CHECK(reviews[0].id == first);
    CHECK(reviews[1].id == second);
    CHECK(reviews[1].supersedesId == first);
    const Pledge p = *f.pledges.pledge(id);
    CHECK(p.review->id == second);
    CHECK(p.review->result == PledgeResult::Partly);
    CHECK(p.review->entryId == 0); // 部分践诺 is linked to no rule
    CHECK(f.ledger.entry(firstEntry)->reversed);

    f.pledges.review(id, PledgeResult::Unfulfilled, QString());
    const auto entry = f.ledger.entry(f.pledges.pledge(id)->review->entryId);
    REQUIRE(entry);
    CHECK(entry->ruleId == f.ledger.ruleByCode(QStringLiteral("C09"))->id);
    CHECK(f.pledges.reviews(id).size() == 3);
    CHECK(f.count(QStringLiteral("entries")) == 2);
    CHECK(LedgerVerifier(f.db).run().ok());
}

TEST_CASE("a pledge review that changes nothing, or of a year not begun, is refused and writes nothing")
{
    PledgesFixture f;
    const qint64 id = f.pledges.add(f.member, f.lastYear, QStringLiteral("学习"));
    f.pledges.review(id, PledgeResult::Fulfilled, QStringLiteral("好"));
    const int audit = f.count(QStringLiteral("audit_log"));
    CHECK_THROWS_AS(f.pledges.review(id, PledgeResult::Fulfilled, QStringLiteral("好")), StorageError);
    const qint64 next = f.pledges.add(f.member, f.lastYear + 2, QStringLiteral("明年的承诺"));
    CHECK_THROWS_AS(f.pledges.review(next, PledgeResult::Fulfilled, QString()), StorageError);
    CHECK(f.count(QStringLiteral("pledge_reviews")) == 1);
    CHECK(f.count(QStringLiteral("entries")) == 1);
    CHECK(f.count(QStringLiteral("audit_log")) == audit + 1); // the second pledge only
    CHECK_THROWS_AS(f.pledges.add(f.member, 1970, QStringLiteral("入党前"), QDate()), StorageError);
    CHECK_THROWS_AS(f.pledges.add(f.member, f.lastYear, QStringLiteral("  "), QDate()), StorageError);
}

TEST_CASE("pledges and their reviews are append-only")
{
    PledgesFixture f;
    const qint64 id = f.pledges.add(f.member, f.lastYear, QStringLiteral("学习"));
    f.pledges.review(id, PledgeResult::Fulfilled, QString());
    OpinionLog(f.ledger).record({f.member}, f.lastYear, f.lastYear, QString());
    QSqlQuery query(f.db.connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE pledges SET text = 'x'")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM pledge_reviews")));
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE opinion_issues SET opinion = 'x'")));
}

TEST_CASE("the rule set's pledge_rules are kept in the ledger, audited, and refuse a rule that does not exist")
{
    PledgesFixture f;
    CHECK(f.ledger.ruleSet().pledgeRules == pledgeRuleSet().pledgeRules);
    CHECK_THROWS_AS(f.ledger.savePledgeRules(PledgeRules {QStringLiteral("Z99"), {}, {}}), StorageError);
    CHECK(f.ledger.savePledgeRules(PledgeRules {}));
    CHECK(f.ledger.pledgeRules().isEmpty());
    // Without a link a review writes no entry.
    const qint64 id = f.pledges.add(f.member, f.lastYear, QStringLiteral("学习"));
    f.pledges.review(id, PledgeResult::Fulfilled, QString());
    CHECK(f.pledges.pledge(id)->review->entryId == 0);
    CHECK(LedgerVerifier(f.db).run().ok());
}

TEST_CASE("pledges are listed by year, member and branch with their current review")
{
    PledgesFixture f;
    Member other;
    other.name = QStringLiteral("李四");
    other.idNumber = QStringLiteral("110105194912310038");
    other.branchId = f.ledger.ensureBranch(QStringLiteral("第二党支部"));
    const qint64 li = f.ledger.addMember(other);
    const qint64 a = f.pledges.add(f.member, f.lastYear, QStringLiteral("甲"));
    f.pledges.add(li, f.lastYear, QStringLiteral("乙"));
    f.pledges.add(f.member, f.lastYear + 1, QStringLiteral("丙"));
    f.pledges.review(a, PledgeResult::Fulfilled, QString());
    CHECK(f.pledges.list({}).size() == 3);
    CHECK(f.pledges.list({f.lastYear, 0, 0}).size() == 2);
    CHECK(f.pledges.list({std::nullopt, li, 0}).constFirst().text == u"乙");
    const QList<Pledge> first = f.pledges.list({f.lastYear, 0, f.ledger.branchByName(QStringLiteral("第一党支部"))->id});
    REQUIRE(first.size() == 1);
    CHECK(first[0].review->result == PledgeResult::Fulfilled);
    CHECK(first[0].memberName == u"张三");
    CHECK(first[0].branchName == u"第一党支部");
}
