#include "TestSupport.h"
#include "io/DemoData.h"
#include "storage/AuditQuery.h"
#include "storage/Database.h"
#include "storage/EntryQuery.h"
#include "storage/Ledger.h"
#include "storage/MemberLookup.h"

using namespace jifen;

namespace {

struct Office
{
    test::TempDir dir;
    Database db {dir.dbPath()};
    Ledger ledger {db, Actor::singleUser(QStringLiteral("张会计"))};
    qint64 first = ledger.ensureBranch(QStringLiteral("第一党支部"));
    qint64 second = ledger.ensureBranch(QStringLiteral("第二党支部"));
    int serial = 0;

    qint64 add(const QString& name, qint64 branch)
    {
        Member m;
        m.name = name;
        m.idNumber
            = DemoData::makeIdNumber(QStringLiteral("320102"), QDate(1975, 5, 1).addDays(serial * 13), true, serial);
        ++serial;
        m.branchId = branch;
        return ledger.addMember(m);
    }
    QStringList names(const QList<Member>& members) const
    {
        QStringList result;
        for (const Member& m : members)
            result << m.name;
        return result;
    }
};

} // namespace

TEST_CASE("a pasted list is split on new lines, commas, 、 and spaces")
{
    CHECK(MemberLookup::split(QStringLiteral("张三\n李四、王五，赵六, 陈七 孙八;周九\t吴十"))
          == QStringList {QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("王五"),
                          QStringLiteral("赵六"), QStringLiteral("陈七"), QStringLiteral("孙八"),
                          QStringLiteral("周九"), QStringLiteral("吴十")});
}

TEST_CASE("pasted names and ID numbers find current members, in the order pasted")
{
    Office o;
    o.add(QStringLiteral("张三"), o.first);
    const qint64 li = o.add(QStringLiteral("李四"), o.first);
    const QString liId = o.ledger.member(li)->idNumber;
    const auto result = MemberLookup::resolve(o.db, liId.toLower() + QStringLiteral("\n张三\n无名氏"));
    CHECK(o.names(result.found) == QStringList {QStringLiteral("李四"), QStringLiteral("张三")});
    CHECK(result.notFound == QStringList {QStringLiteral("无名氏")});
}

TEST_CASE("namesakes are reported unless the branch filter tells them apart")
{
    Office o;
    o.add(QStringLiteral("张伟"), o.first);
    o.add(QStringLiteral("张伟"), o.second);
    const auto everywhere = MemberLookup::resolve(o.db, QStringLiteral("张伟"));
    CHECK(everywhere.found.isEmpty());
    REQUIRE(everywhere.ambiguous.size() == 1);
    CHECK(everywhere.ambiguous[0].candidates.size() == 2);
    const auto inBranch = MemberLookup::resolve(o.db, QStringLiteral("张伟"), {o.second});
    REQUIRE(inBranch.found.size() == 1);
    CHECK(inBranch.found[0].branchId == o.second);
}

TEST_CASE("members marked 转出 are not found by a pasted list")
{
    Office o;
    const qint64 id = o.add(QStringLiteral("张三"), o.first);
    Member m = *o.ledger.member(id);
    m.status = QStringLiteral("转出");
    m.statusDate = QDate::currentDate();
    o.ledger.updateMember(m);
    const auto result = MemberLookup::resolve(o.db, QStringLiteral("张三"));
    CHECK(result.found.isEmpty());
    CHECK(result.notFound == QStringList {QStringLiteral("张三")});
}

TEST_CASE("a member is found by ID number and a rule by code, as their ids alone")
{
    Office o;
    const qint64 zhang = o.add(QStringLiteral("张三"), o.first);
    const qint64 li = o.add(QStringLiteral("李四"), o.second);
    RuleSet set;
    RuleVersion v;
    v.name = QStringLiteral("参加主题党日活动");
    v.points = 300;
    set.rules << Rule {0, QStringLiteral("A05"), {v}} << Rule {0, QStringLiteral("A06"), {v}};
    o.ledger.importRuleSet(set, QDate());

    CHECK(o.ledger.memberIdByIdNumber(o.ledger.member(li)->idNumber) == li);
    CHECK(o.ledger.memberIdByIdNumber(o.ledger.member(zhang)->idNumber) == zhang);
    CHECK_FALSE(o.ledger.memberIdByIdNumber(QStringLiteral("11010519491231002X")).has_value());
    CHECK(o.ledger.ruleIdByCode(QStringLiteral("A06")) == o.ledger.ruleByCode(QStringLiteral("A06"))->id);
    CHECK(o.ledger.ruleIdByCode(QStringLiteral("A05")) == o.ledger.ruleByCode(QStringLiteral("A05"))->id);
    CHECK_FALSE(o.ledger.ruleIdByCode(QStringLiteral("a05")).has_value()); // codes are exact, as the rule set has them
}

TEST_CASE("recent entries come newest first with the member, branch and the rule's points on the entry's date")
{
    Office o;
    const qint64 zhang = o.add(QStringLiteral("张三"), o.first);
    RuleSet set;
    RuleVersion v;
    v.name = QStringLiteral("参加主题党日活动");
    v.points = 300;
    set.rules << Rule {0, QStringLiteral("A05"), {v}};
    o.ledger.importRuleSet(set, QDate());
    const qint64 rule = o.ledger.ruleByCode(QStringLiteral("A05"))->id;
    v.points = 500;
    o.ledger.saveRuleVersion(QStringLiteral("A05"), v, QDate::currentDate().addDays(-5));
    o.ledger.addEntry(zhang, rule, QDate::currentDate().addDays(-10), 2, {});
    const qint64 later = o.ledger.addEntry(zhang, rule, QDate::currentDate(), 1, {});
    o.ledger.reverseEntry(later, QStringLiteral("重复"));

    const QList<EntryRow> rows = EntryQuery(o.db).recent(o.ledger.ruleSet(), 10);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].entry.id == later);
    CHECK(rows[0].entry.reversed);
    CHECK(rows[0].points == 500);
    CHECK(rows[1].points == 600); // 2 × the 3 points in force ten days ago
    CHECK(rows[1].memberName == QStringLiteral("张三"));
    CHECK(rows[1].branchName == QStringLiteral("第一党支部"));
    CHECK(rows[1].ruleCode == QStringLiteral("A05"));
}

TEST_CASE("the audit query filters by operator, kind, words and local dates, newest first")
{
    Office o;
    o.add(QStringLiteral("张三"), o.first);
    Ledger other(o.db, Actor::singleUser(QStringLiteral("王书记")));
    other.recordReveal(QStringLiteral("导出花名册"));

    AuditFilter filter;
    CHECK(AuditQuery(o.db, filter).page(0, 1).constFirst().action == QStringLiteral("ids.reveal"));
    filter.operatorName = QStringLiteral("张会计");
    CHECK(AuditQuery(o.db, filter).count() == 3); // two branches and a member
    filter.actionPrefixes = {QStringLiteral("member.")};
    CHECK(AuditQuery(o.db, filter).count() == 1);
    filter = {};
    filter.text = QStringLiteral("花名册");
    CHECK(AuditQuery(o.db, filter).count() == 1);
    filter = {};
    filter.from = QDate::currentDate();
    filter.to = QDate::currentDate();
    CHECK(AuditQuery(o.db, filter).count() == 4);
    filter.to = QDate::currentDate().addDays(-1);
    CHECK(AuditQuery(o.db, filter).count() == 0);
    CHECK(AuditQuery::operators(o.db) == QStringList {QStringLiteral("张会计"), QStringLiteral("王书记")});
}
