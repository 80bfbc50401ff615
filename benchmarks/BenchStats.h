#pragma once
// What the C++ benchmarks share: a clock of CPU time and the median of their samples.

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <cstdio>
#include <time.h>

namespace jifen::bench {

// Milliseconds of CPU time on `clock`: CLOCK_PROCESS_CPUTIME_ID (the whole process) or CLOCK_THREAD_CPUTIME_ID (the
// calling thread).
inline double cpuMs(clockid_t clock)
{
    timespec t {};
    clock_gettime(clock, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// The median of the samples; 0 for none.
inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

// One line for benchmarks/run-all.sh: "BENCH|what|measured|target|unit", within target when measured <= target (an
// empty target: reported, no target). The shell scripts print the same with bench_result (timing.sh).
inline void result(const QByteArray& what, double measured, double target, const char* unit)
{
    std::printf("BENCH|%s|%.2f|%.2f|%s\n", what.constData(), measured, target, unit);
}

} // namespace jifen::bench
