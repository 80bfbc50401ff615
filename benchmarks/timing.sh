# Shared by the city-scale benchmarks (scoring_bench.sh, postgres_bench.sh): timing each side as a whole process.
# Source it after setting $work (the work directory); the times go to $work/times.NAME.
#
#   run NAME COMMAND...   runs COMMAND (output to /dev/null) and appends "wall_ms cpu_ms" to $work/times.NAME
#   wall NAME, cpu NAME   the median wall or CPU (user + system) milliseconds of NAME's runs
#   median                the median of the numbers on standard input
#   ratio A B             A / B with two decimals (0 when B is 0)
#   table_header, table_baseline LABEL NAME, table_line LABEL NAME BASELINE TARGET, table_row CELLS...
#                         the side-by-side table the scripts print: NAME's medians, and against BASELINE's the ratios
#   bench_result WHAT MEASURED TARGET UNIT
#                         prints "BENCH|WHAT|MEASURED|TARGET|UNIT", the line benchmarks/run-all.sh collects (within
#                         target when MEASURED <= TARGET; an empty TARGET is reported without one)
run() {
    local name="$1"; shift
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -f "%U %S" -o "$work/cpu.tmp" "$@" >/dev/null 2>"$work/err.tmp" || { cat "$work/err.tmp" >&2; exit 1; }
    t1=$(date +%s%N)
    echo "$(( (t1 - t0) / 1000000 )) $(awk '{ printf "%d", ($1 + $2) * 1000 }' "$work/cpu.tmp")" >>"$work/times.$name"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
wall() { awk '{ print $1 }' "$work/times.$1" | median; }
cpu() { awk '{ print $2 }' "$work/times.$1" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }'; }
table_row() { printf "%-40s %10s %10s %8s %8s %s\n" "$@"; }
table_header() { table_row "measure" "wall ms" "cpu ms" "wall ×" "cpu ×" "target"; }
table_baseline() { table_row "$1" "$(wall "$2")" "$(cpu "$2")"; }
table_line() {
    local w c bw bc
    w=$(wall "$2"); c=$(cpu "$2"); bw=$(wall "$3"); bc=$(cpu "$3")
    table_row "$1" "$w" "$c" "$(ratio "$w" "$bw")" "$(ratio "$c" "$bc")" "$4"
}
bench_result() { printf 'BENCH|%s|%s|%s|%s\n' "$1" "$2" "$3" "$4"; }
