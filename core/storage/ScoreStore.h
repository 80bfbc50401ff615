#pragma once

#include "model/Entry.h"
#include "model/Period.h"
#include "model/Points.h"
#include "model/Rule.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QVariantList>

#include <array>
#include <limits>
#include <optional>

namespace jifen {

class Database;

// What one member counted in a period (RosterHistory::countedSql) brings to a ranking, an eligibility run or a branch
// summary, as SQL gathers it.
struct MemberScoreFacts
{
    qint64 memberId = 0;
    QString name;
    QString idNumber;
    QByteArray nameKey; // the name's Chinese collation key (members.name_key, Pinyin::nameSortKey)
    qint64 branchId = 0; // the branch for the period: on its last day, or on the day the member left
    QString branchName;
    bool onRoster = true; // still on the roster on the period's last day (or today, while the period runs)
    QString leftStatus; // 转出 / 去世, when not onRoster
    QDate leftDate;
    bool fullMember = false; // 正式党员
    Cents sum = 0; // contributions dated in the period; base points not included
    Cents previousSum = 0; // the same for the period before
    int activeMonths = 0; // months of the period with a counted entry of a rule whose points are positive
    bool vetoed = false; // a counted entry of a veto rule dated in the period's year
};

// One counted member's year as the cache holds it, month by month: what reports and charts draw from.
struct MemberYearScore
{
    MemberScoreFacts facts; // for the year: sum of the twelve months, the year before, active months, veto
    std::array<Cents, 12> months {}; // contributions dated in each month
    unsigned activeMonthMask = 0; // bit m-1 set: month m is active
};

// One current member's year without any text: what places and award verdicts need. A tenth of a MemberYearScore,
// for work that must judge every member to tell one member's verdicts (places are relative).
struct MemberYearFigures
{
    qint64 memberId = 0;
    qint64 branchId = 0; // on the year's last day, or on the day they left
    bool onRoster = true; // still on the roster on the year's last day (today, for the current year)
    QString leftStatus; // 转出 or 去世 when not on the roster
    QDate leftDate;
    bool fullMember = false; // 正式党员
    bool vetoed = false;
    unsigned activeMonthMask = 0; // bit m-1 set: month m is active
    std::array<Cents, 12> months {}; // contributions dated in each month
};

// One entry as the entries listing shows it.
struct ScoredEntry
{
    Entry entry;
    QString memberName;
    QString idNumber;
    QString branchName;
    QString ruleCode;
    QString ruleName; // of the version in force on the entry's date
    Cents raw = 0;
    std::optional<Cents> contribution; // unset when the entry does not count
    qint64 meetingId = 0; // the meeting that wrote the entry (organisation life); 0: none
};

// The derived score cache and the scoring facts read from it.
//
// The cache (table member_years) holds, per member and calendar year, the sum of the member's contributions in each
// month after caps, the months with a counted entry of a positive rule, and whether a veto rule struck. A change can
// only move contributions of its own member, rule and year (caps act per member, rule and year), so the Ledger has
// each write recompute, inside its transaction, just the member-year it touches: the caps are walked again for that
// member's entries of that year (a few hundred at most) and one row is rewritten. Rankings, eligibility and branch
// summaries then read one row per member. All scoring SQL lives here; caps, ranks and eligibility are core/scoring's.
class ScoreStore
{
    Q_DECLARE_TR_FUNCTIONS(ScoreStore)

public:
    explicit ScoreStore(Database& db);

    // Upkeep; each must run inside the caller's write transaction.
    // An entry was added, reversed, approved or rejected.
    void entryChanged(qint64 entryId);
    // A rule got a new version from `from` on (invalid: from the start).
    void ruleChanged(qint64 ruleId, QDate from);
    void recomputeMemberYear(qint64 memberId, int year);
    // An entry as the cap walk needs it.
    struct CountedEntry
    {
        qint64 id = 0;
        qint64 memberId = 0;
        qint64 ruleId = 0;
        QDate date;
        int quantity = 1;
    };
    // Recomputes many member-years at once (after a batch of entries). The counted entries from `firstAddedId` on
    // may be handed over in `added` (already written), so that a large batch is not read back.
    void recomputeMemberYears(const QSet<std::pair<qint64, int>>& memberYears, const QList<CountedEntry>& added = {},
                              qint64 firstAddedId = std::numeric_limits<qint64>::max());
    // recomputeMemberYears() in three steps, for a batch whose caps are walked on another thread while the connection
    // writes the batch's entries. prepareBatch() reads what the walk needs: the rules, and the counted entries dated
    // in `years` from before `firstAddedId`. walkBatch() keeps of those the entries of `memberYears`, adds `added`
    // (which must lie in them) and walks the caps; it touches no database, so any thread may run it. storeBatch()
    // writes the member-years, inside the same transaction.
    class Batch;
    Batch prepareBatch(const QSet<int>& years, qint64 firstAddedId) const;
    static void walkBatch(Batch& batch, const QSet<std::pair<qint64, int>>& memberYears,
                          const QList<CountedEntry>& added);
    void storeBatch(const Batch& batch);
    // Recomputes the whole cache.
    void rebuild();
    // Rebuilds the cache when it is marked stale (after the migration that created it); opens its own transaction.
    void ensureCurrent();

    // The members counted in the period (scoring spec, "Who is counted in a period") whose branch for the period is
    // `branchId` or under it, or all, in id order, with their facts for the period.
    QList<MemberScoreFacts> countedMembers(const Period& period, std::optional<qint64> branchId = std::nullopt);

    // The members counted in the year, of one branch or of all, in id order, with their year month by month.
    QList<MemberYearScore> countedMemberYears(int year, std::optional<qint64> branchId = std::nullopt);
    // The same members and months without names or the year before.
    QList<MemberYearFigures> countedMemberFigures(int year);

    // Per member, the year's contributions summed by the category (基本 / 奖励 / 扣减 ...) of the rule version in force
    // on each entry's date. Walks the caps again for the whole year: for reports, not for every screen refresh.
    QHash<qint64, QMap<QString, Cents>> categoryTotals(int year);

    // Entries of one member or of all, dated in the period or at any time, by date then creation, with what each
    // contributes.
    QList<ScoredEntry> entries(std::optional<qint64> memberId, std::optional<Period> period);

    // What a new entry of `ruleId` on `date` would do for each member, before it is saved: its raw points, what it
    // would contribute after the caps (the entry walked with the member's counted entries of the rule that year, as
    // the newest), and the room the caps of the version in force on `date` leave the member in that month and year
    // after the entries already made (nullopt: that version has no cap). An entry that would contribute less than
    // its raw points is over the cap.
    struct EntryPreview
    {
        qint64 memberId = 0;
        Cents raw = 0;
        Cents contribution = 0;
        std::optional<Cents> room;
        bool overCap() const { return contribution != raw; }
    };
    QList<EntryPreview> preview(qint64 ruleId, QDate date, int quantity, const QList<qint64>& memberIds) const;

    // The differences between the stored cache and a recomputation from the entries, at most `limit` of them,
    // each as a sentence in the user's language.
    QStringList differences(int limit);

    // Lets `jifen-cli verify` check the cache (LedgerVerifier::registerDerivedCheck); safe to call more than once.
    static void registerVerifierCheck();

private:
    struct YearScore
    {
        std::array<Cents, 12> months {};
        unsigned activeMonths = 0; // bit m-1: month m
        bool vetoed = false;
        bool operator==(const YearScore&) const = default;
    };
    using MemberYear = std::pair<qint64, int>;

    // Every rule's versions in date order, as scoring needs them (the rules' codes are not read).
    QHash<qint64, Rule> loadRules() const;
    // Counted entries (not reversed; approved where review was on) matching an SQL condition on entries `e`.
    QList<CountedEntry> countedEntries(const QString& where, const QVariantList& values) const;
    // Walks the caps; fills each member-year's score and, when asked, each entry's contribution.
    static QHash<MemberYear, YearScore> score(const QList<CountedEntry>& entries, const QHash<qint64, Rule>& rules,
                                              QHash<qint64, Cents>* contributions = nullptr);
    QHash<MemberYear, YearScore> storedScores(const QString& where, const QVariantList& values) const;
    // Writes the scores of the given member-years; a member-year without a score is removed.
    void store(const QSet<MemberYear>& keys, const QHash<MemberYear, YearScore>& scores);
    void markCurrent();

    Database& m_db;
};

class ScoreStore::Batch
{
    friend class ScoreStore;
    QHash<qint64, Rule> m_rules;
    QSet<MemberYear> m_keys;
    QList<CountedEntry> m_entries; // counted entries, in any order
    QHash<MemberYear, YearScore> m_scores; // filled by walkBatch()
};

} // namespace jifen
