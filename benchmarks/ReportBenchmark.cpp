// Times the printouts and charts of issues 6 and 7 on synthetic data; prints measured times and their ratio to the
// target (below 1.0 is within target). Usage: report_benchmark ranking-pdf [MEMBERS] [OUT.pdf]
#include "SyntheticLedger.h"
#include "print/ReportPrinter.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

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
    out() << "usage: report_benchmark ranking-pdf [MEMBERS] [OUT.pdf]" << Qt::endl;
    return 2;
}
