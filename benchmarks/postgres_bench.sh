#!/usr/bin/env bash
# City-scale PostgreSQL benchmark (issue 10 item 6): the same ledger on PostgreSQL beside SQLite.
#
# Builds the city of scoring_bench.sh (100,000 members in 500 branches, 2,000,000 entries in one year; the data from
# city_data.sh) once into an SQLite file with jifen-cli init / import-members / import-points, starts a throw-away
# PostgreSQL server (tests/postgres-server.sh; stopped again at exit), creates a database on it and copies the ledger
# there with `jifen-cli copy` (timed; up to 500 rows a statement). Both ledgers are kept:
# a later run on the same data starts the kept server and skips the copy (PG_FRESH=1 makes them again). Then it measures side by
# side in this one run, alternating the engines each repeat so that a busy machine slows both alike:
#   - a month ranking    jifen-cli --db X ranking --period YYYY-06 --format json
#   - a year eligibility jifen-cli --db X eligibility --year YYYY --format json
# Each is timed as a whole process (wall and CPU = user + system of jifen-cli; the server's own CPU is not in it),
# output to /dev/null; the medians per engine and the ratio PostgreSQL / SQLite are printed. The two engines' JSON
# outputs are compared byte for byte: "outputs identical: yes/no", and the exit status is 1 when they differ.
#
# Usage: benchmarks/postgres_bench.sh [BUILD_DIR] [WORK_DIR]   (needs python3, sqlite3, psql, the postgresql server
#        package and a built jifen-cli)
# Smaller runs for a quick look: MEMBERS=5000 ENTRIES=100000 REPEATS=3 benchmarks/postgres_bench.sh
# Other settings: BRANCHES, YEAR, REPEATS (default 5), PG_PORT (default 55471).
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/benchmarks/city_data.sh"
city_settings "${1:-}" "${2:-}" 500 jifen-pgbench
port="${PG_PORT:-55471}"
command -v psql >/dev/null || { echo "psql is needed" >&2; exit 2; }

# --- data and the SQLite ledger -------------------------------------------------------------------------------------
city_data "$work" "$members" "$branches" "$entries" "$year"
echo "data: $members members, $branches branches, $entries entries in $year"

db="$work/city.sqlite"
# Built once and kept with the data (WORK_DIR/city.stamp); a later run only copies it to a new server.
if [ "$(cat "$work/city.stamp" 2>/dev/null)" != "$(cat "$work/data.stamp")" ] || [ ! -f "$db" ]; then
rm -f "$db" "$db"-* "$work/city.stamp"
"$cli" --db "$db" init >/dev/null
# The roster as a clerk would import it: a header, the branches by name (import-members creates them), joined on
# 2000-01-01 as in scoring_bench.sh, or at 19 for the younger ones (import-members refuses a join before 18).
{
    echo "身份证号,姓名,所在支部,人员类别,入党时间"
    awk -F, '{ y = substr($1, 7, 4) + 19
               join = (y > 2000) ? sprintf("%d-%s-%s", y, substr($1, 11, 2), substr($1, 13, 2)) : "2000-01-01"
               printf "%s,%s,第%s党支部,%s,%s\n", $1, $2, $3, $4, join }' "$work/members.csv"
} >"$work/roster.csv"
t0=$(date +%s)
"$cli" --db "$db" import-members "$work/roster.csv" >"$work/import-members.log" || { head -c 2000 "$work/import-members.log" >&2; exit 1; }
"$cli" --db "$db" import-points "$work/points.csv" >"$work/import-points.log" || { head -c 2000 "$work/import-points.log" >&2; exit 1; }
echo "SQLite ledger built in $(( $(date +%s) - t0 )) s: $db"
cp "$work/data.stamp" "$work/city.stamp"
fi
# Opening the ledger once fills the members' derived name keys, as any Jifen start would, before it is copied.
"$cli" --db "$db" ranking --period "$year-01" >/dev/null

# --- the server and the copy ------------------------------------------------------------------------------------------
# The server's directory is in /tmp (it runs as user postgres when we are root, and WORK_DIR may be closed to it), named
# after WORK_DIR, and kept with the copied ledger: a later run on the same data starts that server again and skips the
# copy. PG_FRESH=1 makes the server and the copy again.
pgdir="/tmp/jifen-pgbench-$(printf '%s' "$work" | md5sum | cut -c1-12)"
server="$here/tests/postgres-server.sh"
dbname=jifen_bench_city
trap 'exit 130' INT TERM
if [ "${PG_FRESH:-0}" != 1 ] && [ -f "$pgdir/data/PG_VERSION" ] \
    && [ "$(cat "$pgdir/copied.stamp" 2>/dev/null)" = "$(cat "$work/city.stamp")" ]; then
    trap '"$server" halt "$pgdir"' EXIT
    base="$("$server" resume "$pgdir" "$port")"
    url="${base%/*}/$dbname"
    echo "PostgreSQL ledger (kept from an earlier run): $url"
    copy_took="nothing (kept from an earlier run)"
else
    "$server" stop "$pgdir"
    trap '"$server" halt "$pgdir"' EXIT
    base="$("$server" start "$pgdir" "$port")"
    url="${base%/*}/$dbname"
    psql "$base" -v ON_ERROR_STOP=1 -q \
        -c "CREATE DATABASE $dbname TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'"
    echo "PostgreSQL ledger: $url"

    echo "copying the ledger to the server (up to 500 rows a statement; a progress line every 15 s)"
    t0=$(date +%s%N)
    "$cli" copy --from "$db" --to "$url" >"$work/copy.log" 2>&1 &
    copy_pid=$!
    while kill -0 "$copy_pid" 2>/dev/null; do
        for _ in $(seq 15); do kill -0 "$copy_pid" 2>/dev/null && sleep 1; done
        if kill -0 "$copy_pid" 2>/dev/null; then
            # The copy runs in one transaction, so its rows are not visible yet: the database's size shows it growing.
            size=$(psql "$base" -At -c "SELECT pg_size_pretty(pg_database_size('$dbname'))" 2>/dev/null || echo "?")
            echo "  copying... $(( ($(date +%s%N) - t0) / 1000000000 )) s, server database $size"
        fi
    done
    wait "$copy_pid" || { echo "jifen-cli copy failed:" >&2; cat "$work/copy.log" >&2; exit 1; }
    copy_took="$(( ($(date +%s%N) - t0) / 1000000 )) ms"
    sed 's/^/  /' "$work/copy.log"
    cp "$work/city.stamp" "$pgdir/copied.stamp"
fi
echo "copy took $copy_took"

# --- timing helpers (run, wall, cpu, median, ratio) ---------------------------------------------------------------
. "$here/benchmarks/timing.sh"
rm -f "$work"/times.*

# --- the outputs of the two engines, compared byte for byte -----------------------------------------------------------
month="$year-06"
"$cli" --db "$db" ranking --period "$month" --format json >"$work/ranking.sqlite.json"
"$cli" --db "$url" ranking --period "$month" --format json >"$work/ranking.postgres.json"
"$cli" --db "$db" eligibility --year "$year" --format json >"$work/eligibility.sqlite.json"
"$cli" --db "$url" eligibility --year "$year" --format json >"$work/eligibility.postgres.json"
identical=yes
differing=0
for what in ranking eligibility; do
    if ! cmp -s "$work/$what.sqlite.json" "$work/$what.postgres.json"; then
        identical=no
        differing=$((differing + 1))
        echo "$what outputs differ (first lines of the diff):" >&2
        diff "$work/$what.sqlite.json" "$work/$what.postgres.json" | head -n 10 >&2 || true
    fi
done

# --- month ranking and year eligibility, alternating the engines ---------------------------------------------------
for i in $(seq "$repeats"); do
    echo "  repeat $i of $repeats"
    # Which engine goes first alternates too, so neither always runs on a cache the other just warmed.
    if [ $((i % 2)) = 1 ]; then order="sqlite postgres"; else order="postgres sqlite"; fi
    for engine in $order; do
        if [ "$engine" = sqlite ]; then target="$db"; else target="$url"; fi
        run "ranking_$engine" "$cli" --db "$target" ranking --period "$month" --format json
        run "eligibility_$engine" "$cli" --db "$target" eligibility --year "$year" --format json
    done
done

# --- report -------------------------------------------------------------------------------------------------------
echo
echo "city scale: $members members, $branches branches, $entries entries in $year; $repeats repeats (medians)"
echo "jifen-cli copy SQLite -> PostgreSQL: $copy_took"
printf "%-28s %12s %12s %14s %14s %8s %8s\n" "measure" "SQLite wall" "SQLite cpu" "Postgres wall" "Postgres cpu" \
    "wall ×" "cpu ×"
line() { # label name
    local sw sc pw pc
    sw=$(wall "$2_sqlite"); sc=$(cpu "$2_sqlite"); pw=$(wall "$2_postgres"); pc=$(cpu "$2_postgres")
    printf "%-28s %12s %12s %14s %14s %8s %8s\n" "$1" "$sw" "$sc" "$pw" "$pc" "$(ratio "$pw" "$sw")" "$(ratio "$pc" "$sc")"
}
line "ranking --period $month" ranking
line "eligibility --year $year" eligibility
echo "(times in ms; × is PostgreSQL / SQLite; cpu is jifen-cli's own, the server's is not counted)"
echo "outputs identical: $identical"
bench_result "PostgreSQL: month ranking, wall / SQLite's" "$(ratio "$(wall ranking_postgres)" "$(wall ranking_sqlite)")" "" "x"
bench_result "PostgreSQL: year eligibility, wall / SQLite's" "$(ratio "$(wall eligibility_postgres)" "$(wall eligibility_sqlite)")" "" "x"
bench_result "PostgreSQL: outputs differing from SQLite's" "$differing" 0 "of 2"
[ "$identical" = yes ] || exit 1
