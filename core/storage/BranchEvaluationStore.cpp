#include "BranchEvaluationStore.h"

#include "BranchRuleSetStore.h"
#include "Database.h"
#include "Ledger.h"
#include "RosterHistory.h"
#include "ScoreStore.h"
#include "SqliteHandle.h"

#include "model/Pinyin.h"
#include "scoring/CapCalculator.h"

#include <QSqlQuery>

#include <bit>

namespace jifen {

BranchEvaluationStore::BranchEvaluationStore(Database& db)
    : m_db(db)
{
}

QList<BranchFacts> BranchEvaluationStore::facts(int year, std::optional<qint64> under)
{
    RuleSet rules;
    BranchRuleSetStore::read(m_db, rules);
    rules.basePoints = [this] {
        QSqlQuery query = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'base_points'"));
        Database::exec(query);
        return query.next() ? query.value(0).toLongLong() : Cents(0);
    }();
    const QString first = QDate(year, 1, 1).toString(Qt::ISODate);
    const QString last = QDate(year, 12, 31).toString(Qt::ISODate);

    // The 党支部 of the scope.
    QHash<qint64, BranchFacts> branches;
    {
        QSqlQuery query = m_db.prepare(QStringLiteral("SELECT id, name, parent_id, kind FROM branches"));
        Database::exec(query);
        QHash<qint64, qint64> parent;
        QList<std::pair<qint64, QString>> kindBranches;
        while (query.next()) {
            parent.insert(query.value(0).toLongLong(), query.value(2).toLongLong());
            if (query.value(3).toString() == u"branch")
                kindBranches << std::pair{query.value(0).toLongLong(), query.value(1).toString()};
        }
        for (const auto& [id, name] : std::as_const(kindBranches)) {
            bool inScope = !under;
            for (qint64 at = id; !inScope && at > 0; at = parent.value(at))
                inScope = at == *under;
            if (inScope) {
                BranchFacts& f = branches[id];
                f.branchId = id;
                f.name = name;
                f.nameKey = Pinyin::sortKey(name);
            }
        }
    }

    // Counted members with their year from the score cache.
    ScoreStore(m_db).ensureCurrent();
    QHash<qint64, std::pair<Cents, std::pair<int, bool>>> years; // member -> (sum of months, (active months, vetoed))
    {
        QString sum;
        for (int month = 1; month <= 12; ++month)
            sum += QStringLiteral("%1m%2").arg(month > 1 ? QStringLiteral(" + ") : QString()).arg(month);
        QSqlQuery query = m_db.prepare(
            QStringLiteral("SELECT member_id, %1, active_months, vetoed FROM member_years WHERE year = ?").arg(sum));
        query.addBindValue(year);
        Database::forwardOnly(query);
        Database::exec(query);
        while (query.next())
            years.insert(query.value(0).toLongLong(),
                         {query.value(1).toLongLong(),
                          {std::popcount(unsigned(query.value(2).toLongLong())), query.value(3).toLongLong() != 0}});
    }
    // The counted members (branch-spec.md, "Who is evaluated"): on the roster at some day of the year, in the branch
    // they were in on its last day, or on the day they left.
    const Period period = Period::year(year);
    for (const CountedMember& member : RosterHistory::countedMembers(m_db, period, RosterHistory::rosterDay(period))) {
        const auto it = branches.find(member.branchId);
        if (it == branches.end())
            continue;
        const auto score = years.value(member.memberId);
        ++it->members;
        it->totalPoints += rules.basePoints + score.first;
        it->activeMonths += score.second.first;
        it->memberVetoed = it->memberVetoed || score.second.second;
    }

    // Meetings held: those dated in the year and not cancelled, by type.
    QHash<qint64, BranchFacts*> heldIn; // meeting -> its branch's facts (branches takes no new keys from here on)
    {
        RowReader query(m_db,
                        QStringLiteral("SELECT m.id, m.branch_id, t.code FROM meetings m"
                                       " JOIN meeting_types t ON t.id = m.type_id"
                                       " WHERE m.date >= ? AND m.date <= ? AND NOT EXISTS"
                                       " (SELECT 1 FROM meeting_cancellations c WHERE c.meeting_id = m.id)"),
                        {first, last});
        while (query.next()) {
            const auto it = branches.find(query.integer(1));
            if (it == branches.end())
                continue;
            ++it->held[query.text(2)];
            heldIn.insert(query.integer(0), &*it);
        }
    }
    // Their attendance: each member's latest row for each meeting (a changed attendance is a later row). One pass in
    // the order of the index on (meeting, member), which keeps one pair's rows in the order they were written, so a
    // pair's last row is its latest. (Two counts per meeting and a second query for the replaced rows read every row
    // three times: at city scale more than the rest of the evaluation together.)
    {
        RowReader query(m_db,
                        QStringLiteral("SELECT meeting_id, member_id,"
                                       " CASE attendance WHEN 'present' THEN 1 WHEN 'absent' THEN 2 ELSE 0 END"
                                       " FROM meeting_attendance WHERE meeting_id IN"
                                       " (SELECT id FROM meetings WHERE date >= ? AND date <= ?)"
                                       " ORDER BY meeting_id, member_id, id"),
                        {first, last});
        qint64 meeting = 0;
        qint64 member = 0;
        qint64 attendance = 0;
        const auto countLatest = [&] {
            if (BranchFacts* facts = heldIn.value(meeting)) {
                facts->present += attendance == 1;
                facts->absent += attendance == 2;
            }
        };
        while (query.next()) {
            if (query.integer(0) != meeting || query.integer(1) != member) {
                countLatest();
                meeting = query.integer(0);
                member = query.integer(1);
            }
            attendance = query.integer(2);
        }
        countLatest();
    }

    // Branch entries after caps, per branch and rule, in order of date then creation.
    {
        QHash<qint64, const BranchRule*> ruleById;
        for (const BranchRule& rule : std::as_const(rules.branchRules))
            ruleById.insert(rule.id, &rule);
        QSqlQuery query = m_db.prepare(QStringLiteral(
            "SELECT e.id, e.branch_id, e.rule_id, e.date, e.quantity FROM branch_entries e"
            " WHERE e.date >= ? AND e.date <= ? AND NOT EXISTS (SELECT 1 FROM branch_reversals r WHERE r.entry_id = e.id)"
            " ORDER BY e.date, e.id"));
        query.addBindValue(first);
        query.addBindValue(last);
        Database::exec(query);
        QHash<std::pair<qint64, qint64>, QList<CapItem>> items;
        while (query.next()) {
            const qint64 branchId = query.value(1).toLongLong();
            const BranchRule* rule = ruleById.value(query.value(2).toLongLong());
            const auto it = branches.find(branchId);
            if (!rule || it == branches.end())
                continue;
            items[{branchId, rule->id}] << CapItem{QDate::fromString(query.value(3).toString(), Qt::ISODate),
                                                   query.value(0).toLongLong(), rule->points * query.value(4).toLongLong(),
                                                   rule->capMonth, rule->capYear};
            it->branchVetoed = it->branchVetoed || rule->veto;
        }
        for (auto it = items.cbegin(); it != items.cend(); ++it)
            for (const Cents contribution : CapCalculator::contributions(it.value()))
                branches[it.key().first].branchRulePoints += contribution;
    }

    QList<BranchFacts> result;
    for (const BranchFacts& f : std::as_const(branches))
        if (f.members > 0)
            result << f;
    std::sort(result.begin(), result.end(), [](const BranchFacts& a, const BranchFacts& b) { return a.branchId < b.branchId; });
    return result;
}

QList<BranchResult> BranchEvaluationStore::evaluate(int year, std::optional<qint64> under,
                                                    QList<BranchResult>* previousYear)
{
    RuleSet rules;
    BranchRuleSetStore::read(m_db, rules);
    QList<BranchResult> results = BranchEvaluation::evaluate(facts(year, under), rules);
    const QList<BranchResult> before = BranchEvaluation::evaluate(facts(year - 1, under), rules);
    QHash<qint64, std::optional<QString>> previous;
    for (const BranchResult& r : before)
        previous.insert(r.facts.branchId, r.tier);
    if (previousYear)
        *previousYear = before;
    for (BranchResult& r : results)
        r.previousTier = previous.value(r.facts.branchId);
    return results;
}

} // namespace jifen
