#!/usr/bin/env bash
# City-scale organisation-life benchmark (issue 21 item 7): 100,000 members in 2,000 branches, 2,000,000 entries in
# one year (city_data.sh, with its roster history), plus that year's 60,000 meetings (make_meetings.py: about 30 a
# branch in the default rule set's rhythm, 1.9 million attendance entries).
#
# Builds the city ledger once (the members straight into the tables, the entries with import-points) and keeps it with
# the data. Then measures side by side in this one run, alternating so that a busy machine slows both sides alike:
#   - import-meetings of the year's meetings    vs  import-points of the entries it writes (make_meetings.py's
#     points file), each on a fresh copy of the city ledger                                       (target ≤ 2×)
#   - branch-eval --year Y                      vs  eligibility --year Y, on the ledger with the meetings
#                                                                                                 (target ≤ 1.5×)
# Each side is timed as a whole process, output to /dev/null; the ratio of the medians is printed, with CPU time too.
#
# Usage: benchmarks/branches_bench.sh [BUILD_DIR] [WORK_DIR]   (needs python3, sqlite3 and a built jifen-cli)
# Smaller runs for a quick look: MEMBERS=10000 BRANCHES=200 ENTRIES=200000 benchmarks/branches_bench.sh
# Other settings: YEAR (default 2025), REPEATS (default 5), IMPORT_ROUNDS (default 2).
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/benchmarks/city_data.sh"
city_settings "${1:-}" "${2:-}" 2000 jifen-branches-bench
import_rounds="${IMPORT_ROUNDS:-2}"

# --- data and the city ledger (kept in WORK_DIR and reused when the sizes match) -------------------------------------
city_data "$work" "$members" "$branches" "$entries" "$year"
city_members_ledger "$cli" "$work" "$branches" "$year"
if [ "$(cat "$work/meetings.stamp" 2>/dev/null)" != "$(cat "$work/data.stamp")" ]; then
    python3 "$here/benchmarks/make_meetings.py" "$work/members.csv" "$branches" "$year" "$work/meetings.csv" \
        "$work/meeting-points.csv"
    cp "$work/data.stamp" "$work/meetings.stamp"
fi
meeting_count=$(($(wc -l <"$work/meetings.csv") - 1))
meeting_entries=$(($(wc -l <"$work/meeting-points.csv") - 1))
echo "data: $members members in $branches branches, $entries entries, $meeting_count meetings writing $meeting_entries entries"

city="$work/city.sqlite"
if [ "$(cat "$work/city.stamp" 2>/dev/null)" != "$(cat "$work/members-only.stamp")" ] || [ ! -f "$city" ]; then
    rm -f "$city" "$city"-* "$work/city.stamp"
    cp "$work/members-only.sqlite" "$work/city.tmp"
    "$cli" --db "$work/city.tmp" import-points "$work/points.csv" >/dev/null
    mv "$work/city.tmp" "$city"
    rm -f "$work/city.tmp-journal" # the journal Jifen keeps beside a ledger stays with the name it was made under
    cat "$work/members-only.stamp" >"$work/city.stamp"
fi
# Opening the ledger fills the members' derived name keys and migrates a ledger kept from an older build, as any
# Jifen start would, so that no timed run pays for it.
"$cli" --db "$city" ranking --period "$year-01" >/dev/null

# --- timing helpers (run, wall, cpu, median, ratio) ---------------------------------------------------------------
. "$here/benchmarks/timing.sh"
rm -f "$work"/times.*

# --- import-meetings against import-points of the same entries, each on a fresh copy of the city, alternating --------
meetings_db="$work/meetings.sqlite"
points_db="$work/points.sqlite"
for round in $(seq 1 "$import_rounds"); do
    rm -f "$points_db" "$points_db"-*
    cp "$city" "$points_db"
    run points_import "$cli" --db "$points_db" import-points "$work/meeting-points.csv"
    rm -f "$meetings_db" "$meetings_db"-*
    cp "$city" "$meetings_db"
    run meetings_import "$cli" --db "$meetings_db" import-meetings "$work/meetings.csv"
done
# import-points backs the ledger up before it writes (Backup::beforeImport): those copies are not kept.
rm -rf "$points_db" "$points_db"-* "$work"/*-backups

# --- branch-eval against eligibility on the ledger with the meetings, alternating ------------------------------------
for i in $(seq "$repeats"); do
    run eligibility "$cli" --db "$meetings_db" eligibility --year "$year" --format json
    run branch_eval "$cli" --db "$meetings_db" branch-eval --year "$year" --format json
done

# --- report -------------------------------------------------------------------------------------------------------
echo
echo "city scale: $members members, $branches branches, $entries entries and $meeting_count meetings in $year"
echo "(medians; wall ms / cpu ms)"
table_header
table_baseline "import-points, $meeting_entries rows (baseline)" points_import
table_line "import-meetings, $meeting_count meetings" meetings_import points_import "≤ 2×"
table_baseline "eligibility --year $year (baseline)" eligibility
table_line "branch-eval --year $year" branch_eval eligibility "≤ 1.5×"

# --- the lines benchmarks/run-all.sh collects ------------------------------------------------------------------------
bench_result "meetings import, $meeting_count meetings: import-meetings / import-points of its entries" \
    "$(ratio "$(wall meetings_import)" "$(wall points_import)")" 2 "x"
bench_result "branch evaluation, $branches branches: branch-eval / eligibility --year" \
    "$(ratio "$(wall branch_eval)" "$(wall eligibility)")" 1.5 "x"
