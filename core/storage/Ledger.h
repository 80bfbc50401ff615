#pragma once

#include "Actor.h"
#include "AuditLog.h"

#include "model/Branch.h"
#include "model/Entry.h"
#include "model/Member.h"
#include "model/RuleSet.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <optional>

namespace jifen {

class Database;
class RowReader;

// The domain operations on one ledger, as one actor. Every write runs in one transaction together with its
// audit record, checks the actor's role first, and throws StorageError (leaving the ledger as it was) on failure.
class Ledger
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)

public:
    Ledger(Database& db, Actor actor);

    Database& database() const { return m_db; }
    const Actor& actor() const { return m_actor; }
    AuditLog& audit() { return m_audit; }

    // Settings: organisation, review_enabled ("1" while entries need review), base_points, operator_name, ...
    QString setting(const QString& key, const QString& fallback = {}) const;
    void setSetting(const QString& key, const QString& value);

    // Branches.
    QList<Branch> branches() const;
    std::optional<Branch> branchByName(const QString& name) const;
    // A positive branch.id re-creates a removed branch under its old id (redo after an undone addition).
    qint64 addBranch(const Branch& branch);
    // Removes a branch without members or branches below it (the undo of an addition).
    void removeBranch(qint64 id);
    // The id of the branch with this name, created (as a 党支部 under no parent) when missing.
    qint64 ensureBranch(const QString& name);

    // Members.
    // A positive member.id re-creates a removed member under its old id (redo after an undone addition).
    qint64 addMember(const Member& member);
    // Writes the fields that differ; returns false (and writes nothing) when nothing changed. A change of status or
    // branch is also recorded in the roster's history (RosterHistory), dated `rosterDate`: when invalid, the status
    // date given for a change of status, else today. The undo of a change passes the date of the change it undoes, so
    // the history reads as if neither had happened.
    bool updateMember(const Member& member, QDate rosterDate = {}, const QString& rosterNote = {});
    // "SELECT <member columns> FROM members m JOIN branches b ..." for queries that read whole members with
    // readMember().
    static QString memberSelect();
    static Member readMember(const QSqlQuery& query);
    // Removes a member who has no entries and no roster history (the undo of an addition); refuses any other.
    void removeMember(qint64 id);
    std::optional<Member> member(qint64 id) const;
    std::optional<Member> memberByIdNumber(const QString& idNumber) const;
    // Only the id, for a command that names a member by ID number: a fresh process pays for every statement it
    // prepares, and reading the whole member took a sixth of one add-points' work.
    std::optional<qint64> memberIdByIdNumber(const QString& idNumber) const;
    QList<Member> members() const; // ordered by id
    // Throws StorageError(Invalid) naming the first problem of a member record.
    void validateMember(const Member& member) const;
    // The same with today's date given: QDate::currentDate() re-reads the time zone file on every call, which a
    // 100,000-row import cannot afford per member.
    void validateMember(const Member& member, QDate today) const;

    // The rule set: rules with their version history, awards, grade bands, base points.
    RuleSet ruleSet() const;
    QList<Rule> rules() const; // the rule set's rules with their versions, without its awards and grades
    std::optional<Rule> ruleByCode(const QString& code) const;
    std::optional<qint64> ruleIdByCode(const QString& code) const; // only the id, as memberIdByIdNumber()
    struct RuleSetChanges {
        QStringList added, changed, removed, kept; // rule codes
        QStringList replaced; // rules no entry used: the imported values now hold for every date
        bool awardsChanged = false, gradesChanged = false, basePointsChanged = false;
        bool pledgeRulesChanged = false;
        bool branchKeysChanged = false; // meeting types, branch rules, evaluation, tiers, branch awards
        QStringList branchKept; // codes of meeting types and branch rules kept because meetings or entries use them
        bool isEmpty() const
        {
            return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && replaced.isEmpty() && !awardsChanged
                && !gradesChanged && !basePointsChanged && !pledgeRulesChanged && !branchKeysChanged;
        }
    };
    // Updates rules by code (a rule entries use: a new version from `effective` where a value changed; a rule no entry
    // uses: the imported values for every date, its versions replaced), adds new ones, removes rules absent from
    // `rules` that no entry uses, and replaces awards, grade bands and base points.
    RuleSetChanges importRuleSet(const RuleSet& rules, QDate effective);
    // Replace the awards, the grade bands (highest first) or the base points; each returns false when nothing changed.
    bool saveAwards(const QList<Award>& awards);
    bool saveGrades(const QList<GradeBand>& grades);
    bool saveBasePoints(Cents basePoints);
    // The rule set's pledge_rules (承诺践诺): the rule a review of each result writes. Refuses a code that is no rule.
    PledgeRules pledgeRules() const;
    bool savePledgeRules(const PledgeRules& links);
    // Takes back the change of a rule from `effective` (an invalid date: the first version, which removes the rule, refused
    // while entries use it). The undo of saveRuleVersion.
    void removeRuleVersion(const QString& code, QDate effective);
    // A new version of one rule from `effective` on (the rule is created when its code is new).
    void saveRuleVersion(const QString& code, const RuleVersion& version, QDate effective);

    // Entries: appended, never edited or deleted.
    qint64 addEntry(qint64 memberId, qint64 ruleId, QDate date, int quantity, const QString& note);
    // Cancels an entry with a reason; returns the reversal's id.
    qint64 reverseEntry(qint64 entryId, const QString& reason);
    // Review (审核): approves or rejects a pending entry; a rejection needs a reason, and nobody reviews their own entry.
    void reviewEntry(qint64 entryId, bool approve, const QString& reason);
    QList<Entry> pendingEntries() const; // oldest first
    std::optional<Entry> entry(qint64 id) const;
    // "SELECT <entry columns> FROM entries e LEFT JOIN reversals r ... LEFT JOIN entry_reviews rv ..." for readEntry().
    static QString entrySelect();
    static Entry readEntry(const QSqlQuery& query);
    QList<Entry> entriesOfMember(qint64 memberId) const; // by date, then creation

    // Records that full ID numbers were shown or exported; needs the RevealIds permission.
    void recordReveal(const QString& what);

    // The canonical JSON of one stored row, as the audit log records it.
    QJsonObject rowJson(const QString& table, qint64 id) const;

    // The JSON the audit log records for the awards and the grade bands (both are replaced as a whole).
    static QJsonArray awardsJson(const QList<Award>& awards);
    static QJsonArray gradesJson(const QList<GradeBand>& grades);
    // The rows of the awards and grade bands table exactly as they are stored (the columns below, in order), for the
    // writer and for verify, which compares them with the table.
    static constexpr const char* awardColumns = "code, name, min_points, top_percent, scope, quota, full_member_only,"
                                                " no_veto, min_active_months, position";
    static constexpr const char* gradeColumns = "name, min_points, position";
    static QList<QVariantList> awardRows(const QList<Award>& awards);
    static QList<QVariantList> gradeRows(const QList<GradeBand>& grades);

    static QString nowText(); // UTC, ISO 8601 with milliseconds
    // The rule version whose columns effective_from, name, category, points, cap_month, cap_year and veto are the
    // row's from `first` on.
    static RuleVersion ruleVersion(const RowReader& row, int first);

private:
    // The rules with their versions, " WHERE ..." (on r, the rules, and v, their versions) narrowing them.
    QList<Rule> readRules(const QString& where, const QVariantList& values) const;
    void putSetting(const QString& key, const QString& value); // inside a transaction
    bool writeAwards(const QList<Award>& awards);
    bool writeGrades(const QList<GradeBand>& grades);
    bool writePledgeRules(const PledgeRules& links);
    void validateRuleVersion(const QString& code, const RuleVersion& version) const;
    qint64 insertRule(const QString& code);
    bool ruleInUse(qint64 ruleId) const;
    void deleteRule(const Rule& rule); // with its versions, each audited
    void deleteRuleVersion(qint64 versionId, const QString& summary);
    void deleteRuleVersions(qint64 ruleId, const QString& summary); // every version of the rule, each audited
    void insertRuleVersion(qint64 ruleId, const RuleVersion& version, QDate effective);
    // Runs `insert`, an INSERT ending in AuditedTables::returning(table), and records the new row as created by
    // `action`, its audited values written from the row the insert returned. Returns the new row's id.
    qint64 insertAudited(QSqlQuery& insert, const QString& table, const QString& action, const QString& summary);

    Database& m_db;
    Actor m_actor;
    AuditLog m_audit;
};

} // namespace jifen
