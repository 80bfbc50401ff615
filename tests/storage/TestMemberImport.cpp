#include "TestSupport.h"
#include "model/IdNumber.h"
#include "storage/AuditLog.h"
#include "storage/AuditedTables.h"
#include "storage/Backup.h"
#include "storage/CanonicalJson.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/LedgerVerifier.h"
#include "storage/MemberImport.h"
#include "storage/MemberSearchKeys.h"
#include "storage/StorageError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace jifen;
using namespace jifen::test;

namespace {

Member person(const QString& name, const QString& idNumber, const QString& branch)
{
    Member m;
    m.name = name;
    m.idNumber = idNumber;
    m.gender = IdNumber::gender(idNumber);
    m.birthDate = IdNumber::birthDate(idNumber);
    m.branchName = branch;
    m.joinDate = QDate(2010, 7, 1); // after the 18th birthday of all three
    m.phone = QStringLiteral("13800138000");
    m.notes = QStringLiteral("说\"到\"做到\n第二行 \\ 反斜杠");
    return m;
}

const QString zhang = QStringLiteral("110105198001010016");
const QString li = QStringLiteral("11010519850315006X");
const QString aygul = QStringLiteral("650102199006200020");

QList<MemberImport::Row> roster()
{
    return {{2, person(QStringLiteral("张三"), zhang, QStringLiteral("第一党支部"))},
            {3, person(QStringLiteral("李四"), li, QStringLiteral("第一党支部"))},
            {4, person(QStringLiteral("阿依古丽·买买提"), aygul, QStringLiteral("第二党支部"))}};
}

MemberImport::Options allFields()
{
    MemberImport::Options options;
    const QStringList keys = MemberImport::fieldKeys();
    options.fields = QSet<QString>(keys.cbegin(), keys.cend());
    options.source = QStringLiteral("名册.csv");
    return options;
}

struct ImportFixture
{
    test::TempDir dir;
    Database db {dir.dbPath()};
    Ledger ledger {db, Actor::singleUser(QStringLiteral("tester"))};

    void requireVerified()
    {
        const LedgerVerifier::Result verified = LedgerVerifier(db).run();
        for (const auto& problem : verified.problems)
            INFO(problem.message.toStdString());
        REQUIRE(verified.ok());
    }
};

} // namespace

TEST_CASE("an import adds new members and their branches, and the ledger verifies")
{
    ImportFixture f;
    const auto result = MemberImport(f.ledger).apply(roster(), allFields());
    CHECK(result.written);
    CHECK(result.added == QList<int> {2, 3, 4});
    CHECK(result.newBranches == QStringList {QStringLiteral("第一党支部"), QStringLiteral("第二党支部")});
    REQUIRE(f.ledger.members().size() == 3);
    const auto stored = f.ledger.memberByIdNumber(aygul);
    REQUIRE(stored);
    CHECK(stored->name == QStringLiteral("阿依古丽·买买提"));
    CHECK(stored->branchName == QStringLiteral("第二党支部"));
    CHECK(stored->notes == QStringLiteral("说\"到\"做到\n第二行 \\ 反斜杠"));
    // Two branch records and one record for the whole import.
    CHECK(rowCount(f.db, QStringLiteral("audit_log")) == 3);
    CHECK(f.ledger.audit().recent(1).constFirst().action == QStringLiteral("member.import"));
    f.requireVerified();
}

TEST_CASE("importing the same roster again changes nothing and writes no audit record")
{
    ImportFixture f;
    MemberImport(f.ledger).apply(roster(), allFields());
    const int records = rowCount(f.db, QStringLiteral("audit_log"));
    const auto again = MemberImport(f.ledger).apply(roster(), allFields());
    CHECK(again.added.isEmpty());
    CHECK(again.updated.isEmpty());
    CHECK(again.unchanged == QList<int> {2, 3, 4});
    CHECK(rowCount(f.db, QStringLiteral("audit_log")) == records);
}

TEST_CASE("a changed field updates only that member, with its change in the audit log")
{
    ImportFixture f;
    MemberImport(f.ledger).apply(roster(), allFields());
    QList<MemberImport::Row> changed = roster();
    changed[1].member.phone = QStringLiteral("13900139000");
    changed[1].member.branchName = QStringLiteral("第三党支部");
    const auto result = MemberImport(f.ledger).apply(changed, allFields());
    REQUIRE(result.updated.size() == 1);
    CHECK(result.updated[0].row == 3);
    CHECK(result.updated[0].fields == QStringList {QStringLiteral("branch"), QStringLiteral("phone")});
    CHECK(result.unchanged == QList<int> {2, 4});
    CHECK(result.newBranches == QStringList {QStringLiteral("第三党支部")});
    CHECK(f.ledger.memberByIdNumber(li)->phone == QStringLiteral("13900139000"));
    const AuditRecord last = f.ledger.audit().recent(1).constFirst();
    CHECK(last.action == QStringLiteral("member.update"));
    CHECK(last.before.toObject().keys() == QStringList {QStringLiteral("branch_id"), QStringLiteral("phone")});
    f.requireVerified();
}

TEST_CASE("fields the file does not supply keep their stored values")
{
    ImportFixture f;
    MemberImport(f.ledger).apply(roster(), allFields());
    QList<MemberImport::Row> partial = roster();
    for (auto& row : partial) {
        row.member.phone.clear();
        row.member.notes.clear();
    }
    MemberImport::Options options = allFields();
    options.fields.remove(QStringLiteral("phone"));
    options.fields.remove(QStringLiteral("notes"));
    const auto result = MemberImport(f.ledger).apply(partial, options);
    CHECK(result.unchanged.size() == 3);
    CHECK(f.ledger.memberByIdNumber(zhang)->phone == QStringLiteral("13800138000"));
}

TEST_CASE("a member the ledger refuses means nothing is written, unless skipping invalid rows")
{
    QList<MemberImport::Row> rows = roster();
    rows[1].member.status = QStringLiteral("转出"); // no status date: the ledger refuses it
    rows[1].member.branchName = QStringLiteral("只为被拒的行");

    ImportFixture f;
    const auto refused = MemberImport(f.ledger).apply(rows, allFields());
    CHECK_FALSE(refused.written);
    REQUIRE(refused.refused.size() == 1);
    CHECK(refused.refused[0].row == 3);
    CHECK(refused.refused[0].message.contains(QStringLiteral("转出")));
    CHECK(refused.added == QList<int> {2, 4}); // what would have been written
    CHECK(rowCount(f.db, QStringLiteral("members")) == 0);
    CHECK(rowCount(f.db, QStringLiteral("branches")) == 0);
    CHECK(rowCount(f.db, QStringLiteral("audit_log")) == 0);

    MemberImport::Options skip = allFields();
    skip.skipInvalid = true;
    const auto skipped = MemberImport(f.ledger).apply(rows, skip);
    CHECK(skipped.written);
    CHECK(skipped.added == QList<int> {2, 4});
    CHECK(rowCount(f.db, QStringLiteral("members")) == 2);
    CHECK_FALSE(f.ledger.branchByName(QStringLiteral("只为被拒的行"))); // no branch for a refused row
    f.requireVerified();
}

TEST_CASE("a dry run works everything out and writes nothing")
{
    ImportFixture f;
    MemberImport::Options options = allFields();
    options.dryRun = true;
    const auto result = MemberImport(f.ledger).apply(roster(), options);
    CHECK_FALSE(result.written);
    CHECK(result.added.size() == 3);
    CHECK(result.newBranches.size() == 2);
    CHECK(rowCount(f.db, QStringLiteral("members")) == 0);
    CHECK(rowCount(f.db, QStringLiteral("audit_log")) == 0);
}

TEST_CASE("members missing from the file are left alone and can be listed")
{
    ImportFixture f;
    MemberImport(f.ledger).apply(roster(), allFields());
    MemberImport::Options options = allFields();
    options.listMissing = true;
    const auto result = MemberImport(f.ledger).apply(roster().mid(0, 1), options);
    REQUIRE(result.missing.size() == 2);
    CHECK(result.missing[0].idNumber == li);
    CHECK(result.missing[1].idNumber == aygul);
    CHECK(f.ledger.members().size() == 3);
}

TEST_CASE("the same ID number twice in the rows is refused")
{
    ImportFixture f;
    QList<MemberImport::Row> rows = roster();
    rows.append({5, rows[0].member});
    const auto result = MemberImport(f.ledger).apply(rows, allFields());
    REQUIRE(result.refused.size() == 1);
    CHECK(result.refused[0].row == 5);
    CHECK_FALSE(result.written);
}

TEST_CASE("an import first leaves a backup holding the ledger as it was before the import", "[sqlite]")
{
    ImportFixture f;
    MemberImport(f.ledger).apply(roster().mid(0, 1), allFields());
    REQUIRE(Backup::list(f.db.path()).size() == 1);
    MemberImport(f.ledger).apply(roster(), allFields());
    const QList<Backup::Info> backups = Backup::list(f.db.path());
    REQUIRE(backups.size() == 2);
    CHECK(backups[0].reason == QStringLiteral("import"));
    CHECK(backups[0].members == 1); // the newest: taken before the second import added two members
    CHECK(rowCount(f.db, QStringLiteral("members")) == 3);
    Database copy(backups[0].path);
    CHECK(rowCount(copy, QStringLiteral("members")) == 1);
    CHECK(LedgerVerifier(copy).run().ok());
}

TEST_CASE("a dry run takes no backup")
{
    ImportFixture f;
    MemberImport::Options options = allFields();
    options.dryRun = true;
    MemberImport(f.ledger).apply(roster(), options);
    CHECK(Backup::list(f.db.path()).isEmpty());
}

TEST_CASE("an import reports its progress, and cancelling it writes nothing")
{
    ImportFixture f;
    // Many rows, so the callback is asked between the start and the end too.
    QList<MemberImport::Row> rows;
    for (int i = 0; i < 1200; ++i) {
        const QString first17 = QStringLiteral("110105%1%2")
                                    .arg(QDate(1970, 1, 1).addDays(i).toString(QStringLiteral("yyyyMMdd")))
                                    .arg(100 + i % 800, 3, 10, QLatin1Char('0'));
        rows.append({i + 2, person(QStringLiteral("成员%1").arg(i), first17 + IdNumber::checkDigit(first17),
                                   QStringLiteral("第一党支部"))});
    }
    QList<qint64> seen;
    MemberImport::Options options = allFields();
    options.progress = [&seen](qint64 done, qint64 total) {
        CHECK(total == 1200);
        seen.append(done);
        return done < 1000;
    };
    CHECK_THROWS_AS(MemberImport(f.ledger).apply(rows, options), StorageError);
    CHECK(seen.size() >= 3);
    CHECK(seen.constFirst() == 0);
    CHECK(rowCount(f.db, QStringLiteral("members")) == 0);
    CHECK(rowCount(f.db, QStringLiteral("branches")) == 0);
    CHECK(rowCount(f.db, QStringLiteral("audit_log")) == 0);

    seen.clear();
    options.progress = [&seen](qint64 done, qint64) {
        seen.append(done);
        return true;
    };
    CHECK(MemberImport(f.ledger).apply(rows, options).written);
    CHECK(seen.constLast() == 1200);
    CHECK(rowCount(f.db, QStringLiteral("members")) == 1200);
}

TEST_CASE("a bulk import into a small roster keeps every index and search key, and the ledger verifies", "[sqlite]")
{
    ImportFixture f;
    const auto indexes = [&f] {
        QSqlQuery query(f.db.connection());
        REQUIRE(query.exec(QStringLiteral(
            "SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master WHERE type = 'index' AND "
            "tbl_name = 'members' AND sql IS NOT NULL ORDER BY name)")));
        REQUIRE(query.next());
        return query.value(0).toString();
    };
    const QString before = indexes();
    CHECK_FALSE(before.isEmpty());
    QList<MemberImport::Row> rows;
    for (int i = 0; i < int(MemberImport::bulkRows); ++i) {
        const QString first17 = QStringLiteral("110105%1%2")
                                    .arg(QDate(1950, 1, 1).addDays(i).toString(QStringLiteral("yyyyMMdd")))
                                    .arg(100 + i % 800, 3, 10, QLatin1Char('0'));
        rows.append({i + 2, person(QStringLiteral("张成员"), first17 + IdNumber::checkDigit(first17),
                                   QStringLiteral("第一党支部"))});
    }
    REQUIRE(MemberImport(f.ledger).apply(rows, allFields()).written);
    CHECK(indexes() == before);
    CHECK(rowCount(f.db, QStringLiteral("members")) == MemberImport::bulkRows);
    QSqlQuery keys(f.db.connection());
    REQUIRE(keys.exec(QStringLiteral("SELECT COUNT(*) FROM members WHERE name_pinyin = 'zhangchengyuan'")));
    REQUIRE(keys.next());
    CHECK(keys.value(0).toInt() == MemberImport::bulkRows);
    f.requireVerified();
}

TEST_CASE("every new member of a large import gets the search keys of its own name, ID and phone")
{
    // Large enough for the keys to be worked out ahead on a second thread, in chunks; members already on the roster
    // (a whole chunk of them, and every third row elsewhere) and a refused row are interleaved with new ones.
    ImportFixture f;
    const QString surnames = QStringLiteral("赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨单曾");
    const QString givens = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂");
    QList<MemberImport::Row> rows;
    for (int i = 0; i < 4500; ++i) {
        const QString first17 = QStringLiteral("110105%1%2")
                                    .arg(QDate(1950, 1, 1).addDays(i).toString(QStringLiteral("yyyyMMdd")))
                                    .arg(100 + i % 800, 3, 10, QLatin1Char('0'));
        const QString name = QString(surnames[i % surnames.size()]) + givens[(i / 7) % givens.size()]
            + givens[(i / 3) % givens.size()];
        Member m = person(name, first17 + IdNumber::checkDigit(first17), QStringLiteral("第一党支部"));
        m.phone = QStringLiteral("1380000%1").arg(i, 4, 10, QLatin1Char('0'));
        rows.append({i + 2, m});
    }
    rows[2500].member.joinDate = QDate::currentDate().addDays(30); // refused: a join date in the future
    QList<MemberImport::Row> existing;
    for (qsizetype i = 0; i < rows.size(); ++i)
        if ((i >= 1024 && i < 2048) || i % 3 == 0)
            existing.append(rows[i]);
    REQUIRE(MemberImport(f.ledger).apply(existing, allFields()).written);

    MemberImport::Options options = allFields();
    options.skipInvalid = true;
    const MemberImport::Result result = MemberImport(f.ledger).apply(rows, options);
    REQUIRE(result.written);
    CHECK(result.added.size() == rows.size() - existing.size() - 1);
    CHECK(result.refused.size() == 1);

    QSqlQuery stored(f.db.connection());
    REQUIRE(stored.exec(QStringLiteral(
        "SELECT name, id_number, phone, name_initials, name_pinyin, name_key, id_number_rev, phone_rev FROM members")));
    int checked = 0;
    while (stored.next()) {
        const MemberSearchKeys::Keys keys = MemberSearchKeys::keysFor(
            stored.value(0).toString(), stored.value(1).toString(), stored.value(2).toString());
        INFO(stored.value(0).toString().toStdString() << " " << stored.value(2).toString().toStdString());
        CHECK(stored.value(3).toString() == keys.initials);
        CHECK(stored.value(4).toString() == keys.pinyin);
        CHECK(stored.value(5).toByteArray() == keys.sortKey);
        CHECK(stored.value(6).toString() == keys.idNumberReversed);
        CHECK(stored.value(7).toString() == keys.phoneReversed);
        ++checked;
    }
    CHECK(checked == rows.size() - 1);
    f.requireVerified();
}

TEST_CASE("a member whose name has no syllable to spell in pinyin is written with empty search spellings")
{
    ImportFixture f;
    QList<MemberImport::Row> rows = roster();
    rows[0].member.name = QStringLiteral("Ω");
    rows[1].member.name = QStringLiteral("¥");
    const MemberImport::Result result = MemberImport(f.ledger).apply(rows, allFields());
    REQUIRE(result.written);
    CHECK(result.added.size() == 3);

    Member renamed = f.ledger.memberByIdNumber(aygul).value();
    renamed.name = QStringLiteral("ㄅ");
    f.ledger.updateMember(renamed);
    Member added = person(QStringLiteral("😀"), QStringLiteral("110105196001010017"), QStringLiteral("第一党支部"));
    added.branchId = renamed.branchId;
    f.ledger.addMember(added);

    QSqlQuery keys(f.db.connection());
    REQUIRE(keys.exec(QStringLiteral("SELECT COUNT(*) FROM members WHERE name_initials = '' AND name_pinyin = ''")));
    REQUIRE(keys.next());
    CHECK(keys.value(0).toInt() == 4);
    f.requireVerified();
}

TEST_CASE("an import needs the permission to manage members")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    Ledger viewer(db, Actor {QStringLiteral("viewer"), Actor::Role::Viewer});
    CHECK_THROWS_AS(MemberImport(viewer).apply(roster(), allFields()), StorageError);
}

TEST_CASE("strings written piece by piece are byte for byte what QJsonDocument writes")
{
    const QStringList samples {
        QString(),
        QStringLiteral("plain ASCII"),
        QStringLiteral("引号\"反斜杠\\斜杠/"),
        QStringLiteral("control \b\f\n\r\t \x01\x1f end"),
        QStringLiteral("阿依古丽·买买提 € 𠀀 😀"),
        QString(QChar(0xD800)) + QStringLiteral("lone high, lone low ") + QChar(0xDC00),
        QString(QChar(0xFFFE)) + QChar(0xFFFF) + QChar(0x7F) + QChar(0x80) + QChar(0x7FF) + QChar(0x800),
    };
    for (const QString& sample : samples) {
        QByteArray mine;
        canonicalJson::appendString(mine, sample);
        QByteArray qt = QJsonDocument(QJsonArray {sample}).toJson(QJsonDocument::Compact);
        qt = qt.mid(1, qt.size() - 2);
        INFO(qt.toStdString());
        CHECK(mine == qt);
    }
}

TEST_CASE("verify catches a member changed or removed outside Jifen after an import")
{
    ImportFixture f;
    REQUIRE(MemberImport(f.ledger).apply(roster(), allFields()).written);
    f.requireVerified();
    QSqlQuery tamper(f.db.connection());
    REQUIRE(tamper.exec(QStringLiteral("UPDATE members SET phone = '13900139000' WHERE id_number = '%1'").arg(li)));
    REQUIRE(tamper.exec(QStringLiteral("DELETE FROM members WHERE id_number = '%1'").arg(aygul)));
    const LedgerVerifier::Result verified = LedgerVerifier(f.db).run();
    CHECK_FALSE(verified.ok());
    QStringList messages;
    for (const auto& problem : verified.problems)
        messages.append(problem.message);
    INFO(messages.join(u'\n').toStdString());
    CHECK(messages.size() == 3); // the phone, the missing row, and the phone's search key that no longer matches
    // The changed phone, masked as wherever a phone number is shown.
    CHECK(messages.join(u'\n').contains(QStringLiteral("phone: \"138****8000\" → \"139****9000\"")));
    CHECK_FALSE(messages.join(u'\n').contains(QStringLiteral("13900139000")));
    CHECK(messages.join(u'\n').contains(QStringLiteral("missing")));
}

TEST_CASE("verify still reads a roster import recorded as one object a row")
{
    ImportFixture f;
    // A row, and its record as an earlier Jifen wrote it.
    const qint64 branch = f.ledger.ensureBranch(QStringLiteral("第一党支部"));
    QSqlQuery query(f.db.connection());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO members (id, id_number, name, branch_id) VALUES (7, '%1', '张三', %2)")
                           .arg(zhang)
                           .arg(branch)));
    MemberSearchKeys::refresh(f.db); // what opening the ledger does for a row without its search keys
    REQUIRE(query.exec(AuditedTables::select(QStringLiteral("members"))));
    REQUIRE(query.next());
    const QByteArray row = AuditLog::canonical(AuditedTables::rowJson(query, QStringLiteral("members")));
    query.finish();
    f.ledger.audit().appendCanonical(f.ledger.actor(), QStringLiteral("member.import"), QStringLiteral("members"), 0,
                                     QStringLiteral("Roster import"), QByteArrayLiteral("null"), '[' + row + ']');
    f.requireVerified();
}
