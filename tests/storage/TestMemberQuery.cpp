#include "TestSupport.h"
#include "io/DemoData.h"
#include "model/Pinyin.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/LedgerVerifier.h"
#include "storage/MemberQuery.h"
#include "storage/StorageError.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace jifen;

namespace {

struct QueryRoster
{
    test::TempDir dir;
    std::unique_ptr<Database> db = std::make_unique<Database>(dir.dbPath());
    std::unique_ptr<Ledger> ledger = std::make_unique<Ledger>(*db, Actor::singleUser(QStringLiteral("tester")));
    qint64 committee = 0, general = 0, first = 0, second = 0, other = 0;
    int serial = 0;

    QueryRoster()
    {
        committee = ledger->addBranch({0, QStringLiteral("机关党委"), 0, Branch::Kind::Committee});
        general = ledger->addBranch({0, QStringLiteral("第一党总支"), committee, Branch::Kind::GeneralBranch});
        first = ledger->addBranch({0, QStringLiteral("第一党支部"), general, Branch::Kind::Branch});
        second = ledger->addBranch({0, QStringLiteral("第二党支部"), general, Branch::Kind::Branch});
        other = ledger->addBranch({0, QStringLiteral("离退休党支部"), committee, Branch::Kind::Branch});
    }

    qint64 add(const QString& name, qint64 branch, const QString& phone = {}, const QString& status = {})
    {
        Member m;
        m.name = name;
        m.idNumber
            = DemoData::makeIdNumber(QStringLiteral("410402"), QDate(1980, 1, 1).addDays(serial * 37), true, serial);
        ++serial;
        m.branchId = branch;
        m.phone = phone;
        if (!status.isEmpty()) {
            m.status = status;
            m.statusDate = QDate(2025, 3, 1);
        }
        return ledger->addMember(m);
    }

    QStringList names(const MemberFilter& filter) const
    {
        QStringList result;
        for (const Member& m : MemberQuery(*db, filter).page(0, 1000))
            result << m.name;
        return result;
    }
};

MemberFilter search(const QString& text)
{
    MemberFilter filter;
    filter.text = text;
    return filter;
}

} // namespace

TEST_CASE("a search text is read as digits, pinyin or part of a name")
{
    CHECK(MemberQuery::classify(QStringLiteral("  ")) == MemberQuery::TextKind::None);
    CHECK(MemberQuery::classify(QStringLiteral("1234")) == MemberQuery::TextKind::Digits);
    CHECK(MemberQuery::classify(QStringLiteral("123x")) == MemberQuery::TextKind::Digits);
    CHECK(MemberQuery::classify(QStringLiteral("zs")) == MemberQuery::TextKind::Pinyin);
    CHECK(MemberQuery::classify(QStringLiteral("张")) == MemberQuery::TextKind::Name);
    CHECK(MemberQuery::classify(QStringLiteral("x")) == MemberQuery::TextKind::Pinyin);
}

TEST_CASE("pinyin initials find a member: zs finds 张三")
{
    QueryRoster r;
    r.add(QStringLiteral("张三"), r.first);
    r.add(QStringLiteral("李四"), r.first);
    r.add(QStringLiteral("赵顺"), r.second);
    CHECK(r.names(search(QStringLiteral("zs"))) == QStringList {QStringLiteral("张三"), QStringLiteral("赵顺")});
    CHECK(r.names(search(QStringLiteral("ZS"))) == QStringList {QStringLiteral("张三"), QStringLiteral("赵顺")});
    CHECK(r.names(search(QStringLiteral("zhangs"))) == QStringList {QStringLiteral("张三")});
    CHECK(r.names(search(QStringLiteral("李"))) == QStringList {QStringLiteral("李四")});
}

TEST_CASE("last digits find a member by ID number or phone")
{
    QueryRoster r;
    const qint64 a = r.add(QStringLiteral("张三"), r.first, QStringLiteral("13812345678"));
    r.add(QStringLiteral("李四"), r.first, QStringLiteral("13900000000"));
    const QString id = r.ledger->member(a)->idNumber;
    CHECK(r.names(search(id.right(4))) == QStringList {QStringLiteral("张三")});
    CHECK(r.names(search(QStringLiteral("5678"))) == QStringList {QStringLiteral("张三")});
    CHECK(r.names(search(QStringLiteral("99999"))).isEmpty());
}

TEST_CASE("names sort in Chinese collation, descending on request")
{
    QueryRoster r;
    for (const char16_t* name : {u"赵六", u"阿明", u"王五", u"陈七", u"李四"})
        r.add(QString::fromUtf16(name), r.first);
    MemberFilter filter;
    CHECK(r.names(filter)
          == QStringList {QStringLiteral("阿明"), QStringLiteral("陈七"), QStringLiteral("李四"),
                          QStringLiteral("王五"), QStringLiteral("赵六")});
    filter.descending = true;
    CHECK(r.names(filter).constFirst() == QStringLiteral("赵六"));
}

TEST_CASE("sorting by branch orders branches by name in Chinese collation, then members by name")
{
    QueryRoster r;
    r.add(QStringLiteral("王五"), r.other);
    r.add(QStringLiteral("李四"), r.second);
    r.add(QStringLiteral("张三"), r.first);
    r.add(QStringLiteral("阿明"), r.first);
    MemberFilter filter;
    filter.sort = MemberFilter::Sort::Branch;
    // 第一 (di yi) < 第二 (di er)? In pinyin "di er" < "di yi": 第二党支部 comes first, then 第一党支部, then 离退休.
    CHECK(r.names(filter)
          == QStringList {QStringLiteral("李四"), QStringLiteral("阿明"), QStringLiteral("张三"),
                          QStringLiteral("王五")});
}

TEST_CASE("a branch filter takes the branch and everything below it")
{
    QueryRoster r;
    r.add(QStringLiteral("张三"), r.first);
    r.add(QStringLiteral("李四"), r.second);
    r.add(QStringLiteral("王五"), r.other);
    MemberFilter filter;
    filter.branchIds = MemberQuery::subtree(r.ledger->branches(), r.general);
    CHECK(filter.branchIds.size() == 3);
    CHECK(r.names(filter) == QStringList {QStringLiteral("李四"), QStringLiteral("张三")});
    CHECK(MemberQuery(*r.db, filter).count() == 2);
}

TEST_CASE("members marked 转出 or 去世 are listed only on request")
{
    QueryRoster r;
    r.add(QStringLiteral("张三"), r.first);
    r.add(QStringLiteral("李四"), r.first, {}, QStringLiteral("转出"));
    MemberFilter filter;
    CHECK(r.names(filter) == QStringList {QStringLiteral("张三")});
    filter.includeFormer = true;
    CHECK(r.names(filter) == QStringList {QStringLiteral("李四"), QStringLiteral("张三")});
}

TEST_CASE("pages follow each other without gaps or repeats, and positions match them")
{
    QueryRoster r;
    for (int i = 0; i < 25; ++i)
        r.add(QStringLiteral("成员%1").arg(QChar(u'甲' + i)), i % 2 ? r.first : r.second);
    MemberFilter filter;
    const MemberQuery query(*r.db, filter);
    QList<qint64> seen;
    for (qint64 offset = 0; offset < 25; offset += 10)
        for (const Member& m : query.page(offset, 10))
            seen << m.id;
    CHECK(seen.size() == 25);
    CHECK(QSet<qint64>(seen.begin(), seen.end()).size() == 25);
    CHECK(query.count() == 25);
    CHECK(query.positionOf(seen[17]) == 17);
}

TEST_CASE("a renamed member is found under the new name's initials")
{
    QueryRoster r;
    const qint64 id = r.add(QStringLiteral("张三"), r.first);
    Member m = *r.ledger->member(id);
    m.name = QStringLiteral("李四");
    REQUIRE(r.ledger->updateMember(m));
    CHECK(r.names(search(QStringLiteral("zs"))).isEmpty());
    CHECK(r.names(search(QStringLiteral("ls"))) == QStringList {QStringLiteral("李四")});
}

TEST_CASE("name keys missing from the file are filled when it is opened")
{
    QueryRoster r;
    r.add(QStringLiteral("张三"), r.first);
    {
        QSqlQuery clear(r.db->connection());
        REQUIRE(clear.exec(QStringLiteral("UPDATE members SET name_initials = '', name_pinyin = '', name_key = NULL")));
    }
    CHECK(r.names(search(QStringLiteral("zs"))).isEmpty());
    r.ledger.reset();
    r.db = std::make_unique<Database>(r.dir.dbPath());
    r.ledger = std::make_unique<Ledger>(*r.db, Actor::singleUser(QStringLiteral("tester")));
    CHECK(r.names(search(QStringLiteral("zs"))) == QStringList {QStringLiteral("张三")});
}

TEST_CASE("keys sorted by an earlier reading of surnames are redone when the ledger is opened")
{
    QueryRoster r;
    for (const char16_t* name : {u"曾国藩", u"陈七", u"赵六"})
        r.add(QString::fromUtf16(name), r.first);
    CHECK(r.names(MemberFilter {})
          == QStringList {QStringLiteral("陈七"), QStringLiteral("曾国藩"), QStringLiteral("赵六")});
    {
        // As a Jifen that sorted 曾 among the C's left them: the bare collation's keys and version.
        QSqlQuery old(r.db->connection());
        REQUIRE(old.prepare(QStringLiteral("UPDATE members SET name_key = ? WHERE name = ?")));
        old.addBindValue(Pinyin::sortKey(QStringLiteral("曾国藩")));
        old.addBindValue(QStringLiteral("曾国藩"));
        REQUIRE(old.exec());
        QSqlQuery version(r.db->connection());
        REQUIRE(version.prepare(QStringLiteral("UPDATE search_keys_info SET collation_version = ?")));
        version.addBindValue(Pinyin::collationVersion());
        REQUIRE(version.exec());
    }
    CHECK(r.names(MemberFilter {}).constFirst() == QStringLiteral("曾国藩"));
    r.ledger.reset();
    r.db = std::make_unique<Database>(r.dir.dbPath());
    r.ledger = std::make_unique<Ledger>(*r.db, Actor::singleUser(QStringLiteral("tester")));
    CHECK(r.names(MemberFilter {})
          == QStringList {QStringLiteral("陈七"), QStringLiteral("曾国藩"), QStringLiteral("赵六")});
}

TEST_CASE("removing a member without entries is audited and keeps the ledger verifiable")
{
    QueryRoster r;
    const qint64 id = r.add(QStringLiteral("张三"), r.first);
    r.ledger->removeMember(id);
    CHECK_FALSE(r.ledger->member(id).has_value());
    const auto records = r.ledger->audit().recent(1);
    REQUIRE(records.size() == 1);
    CHECK(records[0].action == QStringLiteral("member.remove"));
    CHECK(LedgerVerifier(*r.db).run().ok());
}

TEST_CASE("a member with entries cannot be removed")
{
    QueryRoster r;
    const qint64 id = r.add(QStringLiteral("张三"), r.first);
    RuleSet set;
    RuleVersion v;
    v.name = QStringLiteral("参加主题党日活动");
    v.points = 300;
    set.rules << Rule {0, QStringLiteral("A05"), {v}};
    r.ledger->importRuleSet(set, QDate());
    r.ledger->addEntry(id, r.ledger->ruleByCode(QStringLiteral("A05"))->id, QDate::currentDate(), 1, {});
    CHECK_THROWS_AS(r.ledger->removeMember(id), StorageError);
    CHECK(r.ledger->member(id).has_value());
}

TEST_CASE("no search or wide branch filter makes a page sort the whole roster", "[sqlite]")
{
    // At 100,000 members a sort of the roster per page (or per keystroke) costs seconds: the list reads the name
    // index in order, and a search reads its own index and sorts only what it found.
    QueryRoster r;
    r.add(QStringLiteral("张三"), r.first);
    auto plan = [&](const MemberFilter& filter) { return MemberQuery(*r.db, filter).plan().join(QLatin1Char('\n')); };
    MemberFilter all;
    CHECK(plan(all).contains(QStringLiteral("members_list")));
    CHECK_FALSE(plan(all).contains(QStringLiteral("TEMP B-TREE")));
    MemberFilter wide;
    wide.branchIds = MemberQuery::subtree(r.ledger->branches(), r.committee);
    CHECK_FALSE(plan(wide).contains(QStringLiteral("TEMP B-TREE")));
    CHECK(plan(search(QStringLiteral("zs"))).contains(QStringLiteral("members_initials")));
    CHECK(plan(search(QStringLiteral("1234"))).contains(QStringLiteral("members_id_number_rev")));
    CHECK(plan(search(QStringLiteral("张"))).contains(QStringLiteral("members_name")));
}

TEST_CASE("a ledger from before the search keys gets them when it is upgraded", "[sqlite]")
{
    test::TempDir dir;
    // A version-5 ledger (names indexed, but no reversed numbers), written as that release wrote it.
    test::rawExec(dir.dbPath(),
                  test::sqliteSchemaAt(5)
                      << QStringLiteral("INSERT INTO branches (id, name, kind) VALUES (1, '第一党支部', 'branch')")
                      << QStringLiteral("INSERT INTO members (name, id_number, branch_id, phone)"
                                        " VALUES ('张三', '11010519491231002X', 1, '13812345678')"));

    Database db(dir.dbPath());
    REQUIRE(db.schemaVersion() == Database::latestSchemaVersion());
    for (const char* text : {"zs", "5678", "002x"}) {
        MemberFilter filter;
        filter.text = QLatin1String(text);
        const auto found = MemberQuery(db, filter).page(0, 10);
        INFO(text);
        REQUIRE(found.size() == 1);
        CHECK(found[0].name == QStringLiteral("张三"));
    }
}
