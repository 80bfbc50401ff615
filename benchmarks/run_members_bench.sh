#!/bin/sh
# Builds the members view benchmark, makes a ledger of 100,000 members (once; kept for later runs) and runs the
# benchmark on it under the offscreen platform. Usage: benchmarks/run_members_bench.sh [BUILD_DIR] [MEMBERS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(dirname "$here")
build=${1:-$source_dir/build}
members=${2:-100000}
ledger=${JIFEN_BENCH_DB:-$build/bench-members-$members.sqlite}

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target members_view_bench jifen-cli -j2

if [ ! -f "$ledger" ]; then
    echo "Making a ledger of $members members (through the Ledger, audited like any other; a few minutes)..."
    start=$(date +%s)
    "$build/app/cli/jifen-cli" --db "$ledger.tmp" demo --members "$members" --no-entries
    mv "$ledger.tmp" "$ledger"
    for suffix in -wal -shm; do [ -f "$ledger.tmp$suffix" ] && mv "$ledger.tmp$suffix" "$ledger$suffix"; done
    echo "Made in $(( $(date +%s) - start )) s: $ledger"
fi

QT_QPA_PLATFORM=offscreen "$build/benchmarks/members_view_bench" "$ledger"
