#include "TestSupport.h"
#include "io/RosterImporter.h"
#include "model/IdNumber.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace jifen;
using namespace jifen::test;

namespace {

Member sampleMember(qint64 branchId)
{
    Member m;
    m.name = QStringLiteral("张三");
    m.idNumber = QStringLiteral("11010519491231002X");
    m.gender = QStringLiteral("女");
    m.birthDate = QDate(1949, 12, 31);
    m.branchId = branchId;
    m.joinDate = QDate(1975, 7, 1);
    return m;
}

RuleSet oneRule(Cents points)
{
    RuleSet set;
    RuleVersion v;
    v.name = QStringLiteral("参加主题党日活动");
    v.category = QStringLiteral("基本");
    v.points = points;
    v.capMonth = 300;
    set.rules << Rule{0, QStringLiteral("A05"), {v}};
    return set;
}

struct WriteFixture {
    test::TempDir dir;
    Database db{dir.dbPath()};
    Ledger ledger{db, Actor::singleUser(QStringLiteral("tester"))};
    qint64 branch = ledger.ensureBranch(QStringLiteral("第一党支部"));
    qint64 member = ledger.addMember(sampleMember(branch));
};

} // namespace

TEST_CASE("every change writes its audit record with the operator and the values before and after")
{
    WriteFixture f;
    Member changed = *f.ledger.member(f.member);
    changed.phone = QStringLiteral("13812345678");
    CHECK(f.ledger.updateMember(changed));
    const AuditRecord record = f.ledger.audit().recent(1).constFirst();
    CHECK(record.action == QStringLiteral("member.update"));
    CHECK(record.operatorName == QStringLiteral("tester"));
    CHECK(record.entityId == f.member);
    CHECK(record.before.toObject().value(QStringLiteral("phone")).toString() == QString());
    CHECK(record.after.toObject().value(QStringLiteral("phone")).toString() == QStringLiteral("13812345678"));
}

TEST_CASE("an audit record is shown with ID and phone numbers masked and password hashes left out")
{
    const QJsonObject row {{QStringLiteral("name"), QStringLiteral("张三")},
                           {QStringLiteral("id_number"), QStringLiteral("11010519491231002X")},
                           {QStringLiteral("phone"), QStringLiteral("13800138000")},
                           {QStringLiteral("password_hash"), QStringLiteral("$argon2id$v=19$secret")}};
    const QJsonObject shown = AuditLog::shown(row).toObject();
    CHECK(shown.value(QStringLiteral("name")).toString() == QStringLiteral("张三"));
    CHECK(shown.value(QStringLiteral("id_number")).toString()
          == IdNumber::masked(QStringLiteral("11010519491231002X")));
    CHECK(shown.value(QStringLiteral("phone")).toString() == maskPhone(QStringLiteral("13800138000")));
    CHECK(shown.value(QStringLiteral("password_hash")).toString() == QStringLiteral("***"));

    // A batch: column names once, then each row's values.
    const QJsonObject batch {
        {QStringLiteral("columns"),
         QJsonArray {QStringLiteral("id"), QStringLiteral("id_number"), QStringLiteral("phone")}},
        {QStringLiteral("rows"),
         QJsonArray {QJsonArray {1, QStringLiteral("11010519491231002X"), QStringLiteral("13800138000")}}}};
    const QJsonArray values
        = AuditLog::shown(batch).toObject().value(QStringLiteral("rows")).toArray().first().toArray();
    CHECK(values[0].toInt() == 1);
    CHECK(values[1].toString() == IdNumber::masked(QStringLiteral("11010519491231002X")));
    CHECK(values[2].toString() == maskPhone(QStringLiteral("13800138000")));
    // Lists of rows too.
    CHECK(AuditLog::shown(QJsonArray {row}).toArray().first().toObject() == shown);
}

TEST_CASE("an update that changes nothing writes no audit record")
{
    WriteFixture f;
    const int before = rowCount(f.db, QStringLiteral("audit_log"));
    CHECK_FALSE(f.ledger.updateMember(*f.ledger.member(f.member)));
    CHECK(rowCount(f.db, QStringLiteral("audit_log")) == before);
}

TEST_CASE("a change rolled back takes its audit record with it")
{
    WriteFixture f;
    const int auditBefore = rowCount(f.db, QStringLiteral("audit_log"));
    try {
        Transaction outer(f.db);
        f.ledger.ensureBranch(QStringLiteral("第二党支部"));
        Member duplicate = sampleMember(f.branch); // same ID number: refused
        f.ledger.addMember(duplicate);
        outer.commit();
        FAIL("a duplicate ID number was accepted");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Invalid);
    }
    CHECK_FALSE(f.ledger.branchByName(QStringLiteral("第二党支部")));
    CHECK(rowCount(f.db, QStringLiteral("audit_log")) == auditBefore);
}

TEST_CASE("each audit record's hash covers its content and the previous record's hash")
{
    WriteFixture f;
    const QList<AuditRecord> records = f.ledger.audit().recent(100);
    REQUIRE(records.size() == 2);
    CHECK(records[1].prevHash == AuditLog::genesisHash());
    CHECK(records[0].prevHash == records[1].hash);
    for (const AuditRecord& record : records)
        CHECK(AuditLog::computeHash(record) == record.hash);
    AuditRecord altered = records[0];
    altered.operatorName = QStringLiteral("someone else");
    CHECK(AuditLog::computeHash(altered) != records[0].hash);
}

TEST_CASE("audit records prepared apart are written in chain order, and one that no longer follows is refused")
{
    WriteFixture f;
    AuditLog& audit = f.ledger.audit();
    const QString head = audit.lastHash();
    const AuditLog::PreparedRecord first
        = AuditLog::prepareCanonical(QStringLiteral("tester"), QStringLiteral("entry.import"),
                                     QStringLiteral("entries"), 0, QStringLiteral("第一批"), "null", "[1]", head);
    const AuditLog::PreparedRecord second
        = AuditLog::prepareCanonical(QStringLiteral("tester"), QStringLiteral("entry.import"),
                                     QStringLiteral("entries"), 0, QStringLiteral("第二批"), "null", "[2]", first.hash);
    const int auditBefore = rowCount(f.db, QStringLiteral("audit_log"));
    // Out of turn: the second before the first.
    CHECK_THROWS_AS(audit.appendPrepared(second), StorageError);
    CHECK(rowCount(f.db, QStringLiteral("audit_log")) == auditBefore);

    audit.appendPrepared(first);
    audit.appendPrepared(second);
    const QList<AuditRecord> records = audit.recent(2);
    REQUIRE(records.size() == 2);
    CHECK(records[1].prevHash == head);
    CHECK(records[0].prevHash == records[1].hash);
    for (const AuditRecord& record : records)
        CHECK(AuditLog::computeHash(record) == record.hash);
    CHECK(records[0].summary == QStringLiteral("第二批"));
    // Used once, a prepared record no longer follows the newest one.
    CHECK_THROWS_AS(audit.appendPrepared(first), StorageError);
}

TEST_CASE("a reversal cancels its entry, needs a reason, and happens once")
{
    WriteFixture f;
    f.ledger.importRuleSet(oneRule(300), QDate());
    const Rule rule = *f.ledger.ruleByCode(QStringLiteral("A05"));
    const qint64 entry = f.ledger.addEntry(f.member, rule.id, QDate(2026, 10, 28), 1, QStringLiteral("主题党日"));
    CHECK(f.ledger.entry(entry)->counted());

    CHECK_THROWS_AS(f.ledger.reverseEntry(entry, QStringLiteral("  ")), StorageError);
    f.ledger.reverseEntry(entry, QStringLiteral("录入错误"));
    const Entry reversed = *f.ledger.entry(entry);
    CHECK(reversed.reversed);
    CHECK(reversed.reversalReason == QStringLiteral("录入错误"));
    CHECK_FALSE(reversed.counted());
    CHECK_THROWS_AS(f.ledger.reverseEntry(entry, QStringLiteral("again")), StorageError);
    CHECK(rowCount(f.db, QStringLiteral("entries")) == 1); // the entry itself is still there
}

TEST_CASE("an entry dated in the future or before the member joined is refused and nothing is written")
{
    WriteFixture f;
    f.ledger.importRuleSet(oneRule(300), QDate());
    const qint64 rule = f.ledger.ruleByCode(QStringLiteral("A05"))->id;
    const int auditBefore = rowCount(f.db, QStringLiteral("audit_log"));
    CHECK_THROWS_AS(f.ledger.addEntry(f.member, rule, QDate::currentDate().addDays(1), 1, {}), StorageError);
    CHECK_THROWS_AS(f.ledger.addEntry(f.member, rule, QDate(1970, 1, 1), 1, {}), StorageError);
    CHECK_THROWS_AS(f.ledger.addEntry(f.member, rule, QDate(2026, 1, 1), 0, {}), StorageError);
    CHECK(rowCount(f.db, QStringLiteral("entries")) == 0);
    CHECK(rowCount(f.db, QStringLiteral("audit_log")) == auditBefore);
}

TEST_CASE("an entry dated after the member left the roster is refused, and one up to that day is taken")
{
    WriteFixture f;
    f.ledger.importRuleSet(oneRule(300), QDate());
    const qint64 rule = f.ledger.ruleByCode(QStringLiteral("A05"))->id;
    Member left = f.ledger.member(f.member).value();
    left.status = QStringLiteral("去世");
    left.statusDate = QDate(2025, 6, 30);
    f.ledger.updateMember(left);
    try {
        f.ledger.addEntry(f.member, rule, QDate(2025, 7, 1), 1, {});
        FAIL("an entry after the member left was written");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Invalid);
        CHECK(error.message().contains(QStringLiteral("2025-06-30")));
    }
    CHECK(rowCount(f.db, QStringLiteral("entries")) == 0);
    CHECK(f.ledger.addEntry(f.member, rule, QDate(2025, 6, 30), 1, {}) > 0);
}

TEST_CASE("an entry for a member or rule the ledger does not hold is refused as not found, and nothing is written")
{
    WriteFixture f;
    f.ledger.importRuleSet(oneRule(300), QDate());
    const qint64 rule = f.ledger.ruleByCode(QStringLiteral("A05"))->id;
    const int auditBefore = rowCount(f.db, QStringLiteral("audit_log"));
    for (const auto& [member, ruleId] : {std::pair {f.member + 1, rule}, std::pair {f.member, rule + 1}}) {
        try {
            f.ledger.addEntry(member, ruleId, QDate(2026, 3, 1), 1, {});
            FAIL("an entry was written");
        } catch (const StorageError& error) {
            CHECK(error.kind() == StorageError::Kind::NotFound);
        }
    }
    CHECK(rowCount(f.db, QStringLiteral("entries")) == 0);
    CHECK(rowCount(f.db, QStringLiteral("audit_log")) == auditBefore);
}

TEST_CASE("an entry's audit record names the member, rule, quantity and date, and keeps the row as JSON text")
{
    WriteFixture f;
    f.ledger.importRuleSet(oneRule(300), QDate());
    const qint64 entry
        = f.ledger.addEntry(f.member, f.ledger.ruleByCode(QStringLiteral("A05"))->id, QDate(2026, 3, 1), 2, {});
    QSqlQuery stored(f.db.connection());
    REQUIRE(stored.exec(QStringLiteral("SELECT summary, before_json IS NULL, entity_id"
                                       " FROM audit_log ORDER BY id DESC LIMIT 1")));
    REQUIRE(stored.next());
    CHECK(stored.value(0).toString() == QStringLiteral("张三: A05 × 2 on 2026-03-01"));
    CHECK(stored.value(1).toBool());
    CHECK(stored.value(2).toLongLong() == entry);
    if (f.db.engine() == Database::Engine::Sqlite) { // text, as the Qt driver wrote it, not a blob
        QSqlQuery type(f.db.connection());
        REQUIRE(type.exec(QStringLiteral("SELECT typeof(after_json) FROM audit_log ORDER BY id DESC LIMIT 1")));
        REQUIRE(type.next());
        CHECK(type.value(0).toString() == QStringLiteral("text"));
    }
    const AuditRecord record = f.ledger.audit().recent(1).constFirst();
    CHECK(record.after.toObject().value(QStringLiteral("quantity")).toInteger() == 2);
    CHECK(AuditLog::computeHash(record) == record.hash);
}

TEST_CASE("importing a changed rule that entries use adds a version from the given date and keeps the old one for "
          "earlier dates")
{
    WriteFixture f;
    f.ledger.importRuleSet(oneRule(300), QDate());
    f.ledger.addEntry(f.member, f.ledger.ruleByCode(QStringLiteral("A05"))->id, QDate(2026, 3, 1), 1, {});
    const auto unchanged = f.ledger.importRuleSet(oneRule(300), QDate(2026, 7, 1));
    CHECK(unchanged.isEmpty());
    const auto changed = f.ledger.importRuleSet(oneRule(500), QDate(2026, 7, 1));
    CHECK(changed.changed == QStringList{QStringLiteral("A05")});
    const Rule rule = *f.ledger.ruleByCode(QStringLiteral("A05"));
    REQUIRE(rule.versions.size() == 2);
    CHECK(rule.versionAt(QDate(2020, 1, 1)).points == 300);
    CHECK(rule.versionAt(QDate(2026, 6, 30)).points == 300);
    CHECK(rule.versionAt(QDate(2026, 7, 1)).points == 500);
}

TEST_CASE("a rule found by its code is the one the whole list holds under that code, every version included")
{
    WriteFixture f;
    RuleSet set = oneRule(300);
    for (const char* code : {"A01", "B02"}) {
        Rule other = set.rules.constFirst();
        other.code = QLatin1String(code);
        set.rules << other;
    }
    f.ledger.importRuleSet(set, QDate());
    f.ledger.addEntry(f.member, f.ledger.ruleByCode(QStringLiteral("A05"))->id, QDate(2026, 3, 1), 1, {});
    set.rules[0].versions[0].points = 500;
    f.ledger.importRuleSet(set, QDate(2026, 7, 1)); // A05, which an entry uses, gets a second version

    const QList<Rule> all = f.ledger.rules();
    REQUIRE(all.size() == 3);
    for (const Rule& listed : all) {
        INFO(listed.code.toStdString());
        const auto found = f.ledger.ruleByCode(listed.code);
        REQUIRE(found.has_value());
        CHECK(found->id == listed.id);
        REQUIRE(found->versions.size() == listed.versions.size());
        for (qsizetype i = 0; i < listed.versions.size(); ++i) {
            CHECK(found->versions[i].effectiveFrom == listed.versions[i].effectiveFrom);
            CHECK(found->versions[i].points == listed.versions[i].points);
        }
    }
    CHECK(f.ledger.ruleByCode(QStringLiteral("A05"))->versions.size() == 2);
    CHECK_FALSE(f.ledger.ruleByCode(QStringLiteral("a05")).has_value()); // codes match exactly
    CHECK_FALSE(f.ledger.ruleByCode(QStringLiteral("Z99")).has_value());
}

TEST_CASE("a rule that entries use is never removed by a rule-set import")
{
    WriteFixture f;
    f.ledger.importRuleSet(oneRule(300), QDate());
    f.ledger.addEntry(f.member, f.ledger.ruleByCode(QStringLiteral("A05"))->id, QDate(2026, 3, 1), 1, {});
    const auto changes = f.ledger.importRuleSet(RuleSet{}, QDate());
    CHECK(changes.kept == QStringList{QStringLiteral("A05")});
    CHECK(f.ledger.ruleByCode(QStringLiteral("A05")).has_value());
}

TEST_CASE("roles are enforced by the ledger itself")
{
    WriteFixture f;
    Ledger viewer(f.db, Actor{QStringLiteral("看客"), Actor::Role::Viewer});
    Ledger reviewer(f.db, Actor{QStringLiteral("审核员"), Actor::Role::Reviewer});
    Ledger admin(f.db, Actor{QStringLiteral("管理员"), Actor::Role::Admin});
    Ledger clerk(f.db, Actor{QStringLiteral("党务干事"), Actor::Role::Clerk});
    CHECK_THROWS_AS(viewer.ensureBranch(QStringLiteral("新支部")), StorageError);
    CHECK_THROWS_AS(reviewer.importRuleSet(oneRule(300), QDate()), StorageError);
    CHECK_THROWS_AS(clerk.importRuleSet(oneRule(300), QDate()), StorageError);
    admin.importRuleSet(oneRule(300), QDate());
    const qint64 rule = admin.ruleByCode(QStringLiteral("A05"))->id;
    CHECK_THROWS_AS(admin.addEntry(f.member, rule, QDate(2026, 3, 1), 1, {}), StorageError);
    CHECK_THROWS_AS(viewer.recordReveal(QStringLiteral("x")), StorageError);
    CHECK(clerk.addEntry(f.member, rule, QDate(2026, 3, 1), 1, {}) > 0);
    CHECK(clerk.audit().recent(1).constFirst().operatorName == QStringLiteral("党务干事"));
}

TEST_CASE("a member record the roster import refuses is refused by add-member and the member dialog in the same words")
{
    // The dialog and add-member both go through Ledger::addMember; the roster import checks its rows itself. Each case
    // breaks one rule between the fields of an otherwise good record (born 1990-06-15).
    struct Case {
        const char* what;
        const char* column; // the roster column the import names
        QString joinDate, fullMemberDate, category;
    };
    const QList<Case> cases{
        {"joined before the 18th birthday", "入党时间", QStringLiteral("2008-05-01"), QString(), QStringLiteral("预备党员")},
        {"full member before joining", "转正时间", QStringLiteral("2015-07-01"), QStringLiteral("2014-07-01"),
         QStringLiteral("正式党员")},
        {"joined before the Party was founded", "入党时间", QStringLiteral("1920-01-01"), QString(),
         QStringLiteral("正式党员")},
        {"probationary with a full-member date", "人员类别", QStringLiteral("2015-07-01"),
         QStringLiteral("2016-07-01"), QStringLiteral("预备党员")},
    };
    WriteFixture f;
    for (const Case& c : cases) {
        INFO(c.what);
        Member m;
        m.name = QStringLiteral("李四");
        m.idNumber = QStringLiteral("110105199006150012");
        m.gender = QStringLiteral("男");
        m.birthDate = QDate(1990, 6, 15);
        m.branchId = f.branch;
        m.joinDate = QDate::fromString(c.joinDate, Qt::ISODate);
        m.fullMemberDate = QDate::fromString(c.fullMemberDate, Qt::ISODate);
        m.category = c.category;
        QString refusal;
        try {
            f.ledger.addMember(m);
        } catch (const StorageError& error) {
            refusal = error.message();
        }
        REQUIRE_FALSE(refusal.isEmpty());
        CHECK_FALSE(f.ledger.memberByIdNumber(m.idNumber).has_value());

        const QByteArray csv = (QStringLiteral("姓名,身份证号,所在支部,入党时间,转正时间,人员类别\n李四,110105199006150012,"
                                               "第一党支部,%1,%2,%3\n")
                                    .arg(c.joinDate, c.fullMemberDate, c.category))
                                   .toUtf8();
        const RosterImporter::Result imported = RosterImporter::parse(csv);
        REQUIRE(imported.issues.size() == 1);
        const ImportIssue& issue = imported.issues.constFirst();
        CHECK(issue.isError());
        CHECK(issue.columnName == QString::fromUtf8(c.column));
        CHECK(refusal.endsWith(issue.message));
    }
}

TEST_CASE("an imported rule set replaces, for every date, the values of a rule no entry uses")
{
    WriteFixture f;
    f.ledger.importRuleSet(oneRule(200), QDate());
    const qint64 ruleId = f.ledger.ruleByCode(QStringLiteral("A05"))->id;

    // The organisation's own values, imported today: no entry uses A05 yet, so they hold for the months before too.
    const Ledger::RuleSetChanges changes = f.ledger.importRuleSet(oneRule(500), QDate::currentDate());
    CHECK(changes.replaced == QStringList{QStringLiteral("A05")});
    CHECK(changes.changed.isEmpty());
    const Rule replaced = *f.ledger.ruleByCode(QStringLiteral("A05"));
    CHECK(replaced.id == ruleId);
    REQUIRE(replaced.versions.size() == 1);
    CHECK_FALSE(replaced.versions.constFirst().effectiveFrom.isValid());
    CHECK(replaced.versionAt(QDate(2000, 1, 1)).points == 500);
    // The replacement is on the record: the old version removed, the new one added.
    QStringList actions;
    for (const AuditRecord& r : f.ledger.audit().recent(2))
        actions << r.action;
    CHECK(actions == QStringList{QStringLiteral("rule.add"), QStringLiteral("rule.version.remove")});

    // Once an entry uses it, a change is a new version from the effective date, and the past keeps its values.
    f.ledger.addEntry(f.member, ruleId, QDate::currentDate().addDays(-40), 1, {});
    const QDate from = QDate::currentDate().addDays(-10);
    const Ledger::RuleSetChanges later = f.ledger.importRuleSet(oneRule(100), from);
    CHECK(later.changed == QStringList{QStringLiteral("A05")});
    CHECK(later.replaced.isEmpty());
    const Rule versioned = *f.ledger.ruleByCode(QStringLiteral("A05"));
    CHECK(versioned.versionAt(from.addDays(-1)).points == 500);
    CHECK(versioned.versionAt(from).points == 100);
}
