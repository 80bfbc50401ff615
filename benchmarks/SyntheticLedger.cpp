#include "SyntheticLedger.h"

#include <QRandomGenerator>

#include <algorithm>

namespace jifen::bench {

namespace {

const QStringList surnames {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
                            QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("赵"), QStringLiteral("黄"),
                            QStringLiteral("周"), QStringLiteral("吴"), QStringLiteral("徐"), QStringLiteral("孙"),
                            QStringLiteral("胡"), QStringLiteral("朱"), QStringLiteral("高"), QStringLiteral("欧阳")};
const QStringList given {
    QStringLiteral("伟"),   QStringLiteral("芳"),   QStringLiteral("娜"),   QStringLiteral("秀英"),
    QStringLiteral("敏"),   QStringLiteral("静"),   QStringLiteral("丽"),   QStringLiteral("强"),
    QStringLiteral("磊"),   QStringLiteral("军"),   QStringLiteral("洋"),   QStringLiteral("勇"),
    QStringLiteral("艳"),   QStringLiteral("杰"),   QStringLiteral("娟"),   QStringLiteral("涛"),
    QStringLiteral("明"),   QStringLiteral("超"),   QStringLiteral("秀兰"), QStringLiteral("霞"),
    QStringLiteral("建华"), QStringLiteral("国庆"), QStringLiteral("红梅"), QStringLiteral("志强")};

} // namespace

QList<MemberYear> syntheticYear(int members, int branchSize, int year, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<MemberYear> result;
    result.reserve(members);
    for (int i = 0; i < members; ++i) {
        MemberYear m;
        m.memberId = i + 1;
        m.name = surnames[random.bounded(static_cast<int>(surnames.size()))]
            + given[random.bounded(static_cast<int>(given.size()))];
        m.idNumber = QStringLiteral("110105198%1%2").arg(i % 10).arg(i, 8, 10, QLatin1Char('0'));
        m.branchId = i / branchSize + 1;
        m.branchName = QStringLiteral("第%1党支部").arg(m.branchId);
        m.year = year;
        m.basePoints = 1000;
        m.fullMember = random.bounded(10) != 0;
        const int diligence = random.bounded(100); // some members are far more active than others
        for (int month = 0; month < 12; ++month) {
            if (random.bounded(100) < diligence) {
                const Cents points = 50 * random.bounded(1, 12);
                m.months[static_cast<size_t>(month)] = points;
                m.activeMonthMask |= 1U << month;
                m.categories[QStringLiteral("基本")] += points * 2 / 3;
                m.categories[QStringLiteral("奖励")] += points - points * 2 / 3;
            }
            if (random.bounded(50) == 0) {
                m.months[static_cast<size_t>(month)] -= 200;
                m.categories[QStringLiteral("扣减")] -= 200;
            }
        }
        m.vetoed = random.bounded(200) == 0;
        const Cents total = m.total();
        m.grade = total >= 9000 ? QStringLiteral("优秀")
            : total >= 6000     ? QStringLiteral("合格")
            : total >= 4500     ? QStringLiteral("基本合格")
                                : QStringLiteral("不合格");
        result.append(m);
    }
    return result;
}

QList<RankingReport::Line> rankingLines(const QList<MemberYear>& members, int month)
{
    QList<RankingReport::Line> lines;
    lines.reserve(members.size());
    for (const MemberYear& m : members) {
        RankingReport::Line line;
        line.memberId = m.memberId;
        line.name = m.name;
        line.idNumber = m.idNumber;
        line.branchName = m.branchName;
        line.periodTotal = m.months[static_cast<size_t>(month - 1)];
        line.yearToDate = m.totalThrough(month);
        line.grade = m.grade;
        lines.append(line);
    }
    std::sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) { return a.periodTotal > b.periodTotal; });
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i].rank
            = i > 0 && lines[i].periodTotal == lines[i - 1].periodTotal ? lines[i - 1].rank : static_cast<int>(i + 1);
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i].previousRank = static_cast<int>((i * 7919) % lines.size()) + 1;
    return lines;
}

QList<AwardOutcome> simpleOutcomes(const QList<MemberYear>& members, const Award& award)
{
    QList<AwardOutcome> outcomes;
    outcomes.reserve(members.size());
    for (const MemberYear& m : members) {
        AwardOutcome o;
        o.memberId = m.memberId;
        if (award.minPoints) {
            o.pointsMissing = std::max<Cents>(0, *award.minPoints - m.total());
            if (*o.pointsMissing > 0)
                o.failed << QStringLiteral("min_points");
        }
        if (award.fullMemberOnly && !m.fullMember)
            o.failed << QStringLiteral("full_member_only");
        if (award.noVeto && m.vetoed)
            o.failed << QStringLiteral("no_veto");
        if (award.minActiveMonths && m.activeMonths() < *award.minActiveMonths)
            o.failed << QStringLiteral("min_active_months");
        o.eligible = o.failed.isEmpty();
        outcomes.append(o);
    }
    return outcomes;
}

} // namespace jifen::bench
