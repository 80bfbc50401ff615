#!/bin/sh
# `jifen-cli verify` on a ledger of ROWS members (default 100,000): it walks the audit chain, compares every stored
# column and recomputes every member's search keys (pinyin, sort key, reversed numbers). Target: at most 5 s of CPU
# for 100,000 members, so that a clerk can run it on a city's roster without waiting.
#
#   benchmarks/verify_bench.sh [BUILD_DIR] [WORK_DIR] [ROWS] [RUNS]
#
# The roster (make_roster.py) and its ledger are made once in WORK_DIR (default BUILD_DIR/bench/verify) and kept; the
# median of RUNS (default 3) verify runs is printed, wall and CPU, and the CPU figure is the one held to the target.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
build_dir=${1:-"$here/../build"}
work=${2:-"$build_dir/bench/verify"}
rows=${3:-100000}
runs=${4:-3}
cli="$build_dir/app/cli/jifen-cli"
[ -x "$cli" ] || { echo "jifen-cli is not built (looked for $cli)" >&2; exit 2; }
mkdir -p "$work"
. "$here/timing.sh"

ledger="$work/members-$rows.jifen"
if [ ! -f "$ledger" ]; then
    python3 "$here/make_roster.py" "$rows" "$work/roster-$rows.csv"
    "$cli" --db "$ledger.tmp" init >/dev/null
    "$cli" --db "$ledger.tmp" import-members "$work/roster-$rows.csv" >/dev/null
    mv "$ledger.tmp" "$ledger"
fi
echo "ledger: $rows members, $(du -h "$ledger" | cut -f1)"

rm -f "$work/times.verify"
i=0
while [ "$i" -lt "$runs" ]; do
    run verify "$cli" --db "$ledger" verify
    i=$((i + 1))
done
echo "jifen-cli verify: median $(wall verify) ms wall, $(cpu verify) ms CPU over $runs runs"
seconds=$(awk -v ms="$(cpu verify)" 'BEGIN { printf "%.2f", ms / 1000 }')
bench_result "verify, $rows members (CPU)" "$seconds" 5 "s"
[ "$(awk -v s="$seconds" 'BEGIN { print (s <= 5) }')" = 1 ]
