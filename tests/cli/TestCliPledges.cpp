#include "CliRunner.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace jifen::test;

namespace {

const QString zhangId = QStringLiteral("110105198001010032");

struct PledgeLedger
{
    TempDir dir;
    QString db = dir.dbPath();
    QString year = QString::number(QDate::currentDate().year() - 1);

    PledgeLedger()
    {
        REQUIRE(runCli(db, {QStringLiteral("init")}).exitCode == 0);
        REQUIRE(runCli(db, {QStringLiteral("add-member"), QStringLiteral("--name"), QStringLiteral("张三"),
                            QStringLiteral("--id-number"), zhangId, QStringLiteral("--branch"), QStringLiteral("第一党支部")})
                    .exitCode
                == 0);
    }
    CliResult run(const QStringList& arguments) { return runCli(db, arguments); }
    QJsonArray pledges()
    {
        const CliResult listed = run({QStringLiteral("pledges"), QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(listed.exitCode == 0);
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }
};

} // namespace

TEST_CASE("cli: pledge add prints the id, pledge review writes the 践诺 entry, pledges lists them as JSON")
{
    PledgeLedger l;
    const CliResult added = l.run({QStringLiteral("pledge"), QStringLiteral("add"), QStringLiteral("--member"), zhangId,
                                   QStringLiteral("--year"), l.year, QStringLiteral("--text"),
                                   QStringLiteral("带头参加志愿服务"), QStringLiteral("--due"), l.year + QStringLiteral("-06-30")});
    REQUIRE(added.exitCode == 0);
    const QString id = added.out.trimmed();
    CHECK(id == u"1");
    QJsonObject row = l.pledges().at(0).toObject();
    CHECK(row.keys()
          == QStringList {QStringLiteral("branch"), QStringLiteral("due"), QStringLiteral("id"),
                          QStringLiteral("id_number"), QStringLiteral("member"), QStringLiteral("note"),
                          QStringLiteral("result"), QStringLiteral("reviewed_at"), QStringLiteral("reviewed_by"),
                          QStringLiteral("text"), QStringLiteral("year")});
    CHECK(row.value(QStringLiteral("result")).isNull());
    CHECK(row.value(QStringLiteral("id_number")).toString() == u"110105********0032");
    CHECK(row.value(QStringLiteral("due")).toString() == l.year + QStringLiteral("-06-30"));

    REQUIRE(l.run({QStringLiteral("pledge"), QStringLiteral("review"), id, QStringLiteral("--result"),
                   QStringLiteral("践诺"), QStringLiteral("--note"), QStringLiteral("全年八次")})
                .exitCode
            == 0);
    row = l.pledges().at(0).toObject();
    CHECK(row.value(QStringLiteral("result")).toString() == u"践诺");
    CHECK(row.value(QStringLiteral("note")).toString() == u"全年八次");
    const CliResult entries = l.run({QStringLiteral("entries"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(entries.out.contains(QStringLiteral("\"rule\": \"B03\"")));
    CHECK(entries.out.contains(l.year + QStringLiteral("-12-31")));

    // The same review again changes nothing: refused with exit code 1.
    CHECK(l.run({QStringLiteral("pledge"), QStringLiteral("review"), id, QStringLiteral("--result"),
                 QStringLiteral("践诺"), QStringLiteral("--note"), QStringLiteral("全年八次")})
              .exitCode
          == 1);
    CHECK(l.run({QStringLiteral("pledge"), QStringLiteral("review"), id, QStringLiteral("--result"),
                 QStringLiteral("done")})
              .exitCode
          == 2);
    CHECK(l.run({QStringLiteral("pledge"), QStringLiteral("add"), QStringLiteral("--member"), zhangId}).exitCode == 2);
}

TEST_CASE("cli: report opinion writes a PDF or an .odt for the candidates and export-rules keeps pledge_rules")
{
    PledgeLedger l;
    const QString pdf = l.dir.filePath(QStringLiteral("opinion.pdf"));
    const QString odt = l.dir.filePath(QStringLiteral("opinion.odt"));
    const QString years = QStringLiteral("%1-%2").arg(l.year.toInt() - 1).arg(l.year);
    CHECK(l.run({QStringLiteral("report"), QStringLiteral("opinion"), QStringLiteral("--member"), zhangId,
                 QStringLiteral("--years"), years, QStringLiteral("--output"), pdf})
              .exitCode
          == 0);
    CHECK(QFileInfo(pdf).size() > 1000);
    CHECK(l.run({QStringLiteral("report"), QStringLiteral("opinion"), QStringLiteral("--member"), zhangId,
                 QStringLiteral("--years"), l.year, QStringLiteral("--opinion"), QStringLiteral("同意"),
                 QStringLiteral("--output"), odt})
              .exitCode
          == 0);
    CHECK(QFileInfo(odt).size() > 1000);
    CHECK(l.run({QStringLiteral("report"), QStringLiteral("opinion"), QStringLiteral("--member"), zhangId,
                 QStringLiteral("--years"), QStringLiteral("2026-2020"), QStringLiteral("--output"), pdf})
              .exitCode
          == 2);
    const CliResult audit = l.run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(audit.out.count(QStringLiteral("opinion.issue")) == 2);
    const CliResult rules = l.run({QStringLiteral("export-rules")});
    CHECK(rules.out.contains(
        QStringLiteral("\"pledge_rules\": {\"fulfilled\": \"B03\", \"partly\": null, \"unfulfilled\": null}")));
}
