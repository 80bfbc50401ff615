#!/bin/sh
# Builds the libFuzzer targets with clang, AddressSanitizer and UBSan in their own build directory and runs each
# for SECONDS (default 60) on its committed seed corpus. Exits non-zero when a target crashes or finds a leak.
#   tests/fuzz/run-fuzzers.sh 20
set -eu

seconds=${1:-60}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${JIFEN_FUZZ_BUILD_DIR:-"$source_dir/build-fuzz"}
jobs=${JIFEN_FUZZ_JOBS:-2}

CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build_dir" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJIFEN_FUZZ=ON -DJIFEN_SANITIZE=ON \
    -DJIFEN_BUILD_TESTS=OFF -DJIFEN_WERROR=ON >/dev/null
ninja -C "$build_dir" -j "$jobs" fuzz_csv_reader fuzz_dates_ids fuzz_rule_set

status=0
for target in fuzz_csv_reader fuzz_dates_ids fuzz_rule_set; do
    seeds="$source_dir/tests/fuzz/corpus/${target#fuzz_}"
    # New inputs go to a scratch corpus; the committed seeds stay as they are.
    work="$build_dir/fuzz-work/$target"
    artifacts="$build_dir/fuzz-artifacts/$target/"
    mkdir -p "$work" "$artifacts"
    echo "== $target for ${seconds}s (seeds: $seeds)"
    if ! "$build_dir/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts" "$work" "$seeds"; then
        echo "!! $target failed; the input that crashed it is in $artifacts" >&2
        status=1
    fi
done
exit $status
