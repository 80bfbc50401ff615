#!/usr/bin/env bash
# Runs every benchmark and prints one table: work, measured, target, ratio, OK/OVER. Exits 1 when a target is missed
# (other than the known-blocked ones listed below) or a benchmark fails to run.
#
#   benchmarks/run-all.sh [BUILD_DIR]
#
# Run it before resolving any issue that touches a measured path; never in CI (timings on shared machines are noise).
# Builds the benchmark programs and jifen-cli in BUILD_DIR (default: build). The city-scale data and ledgers are made
# once under BUILD_DIR/bench and kept between runs (delete that directory to make them again); each benchmark's whole
# output goes to BUILD_DIR/bench/logs/NAME.log.
#
# Each benchmark prints its results as lines "BENCH|work|measured|target|unit" (bench_result in timing.sh,
# jifen::bench::result in BenchStats.h); an empty target is reported without a verdict. A new benchmark prints such
# lines and gets one `bench` line below.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(dirname "$here")
build=${1:-$source_dir/build}
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
build=$(cd "$build" && pwd)
work="$build/bench"
mkdir -p "$work/logs"
results="$work/results.txt"
: >"$results"
failed=()

# Targets known to be out of reach: printed as OVER with the issue, but they alone do not fail the run.
# Keyed by the start of the work's name.
declare -A blocked=(
    # #4 is blocked: building the members table's indexes alone (unique ID number, branch, the members list's
    # covering index, status, and the five search indexes the members view's 50 ms keystroke target needs) takes
    # the sqlite3 shell longer than 1.5 times its whole .import of the file.
    ["roster import"]="#4 blocked"
)

cmake --build "$build" --target jifen-cli members_view_bench report_benchmark entry_bench -j2

# bench NAME COMMAND...: runs one benchmark, its output to logs/NAME.log, and collects its BENCH lines. A benchmark that
# prints none has failed, whatever its exit status; one that prints some may exit non-zero for a missed target, which
# the table reports.
bench() {
    local name=$1
    shift
    local log="$work/logs/$name.log"
    echo "== $name ($(date +%H:%M:%S)): $*"
    local status=0
    "$@" >"$log" 2>&1 || status=$?
    if grep -q '^BENCH|' "$log"; then
        grep '^BENCH|' "$log" >>"$results"
    else
        echo "   failed (exit $status), no results: see $log"
        tail -n 5 "$log" | sed 's/^/   | /'
        failed+=("$name")
    fi
}

# One line per benchmark; the members view and the reports keep their ledgers in BUILD_DIR as their scripts always did.
bench roster-import "$here/roster_import.sh" "$build"
# Points import, month ranking, year eligibility and one entry, at city scale.
bench scoring "$here/scoring_bench.sh" "$build" "$work/city"
# Meetings import and the branch evaluation, on a city of 2,000 branches with a year of meetings.
bench branches "$here/branches_bench.sh" "$build" "$work/city-branches"
bench members-view "$here/run_members_bench.sh" "$build"
# verify on a 100,000-member roster (the search keys of every member recomputed).
bench verify "$here/verify_bench.sh" "$build" "$work/verify"
bench reports-and-charts "$here/run-report-benchmarks.sh" "$build"
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && command -v psql >/dev/null; then
    bench postgresql "$here/postgres_bench.sh" "$build" "$work/city-postgres"
else
    echo "== postgresql: skipped, no PostgreSQL server installed (Debian package postgresql)"
fi

# --- the table ------------------------------------------------------------------------------------------------------
echo
printf "%-72s %12s %10s %7s  %s\n" work measured target ratio verdict
missed=0
while IFS='|' read -r _ what measured target unit; do
    verdict="" ratio="" shown_target=""
    if [ -n "$target" ]; then
        shown_target="$(awk -v t="$target" 'BEGIN { printf "%g", t }') $unit"
        ratio=$(awk -v m="$measured" -v t="$target" 'BEGIN { if (t > 0) printf "%.2f", m / t; else print "-" }')
        if awk -v m="$measured" -v t="$target" 'BEGIN { exit !(m <= t) }'; then
            verdict=OK
        else
            verdict=OVER
            reason=""
            for key in "${!blocked[@]}"; do
                [[ $what == "$key"* ]] && reason=${blocked[$key]}
            done
            if [ -n "$reason" ]; then verdict="OVER ($reason)"; else missed=$((missed + 1)); fi
        fi
    fi
    printf "%-72s %12s %10s %7s  %s\n" "$what" "$(awk -v m="$measured" 'BEGIN { printf "%g", m }') $unit" \
        "$shown_target" "$ratio" "$verdict"
done <"$results"
for name in "${failed[@]}"; do
    printf "%-72s %12s %10s %7s  %s\n" "$name" "-" "" "" "FAILED (see $work/logs/$name.log)"
done
echo "(load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); logs in $work/logs)"
if [ "$missed" -gt 0 ] || [ ${#failed[@]} -gt 0 ]; then
    echo "$missed target(s) missed, ${#failed[@]} benchmark(s) failed."
    exit 1
fi
echo "Every target met (known-blocked ones aside)."
