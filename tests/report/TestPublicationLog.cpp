#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/LedgerVerifier.h"
#include "storage/PublicationLog.h"
#include "storage/StorageError.h"

#include <QSqlQuery>

using namespace jifen;

namespace {

struct PublicationFixture
{
    test::TempDir dir;
    Database db {dir.dbPath()};
    Ledger ledger {db, Actor::singleUser(QStringLiteral("王书记"))};
    qint64 branch = ledger.ensureBranch(QStringLiteral("第一党支部"));
    qint64 zhang = addMember(QStringLiteral("张三"), QStringLiteral("11010519491231002X"));
    qint64 li = addMember(QStringLiteral("李四"), QStringLiteral("110105198001010016"));
    qint64 rule = addRule();

    qint64 addMember(const QString& name, const QString& idNumber)
    {
        Member m;
        m.name = name;
        m.idNumber = idNumber;
        m.branchId = branch;
        return ledger.addMember(m);
    }
    qint64 addRule()
    {
        RuleVersion v;
        v.name = QStringLiteral("参加主题党日活动");
        v.category = QStringLiteral("基本");
        v.points = 200;
        ledger.saveRuleVersion(QStringLiteral("A05"), v, QDate(2026, 1, 1));
        return ledger.ruleByCode(QStringLiteral("A05"))->id;
    }
    // An entry written as if entered at `enteredAt`, bypassing the ledger's clock.
    qint64 entryEnteredAt(qint64 member, QDate date, const QString& enteredAt)
    {
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO entries (member_id, rule_id, date, quantity, note, entered_by,"
                                      " entered_at) VALUES (?, ?, ?, 1, '', 'test', ?)"));
        insert.addBindValue(member);
        insert.addBindValue(rule);
        insert.addBindValue(date.toString(Qt::ISODate));
        insert.addBindValue(enteredAt);
        REQUIRE(insert.exec());
        return insert.lastInsertId().toLongLong();
    }
    Publication march() const
    {
        Publication p;
        p.period = QStringLiteral("2026-03");
        p.title = QStringLiteral("2026年3月党员积分排名");
        p.noticeFrom = QDate(2026, 4, 1);
        p.noticeTo = QDate(2026, 4, 7);
        p.rows = {PublishedRow {zhang, QStringLiteral("张三"), QStringLiteral("110105********002X"),
                                QStringLiteral("第一党支部"), 1, false, 400, 1400, QStringLiteral("合格")},
                  PublishedRow {li, QStringLiteral("李四"), QStringLiteral("110105********0016"),
                                QStringLiteral("第一党支部"), 2, false, 200, 1200, QStringLiteral("合格")}};
        return p;
    }
};

} // namespace

TEST_CASE("a publication keeps its period, its rows and who published it, with an audit record")
{
    PublicationFixture f;
    PublicationLog log(f.ledger);
    const qint64 id = log.record(f.march());
    const auto latest = log.latest(QStringLiteral("2026-03"), 0);
    REQUIRE(latest.has_value());
    CHECK(latest->id == id);
    CHECK(latest->by == QStringLiteral("王书记"));
    CHECK(latest->noticeTo == QDate(2026, 4, 7));
    REQUIRE(latest->rows.size() == 2);
    CHECK(latest->rows[1].name == QStringLiteral("李四"));
    CHECK(latest->rows[1].points == 200);
    CHECK(latest->rows[0].maskedId == QStringLiteral("110105********002X"));
    CHECK_FALSE(log.latest(QStringLiteral("2026-02"), 0).has_value());
    CHECK_FALSE(log.latest(QStringLiteral("2026-03"), f.branch).has_value());

    const AuditRecord record = f.ledger.audit().recent(1).constFirst();
    CHECK(record.action == QStringLiteral("ranking.publish"));
    CHECK(record.entityId == id);
    CHECK(record.operatorName == QStringLiteral("王书记"));
    CHECK(LedgerVerifier(f.db).run().problems.isEmpty());
}

TEST_CASE("a publication cannot be changed afterwards")
{
    PublicationFixture f;
    PublicationLog(f.ledger).record(f.march());
    QSqlQuery update(f.db.connection());
    CHECK_FALSE(update.exec(QStringLiteral("UPDATE publications SET rows_json = '[]'")));
    CHECK_FALSE(update.exec(QStringLiteral("DELETE FROM publications")));
}

TEST_CASE("only a role that enters points may publish a ranking")
{
    PublicationFixture f;
    Ledger viewer(f.db, Actor {QStringLiteral("观察员"), Actor::Role::Viewer});
    CHECK_THROWS_AS(PublicationLog(viewer).record(f.march()), StorageError);
    CHECK(PublicationLog(f.ledger).list().isEmpty());
}

TEST_CASE("entries of the period added, reversed or reviewed after publication flag their members")
{
    PublicationFixture f;
    const QDateTime published(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
    f.entryEnteredAt(f.zhang, QDate(2026, 3, 10), QStringLiteral("2026-03-31T08:00:00.000Z")); // before
    PublicationLog log(f.ledger);
    CHECK(log.membersChangedSince(QDate(2026, 3, 1), QDate(2026, 3, 31), published).isEmpty());

    f.entryEnteredAt(f.li, QDate(2026, 3, 20), QStringLiteral("2026-04-02T10:00:00.000Z")); // late entry of March
    f.entryEnteredAt(f.zhang, QDate(2026, 4, 2), QStringLiteral("2026-04-02T10:00:00.000Z")); // April: not March
    CHECK(log.membersChangedSince(QDate(2026, 3, 1), QDate(2026, 3, 31), published) == QSet<qint64> {f.li});

    const qint64 old = f.entryEnteredAt(f.zhang, QDate(2026, 3, 5), QStringLiteral("2026-03-06T08:00:00.000Z"));
    f.ledger.reverseEntry(old, QStringLiteral("录入错误")); // reversed now, long after the publication
    CHECK(log.membersChangedSince(QDate(2026, 3, 1), QDate(2026, 3, 31), published) == QSet<qint64> {f.li, f.zhang});
}
