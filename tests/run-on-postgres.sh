#!/bin/sh
# Runs a test executable against a throw-away PostgreSQL server (tests/postgres-server.sh) instead of SQLite files:
# every ledger a test opens through TempDir::dbPath() is then a fresh database on that server. Tests tagged [sqlite]
# (about the file itself) are left out.
#
#   tests/run-on-postgres.sh TEST_EXECUTABLE [CATCH_ARGS...]
set -eu

here=$(cd "$(dirname "$0")" && pwd)
executable=${1:?a test executable}
shift

dir=$(mktemp -d "${TMPDIR:-/tmp}/jifen-pg.XXXXXX")
chmod 755 "$dir"
trap '"$here/postgres-server.sh" stop "$dir/server"' EXIT INT TERM
url=$(JIFEN_PG_FSYNC=off "$here/postgres-server.sh" start "$dir/server" any)
JIFEN_TEST_POSTGRES=$url "$executable" "~[sqlite]" "$@"
