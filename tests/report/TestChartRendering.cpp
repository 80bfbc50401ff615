#include "LedgerFixture.h"
#include "OutputSupport.h"
#include "charts/ChartFactory.h"
#include "charts/ChartRenderer.h"
#include "io/DemoData.h"
#include "report/ReportBuilder.h"

#include <QChart>
#include <QGraphicsTextItem>
#include <QLegend>
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

namespace {

// The demonstration organisation's year: a dozen branches with their long names, months of entries.
struct DemoFixture
{
    TempDir dir;
    Database db {dir.dbPath()};
    Ledger ledger {db, Actor::singleUser(QStringLiteral("王书记"))};

    DemoFixture()
    {
        DemoData::Options options;
        options.members = 200;
        DemoData::load(ledger, options);
    }
};

// Every text Qt Charts laid out in the chart: title, axis titles and labels, legend labels.
QList<const QGraphicsTextItem*> textItems(const QGraphicsItem* item)
{
    QList<const QGraphicsTextItem*> found;
    const QList<QGraphicsItem*> children = item->childItems();
    for (const QGraphicsItem* child : children) {
        if (!child->isVisible())
            continue;
        if (const auto* text = dynamic_cast<const QGraphicsTextItem*>(child))
            found << text;
        found << textItems(child);
    }
    return found;
}

// What a reader of the chart laid out at `size` cannot read: a text cut short ("..."), a text outside the chart, a
// legend wider than its room, legend labels on top of each other.
QStringList unreadable(QChart* chart, QSize size)
{
    ui::ChartRenderer::image(chart, size); // lays the chart out at that size
    QStringList found;
    const QRectF area = chart->rect();
    const QList<const QGraphicsTextItem*> texts = textItems(chart);
    for (const QGraphicsTextItem* text : texts) {
        const QString plain = text->toPlainText();
        if (plain.endsWith(QStringLiteral("...")) || plain.endsWith(QChar(0x2026)))
            found << QStringLiteral("\"%1\" is cut short").arg(plain);
        if (!area.contains(chart->mapRectFromItem(text, text->boundingRect())))
            found << QStringLiteral("\"%1\" lies outside the chart").arg(plain);
    }
    const QLegend* legend = chart->legend();
    if (legend->isVisible()) {
        if (!area.contains(legend->geometry()))
            found << QStringLiteral("the legend lies outside the chart");
        QList<QRectF> labels;
        for (const QGraphicsTextItem* text : textItems(legend))
            labels << chart->mapRectFromItem(text, text->boundingRect());
        for (qsizetype i = 0; i < labels.size(); ++i)
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                if (labels[i].intersects(labels[j]))
                    found << QStringLiteral("two legend labels overlap");
    }
    return found;
}

// The sizes a chart is drawn at: the least the charts page gives it (its view's minimum), a maximised window's, A4
// landscape in print (273 × 186 mm at 96 dpi, less the note under it).
const QSize chartSizes[] = {QSize(760, 420), QSize(960, 560), QSize(1032, 675)};

void checkReadable(const ui::BuiltChart& built)
{
    for (const QSize size : chartSizes) {
        INFO(built.chart->title().toStdString() << " at " << size.width() << "×" << size.height());
        CHECK(unreadable(built.chart.get(), size).join(QLatin1Char('\n')).toStdString() == "");
    }
}

} // namespace

TEST_CASE("every chart of the demonstration year shows its legend and labels whole, on screen and on paper")
{
    useChinese();
    DemoFixture f;
    ReportBuilder builder(f.ledger);
    const int year = QDate::currentDate().year();
    const Award award = builder.ruleSet().awards.constFirst();
    checkReadable(ui::ChartFactory::eligibility(builder.eligibilityMap(year, award)));
    checkReadable(ui::ChartFactory::branches(builder.branches(year, award)));
    checkReadable(ui::ChartFactory::participation(builder.participation(year)));
    checkReadable(ui::ChartFactory::categories(builder.categories(year)));
    const qint64 member = f.ledger.members().constFirst().id;
    checkReadable(ui::ChartFactory::memberPath(builder.memberPath(member, year, award)));
}
