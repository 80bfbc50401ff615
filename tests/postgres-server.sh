#!/bin/sh
# Starts a throw-away PostgreSQL server for the test suite, listening on loopback only, its data and socket in a
# temporary directory, and prints the base URL the tests take in JIFEN_TEST_POSTGRES. Stops it again with `stop DIR`.
#
#   tests/postgres-server.sh start DIR [PORT]   -> prints postgresql://jifen_test@127.0.0.1:PORT/postgres
#                                                PORT `any`: a free port below the kernel's ephemeral range (whose
#                                                ports the tests' own client connections take), tried until one binds
#   tests/postgres-server.sh stop DIR
#   tests/postgres-server.sh resume DIR [PORT]   starts the server kept in DIR again (no initdb), prints the same URL
#   tests/postgres-server.sh halt DIR            stops it and keeps DIR (benchmarks/postgres_bench.sh keeps its ledger)
#
# The server runs as the invoking user, or as `postgres` when invoked by root (initdb refuses root). It syncs its
# writes to disk as a production server does, unless JIFEN_PG_FSYNC=off: a server the test suites throw away after the
# run need not survive a power cut, and what the tests observe (transactions, locks, what each session sees) is the
# same without the syncs. The benchmarks keep them.
set -eu

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "PostgreSQL's server (package postgresql) is not installed" >&2; exit 2; }

action=${1:?start or stop}
dir=${2:?a directory}
port=${3:-55432}

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

try_launch() {
    # More connections than the load test's processes need.
    options="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=100"
    [ "${JIFEN_PG_FSYNC:-on}" = off ] && options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$options" start >/dev/null 2>&1
}

launch() {
    if [ "$port" != any ]; then
        try_launch || { cat "$dir/server.log" >&2; exit 1; }
        return
    fi
    # Several suites start servers at once under ctest, and their clients hold ports too: a taken port is retried.
    attempt=0
    while :; do
        port=$((10000 + ($$ * 7919 + attempt * 104729) % 22000))
        try_launch && return
        attempt=$((attempt + 1))
        if [ $attempt -ge 20 ] || ! grep -q "Address already in use" "$dir/server.log"; then
            cat "$dir/server.log" >&2
            exit 1
        fi
        : >"$dir/server.log"
    done
}

case $action in
resume)
    launch
    echo "postgresql://jifen_test@127.0.0.1:$port/postgres"
    ;;
halt)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --locale=C.UTF-8 --encoding=UTF8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    launch
    # The test role may create and drop the throw-away databases (one per test) and nothing more.
    as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
        -c "CREATE ROLE jifen_test LOGIN CREATEDB CREATEROLE" >/dev/null
    echo "postgresql://jifen_test@127.0.0.1:$port/postgres"
    ;;
stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop|resume|halt DIR [PORT]" >&2
    exit 2
    ;;
esac
