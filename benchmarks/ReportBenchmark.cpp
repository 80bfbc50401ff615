// Times the printouts and charts of issues 6 and 7 on synthetic data; prints measured times and their ratio to the
// target (below 1.0 is within target). Usage: report_benchmark ranking-pdf [MEMBERS] [OUT.pdf] | charts [MEMBERS] [DIR]
#include "BenchStats.h"
#include "SyntheticLedger.h"
#include "charts/ChartFactory.h"
#include "charts/ChartRenderer.h"
#include "print/ReportPrinter.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

using namespace jifen;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

void report(const QString& what, qint64 ms, qint64 targetMs)
{
    out() << what << ": " << ms << " ms (target " << targetMs << " ms, ratio "
          << QString::number(double(ms) / double(targetMs), 'f', 2) << ")" << Qt::endl;
    out().flush();
    bench::result(what.toUtf8(), double(ms), double(targetMs), "ms");
    std::fflush(stdout);
}

int rankingPdf(int members, const QString& fileName)
{
    const QList<MemberYear> year = bench::syntheticYear(members, 60, 2026);
    const QList<RankingReport::Line> lines = bench::rankingLines(year, 3);
    QElapsedTimer timer;
    timer.start();
    const RankingReport ranking
        = RankingReport::build(QStringLiteral("市直机关工委"), Period::month(2026, 3), {}, lines, QDate(2026, 4, 1));
    ui::ReportPrinter printer(ranking.document());
    QString error;
    if (!printer.writePdf(fileName, &error)) {
        out() << error << Qt::endl;
        return 1;
    }
    report(QStringLiteral("ranking PDF, %1 members").arg(members), timer.elapsed(), 3000);
    return 0;
}

// Each chart from the members' year facts to a drawn image: data, chart, layout and painting.
int charts(int members, const QString& directory)
{
    const QList<MemberYear> year = bench::syntheticYear(members, 60, 2026);
    Award award;
    award.code = QStringLiteral("YXDY");
    award.name = QStringLiteral("优秀共产党员");
    award.minPoints = 4000;
    award.fullMemberOnly = true;
    award.noVeto = true;
    award.minActiveMonths = 6;
    const QList<AwardOutcome> outcomes = bench::simpleOutcomes(year, award);
    QDir().mkpath(directory);
    const auto time = [&](const QString& name, const std::function<ui::BuiltChart()>& build) {
        QElapsedTimer timer;
        timer.start();
        ui::BuiltChart built = build();
        const QImage image = ui::ChartRenderer::image(built.chart.get(), QSize(1400, 900), built.note);
        report(QStringLiteral("chart %1, %2 members").arg(name).arg(members), timer.elapsed(), 500);
        image.save(QDir(directory).filePath(name + QStringLiteral(".png")));
    };
    time(QStringLiteral("eligibility"),
         [&] { return ui::ChartFactory::eligibility(EligibilityMap::build(2026, award, year, outcomes)); });
    time(QStringLiteral("branches"),
         [&] { return ui::ChartFactory::branches(BranchComparison::build(2026, award, year, outcomes, 12)); });
    time(QStringLiteral("member"),
         [&] { return ui::ChartFactory::memberPath(MemberPath::build(year[members / 2], award, 9)); });
    time(QStringLiteral("participation"),
         [&] { return ui::ChartFactory::participation(ParticipationSeries::build(2026, year, 12)); });
    time(QStringLiteral("categories"), [&] { return ui::ChartFactory::categories(CategoryPoints::build(2026, year)); });
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const QString what = args.value(1, QStringLiteral("ranking-pdf"));
    if (what == u"ranking-pdf")
        return rankingPdf(args.value(2, QStringLiteral("5000")).toInt(),
                          args.value(3, QDir::temp().filePath(QStringLiteral("jifen-ranking-benchmark.pdf"))));
    if (what == u"charts")
        return charts(args.value(2, QStringLiteral("100000")).toInt(),
                      args.value(3, QDir::temp().filePath(QStringLiteral("jifen-chart-benchmark"))));
    out() << "usage: report_benchmark ranking-pdf [MEMBERS] [OUT.pdf] | charts [MEMBERS] [DIR]" << Qt::endl;
    return 2;
}
