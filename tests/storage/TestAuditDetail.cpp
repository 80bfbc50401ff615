#include "TestSupport.h"
#include "io/DemoData.h"
#include "model/IdNumber.h"
#include "storage/AuditDetail.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Ledger.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTranslator>

using namespace jifen;

namespace {

struct MovedMember
{
    test::TempDir dir;
    Database db {dir.dbPath()};
    Ledger ledger {db, Actor::singleUser(QStringLiteral("张会计"))};
    qint64 first = ledger.ensureBranch(QStringLiteral("第一党支部"));
    qint64 second = ledger.ensureBranch(QStringLiteral("第二党支部"));
    QString idNumber = DemoData::makeIdNumber(QStringLiteral("320102"), QDate(1975, 5, 1), true, 1);
    qint64 member = 0;

    MovedMember()
    {
        Member m;
        m.name = QStringLiteral("张三");
        m.idNumber = idNumber;
        m.branchId = first;
        member = ledger.addMember(m);
        Member changed = *ledger.member(member);
        changed.branchId = second;
        changed.phone = QStringLiteral("13800138000");
        ledger.updateMember(changed);
    }

    AuditRecord record(const QString& action)
    {
        for (const AuditRecord& r : AuditLog(db).recent(20))
            if (r.action == action)
                return r;
        FAIL("no audit record " << action.toStdString());
        return {};
    }
};

// The Chinese interface's translation, for one test.
struct Chinese
{
    QTranslator translator;
    Chinese()
    {
        REQUIRE(translator.load(QStringLiteral(":/i18n/jifen_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
    }
    ~Chinese() { QCoreApplication::removeTranslator(&translator); }
};

} // namespace

TEST_CASE("the audit detail lists each changed field by name, before → after, with branches by name")
{
    MovedMember f;
    const QString text = AuditDetail(f.db).text(f.record(QStringLiteral("member.update")));
    INFO(text.toStdString());
    CHECK(text.startsWith(QStringLiteral("Changed:")));
    CHECK(text.contains(QStringLiteral("Branch: 第一党支部 → 第二党支部")));
    CHECK(text.contains(QStringLiteral("Phone: — → 138****8000")));
    // Only what changed, and no stored column names.
    CHECK_FALSE(text.contains(QStringLiteral("Name:")));
    CHECK_FALSE(text.contains(QStringLiteral("branch_id")));
    CHECK_FALSE(text.contains(QStringLiteral("13800138000")));
}

TEST_CASE("a recorded member is listed field by field, the ID number masked")
{
    MovedMember f;
    const QString text = AuditDetail(f.db).text(f.record(QStringLiteral("member.add")));
    INFO(text.toStdString());
    CHECK(text.startsWith(QStringLiteral("Recorded:")));
    CHECK(text.contains(QStringLiteral("Name: 张三")));
    CHECK(text.contains(QStringLiteral("ID number: %1").arg(IdNumber::masked(f.idNumber))));
    CHECK(text.contains(QStringLiteral("Branch: 第一党支部")));
    CHECK_FALSE(text.contains(f.idNumber));
}

TEST_CASE("in Chinese the audit detail names fields as the screens' columns do")
{
    MovedMember f;
    const Chinese chinese;
    const QString update = AuditDetail(f.db).text(f.record(QStringLiteral("member.update")));
    INFO(update.toStdString());
    CHECK(update.contains(QStringLiteral("所在支部：第一党支部 → 第二党支部")));
    CHECK(update.contains(QStringLiteral("联系电话：— → 138****8000")));
    const QString added = AuditDetail(f.db).text(f.record(QStringLiteral("member.add")));
    CHECK(added.contains(QStringLiteral("姓名：张三")));
    CHECK(added.contains(QStringLiteral("身份证号：%1").arg(IdNumber::masked(f.idNumber))));
}

TEST_CASE("a batch record shows each of its rows by field, ID numbers masked, and what the rows share")
{
    MovedMember f;
    AuditRecord batch;
    batch.action = QStringLiteral("member.import");
    batch.entity = QStringLiteral("members");
    batch.before = QJsonValue(QJsonValue::Null);
    batch.after = QJsonObject {
        {QStringLiteral("columns"),
         QJsonArray {QStringLiteral("branch_id"), QStringLiteral("id_number"), QStringLiteral("name")}},
        {QStringLiteral("constants"), QJsonObject {{QStringLiteral("entered_by"), QStringLiteral("张会计")}}},
        {QStringLiteral("rows"),
         QJsonArray {QJsonArray {f.first, f.idNumber, QStringLiteral("李四")},
                     QJsonArray {f.second, QStringLiteral("11010519491231002X"), QStringLiteral("王五")}}}};
    const QString text = AuditDetail(f.db).text(batch);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Every row: Entered by: 张会计")));
    CHECK(text.contains(QStringLiteral("2 row(s):")));
    CHECK(text.contains(
        QStringLiteral("1. ID number: %1; Name: 李四; Branch: 第一党支部").arg(IdNumber::masked(f.idNumber))));
    CHECK(text.contains(QStringLiteral("2. ID number: %1; Name: 王五; Branch: 第二党支部")
                            .arg(IdNumber::masked(QStringLiteral("11010519491231002X")))));
    CHECK_FALSE(text.contains(f.idNumber));
}

TEST_CASE("a replaced list (awards, grade bands) shows its items before and after, points in points")
{
    MovedMember f;
    AuditRecord grades;
    grades.action = QStringLiteral("grades.replace");
    grades.entity = QStringLiteral("grade_bands");
    grades.before = QJsonArray {};
    grades.after = QJsonArray {
        QJsonObject {{QStringLiteral("name"), QStringLiteral("优秀")}, {QStringLiteral("min_points"), 9000}}};
    const QString text = AuditDetail(f.db).text(grades);
    INFO(text.toStdString());
    CHECK(text == QStringLiteral("Before:\n  —\nAfter:\n  Name: 优秀; Min. points: 90"));
}
