#include "LedgerFixture.h"
#include "OutputSupport.h"
#include "charts/ChartFactory.h"
#include "charts/ChartRenderer.h"
#include "report/ReportBuilder.h"

#include <QChart>
#include <QImage>
#include <QSet>

using namespace jifen;
using namespace jifen::test;

namespace {

struct Ink
{
    double share = 0; // of pixels that are not white
    int colours = 0;
};

Ink inkOf(const QImage& image)
{
    qint64 inked = 0;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            if (qGray(pixel) < 245)
                ++inked;
            if (colours.size() < 64)
                colours.insert(pixel);
        }
    }
    return {double(inked) / double((image.width() / 2) * (image.height() / 2)), static_cast<int>(colours.size())};
}

void checkDrawn(const ui::BuiltChart& built, const QString& title)
{
    INFO(title.toStdString());
    REQUIRE(built.chart);
    CHECK(built.chart->title().contains(title));
    const QImage image = ui::ChartRenderer::image(built.chart.get(), QSize(1000, 700), built.note);
    REQUIRE(image.size() == QSize(1000, 700));
    const Ink ink = inkOf(image);
    CHECK(ink.share > 0.02); // bars, lines, axes and labels, not an empty frame
    CHECK(ink.colours >= 8);
}

} // namespace

TEST_CASE("each chart of the year draws a non-blank picture with its Chinese title")
{
    useChinese();
    LedgerFixture f;
    ReportBuilder builder(f.ledger, QDate(2026, 4, 1));
    const Award award = builder.ruleSet().awards.constFirst();
    checkDrawn(ui::ChartFactory::eligibility(builder.eligibilityMap(2026, award)),
               QStringLiteral("2026年度积分分布与“优秀共产党员”评选资格"));
    checkDrawn(ui::ChartFactory::branches(builder.branches(2026, award)),
               QStringLiteral("2026年度各支部“优秀共产党员”评选情况"));
    checkDrawn(ui::ChartFactory::memberPath(builder.memberPath(f.yi, 2026, award)),
               QStringLiteral("乙 2026年积分轨迹"));
    checkDrawn(ui::ChartFactory::participation(builder.participation(2026)), QStringLiteral("2026年各月党员参与率"));
    checkDrawn(ui::ChartFactory::categories(builder.categories(2026)), QStringLiteral("2026年各支部分类积分（人均）"));
}

TEST_CASE("the eligibility chart lists the members behind each bar segment")
{
    useChinese();
    LedgerFixture f;
    ReportBuilder builder(f.ledger, QDate(2026, 4, 1));
    const ui::BuiltChart built
        = ui::ChartFactory::eligibility(builder.eligibilityMap(2026, builder.ruleSet().awards.constFirst()));
    QList<qint64> eligible, all;
    for (auto it = built.members.cbegin(); it != built.members.cend(); ++it) {
        all += it.value();
        if (it.key().first == 0)
            eligible += it.value();
    }
    CHECK(eligible == QList<qint64> {f.jia});
    CHECK(all.size() == 4);
    CHECK(built.sets
          == QStringList {QStringLiteral("符合条件"), QStringLiteral("未达积分线"),
                          QStringLiteral("达到积分线但其他条件不符")});
}

TEST_CASE("a chart exported to PDF is one page with its title as text")
{
    useChinese();
    LedgerFixture f;
    ReportBuilder builder(f.ledger, QDate(2026, 4, 1));
    const ui::BuiltChart built = ui::ChartFactory::participation(builder.participation(2026));
    const QString path = f.dir.filePath(QStringLiteral("participation.pdf"));
    QString error;
    REQUIRE(ui::ChartRenderer::writePdf(built.chart.get(), path, &error));
    CHECK(pdfPages(path) == 1);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("2026年各月党员参与率")));
    CHECK(text.contains(QStringLiteral("参与党员比例（%）")));
}
