#include "ParticipationSeries.h"

#include <QHash>

namespace jifen {

ParticipationSeries ParticipationSeries::build(int year, const QList<MemberYear>& members, int throughMonth)
{
    ParticipationSeries series;
    series.year = year;
    series.throughMonth = std::clamp(throughMonth, 1, 12);
    series.overall.active.fill(0, series.throughMonth);
    QHash<qint64, qsizetype> index;
    for (const MemberYear& m : members) {
        auto found = index.constFind(m.branchId);
        if (found == index.cend()) {
            found = index.insert(m.branchId, series.branches.size());
            Line line;
            line.branchId = m.branchId;
            line.name = m.branchName;
            line.active.fill(0, series.throughMonth);
            series.branches.append(line);
        }
        Line& branch = series.branches[*found];
        ++branch.members;
        ++series.overall.members;
        for (int month = 1; month <= series.throughMonth; ++month) {
            if (m.activeIn(month)) {
                ++branch.active[month - 1];
                ++series.overall.active[month - 1];
            }
        }
    }
    return series;
}

} // namespace jifen
