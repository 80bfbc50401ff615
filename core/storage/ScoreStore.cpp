#include "ScoreStore.h"

#include "Database.h"
#include "Ledger.h"
#include "LedgerVerifier.h"
#include "RosterHistory.h"
#include "SqliteHandle.h"
#include "StoredDates.h"
#include "Transaction.h"
#include "scoring/Activity.h"
#include "scoring/CapCalculator.h"
#include "support/LargePages.h"
#include "support/Prefetch.h"

#include <QSqlQuery>

#include <algorithm>
#include <bit>
#include <limits>
#include <optional>
#include <sqlite3.h>
#include <vector>

namespace jifen {

namespace {

// Ends an INSERT INTO member_years ... VALUES so that a row already there is replaced (an upsert both engines know).
QString upsertTail()
{
    static const QString tail = [] {
        QStringList set;
        for (int month = 1; month <= 12; ++month)
            set << QStringLiteral("m%1 = excluded.m%1").arg(month);
        set << QStringLiteral("active_months = excluded.active_months") << QStringLiteral("vetoed = excluded.vetoed");
        return QStringLiteral(" ON CONFLICT (year, member_id) DO UPDATE SET ") + set.join(QStringLiteral(", "));
    }();
    return tail;
}

// " AND column IN (the branch and every branch under it)", one placeholder: a 党总支's ranking holds the members of
// its 党支部 too.
QString inBranch(const QString& column)
{
    return QStringLiteral(" AND %1 IN (WITH RECURSIVE scope(id) AS (SELECT CAST(? AS BIGINT) UNION ALL"
                          " SELECT b.id FROM branches b JOIN scope ON b.parent_id = scope.id) SELECT id FROM scope)")
        .arg(column);
}


// Dates are stored as ISO text; this reads "YYYY-MM-DD" without QDate::fromString's generality.
QDate isoDate(const QString& text)
{
    if (text.size() != 10)
        return QDate::fromString(text, Qt::ISODate);
    auto number = [&text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + (text[i].unicode() - u'0');
        return value;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

// Branch names by id, read apart from the members: a few hundred strings instead of one per member.
QHash<qint64, QString> readBranchNames(const Database& db)
{
    QHash<qint64, QString> names;
    for (RowReader branches(db, QStringLiteral("SELECT id, name FROM branches")); branches.next();)
        names.insert(branches.integer(0), branches.text(1));
    return names;
}

// The columns of RosterHistory::countedSql() (member id, branch id, on_roster, left_status, left_date) followed by the
// extra columns "m.name, m.id_number, m.category = '正式党员'": columns 0 to 7 of a counted members' query.
void readCountedMember(MemberScoreFacts& facts, const RowReader& row, const QHash<qint64, QString>& branchNames)
{
    facts.memberId = row.integer(0);
    facts.branchId = row.integer(1);
    facts.branchName = branchNames.value(facts.branchId);
    facts.onRoster = row.integer(2) != 0;
    if (!facts.onRoster) {
        facts.leftStatus = row.text(3);
        facts.leftDate = isoDate(row.text(4));
    }
    facts.name = row.text(5);
    facts.idNumber = row.text(6);
    facts.fullMember = row.integer(7) != 0;
}

// The SQL that keeps only counted entries of `e`: not reversed, and approved where review was on.
const QString countedCondition
    = QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM reversals r WHERE r.entry_id = e.id)"
                     " AND (e.needs_review = 0 OR EXISTS (SELECT 1 FROM entry_reviews v WHERE v.entry_id = e.id"
                     " AND v.decision = 'approved'))");

// Rows are written as literal integers in multi-row statements: far fewer round trips than one statement per row,
// and only numbers go into the text.
constexpr int rowsPerStatement = 500;

unsigned monthMask(const Period& period)
{
    unsigned mask = 0;
    for (int month = period.first().month(); month <= period.last().month(); ++month)
        mask |= 1U << (month - 1);
    return mask;
}

QString sumOfMonths(const QString& table, const Period& period)
{
    QStringList terms;
    for (int month = period.first().month(); month <= period.last().month(); ++month)
        terms.append(QStringLiteral("%1.m%2").arg(table).arg(month));
    return terms.join(QStringLiteral(" + "));
}

// An entry as the cap walk sees it: raw points and caps of the rule version in force on its date.
CapItem capItem(const ScoreStore::CountedEntry& entry, const RuleVersion& version)
{
    return CapItem {entry.date, entry.id, version.points * entry.quantity, version.capMonth, version.capYear};
}

} // namespace

ScoreStore::ScoreStore(Database& db)
    : m_db(db)
{
}

QHash<qint64, Rule> ScoreStore::loadRules() const
{
    // Read for every entry made: the versions alone, in the order they were written (the table's own order on
    // SQLite), and put in date order here. The rules' codes, which scoring never uses, would need a join, and the
    // order by date a sort in SQL: preparing that statement was half of the reading.
    QHash<qint64, Rule> rules;
    RowReader query(m_db,
                    QStringLiteral("SELECT rule_id, effective_from, name, category, points, cap_month, cap_year, veto"
                                   " FROM rule_versions ORDER BY id"),
                    {});
    while (query.next()) {
        Rule& rule = rules[query.integer(0)];
        rule.id = query.integer(0);
        rule.versions.append(Ledger::ruleVersion(query, 1));
    }
    // The first version (no date) first, then by date; versions of one date keep the order they were written in.
    for (Rule& rule : rules) {
        std::stable_sort(rule.versions.begin(), rule.versions.end(), [](const RuleVersion& a, const RuleVersion& b) {
            return b.effectiveFrom.isValid() && (!a.effectiveFrom.isValid() || a.effectiveFrom < b.effectiveFrom);
        });
    }
    return rules;
}

QList<ScoreStore::CountedEntry> ScoreStore::countedEntries(const QString& where, const QVariantList& values) const
{
    RowReader query(m_db,
                    QStringLiteral("SELECT e.id, e.member_id, e.rule_id, e.date, e.quantity FROM entries e WHERE ")
                        + where + countedCondition,
                    values);
    QList<CountedEntry> result;
    while (query.next()) {
        result.append(CountedEntry {query.integer(0), query.integer(1), query.integer(2), isoDate(query.text(3)),
                                    int(query.integer(4))});
    }
    return result;
}

QList<ScoreStore::EntryPreview> ScoreStore::preview(qint64 ruleId, QDate date, int quantity,
                                                    const QList<qint64>& memberIds) const
{
    QList<EntryPreview> result;
    const QHash<qint64, Rule> rules = loadRules();
    const auto rule = rules.constFind(ruleId);
    if (rule == rules.cend() || !date.isValid() || memberIds.isEmpty())
        return result;
    const RuleVersion& version = rule->versionAt(date);
    const Cents raw = version.points * quantity;

    QHash<qint64, QList<CountedEntry>> byMember;
    constexpr qsizetype chunk = 500; // bound parameters per statement stay far below any engine's limit
    for (qsizetype from = 0; from < memberIds.size(); from += chunk) {
        const QList<qint64> part = memberIds.mid(from, chunk);
        QStringList marks;
        QVariantList values {ruleId, QDate(date.year(), 1, 1).toString(Qt::ISODate),
                             QDate(date.year(), 12, 31).toString(Qt::ISODate)};
        for (const qint64 id : part) {
            marks << QStringLiteral("?");
            values << id;
        }
        const QString where = QStringLiteral("e.rule_id = ? AND e.date BETWEEN ? AND ? AND e.member_id IN (%1)")
                                  .arg(marks.join(u','));
        for (const CountedEntry& entry : countedEntries(where, values))
            byMember[entry.memberId].append(entry);
    }

    for (const qint64 memberId : memberIds) {
        QList<CapItem> items;
        for (const CountedEntry& entry : std::as_const(byMember[memberId]))
            items.append(capItem(entry, rule->versionAt(entry.date)));
        const QList<Cents> existing = CapCalculator::contributions(items);
        items.append(CapItem {date, std::numeric_limits<qint64>::max(), raw, version.capMonth, version.capYear});
        EntryPreview preview {memberId, raw, CapCalculator::contributions(items).constLast(), std::nullopt};
        if (version.capMonth || version.capYear) {
            Cents usedMonth = 0, usedYear = 0;
            for (qsizetype i = 0; i < existing.size(); ++i) {
                const Cents used = existing[i] < 0 ? -existing[i] : existing[i];
                usedYear += used;
                if (items[i].date.month() == date.month())
                    usedMonth += used;
            }
            Cents room = std::numeric_limits<Cents>::max();
            if (version.capMonth)
                room = std::min(room, *version.capMonth - usedMonth);
            if (version.capYear)
                room = std::min(room, *version.capYear - usedYear);
            preview.room = std::max<Cents>(0, room);
        }
        result.append(preview);
    }
    return result;
}

QHash<ScoreStore::MemberYear, ScoreStore::YearScore> ScoreStore::score(const QList<CountedEntry>& entries,
                                                                       const QHash<qint64, Rule>& rules,
                                                                       QHash<qint64, Cents>* contributions)
{
    // Caps act per member and rule: walk each pair's entries together. The pairs are sorted as values rather than
    // through the entries, which keeps an import's millions of them in the processor's cache.
    struct Key
    {
        qint64 memberId;
        qint64 ruleId;
        qsizetype index;
    };
    std::vector<Key> order;
    order.reserve(entries.size());
    adviseLargePages(order);
    for (qsizetype i = 0; i < entries.size(); ++i)
        order.push_back({entries[i].memberId, entries[i].ruleId, i});
    std::sort(order.begin(), order.end(), [](const Key& a, const Key& b) {
        return a.memberId != b.memberId ? a.memberId < b.memberId : a.ruleId < b.ruleId;
    });

    constexpr std::size_t ahead = 16;
    QHash<MemberYear, YearScore> scores;
    QList<CapItem> items;
    QList<const RuleVersion*> versions;
    // A member's rules follow each other: their member-year is looked up once.
    MemberYear key;
    YearScore* year = nullptr; // valid until the next insertion into scores, which only the lookup below makes
    for (std::size_t begin = 0; begin < order.size();) {
        const Key& first = order[begin];
        std::size_t end = begin;
        while (end < order.size() && order[end].memberId == first.memberId && order[end].ruleId == first.ruleId)
            ++end;
        const auto rule = rules.constFind(first.ruleId);
        if (rule != rules.cend()) {
            items.clear();
            versions.clear();
            for (std::size_t k = begin; k < end; ++k) {
                // The entries are visited in member order, at random places of a list larger than the processor's
                // caches: the one `ahead` steps on is asked for now.
                if (k + ahead < order.size())
                    prefetch(&entries[order[k + ahead].index]);
                const CountedEntry& entry = entries[order[k].index];
                const RuleVersion& version = rule->versionAt(entry.date);
                versions.append(&version);
                items.append(capItem(entry, version));
            }
            const QList<Cents> cents = CapCalculator::contributions(items);
            for (qsizetype k = 0; k < items.size(); ++k) {
                const CountedEntry& entry = entries[order[begin + k].index];
                int y = 0, month = 0, day = 0;
                entry.date.getDate(&y, &month, &day);
                if (!year || key != MemberYear {entry.memberId, y}) {
                    key = {entry.memberId, y};
                    year = &scores[key];
                }
                year->months[month - 1] += cents[k];
                Activity activity(y);
                activity.add(entry.date, versions[k]->points, versions[k]->veto);
                if (activity.isActiveIn(month))
                    year->activeMonths |= 1U << (month - 1);
                year->vetoed = year->vetoed || activity.vetoed();
                if (contributions)
                    contributions->insert(entry.id, cents[k]);
            }
        }
        begin = end;
    }
    return scores;
}

QHash<ScoreStore::MemberYear, ScoreStore::YearScore> ScoreStore::storedScores(const QString& where,
                                                                              const QVariantList& values) const
{
    QString columns;
    for (int month = 1; month <= 12; ++month)
        columns += QStringLiteral(", m%1").arg(month);
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT member_id, year%1, active_months, vetoed FROM member_years WHERE ").arg(columns)
        + where);
    Database::forwardOnly(query);
    for (const QVariant& value : values)
        query.addBindValue(value);
    Database::exec(query);
    QHash<MemberYear, YearScore> scores;
    while (query.next()) {
        YearScore& score = scores[{query.value(0).toLongLong(), query.value(1).toInt()}];
        for (int month = 0; month < 12; ++month)
            score.months[month] = query.value(2 + month).toLongLong();
        score.activeMonths = query.value(14).toUInt();
        score.vetoed = query.value(15).toBool();
    }
    return scores;
}

void ScoreStore::store(const QSet<MemberYear>& keys, const QHash<MemberYear, YearScore>& scores)
{
    QList<MemberYear> sorted(keys.cbegin(), keys.cend());
    std::sort(sorted.begin(), sorted.end(), [](const MemberYear& a, const MemberYear& b) {
        return a.second != b.second ? a.second < b.second : a.first < b.first;
    });
    // On SQLite the rows go through statements prepared once on its own handle, the values bound as numbers: the
    // SQL text for an import's 100,000 member-years took seconds to build and parse. What SQLite refuses (and
    // everything on other engines) goes the generic way below, whose errors read as every write's do.
    if (sqlite3* handle = sqliteHandle(m_db)) {
        // Each statement is prepared when first needed, and the row is replaced whole rather than updated column by
        // column: one entry stores one member-year, and parsing both statements cost it more than the write.
        std::optional<SqliteStatement> replace;
        std::optional<SqliteStatement> remove;
        QList<MemberYear> refused;
        for (const MemberYear& key : std::as_const(sorted)) {
            const auto found = scores.constFind(key);
            const bool removing = found == scores.cend();
            std::optional<SqliteStatement>& prepared = removing ? remove : replace;
            if (!prepared) {
                prepared.emplace(handle,
                                 removing ? "DELETE FROM member_years WHERE year = ? AND member_id = ?"
                                          : "INSERT OR REPLACE INTO member_years"
                                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            }
            sqlite3_stmt* statement = prepared->get();
            if (!statement) {
                refused.append(key);
                continue;
            }
            sqlite3_bind_int(statement, 1, key.second);
            sqlite3_bind_int64(statement, 2, key.first);
            if (!removing) {
                for (int month = 0; month < 12; ++month)
                    sqlite3_bind_int64(statement, 3 + month, found->months[std::size_t(month)]);
                sqlite3_bind_int64(statement, 15, found->activeMonths);
                sqlite3_bind_int(statement, 16, found->vetoed ? 1 : 0);
            }
            const int rc = sqlite3_step(statement);
            sqlite3_reset(statement);
            if (rc != SQLITE_DONE)
                refused.append(key);
        }
        sorted = refused;
    }
    QStringList rows;
    QStringList removed;
    auto flush = [this, &rows, &removed](bool force) {
        if (rows.size() >= rowsPerStatement || (force && !rows.isEmpty())) {
            m_db.exec(QStringLiteral("INSERT INTO member_years VALUES ") + rows.join(u',') + upsertTail());
            rows.clear();
        }
        if (removed.size() >= rowsPerStatement || (force && !removed.isEmpty())) {
            m_db.exec(QStringLiteral("DELETE FROM member_years WHERE (year, member_id) IN (VALUES %1)")
                          .arg(removed.join(u',')));
            removed.clear();
        }
    };
    for (const MemberYear& key : std::as_const(sorted)) {
        const auto found = scores.constFind(key);
        if (found == scores.cend()) {
            removed.append(QStringLiteral("(%1,%2)").arg(key.second).arg(key.first));
        } else {
            QString row = QStringLiteral("(%1,%2").arg(key.second).arg(key.first);
            for (const Cents cents : found->months)
                row += u',' + QString::number(cents);
            row += QStringLiteral(",%1,%2)").arg(found->activeMonths).arg(found->vetoed ? 1 : 0);
            rows.append(row);
        }
        flush(false);
    }
    flush(true);
}

void ScoreStore::recomputeMemberYear(qint64 memberId, int year)
{
    const QList<CountedEntry> entries
        = countedEntries(QStringLiteral("e.member_id = ? AND e.date BETWEEN ? AND ?"),
                         {memberId, isoText(QDate(year, 1, 1)), isoText(QDate(year, 12, 31))});
    store({{memberId, year}}, score(entries, loadRules()));
}

void ScoreStore::recomputeMemberYears(const QSet<MemberYear>& memberYears, const QList<CountedEntry>& added,
                                      qint64 firstAddedId)
{
    if (memberYears.size() <= 64) {
        for (const MemberYear& key : memberYears)
            recomputeMemberYear(key.first, key.second);
        return;
    }
    QSet<int> years;
    for (const MemberYear& key : memberYears)
        years.insert(key.second);
    Batch batch = prepareBatch(years, firstAddedId);
    walkBatch(batch, memberYears, added);
    storeBatch(batch);
}

ScoreStore::Batch ScoreStore::prepareBatch(const QSet<int>& years, qint64 firstAddedId) const
{
    Batch batch;
    batch.m_rules = loadRules();
    // A batch that has no entries before it (a first import) spares the scan of whole years' entries.
    QSqlQuery older = m_db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM entries WHERE id < ?)"));
    older.addBindValue(firstAddedId);
    Database::exec(older);
    const bool hasOlder = older.next() && older.value(0).toBool();
    older.finish();
    if (!hasOlder)
        return batch;
    for (const int year : years) {
        batch.m_entries.append(
            countedEntries(QStringLiteral("e.date BETWEEN ? AND ? AND e.id < ?"),
                           {isoText(QDate(year, 1, 1)), isoText(QDate(year, 12, 31)), firstAddedId}));
    }
    return batch;
}

void ScoreStore::walkBatch(Batch& batch, const QSet<MemberYear>& memberYears, const QList<CountedEntry>& added)
{
    batch.m_keys = memberYears;
    batch.m_entries.removeIf([&memberYears](const CountedEntry& entry) {
        return !memberYears.contains({entry.memberId, entry.date.year()});
    });
    if (batch.m_entries.isEmpty())
        batch.m_entries = added;
    else
        batch.m_entries.append(added);
    batch.m_scores = score(batch.m_entries, batch.m_rules);
}

void ScoreStore::storeBatch(const Batch& batch)
{
    store(batch.m_keys, batch.m_scores);
}

void ScoreStore::entryChanged(qint64 entryId)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT member_id, date FROM entries WHERE id = ?"));
    query.addBindValue(entryId);
    Database::exec(query);
    if (query.next())
        recomputeMemberYear(query.value(0).toLongLong(), isoDate(query.value(1).toString()).year());
}

void ScoreStore::ruleChanged(qint64 ruleId, QDate from)
{
    // A version from `from` on changes the walk of every year from from's year on.
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT member_id, CAST(substr(date, 1, 4) AS INTEGER) FROM entries WHERE rule_id = ? AND date >= ?"));
    query.addBindValue(ruleId);
    query.addBindValue(from.isValid() ? isoText(QDate(from.year(), 1, 1)) : QStringLiteral("0000"));
    Database::exec(query);
    QSet<MemberYear> touched;
    while (query.next())
        touched.insert({query.value(0).toLongLong(), query.value(1).toInt()});
    recomputeMemberYears(touched);
}

void ScoreStore::rebuild()
{
    m_db.exec(QStringLiteral("DELETE FROM member_years"));
    const QHash<MemberYear, YearScore> scores = score(countedEntries(QStringLiteral("1 = 1"), {}), loadRules());
    QSet<MemberYear> keys;
    keys.reserve(scores.size());
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        keys.insert(it.key());
    store(keys, scores);
}

void ScoreStore::markCurrent()
{
    m_db.exec(QStringLiteral("UPDATE derived_state SET value = 'current' WHERE name = 'score_cache'"));
}

void ScoreStore::ensureCurrent()
{
    QSqlQuery state = m_db.prepare(QStringLiteral("SELECT value FROM derived_state WHERE name = 'score_cache'"));
    Database::exec(state);
    if (!state.next() || state.value(0).toString() != u"stale")
        return;
    state.finish();
    Transaction transaction(m_db);
    rebuild();
    markCurrent();
    transaction.commit();
}

QList<MemberScoreFacts> ScoreStore::countedMembers(const Period& period, std::optional<qint64> branchId)
{
    ensureCurrent();
    const QHash<qint64, QString> branchNames = readBranchNames(m_db);
    // Members and their year rows are read apart, each in member order, and merged here: two sequential scans
    // cost less than looking a member's year row up once per member.
    const Period before = period.previous();
    const auto monthsSum
        = [](const Period& p) { return sumOfMonths(QStringLiteral("s"), p).replace(QStringLiteral("s."), QString()); };
    QHash<qint64, Cents> earlier; // the period before, when it lies in another year
    if (before.yearNumber() != period.yearNumber()) {
        RowReader query(m_db,
                        QStringLiteral("SELECT member_id, %1 FROM member_years WHERE year = ?").arg(monthsSum(before)),
                        {before.yearNumber()});
        while (query.next())
            earlier.insert(query.integer(0), query.integer(1));
    }
    RowReader years(m_db,
                    QStringLiteral("SELECT member_id, %1, %2, active_months, vetoed FROM member_years WHERE year = ?"
                                   " ORDER BY member_id")
                        .arg(monthsSum(period),
                             before.yearNumber() == period.yearNumber() ? monthsSum(before) : QStringLiteral("0")),
                    {period.yearNumber()});
    bool yearsLeft = years.next();

    const RosterHistory::Sql counted = RosterHistory::countedSql(
        period, RosterHistory::rosterDay(period), QStringLiteral("m.name, m.id_number, m.category = '正式党员', m.name_key"));
    QVariantList values = counted.values;
    if (branchId)
        values.append(*branchId);
    RowReader members(m_db,
                      counted.select
                          + (branchId ? inBranch(RosterHistory::countedBranch()) : QString())
                          + QStringLiteral(" ORDER BY m.id"),
                      values);
    const unsigned mask = monthMask(period);
    QList<MemberScoreFacts> result;
    result.reserve(branchId ? 256 : 4096);
    while (members.next()) {
        MemberScoreFacts& facts = result.emplaceBack();
        readCountedMember(facts, members, branchNames);
        facts.nameKey = members.blob(8);
        while (yearsLeft && years.integer(0) < facts.memberId)
            yearsLeft = years.next();
        if (yearsLeft && years.integer(0) == facts.memberId) {
            facts.sum = years.integer(1);
            facts.previousSum = years.integer(2);
            facts.activeMonths = std::popcount(unsigned(years.integer(3)) & mask);
            facts.vetoed = years.integer(4) != 0;
        }
        if (!earlier.isEmpty())
            facts.previousSum = earlier.value(facts.memberId);
    }
    return result;
}

QList<MemberYearScore> ScoreStore::countedMemberYears(int year, std::optional<qint64> branchId)
{
    ensureCurrent();
    const QHash<qint64, QString> branchNames = readBranchNames(m_db);
    QString months;
    for (int month = 1; month <= 12; ++month)
        months += QStringLiteral(", COALESCE(s.m%1, 0)").arg(month);
    const Period period = Period::year(year);
    const RosterHistory::Sql counted = RosterHistory::countedSql(
        period, RosterHistory::rosterDay(period),
        QStringLiteral("m.name, m.id_number, m.category = '正式党员', COALESCE(%1, 0), COALESCE(s.active_months, 0),"
                       " COALESCE(s.vetoed, 0), m.name_key%2")
            .arg(sumOfMonths(QStringLiteral("p"), Period::year(year - 1)), months));
    // The year rows join the counted members' query: their placeholders come first in its text.
    QString select = counted.select;
    const QString from = QStringLiteral(" FROM members m LEFT JOIN (");
    Q_ASSERT(select.contains(from));
    select.replace(from, QStringLiteral(" FROM members m"
                                        " LEFT JOIN member_years s ON s.year = %1 AND s.member_id = m.id"
                                        " LEFT JOIN member_years p ON p.year = %2 AND p.member_id = m.id"
                                        " LEFT JOIN (")
                             .arg(year)
                             .arg(year - 1));
    QVariantList values = counted.values;
    if (branchId)
        values.append(*branchId);
    RowReader query(m_db,
                    select + (branchId ? inBranch(RosterHistory::countedBranch()) : QString())
                        + QStringLiteral(" ORDER BY m.id"),
                    values);
    QList<MemberYearScore> result;
    while (query.next()) {
        MemberYearScore& score = result.emplaceBack();
        MemberScoreFacts& facts = score.facts;
        readCountedMember(facts, query, branchNames);
        facts.previousSum = query.integer(8);
        score.activeMonthMask = unsigned(query.integer(9)) & 0xFFFU;
        facts.activeMonths = std::popcount(score.activeMonthMask);
        facts.vetoed = query.integer(10) != 0;
        facts.nameKey = query.blob(11);
        for (int month = 0; month < 12; ++month) {
            score.months[static_cast<size_t>(month)] = query.integer(12 + month);
            facts.sum += score.months[static_cast<size_t>(month)];
        }
    }
    return result;
}

QList<MemberYearFigures> ScoreStore::countedMemberFigures(int year)
{
    ensureCurrent();
    QString months;
    for (int month = 1; month <= 12; ++month)
        months += QStringLiteral(", COALESCE(s.m%1, 0)").arg(month);
    const Period period = Period::year(year);
    const RosterHistory::Sql counted = RosterHistory::countedSql(
        period, RosterHistory::rosterDay(period),
        QStringLiteral("m.category = '正式党员', COALESCE(s.active_months, 0), COALESCE(s.vetoed, 0)%1").arg(months));
    // The year rows join the counted members' query: their placeholders come first in its text.
    QString select = counted.select;
    const QString from = QStringLiteral(" FROM members m LEFT JOIN (");
    Q_ASSERT(select.contains(from));
    select.replace(from, QStringLiteral(" FROM members m LEFT JOIN member_years s ON s.year = %1 AND s.member_id = m.id"
                                        " LEFT JOIN (")
                             .arg(year));
    RowReader query(m_db, select + QStringLiteral(" ORDER BY m.id"), counted.values);
    QList<MemberYearFigures> result;
    while (query.next()) {
        MemberYearFigures& figures = result.emplaceBack();
        figures.memberId = query.integer(0);
        figures.branchId = query.integer(1);
        figures.onRoster = query.integer(2) != 0;
        if (!figures.onRoster) {
            figures.leftStatus = query.text(3);
            figures.leftDate = isoDate(query.text(4));
        }
        figures.fullMember = query.integer(5) != 0;
        figures.activeMonthMask = unsigned(query.integer(6)) & 0xFFFU;
        figures.vetoed = query.integer(7) != 0;
        for (int month = 0; month < 12; ++month)
            figures.months[static_cast<size_t>(month)] = query.integer(8 + month);
    }
    return result;
}

QHash<qint64, QMap<QString, Cents>> ScoreStore::categoryTotals(int year)
{
    const QHash<qint64, Rule> rules = loadRules();
    const QList<CountedEntry> counted
        = countedEntries(QStringLiteral("e.date BETWEEN ? AND ?"),
                         {isoText(QDate(year, 1, 1)), isoText(QDate(year, 12, 31))});
    QHash<qint64, Cents> contributions;
    score(counted, rules, &contributions);
    QHash<qint64, QMap<QString, Cents>> result;
    for (const CountedEntry& entry : counted) {
        const auto rule = rules.constFind(entry.ruleId);
        if (rule == rules.cend())
            continue;
        result[entry.memberId][rule->versionAt(entry.date).category] += contributions.value(entry.id);
    }
    return result;
}

QList<ScoredEntry> ScoreStore::entries(std::optional<qint64> memberId, std::optional<Period> period)
{
    QStringList conditions;
    QVariantList values;
    if (memberId) {
        conditions.append(QStringLiteral("e.member_id = ?"));
        values.append(*memberId);
    }
    if (period) {
        conditions.append(QStringLiteral("e.date BETWEEN ? AND ?"));
        values << isoText(period->first()) << isoText(period->last());
    }
    const QString where = conditions.isEmpty() ? QStringLiteral("1 = 1") : conditions.join(QStringLiteral(" AND "));
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT e.id, e.member_id, e.rule_id, e.date, e.quantity, e.note, e.entered_by, e.entered_at,"
                       " e.needs_review, r.reason, rv.decision, m.name, m.id_number, b.name, ru.code, ma.meeting_id"
                       " FROM entries e JOIN members m ON m.id = e.member_id JOIN branches b ON b.id = m.branch_id"
                       " JOIN rules ru ON ru.id = e.rule_id"
                       " LEFT JOIN reversals r ON r.entry_id = e.id LEFT JOIN entry_reviews rv ON rv.entry_id = e.id"
                       " LEFT JOIN meeting_attendance ma ON ma.entry_id = e.id" // the meeting that wrote it
                       " WHERE ")
        + where + QStringLiteral(" ORDER BY e.date, e.id"));
    Database::forwardOnly(query);
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    Database::exec(query);
    const QHash<qint64, Rule> rules = loadRules();
    QList<ScoredEntry> result;
    while (query.next()) {
        ScoredEntry row;
        Entry& e = row.entry;
        e.id = query.value(0).toLongLong();
        e.memberId = query.value(1).toLongLong();
        e.ruleId = query.value(2).toLongLong();
        e.date = isoDate(query.value(3).toString());
        e.quantity = query.value(4).toInt();
        e.note = query.value(5).toString();
        e.enteredBy = query.value(6).toString();
        e.enteredAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
        e.reversed = !query.value(9).isNull();
        e.reversalReason = query.value(9).toString();
        if (query.value(8).toBool()) {
            const QString decision = query.value(10).toString();
            e.review = decision == u"approved" ? Entry::Review::Approved
                : decision == u"rejected"      ? Entry::Review::Rejected
                                               : Entry::Review::Pending;
        }
        row.memberName = query.value(11).toString();
        row.idNumber = query.value(12).toString();
        row.branchName = query.value(13).toString();
        row.ruleCode = query.value(14).toString();
        row.meetingId = query.value(15).toLongLong();
        const auto rule = rules.constFind(e.ruleId);
        if (rule != rules.cend()) {
            const RuleVersion& version = rule->versionAt(e.date);
            row.ruleName = version.name;
            row.raw = version.points * e.quantity;
        }
        result.append(row);
    }
    if (result.isEmpty())
        return result;

    // Contributions depend on the entries before them in their member's year: walk those years up to the last date
    // listed.
    QDate last = result.constFirst().entry.date;
    int firstYear = last.year();
    for (const ScoredEntry& row : std::as_const(result)) {
        last = std::max(last, row.entry.date);
        firstYear = std::min(firstYear, row.entry.date.year());
    }
    QString walked = QStringLiteral("e.date BETWEEN ? AND ?");
    QVariantList walkedValues {isoText(QDate(firstYear, 1, 1)), isoText(last)};
    if (memberId) {
        walked += QStringLiteral(" AND e.member_id = ?");
        walkedValues.append(*memberId);
    }
    QHash<qint64, Cents> contributions;
    score(countedEntries(walked, walkedValues), rules, &contributions);
    for (ScoredEntry& row : result) {
        const auto found = contributions.constFind(row.entry.id);
        if (found != contributions.cend())
            row.contribution = *found;
    }
    return result;
}

QStringList ScoreStore::differences(int limit)
{
    QSqlQuery state = m_db.prepare(QStringLiteral("SELECT value FROM derived_state WHERE name = 'score_cache'"));
    Database::exec(state);
    if (state.next() && state.value(0).toString() == u"stale")
        return {}; // not computed yet: nothing stored to be wrong
    const QHash<MemberYear, YearScore> expected = score(countedEntries(QStringLiteral("1 = 1"), {}), loadRules());
    const QHash<MemberYear, YearScore> stored = storedScores(QStringLiteral("1 = 1"), {});
    QList<MemberYear> keys = expected.keys();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!expected.contains(it.key()))
            keys.append(it.key());
    }
    std::sort(keys.begin(), keys.end());
    QStringList problems;
    for (const MemberYear& key : std::as_const(keys)) {
        const YearScore want = expected.value(key);
        const YearScore have = stored.value(key);
        if (want == have)
            continue;
        QStringList what;
        for (int month = 0; month < 12; ++month) {
            if (want.months[month] != have.months[month])
                what.append(tr("month %1: stored %2, recomputed %3")
                                .arg(month + 1)
                                .arg(points::format(have.months[month]), points::format(want.months[month])));
        }
        if (want.activeMonths != have.activeMonths)
            what.append(tr("active months differ"));
        if (want.vetoed != have.vetoed)
            what.append(tr("veto differs"));
        problems.append(tr("The stored points of member %1 for %2 differ from a recomputation from the entries (%3).")
                            .arg(key.first)
                            .arg(key.second)
                            .arg(what.join(QStringLiteral("; "))));
        if (problems.size() >= limit)
            break;
    }
    return problems;
}

void ScoreStore::registerVerifierCheck()
{
    static const bool registered = [] {
        LedgerVerifier::registerDerivedCheck([](Database& db, QList<LedgerVerifier::Problem>& problems) {
            ScoreStore store(db);
            for (const QString& message : store.differences(LedgerVerifier::maxProblems))
                problems.append(LedgerVerifier::Problem {0, QStringLiteral("member_years"), 0, message});
        });
        return true;
    }();
    Q_UNUSED(registered);
}

} // namespace jifen
