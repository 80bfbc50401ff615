#!/usr/bin/env bash
# City-scale scoring benchmark (issue 3): 100,000 members in 500 branches, 2,000,000 entries in one year.
#
# Builds the database, then measures side by side in this one run, alternating so that a busy machine slows both
# sides alike:
#   - import-points of the 2,000,000 rows    vs  the sqlite3 shell's unchecked .import of the same file  (target ≤ 2×)
#   - a month ranking (ranking --period M)   vs  SELECT member, SUM(points) ... GROUP BY member ORDER BY 2 DESC
#   - a year eligibility run                 vs  the same plain SELECT over the year              (targets ≤ 1.5×)
#   - one add-points                                                                               (target < 5 ms)
# The plain SELECT runs on a table of the same entries' raw points with an index on the date (it honours no caps).
# Each side is timed as a whole process, output to /dev/null; the ratio of the medians is printed, with CPU time too.
#
# Usage: benchmarks/scoring_bench.sh [BUILD_DIR] [WORK_DIR]    (needs python3, sqlite3 and a built jifen-cli)
# Smaller runs for a quick look: MEMBERS=10000 ENTRIES=200000 benchmarks/scoring_bench.sh
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/benchmarks/city_data.sh"
city_settings "${1:-}" "${2:-}" 500 jifen-bench

# --- data (kept in WORK_DIR and reused when the sizes match) ----------------------------------------------------------
city_data "$work" "$members" "$branches" "$entries" "$year"
echo "data: $members members, $entries entries"

db="$work/city.sqlite"
rm -f "$db" "$db"-*
city_members_ledger "$cli" "$work" "$branches" "$year"
# Opening the ledger fills the members' derived name keys (pinyin, collation) and migrates a ledger kept from an older
# build, as any Jifen start would, so that no timed run pays for it.
"$cli" --db "$work/members-only.sqlite" ranking --period "$year-01" >/dev/null
cp "$work/members-only.sqlite" "$db"

# --- timing helpers (run, wall, cpu, median, ratio) ---------------------------------------------------------------
. "$here/benchmarks/timing.sh"
rm -f "$work"/times.*

# --- import: the shell's unchecked .import against import-points, IMPORT_ROUNDS times each (default 3), alternating --
import_rounds="${IMPORT_ROUNDS:-3}"
for round in $(seq 1 "$import_rounds"); do
    rm -f "$work/shell.sqlite"
    run shell_import sqlite3 "$work/shell.sqlite" ".mode csv" ".import '$work/points.csv' staged"
    if [ "$round" != 1 ]; then rm -f "$db"-*; cp "$work/members-only.sqlite" "$db"; fi
    run import env JIFEN_TIMING=1 "$cli" --db "$db" import-points "$work/points.csv"
    grep '^import-points:' "$work/err.tmp" >"$work/import_phases.$round" || true
done

# The plain table the baseline SELECT reads: the same entries with their raw points (no caps), indexed by date.
sqlite3 "$db" <<EOF
.mode csv
CREATE TABLE bench_raw_staged (id_number TEXT, date TEXT, points INTEGER);
.import '$work/raw.csv' bench_raw_staged
CREATE TABLE bench_raw AS SELECT m.id AS member, s.date AS date, CAST(s.points AS INTEGER) AS points
    FROM bench_raw_staged s JOIN members m ON m.id_number = s.id_number;
DROP TABLE bench_raw_staged;
CREATE INDEX bench_raw_date ON bench_raw(date);
ANALYZE;
EOF

# --- month ranking and year eligibility against the plain SELECT, alternating --------------------------------------
month="$year-06"
plain="SELECT member, SUM(points) FROM bench_raw WHERE date BETWEEN '%s' AND '%s' GROUP BY member ORDER BY 2 DESC"
for i in $(seq "$repeats"); do
    run plain_month sqlite3 "$db" "$(printf "$plain" "$month-01" "$month-30")"
    run ranking "$cli" --db "$db" ranking --period "$month" --format json
    run plain_year sqlite3 "$db" "$(printf "$plain" "$year-01-01" "$year-12-31")"
    run eligibility "$cli" --db "$db" eligibility --year "$year" --format json
done

# --- one add-points: the whole process, and the entry itself (lookup to commit) as JIFEN_TIMING reports it -------
member_id=$(sed -n 1p "$work/members.csv" | cut -d, -f1)
rm -f "$work/add_points_ms"
for i in $(seq 20); do
    run startup "$cli" --version
    run add_points "$cli" --db "$db" add-points --member "$member_id" --rule B01 --date "$year-07-01"
    JIFEN_TIMING=1 "$cli" --db "$db" add-points --member "$member_id" --rule B02 --date "$year-07-02" 2>&1 >/dev/null \
        | sed -n 's/^add-points: \([0-9.]*\) ms$/\1/p' >>"$work/add_points_ms"
done
# The same entry on a ledger kept open, as the desktop makes it (no process start, SQLite's page cache warm).
entry_bench="$build/benchmarks/entry_bench"
open_entry=""
[ -x "$entry_bench" ] && open_entry=$("$entry_bench" "$db" "$member_id" B03 "$year-07-03" 50)
# What one durable commit costs on this disk: the add-points commit waits for such syncs.
sync_ms=$(dd if=/dev/zero of="$work/sync.test" bs=4k count=50 oflag=dsync 2>&1 | awk '/copied/ { print $(NF-3) * 1000 / 50 }')
rm -f "$work/sync.test"

# --- report -------------------------------------------------------------------------------------------------------
echo
echo "city scale: $members members, $branches branches, $entries entries in $year (medians; wall ms / cpu ms)"
table_header
table_baseline "sqlite3 .import (baseline)" shell_import
table_line "import-points" import shell_import "≤ 2×"
sed 's/^/    /' "$work/import_phases.$import_rounds"
table_baseline "plain SELECT, month (baseline)" plain_month
table_line "ranking --period $month" ranking plain_month "≤ 1.5×"
table_baseline "plain SELECT, year (baseline)" plain_year
table_line "eligibility --year $year" eligibility plain_year "≤ 1.5×"
table_baseline "jifen-cli --version (start-up)" startup
table_baseline "add-points (whole process)" add_points
table_row "add-points (the entry, in process)" "$(median <"$work/add_points_ms")" "" "" "" "< 5 ms"
[ -n "$open_entry" ] && echo "$open_entry   (target < 5 ms)"
echo "one synchronous 4 KiB write on this disk: ${sync_ms} ms (an add-points commit waits for such syncs)"

# --- the lines benchmarks/run-all.sh collects ------------------------------------------------------------------------
bench_result "points import, $entries rows: import-points / sqlite3 .import" "$(ratio "$(wall import)" "$(wall shell_import)")" 2 "x"
bench_result "month ranking, $members members: ranking / plain SELECT" "$(ratio "$(wall ranking)" "$(wall plain_month)")" 1.5 "x"
bench_result "year eligibility: eligibility / plain SELECT" "$(ratio "$(wall eligibility)" "$(wall plain_year)")" 1.5 "x"
bench_result "add-points: one entry, in process" "$(median <"$work/add_points_ms")" 5 ms
