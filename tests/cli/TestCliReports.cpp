#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSize>
#include <QtEndian>

using namespace jifen::test;

namespace {

// A ledger made through the CLI as a clerk would: the default rule set, three members, a few months of points.
struct CliLedger
{
    TempDir dir;
    QString db = dir.dbPath();

    CliLedger()
    {
        REQUIRE(runCli(db, {QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("市直机关党委")}).exitCode
                == 0);
        addMember(QStringLiteral("张三"), QStringLiteral("110105198001010032"), QStringLiteral("第一党支部"));
        addMember(QStringLiteral("李四"), QStringLiteral("110105198001010040"), QStringLiteral("第一党支部"));
        addMember(QStringLiteral("王五"), QStringLiteral("110105198001010059"), QStringLiteral("第二党支部"));
        for (const auto& [id, rule, date] : {std::tuple {"110105198001010032", "A01", "2026-01-08"},
                                             std::tuple {"110105198001010032", "A05", "2026-02-15"},
                                             std::tuple {"110105198001010040", "A01", "2026-02-08"},
                                             std::tuple {"110105198001010059", "B05", "2026-02-20"}})
            REQUIRE(
                runCli(db,
                       {QStringLiteral("add-points"), QStringLiteral("--member"), QLatin1String(id),
                        QStringLiteral("--rule"), QLatin1String(rule), QStringLiteral("--date"), QLatin1String(date)})
                    .exitCode
                == 0);
    }
    void addMember(const QString& name, const QString& id, const QString& branch)
    {
        REQUIRE(runCli(db,
                       {QStringLiteral("add-member"), QStringLiteral("--name"), name, QStringLiteral("--id-number"), id,
                        QStringLiteral("--branch"), branch})
                    .exitCode
                == 0);
    }
    CliResult run(const QStringList& arguments) { return runCli(db, arguments, {}, chineseLocale()); }
};

// Width and height from a PNG's header (the IHDR chunk follows the signature); this test links no GUI library.
QSize pngSize(const QString& png)
{
    QFile file(png);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG"))
        return {};
    return QSize(qFromBigEndian<qint32>(head.constData() + 16), qFromBigEndian<qint32>(head.constData() + 20));
}

} // namespace

TEST_CASE("report ranking prints the month's ranking to PDF in Chinese, ID numbers masked")
{
    CliLedger ledger;
    const QString pdf = ledger.dir.filePath(QStringLiteral("feb.pdf"));
    const CliResult result = ledger.run(
        {QStringLiteral("report"), QStringLiteral("ranking"), QStringLiteral("--period"), QStringLiteral("2026-02"),
         QStringLiteral("--output"), pdf, QStringLiteral("--date"), QStringLiteral("2026-03-02")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QString text = pdfLayoutText(pdf);
    CHECK(text.contains(QStringLiteral("市直机关党委2026年2月党员积分排名")));
    CHECK(text.contains(QStringLiteral("王五")));
    CHECK(text.contains(QStringLiteral("2026-03-02")));
    CHECK(text.contains(QStringLiteral("2026-03-08"))); // seven days of notice
    CHECK_FALSE(text.contains(QStringLiteral("110105198001010032")));
}

TEST_CASE("report ranking writes CSV with a byte order mark and .xlsx for one branch")
{
    CliLedger ledger;
    const QString csv = ledger.dir.filePath(QStringLiteral("r.csv"));
    REQUIRE(ledger
                .run({QStringLiteral("report"), QStringLiteral("ranking"), QStringLiteral("--period"),
                      QStringLiteral("2026-Q1"), QStringLiteral("--branch"), QStringLiteral("第一党支部"),
                      QStringLiteral("--output"), csv})
                .exitCode
            == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    CHECK(data.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(data.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == QStringLiteral("排名,并列,姓名,身份证号,所在支部,本期积分,年度累计,名次变化,等级"));
    CHECK(lines[1].startsWith(QStringLiteral("1,,张三,110105********0032,第一党支部,6,56,")));

    const QString xlsx = ledger.dir.filePath(QStringLiteral("r.xlsx"));
    REQUIRE(ledger
                .run({QStringLiteral("report"), QStringLiteral("ranking"), QStringLiteral("--period"),
                      QStringLiteral("2026-02"), QStringLiteral("--output"), xlsx})
                .exitCode
            == 0);
    QFile workbook(xlsx);
    REQUIRE(workbook.open(QIODevice::ReadOnly));
    CHECK(workbook.read(2) == "PK");
}

TEST_CASE("report ranking --publish records the publication, and a later change is reported on the next run")
{
    CliLedger ledger;
    const QString pdf = ledger.dir.filePath(QStringLiteral("notice.pdf"));
    const QStringList print {QStringLiteral("report"),  QStringLiteral("ranking"),  QStringLiteral("--period"),
                             QStringLiteral("2026-02"), QStringLiteral("--output"), pdf};
    const CliResult published = ledger.run(print + QStringList {QStringLiteral("--publish")});
    REQUIRE(published.exitCode == 0);
    CHECK(published.err.contains(QStringLiteral("已记录为公示")));
    CHECK(runCli(ledger.db, {QStringLiteral("audit")}).out.contains(QStringLiteral("ranking.publish")));

    REQUIRE(runCli(ledger.db,
                   {QStringLiteral("add-points"), QStringLiteral("--member"), QStringLiteral("110105198001010059"),
                    QStringLiteral("--rule"), QStringLiteral("A01"), QStringLiteral("--date"),
                    QStringLiteral("2026-02-27")})
                .exitCode
            == 0);
    const CliResult again = ledger.run(print);
    REQUIRE(again.exitCode == 0);
    CHECK(again.err.contains(QStringLiteral("有 1 名党员的积分发生变动")));
    CHECK(pdfLayoutText(pdf).contains(QStringLiteral("王五 ※")));
}

TEST_CASE("report eligibility and report member print PDFs; bad arguments are usage or data errors")
{
    CliLedger ledger;
    const QString eligibility = ledger.dir.filePath(QStringLiteral("e.pdf"));
    REQUIRE(ledger
                .run({QStringLiteral("report"), QStringLiteral("eligibility"), QStringLiteral("--year"),
                      QStringLiteral("2026"), QStringLiteral("--award"), QStringLiteral("YXDY"),
                      QStringLiteral("--output"), eligibility})
                .exitCode
            == 0);
    CHECK(pdfLayoutText(eligibility).contains(QStringLiteral("优秀共产党员（YXDY）")));
    const QString member = ledger.dir.filePath(QStringLiteral("m.pdf"));
    REQUIRE(ledger
                .run({QStringLiteral("report"), QStringLiteral("member"), QStringLiteral("--member"),
                      QStringLiteral("110105198001010032"), QStringLiteral("--year"), QStringLiteral("2026"),
                      QStringLiteral("--output"), member})
                .exitCode
            == 0);
    CHECK(pdfLayoutText(member).contains(QStringLiteral("张三 2026年度个人积分档案")));

    CHECK(ledger
              .run({QStringLiteral("report"), QStringLiteral("ranking"), QStringLiteral("--period"),
                    QStringLiteral("2026-02"), QStringLiteral("--output"), QStringLiteral("x.doc")})
              .exitCode
          == 2);
    CHECK(ledger
              .run({QStringLiteral("report"), QStringLiteral("member"), QStringLiteral("--member"),
                    QStringLiteral("110105198001010067"), QStringLiteral("--year"), QStringLiteral("2026"),
                    QStringLiteral("--output"), member})
              .exitCode
          == 1);
    CHECK(ledger.run({QStringLiteral("report"), QStringLiteral("ranking"), QStringLiteral("--output"), member}).exitCode
          == 2);
    const CliResult badPeriod
        = ledger.run({QStringLiteral("report"), QStringLiteral("ranking"), QStringLiteral("--period"),
                      QStringLiteral("2026-13"), QStringLiteral("--output"), member});
    INFO(badPeriod.err.toStdString());
    CHECK(badPeriod.exitCode == 2);
    CHECK(badPeriod.err.contains(QStringLiteral("2026-13"))); // named, not said to be missing
}

TEST_CASE("chart renders each chart headless to PNG, and the member chart needs a member")
{
    CliLedger ledger;
    for (const QString& kind : {QStringLiteral("eligibility"), QStringLiteral("branches"),
                                QStringLiteral("participation"), QStringLiteral("categories")}) {
        INFO(kind.toStdString());
        const QString png = ledger.dir.filePath(kind + QStringLiteral(".png"));
        const CliResult result
            = ledger.run({QStringLiteral("chart"), kind, QStringLiteral("--year"), QStringLiteral("2026"),
                          QStringLiteral("--size"), QStringLiteral("800x500"), QStringLiteral("--output"), png});
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        CHECK(pngSize(png) == QSize(800, 500));
    }
    const QString pdf = ledger.dir.filePath(QStringLiteral("member.pdf"));
    REQUIRE(
        ledger
            .run({QStringLiteral("chart"), QStringLiteral("member"), QStringLiteral("--year"), QStringLiteral("2026"),
                  QStringLiteral("--member"), QStringLiteral("110105198001010032"), QStringLiteral("--output"), pdf})
            .exitCode
        == 0);
    CHECK(pdfLayoutText(pdf).contains(QStringLiteral("张三 2026年积分轨迹")));
    CHECK(ledger
              .run({QStringLiteral("chart"), QStringLiteral("member"), QStringLiteral("--year"), QStringLiteral("2026"),
                    QStringLiteral("--output"), pdf})
              .exitCode
          == 2);
}
