#include "LedgerFixture.h"
#include "OutputSupport.h"
#include "ZipReader.h"
#include "print/ReportOdt.h"
#include "print/ReportPrinter.h"
#include "report/ReportBuilder.h"
#include "storage/Pledges.h"

#include <QRegularExpression>

using namespace jifen;
using namespace jifen::test;

namespace {


BranchOpinion threeCandidates(LedgerFixture& f, const QString& text = {})
{
    Pledges pledges(f.ledger);
    pledges.review(pledges.add(f.jia, 2026, QStringLiteral("带头参加志愿服务")), PledgeResult::Fulfilled,
                   QStringLiteral("全年参加八次"));
    return ReportBuilder(f.ledger, aprilFirst).opinion({f.jia, f.yi, f.ding}, 2025, 2026, text);
}

} // namespace

TEST_CASE("the branch opinion prints one A4 page per candidate with the figures, the pledges and the signature block")
{
    useChinese();
    LedgerFixture f;
    const QString path = f.dir.filePath(QStringLiteral("opinion.pdf"));
    QString error;
    REQUIRE(ui::ReportPrinter(threeCandidates(f).document()).writePdf(path, &error));
    CHECK(pdfPages(path) == 3);
    const QString first = pdfText(path, 1);
    CHECK(first.contains(QStringLiteral("党支部意见表")));
    CHECK(first.contains(QStringLiteral("甲")));
    CHECK(first.contains(QStringLiteral("110105********0032")));
    CHECK_FALSE(first.contains(QStringLiteral("110105198001010032")));
    CHECK(first.contains(QStringLiteral("28")));
    CHECK(first.contains(QRegularExpression(QStringLiteral("2026 28 1 ?/ ?2 1 ?/ ?4 优秀")))); // pdftotext may drop spaces
    CHECK(first.contains(QStringLiteral("带头参加志愿服务")));
    CHECK(first.contains(QStringLiteral("践诺")));
    CHECK(first.contains(QStringLiteral("支部书记")));
    CHECK(first.contains(QStringLiteral("A01 参加支部党员大会")));
    const QString third = pdfText(path, 3);
    CHECK(third.contains(QStringLiteral("丁")));
    CHECK(third.contains(QStringLiteral("C01 受到党纪处分")));
    CHECK_FALSE(third.contains(QStringLiteral("甲")));
}

TEST_CASE("the branch opinion as .odt is an OpenDocument text with the typed opinion and a page per candidate")
{
    useChinese();
    LedgerFixture f;
    const QString path = f.dir.filePath(QStringLiteral("opinion.odt"));
    QString error;
    REQUIRE(ui::ReportOdt(threeCandidates(f, QStringLiteral("该同志政治坚定，同意推荐。")).document()).write(path, &error));
    CHECK(zipMember(path, QStringLiteral("mimetype")) == "application/vnd.oasis.opendocument.text");
    const QString content = QString::fromUtf8(zipMember(path, QStringLiteral("content.xml")));
    CHECK(content.count(QStringLiteral("党支部意见表")) == 3);
    CHECK(content.contains(QStringLiteral("该同志政治坚定，同意推荐。")));
    CHECK(content.contains(QStringLiteral("110105********0040")));
    CHECK_FALSE(content.contains(QStringLiteral("110105198001010040")));
    CHECK(content.contains(QStringLiteral("带头参加志愿服务")));
    CHECK(content.contains(QStringLiteral("支部书记")));
    CHECK(content.contains(QStringLiteral("fo:break-before=\"page\"")));
}
