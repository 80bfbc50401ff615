#include "PointsFeed.h"
#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/AuditedTables.h"
#include "storage/CanonicalJson.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/LedgerVerifier.h"
#include "storage/PointsImport.h"
#include "storage/ScoreStore.h"
#include "storage/Sha256.h"

#include <QSqlQuery>

using namespace jifen;

namespace {

// Imports two points entries for the ledger's member 张三 by rule A05; returns the first new entry's id.
qint64 importPoints(const QString& path)
{
    Database db(path);
    Ledger ledger(db, Actor::singleUser(QStringLiteral("tester")));
    PointsImport import(ledger, QDate(2026, 11, 1));
    test::feedPoints(import, QStringLiteral("身份证号,规则编码,日期,数量,备注"),
                     {QStringLiteral("11010519491231002X,A05,2026-04-01,1,支部大会"),
                      QStringLiteral("11010519491231002x,A05,2026-05-01,1,带\"引号\"和\\的备注")});
    return import.apply(QStringLiteral("points.csv"));
}

// Records entries written to the table by hand as one points import whose after-value is `after` (a batch as an
// earlier Jifen, or another order of its columns, would have written it), and counts them in the stored totals.
void recordAsImport(Database& db, Ledger& ledger, const QByteArray& after)
{
    ledger.audit().appendCanonical(ledger.actor(), QStringLiteral("entry.import"), QStringLiteral("entries"), 0,
                                   QStringLiteral("Points import"), QByteArrayLiteral("null"), after);
    ScoreStore(db).rebuild();
}

LedgerVerifier::Result verify(const QString& path)
{
    Database db(path);
    return LedgerVerifier(db).run();
}

} // namespace

TEST_CASE("a ledger written only through Jifen verifies")
{
    test::TempDir dir;
    test::fillSmallLedger(dir.dbPath());
    const auto result = verify(dir.dbPath());
    INFO((result.problems.isEmpty() ? QString() : result.problems.constFirst().message).toStdString());
    CHECK(result.ok());
    CHECK(result.auditRecords > 10);
    CHECK(result.headHash.size() == 64);
}

TEST_CASE("every edit made to the file with another tool is caught by verify")
{
    const QStringList edits {
        QStringLiteral("UPDATE entries SET quantity = 5 WHERE id = 2"),
        QStringLiteral("UPDATE entries SET date = '2026-04-01' WHERE id = 2"),
        QStringLiteral("DELETE FROM reversals"),
        QStringLiteral("DELETE FROM entries WHERE id = 2"),
        QStringLiteral("INSERT INTO entries (member_id, rule_id, date, quantity, note, entered_by, entered_at)"
                       " VALUES (1, 1, '2026-05-01', 9, '', 'tester', '2026-05-01T00:00:00.000Z')"),
        QStringLiteral("UPDATE members SET phone = '13900000000'"),
        QStringLiteral("UPDATE members SET branch_id = branch_id"), // a no-op must not be flagged: replaced below
        QStringLiteral("UPDATE rule_versions SET points = 500"),
        QStringLiteral("UPDATE rules SET code = 'B01'"),
        QStringLiteral("UPDATE awards SET min_points = 100"),
        QStringLiteral("DELETE FROM grade_bands WHERE name = '优秀'"),
        QStringLiteral("UPDATE settings SET value = '0' WHERE key = 'base_points'"),
        QStringLiteral("UPDATE audit_log SET operator = 'someone else' WHERE id = 3"),
        QStringLiteral("UPDATE audit_log SET summary = 'nothing happened' WHERE id = (SELECT MAX(id) FROM audit_log)"),
        QStringLiteral("DELETE FROM audit_log WHERE id = 4"),
        QStringLiteral("INSERT INTO branches (name, kind) VALUES ('影子支部', 'branch')"),
    };
    for (const QString& edit : edits) {
        DYNAMIC_SECTION(edit.toStdString())
        {
            test::TempDir dir;
            test::fillSmallLedger(dir.dbPath());
            test::rawExec(dir.dbPath(), {edit}, test::Triggers::Bypass);
            const auto result = verify(dir.dbPath());
            if (edit.contains(QStringLiteral("branch_id = branch_id")))
                CHECK(result.ok());
            else
                CHECK_FALSE(result.ok());
        }
    }
}

TEST_CASE("a rewritten audit record is named as the first broken link")
{
    test::TempDir dir;
    test::fillSmallLedger(dir.dbPath());
    test::rawExec(dir.dbPath(), {QStringLiteral("UPDATE audit_log SET operator = 'someone else' WHERE id = 3")},
                  test::Triggers::Bypass);
    const auto result = verify(dir.dbPath());
    REQUIRE_FALSE(result.ok());
    CHECK(result.problems.constFirst().auditId == 3);
    CHECK(result.problems.constFirst().message.contains(QStringLiteral("changed after it was written")));
}

TEST_CASE("a changed row is reported with the fields that differ")
{
    test::TempDir dir;
    test::fillSmallLedger(dir.dbPath());
    test::rawExec(dir.dbPath(), {QStringLiteral("UPDATE entries SET quantity = 5 WHERE id = 2")},
                  test::Triggers::Bypass);
    const auto result = verify(dir.dbPath());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.constFirst().table == QStringLiteral("entries"));
    CHECK(result.problems.constFirst().rowId == 2);
    INFO(result.problems.constFirst().message.toStdString());
    CHECK(result.problems.constFirst().message.contains(QStringLiteral("quantity: 1 → 5")));
}

TEST_CASE("an entry changed outside Jifen after a points import is caught by verify")
{
    test::TempDir dir;
    test::fillSmallLedger(dir.dbPath());
    const qint64 first = importPoints(dir.dbPath());
    REQUIRE(first > 0);
    REQUIRE(verify(dir.dbPath()).ok());

    test::rawExec(dir.dbPath(), {QStringLiteral("UPDATE entries SET quantity = 5 WHERE id = %1").arg(first + 1)},
                  test::Triggers::Bypass);
    const auto result = verify(dir.dbPath());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.constFirst().table == u"entries");
    CHECK(result.problems.constFirst().rowId == first + 1);
}

TEST_CASE("verify still reads a points import recorded as one object a row")
{
    test::TempDir dir;
    test::fillSmallLedger(dir.dbPath());
    Database db(dir.dbPath());
    Ledger ledger(db, Actor::singleUser(QStringLiteral("tester")));
    // An entry, and its record as an earlier Jifen wrote it.
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral(
        "INSERT INTO entries (id, member_id, rule_id, date, quantity, note, entered_by, entered_at)"
        " SELECT 100, m.id, r.id, '2026-06-01', 1, '', 'tester', '2026-06-01T08:00:00.000Z' FROM members m, rules r")));
    REQUIRE(query.exec(AuditedTables::select(QStringLiteral("entries")) + QStringLiteral(" WHERE id = 100")));
    REQUIRE(query.next());
    const QByteArray row = AuditLog::canonical(AuditedTables::rowJson(query, QStringLiteral("entries")));
    query.finish();
    recordAsImport(db, ledger, '[' + row + ']');
    const auto result = LedgerVerifier(db).run();
    INFO((result.problems.isEmpty() ? QString() : result.problems.constFirst().message).toStdString());
    CHECK(result.ok());
}

TEST_CASE("verify reads a points import's rows whatever order its columns and constants were recorded in")
{
    test::TempDir dir;
    test::fillSmallLedger(dir.dbPath());
    {
        Database db(dir.dbPath());
        Ledger ledger(db, Actor::singleUser(QStringLiteral("tester")));
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral(
            "INSERT INTO entries (id, member_id, rule_id, date, quantity, note, entered_by, entered_at, needs_review)"
            " SELECT 100 + r.id, m.id, r.id, '2026-06-01', 1, '带\"引号\"的备注', 'tester', "
            "'2026-06-01T08:00:00.000Z', 0"
            " FROM members m, rules r WHERE m.id = (SELECT MIN(id) FROM members)")));
        QByteArray rows;
        REQUIRE(query.exec(
            QStringLiteral("SELECT quantity, note, id, rule_id, date, member_id FROM entries WHERE id > 100")));
        while (query.next()) {
            rows += rows.isEmpty() ? "[" : ",[";
            for (int column = 0; column < 6; ++column) {
                if (column > 0)
                    rows += ',';
                if (column == 1 || column == 4)
                    canonicalJson::appendString(rows, query.value(column).toString());
                else
                    canonicalJson::appendNumber(rows, query.value(column).toLongLong());
            }
            rows += ']';
        }
        REQUIRE_FALSE(rows.isEmpty());
        query.finish();
        // Columns out of order, and constants whose keys sort between theirs.
        recordAsImport(db, ledger,
                       R"({"columns":["quantity","note","id","rule_id","date","member_id"],"constants":{"entered_at":)"
                       R"("2026-06-01T08:00:00.000Z","entered_by":"tester","needs_review":0},"rows":[)"
                           + rows + "]}");
    }
    const auto result = verify(dir.dbPath());
    INFO((result.problems.isEmpty() ? QString() : result.problems.constFirst().message).toStdString());
    CHECK(result.ok());

    test::rawExec(dir.dbPath(), {QStringLiteral("UPDATE entries SET note = '带引号的备注' WHERE id > 100")},
                  test::Triggers::Bypass);
    const auto changed = verify(dir.dbPath());
    REQUIRE_FALSE(changed.problems.isEmpty());
    CHECK(changed.problems.constFirst().table == u"entries");
    CHECK(changed.problems.constFirst().rowId > 100);
}

TEST_CASE("each audited row's canonical text, written from the query, is its JSON object's canonical text")
{
    test::TempDir dir;
    test::fillSmallLedger(dir.dbPath());
    importPoints(dir.dbPath()); // notes with quotes, a backslash and Chinese text
    Database db(dir.dbPath());
    QSet<QString> compared;
    for (const QString& table : AuditedTables::tables()) {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(AuditedTables::select(table)));
        while (query.next()) {
            const QJsonObject object = AuditedTables::rowJson(query, table);
            QByteArray written = "leading text is kept ";
            const qint64 id = AuditedTables::appendCanonicalRow(written, query, table);
            INFO(table.toStdString() << " row " << id);
            CHECK(written == "leading text is kept " + AuditLog::canonical(object));
            CHECK(id == object.value(QStringLiteral("id")).toInteger());
            CHECK(id > 0);
            compared.insert(table);
        }
    }
    CHECK(compared.contains(QStringLiteral("members")));
    CHECK(compared.contains(QStringLiteral("entries")));
    CHECK(compared.contains(QStringLiteral("rule_versions")));
}

TEST_CASE("many digests in a row are each the standard SHA-256")
{
    Sha256Digester digester;
    for (int round = 0; round < 3; ++round) {
        CHECK(digester.digest({"abc"}).toHex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        CHECK(digester.digest({""}).toHex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        CHECK(digester.digest({"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"}).toHex()
              == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        CHECK(digester.digest({"ab", "", "c"}) == digester.digest({"abc"}));
    }
}

TEST_CASE("the audit chain's SHA-256 is the standard digest, over its parts one after the other")
{
    // FIPS 180-2, appendix B.1 and B.2.
    CHECK(sha256({"abc"}).toHex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256({"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"}).toHex()
          == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256({"ab", "", "c"}) == sha256({"abc"}));
    CHECK(sha256({}).toHex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("SHA-256 of a large input, as an import's audit record, is the standard digest too")
{
    // FIPS 180-2, appendix B.3: one million times 'a'.
    CHECK(sha256({QByteArray(1000000, 'a')}).toHex()
          == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    CHECK(sha256({QByteArray(300000, 'a'), QByteArray(700000, 'a')}) == sha256({QByteArray(1000000, 'a')}));
}

TEST_CASE("verify compares every stored column as stored: a value that reads the same is still caught")
{
    const QStringList edits{
        QStringLiteral("UPDATE awards SET no_veto = 2"), // still "true" when read
        QStringLiteral("UPDATE awards SET position = 7"), // still the first award
        QStringLiteral("UPDATE awards SET top_percent = '30.0'"), // still 30 %
        QStringLiteral("UPDATE grade_bands SET position = position + 10"), // still in order
        QStringLiteral("UPDATE members SET name_initials = 'ls'"), // a derived search key
        QStringLiteral("UPDATE members SET id_number_rev = ''"),
    };
    for (const QString& edit : edits) {
        DYNAMIC_SECTION(edit.toStdString())
        {
            test::TempDir dir;
            test::fillSmallLedger(dir.dbPath());
            {
                Database db(dir.dbPath());
                Ledger ledger(db, Actor::singleUser(QStringLiteral("tester")));
                QList<Award> awards = ledger.ruleSet().awards;
                awards.first().noVeto = true;
                REQUIRE(ledger.saveAwards(awards));
            }
            REQUIRE(verify(dir.dbPath()).ok());
            test::rawExec(dir.dbPath(), {edit});
            const auto result = verify(dir.dbPath());
            CHECK_FALSE(result.ok());
        }
    }
}

TEST_CASE("verify reports the schema changed with another tool: a trigger, index or table dropped, changed or added")
{
    const bool server = !test::testServer().isEmpty();
    // {the change, a word the report must name}
    const QList<std::pair<QStringList, QString>> edits{
        {{server ? QStringLiteral("DROP TRIGGER entries_no_change ON entries")
                 : QStringLiteral("DROP TRIGGER entries_no_update")},
         server ? QStringLiteral("entries_no_change") : QStringLiteral("entries_no_update")},
        {server ? QStringList{QStringLiteral("CREATE OR REPLACE FUNCTION jifen_append_only() RETURNS trigger LANGUAGE "
                                             "plpgsql AS $$ BEGIN RETURN NEW; END $$")}
                : QStringList{QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                              QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
                                             "SELECT 1; END")},
         server ? QStringLiteral("jifen_append_only") : QStringLiteral("audit_log_no_delete")},
        {{QStringLiteral("DROP INDEX entries_member_date")}, QStringLiteral("entries_member_date")},
        {{QStringLiteral("CREATE INDEX entries_note ON entries(note)")}, QStringLiteral("entries_note")},
        {{QStringLiteral("DROP TABLE publications")}, QStringLiteral("publications")},
        {{QStringLiteral("CREATE TABLE shadow (x INTEGER)")}, QStringLiteral("shadow")},
        {{QStringLiteral("ALTER TABLE entries ADD COLUMN extra TEXT")}, QStringLiteral("entries")},
    };
    for (const auto& [edit, named] : edits) {
        DYNAMIC_SECTION(edit.join(QStringLiteral("; ")).toStdString())
        {
            test::TempDir dir;
            test::fillSmallLedger(dir.dbPath());
            REQUIRE(verify(dir.dbPath()).ok());
            test::rawExec(dir.dbPath(), edit);
            const auto result = verify(dir.dbPath());
            REQUIRE_FALSE(result.ok());
            QStringList messages;
            for (const auto& problem : result.problems)
                messages << problem.message;
            INFO(messages.join(u'\n').toStdString());
            CHECK(messages.join(u'\n').contains(named));
        }
    }
}
