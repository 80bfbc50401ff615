#include "Migrations.h"

namespace jifen {

namespace {

QStringList appendOnlyTriggers(std::initializer_list<const char*> tables, Database::Engine engine);

QStringList stepInitial()
{
    return {
        QStringLiteral("CREATE TABLE settings (key ${TEXT} PRIMARY KEY, value ${TEXT} NOT NULL)"),
        QStringLiteral("CREATE TABLE branches ("
                       " id ${ID},"
                       " name ${TEXT} NOT NULL UNIQUE,"
                       " parent_id ${INT} REFERENCES branches(id),"
                       " kind ${TEXT} NOT NULL DEFAULT 'branch'"
                       "  CHECK (kind IN ('committee', 'general_branch', 'branch')))"),
        QStringLiteral("CREATE TABLE members ("
                       " id ${ID},"
                       " id_number ${TEXT} NOT NULL UNIQUE,"
                       " name ${TEXT} NOT NULL CHECK (name <> ''),"
                       " gender ${TEXT} NOT NULL DEFAULT '',"
                       " birth_date ${TEXT},"
                       " ethnicity ${TEXT} NOT NULL DEFAULT '',"
                       " education ${TEXT} NOT NULL DEFAULT '',"
                       " branch_id ${INT} NOT NULL REFERENCES branches(id),"
                       " join_date ${TEXT},"
                       " full_member_date ${TEXT},"
                       " category ${TEXT} NOT NULL DEFAULT '正式党员',"
                       " phone ${TEXT} NOT NULL DEFAULT '',"
                       " position ${TEXT} NOT NULL DEFAULT '',"
                       " status ${TEXT} NOT NULL DEFAULT '在册',"
                       " status_date ${TEXT},"
                       " notes ${TEXT} NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX members_branch ON members(branch_id)"),
        QStringLiteral("CREATE TABLE rules (id ${ID}, code ${TEXT} NOT NULL UNIQUE CHECK (code <> ''))"),
        QStringLiteral("CREATE TABLE rule_versions ("
                       " id ${ID},"
                       " rule_id ${INT} NOT NULL REFERENCES rules(id),"
                       " effective_from ${TEXT},"
                       " name ${TEXT} NOT NULL,"
                       " category ${TEXT} NOT NULL DEFAULT '',"
                       " points ${INT} NOT NULL CHECK (points <> 0),"
                       " cap_month ${INT} CHECK (cap_month > 0),"
                       " cap_year ${INT} CHECK (cap_year > 0),"
                       " veto ${INT} NOT NULL DEFAULT 0,"
                       " created_by ${TEXT} NOT NULL,"
                       " created_at ${TEXT} NOT NULL)"),
        // Several versions may start on the same day: the newest (highest id) wins.
        QStringLiteral("CREATE INDEX rule_versions_rule ON rule_versions(rule_id, effective_from)"),
        QStringLiteral("CREATE TABLE awards ("
                       " id ${ID},"
                       " code ${TEXT} NOT NULL UNIQUE CHECK (code <> ''),"
                       " name ${TEXT} NOT NULL,"
                       " min_points ${INT},"
                       " top_percent ${TEXT},"
                       " scope ${TEXT} NOT NULL DEFAULT 'branch' CHECK (scope IN ('branch', 'all')),"
                       " quota ${INT} CHECK (quota > 0),"
                       " full_member_only ${INT} NOT NULL DEFAULT 0,"
                       " no_veto ${INT} NOT NULL DEFAULT 0,"
                       " min_active_months ${INT},"
                       " position ${INT} NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE grade_bands ("
                       " id ${ID},"
                       " name ${TEXT} NOT NULL,"
                       " min_points ${INT},"
                       " position ${INT} NOT NULL)"),
        // Entries, reversals and reviews are append-only: there is no UPDATE or DELETE path for them.
        QStringLiteral("CREATE TABLE entries ("
                       " id ${ID},"
                       " member_id ${INT} NOT NULL REFERENCES members(id),"
                       " rule_id ${INT} NOT NULL REFERENCES rules(id),"
                       " date ${TEXT} NOT NULL,"
                       " quantity ${INT} NOT NULL CHECK (quantity > 0),"
                       " note ${TEXT} NOT NULL DEFAULT '',"
                       " entered_by ${TEXT} NOT NULL,"
                       " entered_at ${TEXT} NOT NULL,"
                       " needs_review ${INT} NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX entries_member_date ON entries(member_id, date)"),
        QStringLiteral("CREATE INDEX entries_date ON entries(date)"),
        QStringLiteral("CREATE TABLE reversals ("
                       " id ${ID},"
                       " entry_id ${INT} NOT NULL UNIQUE REFERENCES entries(id),"
                       " reason ${TEXT} NOT NULL CHECK (reason <> ''),"
                       " reversed_by ${TEXT} NOT NULL,"
                       " reversed_at ${TEXT} NOT NULL)"),
        QStringLiteral("CREATE TABLE entry_reviews ("
                       " id ${ID},"
                       " entry_id ${INT} NOT NULL UNIQUE REFERENCES entries(id),"
                       " decision ${TEXT} NOT NULL CHECK (decision IN ('approved', 'rejected')),"
                       " reason ${TEXT} NOT NULL DEFAULT '',"
                       " reviewed_by ${TEXT} NOT NULL,"
                       " reviewed_at ${TEXT} NOT NULL)"),
        // The audit log is also the tamper-evident chain: each record's hash covers its content and the previous hash.
        QStringLiteral("CREATE TABLE audit_log ("
                       " id ${ID},"
                       " at ${TEXT} NOT NULL,"
                       " operator ${TEXT} NOT NULL,"
                       " action ${TEXT} NOT NULL,"
                       " entity ${TEXT} NOT NULL,"
                       " entity_id ${INT},"
                       " summary ${TEXT} NOT NULL DEFAULT '',"
                       " before_json ${TEXT},"
                       " after_json ${TEXT},"
                       " prev_hash ${TEXT} NOT NULL,"
                       " hash ${TEXT} NOT NULL UNIQUE)"),
        QStringLiteral("CREATE INDEX audit_entity ON audit_log(entity, entity_id)"),
    };
}

QStringList stepOperators()
{
    return {
        QStringLiteral("CREATE TABLE operators ("
                       " id ${ID},"
                       " name ${TEXT} NOT NULL UNIQUE CHECK (name <> ''),"
                       " role ${TEXT} NOT NULL CHECK (role IN ('admin', 'clerk', 'reviewer', 'viewer')),"
                       " password_hash ${TEXT} NOT NULL,"
                       " active ${INT} NOT NULL DEFAULT 1,"
                       " failed_logins ${INT} NOT NULL DEFAULT 0,"
                       " last_failed_at ${TEXT},"
                       " created_at ${TEXT} NOT NULL)"),
    };
}

// The derived score cache (see ScoreStore): per member and calendar year, the sum of the member's contributions in
// each month (after caps) and the months and veto that make active months and vetoes. Derived data, never audited:
// recomputed from the entries, and checked against a recomputation by verify.
QStringList stepScoreCache(Database::Engine engine)
{
    QString months;
    for (int month = 1; month <= 12; ++month)
        months += QStringLiteral(" m%1 ${INT} NOT NULL DEFAULT 0,").arg(month);
    return {
        QStringLiteral("CREATE TABLE member_years ("
                       " year ${INT} NOT NULL,"
                       " member_id ${INT} NOT NULL,"
                       "%1"
                       " active_months ${INT} NOT NULL DEFAULT 0," // bit m-1 set: month m is active
                       " vetoed ${INT} NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (year, member_id))%2")
            .arg(months, engine == Database::Engine::Sqlite ? QStringLiteral(" WITHOUT ROWID") : QString()),
        QStringLiteral("CREATE TABLE derived_state (name ${TEXT} PRIMARY KEY, value ${TEXT} NOT NULL)"),
        // Entries already in the ledger are scored by ScoreStore on first use; a new ledger's cache starts current.
        QStringLiteral("INSERT INTO derived_state (name, value) SELECT 'score_cache',"
                       " CASE WHEN EXISTS (SELECT 1 FROM entries) THEN 'stale' ELSE 'current' END"),
    };
}

// Rankings printed for public notice (公示): what was published, when and by whom, rows included, so that later
// changes to the period's entries can be flagged. Append-only, like the entries.
QStringList stepPublications(Database::Engine engine)
{
    QStringList sql{
        QStringLiteral("CREATE TABLE publications ("
                       " id ${ID},"
                       " period ${TEXT} NOT NULL,"
                       " branch_id ${INT} REFERENCES branches(id),"
                       " scope ${TEXT} NOT NULL DEFAULT '',"
                       " published_at ${TEXT} NOT NULL,"
                       " published_by ${TEXT} NOT NULL,"
                       " notice_from ${TEXT},"
                       " notice_to ${TEXT},"
                       " title ${TEXT} NOT NULL DEFAULT '',"
                       " row_count ${INT} NOT NULL,"
                       " rows_json ${TEXT} NOT NULL)"),
        QStringLiteral("CREATE INDEX publications_period ON publications(period, branch_id)"),
    };
    return sql << appendOnlyTriggers({"publications"}, engine);
}

// Search and sort columns for member names (pinyin initials, compact pinyin, a Chinese collation key), kept by
// Ledger and refreshed by MemberSearchKeys. Derived data: the audit log does not cover them.
QStringList stepMemberNameIndex()
{
    return {
        QStringLiteral("ALTER TABLE members ADD COLUMN name_initials ${TEXT} NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE members ADD COLUMN name_pinyin ${TEXT} NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE members ADD COLUMN name_key ${BLOB}"),
        QStringLiteral("CREATE INDEX members_name_key ON members(name_key, id)"),
        QStringLiteral("CREATE TABLE name_index_info (collation_version ${TEXT} NOT NULL)"),
    };
}

// The members list at 100,000 members: the ID and phone numbers reversed (their last digits become an indexed
// prefix), an index per search, and a covering index in list order (name key) that holds the list's filters so rows
// left out cost no lookup. The keys table is renamed: MemberSearchKeys then recomputes every member's keys once.
QStringList stepMemberSearchKeys()
{
    return {
        QStringLiteral("ALTER TABLE members ADD COLUMN id_number_rev ${TEXT} NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE members ADD COLUMN phone_rev ${TEXT} NOT NULL DEFAULT ''"),
        QStringLiteral("DROP INDEX members_name_key"),
        QStringLiteral("CREATE INDEX members_list ON members(name_key, id, status, branch_id, name_initials, name_pinyin)"),
        QStringLiteral("CREATE INDEX members_initials ON members(name_initials)"),
        QStringLiteral("CREATE INDEX members_pinyin ON members(name_pinyin)"),
        QStringLiteral("CREATE INDEX members_name ON members(name)"),
        QStringLiteral("CREATE INDEX members_id_number_rev ON members(id_number_rev)"),
        QStringLiteral("CREATE INDEX members_phone_rev ON members(phone_rev)"),
        QStringLiteral("CREATE INDEX members_status_branch ON members(status, branch_id)"),
        QStringLiteral("DROP TABLE name_index_info"),
        QStringLiteral("CREATE TABLE search_keys_info (collation_version ${TEXT} NOT NULL)"),
    };
}

// The entries lose their date-only index. Every query by date alone asks for a month or more (listings, a publication's
// later changes, a rule version's member-years), and at city scale (2,000,000 entries) a month's entries, spread over
// every page of the table, are read in half the time by a scan than through the index. The index cost a page written
// per entry and half of a bulk import's index building. Queries by member keep entries_member_date.
QStringList stepDropEntryDateIndex()
{
    return {QStringLiteral("DROP INDEX entries_date")};
}

// Pledges (承诺践诺) and the branch opinions (党支部意见表) that quote them: a member's pledges for a year and their
// reviews. Both are append-only: a correction is a new review that supersedes the old one (supersedes_id), and the
// entry a review wrote by the rule set's pledge_rules (entry_id) is reversed, never deleted.
QStringList stepPledges(Database::Engine engine)
{
    QStringList sql{
        QStringLiteral("CREATE TABLE pledges ("
                       " id ${ID},"
                       " member_id ${INT} NOT NULL REFERENCES members(id),"
                       " year ${INT} NOT NULL,"
                       " text ${TEXT} NOT NULL CHECK (text <> ''),"
                       " due_date ${TEXT},"
                       " created_by ${TEXT} NOT NULL,"
                       " created_at ${TEXT} NOT NULL)"),
        QStringLiteral("CREATE INDEX pledges_member_year ON pledges(member_id, year)"),
        QStringLiteral("CREATE INDEX pledges_year ON pledges(year)"),
        QStringLiteral("CREATE TABLE pledge_reviews ("
                       " id ${ID},"
                       " pledge_id ${INT} NOT NULL REFERENCES pledges(id),"
                       " result ${TEXT} NOT NULL CHECK (result IN ('fulfilled', 'partly', 'unfulfilled')),"
                       " note ${TEXT} NOT NULL DEFAULT '',"
                       " entry_id ${INT} REFERENCES entries(id),"
                       " supersedes_id ${INT} UNIQUE REFERENCES pledge_reviews(id),"
                       " reviewed_by ${TEXT} NOT NULL,"
                       " reviewed_at ${TEXT} NOT NULL)"),
        QStringLiteral("CREATE INDEX pledge_reviews_pledge ON pledge_reviews(pledge_id)"),
        // Branch opinions (党支部意见表) issued: for whom, which years, the opinion as typed, who and when; one row per
        // member of a batch. A record, like the publications.
        QStringLiteral("CREATE TABLE opinion_issues ("
                       " id ${ID},"
                       " member_id ${INT} NOT NULL REFERENCES members(id),"
                       " year_from ${INT} NOT NULL,"
                       " year_to ${INT} NOT NULL,"
                       " opinion ${TEXT} NOT NULL DEFAULT '',"
                       " issued_by ${TEXT} NOT NULL,"
                       " issued_at ${TEXT} NOT NULL)"),
        QStringLiteral("CREATE INDEX opinion_issues_member ON opinion_issues(member_id)"),
    };
    return sql << appendOnlyTriggers({"pledges", "pledge_reviews", "opinion_issues"}, engine);
}

// The roster's dated history (see RosterHistory): each row is one change of a member's status or branch, with the
// state before and after it, dated from the day it takes effect. The members table keeps the current state (its
// indexes serve the members list); a member's state on a past day is the state before the first change dated after
// that day. Append-only. The leavers already in the ledger get their leave rows (dated status_date) from
// RosterHistory::completeMigration(), which writes them with their audit record: SQL cannot extend the hash chain.
QStringList stepRosterHistory(Database::Engine engine)
{
    QStringList sql{
        QStringLiteral("CREATE TABLE roster_history ("
                       " id ${ID},"
                       " member_id ${INT} NOT NULL REFERENCES members(id),"
                       " date ${TEXT} NOT NULL,"
                       " status ${TEXT} NOT NULL CHECK (status IN ('在册', '转出', '去世')),"
                       " branch_id ${INT} NOT NULL REFERENCES branches(id),"
                       " previous_status ${TEXT} NOT NULL CHECK (previous_status IN ('在册', '转出', '去世')),"
                       " previous_branch_id ${INT} NOT NULL REFERENCES branches(id),"
                       " note ${TEXT} NOT NULL DEFAULT '',"
                       " recorded_by ${TEXT} NOT NULL,"
                       " recorded_at ${TEXT} NOT NULL)"),
        QStringLiteral("CREATE INDEX roster_history_member ON roster_history(member_id, date, id)"),
        QStringLiteral("INSERT INTO derived_state (name, value) SELECT 'roster_history',"
                       " CASE WHEN EXISTS (SELECT 1 FROM members WHERE status <> '在册' AND status_date IS NOT NULL)"
                       " THEN 'pending' ELSE 'current' END"),
    };
    return sql << appendOnlyTriggers({"roster_history"}, engine);
}

// --- branches: organisation life and the branch evaluation (branch-spec.md) ---
// The rule set's branch keys (meeting types, branch rules, the evaluation's maxima, tiers, branch awards), meetings with
// their attendance, and branch entries. Meetings, their cancellations and attendance, branch entries and their
// reversals are append-only: a changed attendance is a new row (the latest per member counts), a cancellation a row
// of its own. meeting_attendance.entry_id links a member's entry to the meeting that wrote it.
QStringList stepBranches(Database::Engine engine)
{
    QStringList sql{
        QStringLiteral("CREATE TABLE meeting_types ("
                       " id ${ID},"
                       " code ${TEXT} NOT NULL UNIQUE CHECK (code <> ''),"
                       " name ${TEXT} NOT NULL,"
                       " required_per_year ${INT} NOT NULL DEFAULT 0 CHECK (required_per_year >= 0),"
                       " present_rule ${TEXT},"
                       " absent_rule ${TEXT},"
                       " position ${INT} NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE branch_rules ("
                       " id ${ID},"
                       " code ${TEXT} NOT NULL UNIQUE CHECK (code <> ''),"
                       " name ${TEXT} NOT NULL,"
                       " category ${TEXT} NOT NULL DEFAULT '',"
                       " points ${INT} NOT NULL CHECK (points <> 0),"
                       " cap_month ${INT} CHECK (cap_month > 0),"
                       " cap_year ${INT} CHECK (cap_year > 0),"
                       " veto ${INT} NOT NULL DEFAULT 0,"
                       " position ${INT} NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE branch_evaluation ("
                       " id ${ID},"
                       " member_points_max ${INT} NOT NULL DEFAULT 0,"
                       " full_at ${INT} NOT NULL DEFAULT 0,"
                       " participation_max ${INT} NOT NULL DEFAULT 0,"
                       " meetings_max ${INT} NOT NULL DEFAULT 0,"
                       " attendance_max ${INT} NOT NULL DEFAULT 0,"
                       " member_veto ${INT} NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE branch_tiers ("
                       " id ${ID},"
                       " name ${TEXT} NOT NULL UNIQUE CHECK (name <> ''),"
                       " min_score ${INT},"
                       " max_share ${INT} CHECK (max_share > 0 AND max_share <= 10000),"
                       " position ${INT} NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE branch_awards ("
                       " id ${ID},"
                       " code ${TEXT} NOT NULL UNIQUE CHECK (code <> ''),"
                       " name ${TEXT} NOT NULL,"
                       " min_score ${INT},"
                       " min_tier ${TEXT},"
                       " no_veto ${INT} NOT NULL DEFAULT 0,"
                       " min_meeting_rate ${INT},"
                       " min_attendance ${INT},"
                       " top_percent ${INT},"
                       " quota ${INT} CHECK (quota > 0),"
                       " position ${INT} NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE meetings ("
                       " id ${ID},"
                       " branch_id ${INT} NOT NULL REFERENCES branches(id),"
                       " type_id ${INT} NOT NULL REFERENCES meeting_types(id),"
                       " date ${TEXT} NOT NULL,"
                       " topic ${TEXT} NOT NULL DEFAULT '',"
                       " entered_by ${TEXT} NOT NULL,"
                       " entered_at ${TEXT} NOT NULL)"),
        QStringLiteral("CREATE INDEX meetings_date ON meetings(date, branch_id)"),
        QStringLiteral("CREATE TABLE meeting_cancellations ("
                       " id ${ID},"
                       " meeting_id ${INT} NOT NULL UNIQUE REFERENCES meetings(id),"
                       " reason ${TEXT} NOT NULL CHECK (reason <> ''),"
                       " cancelled_by ${TEXT} NOT NULL,"
                       " cancelled_at ${TEXT} NOT NULL)"),
        QStringLiteral("CREATE TABLE meeting_attendance ("
                       " id ${ID},"
                       " meeting_id ${INT} NOT NULL REFERENCES meetings(id),"
                       " member_id ${INT} NOT NULL REFERENCES members(id),"
                       " attendance ${TEXT} NOT NULL CHECK (attendance IN ('present', 'excused', 'absent')),"
                       " entry_id ${INT} REFERENCES entries(id),"
                       " recorded_by ${TEXT} NOT NULL,"
                       " recorded_at ${TEXT} NOT NULL)"),
        QStringLiteral("CREATE INDEX meeting_attendance_meeting ON meeting_attendance(meeting_id, member_id)"),
        QStringLiteral("CREATE INDEX meeting_attendance_entry ON meeting_attendance(entry_id)"),
        QStringLiteral("CREATE TABLE branch_entries ("
                       " id ${ID},"
                       " branch_id ${INT} NOT NULL REFERENCES branches(id),"
                       " rule_id ${INT} NOT NULL REFERENCES branch_rules(id),"
                       " date ${TEXT} NOT NULL,"
                       " quantity ${INT} NOT NULL CHECK (quantity > 0),"
                       " note ${TEXT} NOT NULL DEFAULT '',"
                       " entered_by ${TEXT} NOT NULL,"
                       " entered_at ${TEXT} NOT NULL)"),
        QStringLiteral("CREATE INDEX branch_entries_date ON branch_entries(date, branch_id)"),
        QStringLiteral("CREATE TABLE branch_reversals ("
                       " id ${ID},"
                       " entry_id ${INT} NOT NULL UNIQUE REFERENCES branch_entries(id),"
                       " reason ${TEXT} NOT NULL CHECK (reason <> ''),"
                       " reversed_by ${TEXT} NOT NULL,"
                       " reversed_at ${TEXT} NOT NULL)"),
    };
    return sql << appendOnlyTriggers({"meetings", "meeting_cancellations", "meeting_attendance", "branch_entries",
                                      "branch_reversals"},
                                     engine);
}
// --- end of branches ---

// A member's meetings of a year (the member page's attendance, the branch opinion) without reading every meeting's
// attendance.
QStringList stepMeetingAttendanceByMember()
{
    return {QStringLiteral("CREATE INDEX meeting_attendance_member ON meeting_attendance(member_id, meeting_id)")};
}

// A member-year's entries come from entries_member_date alone: every entry made recomputes its member-year's score
// cache from these columns, and an index on (member_id, date) only sent it to the table for each of them. A ledger's
// entries are written in the order they are made, so one member's lie on as many pages as they are, and a new
// process read each of those pages (at city scale, about fifty for one entry). needs_review is 0 or 1, which SQLite
// stores in the record's header alone.
QStringList stepCoveringMemberDateIndex()
{
    return {QStringLiteral("DROP INDEX entries_member_date"),
            QStringLiteral("CREATE INDEX entries_member_date"
                           " ON entries(member_id, date, rule_id, quantity, needs_review)")};
}

// Refuses UPDATE and DELETE (and, on PostgreSQL, TRUNCATE) of append-only tables, whoever connects.
QStringList appendOnlyTriggers(std::initializer_list<const char*> tables, Database::Engine engine)
{
    QStringList sql;
    if (engine == Database::Engine::Postgres) {
        sql << QStringLiteral("CREATE OR REPLACE FUNCTION jifen_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
                              "BEGIN RAISE EXCEPTION 'jifen: % are append-only', TG_TABLE_NAME; END $$");
        for (const char* table : tables) {
            sql << QStringLiteral("CREATE TRIGGER %1_no_change BEFORE UPDATE OR DELETE ON %1 "
                                  "FOR EACH ROW EXECUTE FUNCTION jifen_append_only()")
                       .arg(QLatin1String(table));
            sql << QStringLiteral("CREATE TRIGGER %1_no_truncate BEFORE TRUNCATE ON %1 "
                                  "FOR EACH STATEMENT EXECUTE FUNCTION jifen_append_only()")
                       .arg(QLatin1String(table));
        }
        return sql;
    }
    for (const char* table : tables) {
        for (const char* op : {"UPDATE", "DELETE"}) {
            const QString verb = QLatin1String(op);
            sql << QStringLiteral("CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 BEGIN "
                                  "SELECT RAISE(ABORT, 'jifen: %1 are append-only'); END")
                       .arg(QLatin1String(table), verb.toLower(), verb);
        }
    }
    return sql;
}

QString rewrite(QString sql, Database::Engine engine)
{
    const bool pg = engine == Database::Engine::Postgres;
    sql.replace(QStringLiteral("${ID}"),
                pg ? QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                   : QStringLiteral("INTEGER PRIMARY KEY"));
    sql.replace(QStringLiteral("${TEXT}"), QStringLiteral("TEXT"));
    sql.replace(QStringLiteral("${BLOB}"), pg ? QStringLiteral("BYTEA") : QStringLiteral("BLOB"));
    sql.replace(QStringLiteral("${INT}"), pg ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER"));
    return sql;
}

} // namespace

QString Migrations::schemaInfoTable()
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL)");
}

QList<QStringList> Migrations::steps(Database::Engine engine)
{
    QStringList first = stepInitial() << appendOnlyTriggers({"entries", "reversals", "entry_reviews", "audit_log"}, engine);
    QList<QStringList> all {first,
                            stepOperators(),
                            stepScoreCache(engine),
                            stepPublications(engine),
                            stepMemberNameIndex(),
                            stepMemberSearchKeys(),
                            stepDropEntryDateIndex(),
                            stepPledges(engine),
                            stepRosterHistory(engine),
                            stepBranches(engine),
                            stepMeetingAttendanceByMember(),
                            stepCoveringMemberDateIndex()};
    for (QStringList& step : all)
        for (QString& sql : step)
            sql = rewrite(sql, engine);
    return all;
}

} // namespace jifen
