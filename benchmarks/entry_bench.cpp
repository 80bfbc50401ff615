// One points entry on an open ledger, as the desktop makes it: the member looked up by ID number, the rule by code,
// the entry written with its score cache and audit record and committed. Prints the median and the slowest of the
// repeats, in milliseconds, wall and CPU (the difference is mostly the disk's sync of each commit).
// Target (issue 3): one add-points under 5 ms. benchmarks/scoring_bench.sh runs it on the city-scale ledger.
//
// Usage: entry_bench LEDGER ID_NUMBER RULE_CODE DATE [REPEATS]
#include "BenchStats.h"
#include "storage/Actor.h"
#include "storage/Database.h"
#include "storage/Ledger.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: entry_bench LEDGER ID_NUMBER RULE_CODE DATE [REPEATS]\n");
        return 2;
    }
    const int repeats = args.size() > 5 ? args[5].toInt() : 50;
    const QDate date = QDate::fromString(args[4], Qt::ISODate);
    jifen::Database db(args[1]);
    jifen::Ledger ledger(db, jifen::Actor::singleUser(QStringLiteral("bench")));

    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = jifen::bench::cpuMs(CLOCK_PROCESS_CPUTIME_ID);
        const auto member = ledger.memberByIdNumber(args[2]);
        const auto rule = ledger.ruleByCode(args[3]);
        if (!member || !rule) {
            std::fprintf(stderr, "no member %s or no rule %s\n", qPrintable(args[2]), qPrintable(args[3]));
            return 1;
        }
        ledger.addEntry(member->id, rule->id, date, 1, {});
        cpu.append(jifen::bench::cpuMs(CLOCK_PROCESS_CPUTIME_ID) - cpuStart);
        wall.append(timer.nsecsElapsed() / 1e6);
    }
    std::printf("entry on an open ledger: median %.3f ms wall, %.3f ms cpu; slowest %.3f ms wall (%d entries)\n",
                jifen::bench::median(wall), jifen::bench::median(cpu), *std::max_element(wall.cbegin(), wall.cend()),
                repeats);
    return 0;
}
