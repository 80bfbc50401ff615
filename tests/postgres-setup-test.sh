#!/bin/sh
# Issue 10, item 4: packaging/postgres/jifen-server-setup.sh on a throw-away server. The app role it creates must be
# able to do a clerk's and an administrator's work through jifen-cli, and unable to change the record behind Jifen's
# back: no UPDATE, DELETE or TRUNCATE of entries or the audit log, no DDL, no disabling of triggers.
#
#   tests/postgres-setup-test.sh JIFEN_CLI
set -eu

here=$(cd "$(dirname "$0")" && pwd)
cli=${1:?the jifen-cli executable}
dir=$(mktemp -d "${TMPDIR:-/tmp}/jifen-pgsetup.XXXXXX")
chmod 755 "$dir"
trap '"$here/postgres-server.sh" stop "$dir/server"' EXIT INT TERM
server_url=$(JIFEN_PG_FSYNC=off "$here/postgres-server.sh" start "$dir/server" any)
port=${server_url##*:}
port=${port%%/*}
export PGHOST=127.0.0.1 PGPORT=$port LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en
unset JIFEN_DB JIFEN_PASSWORD

fail() { echo "FAILED: $*" >&2; exit 1; }

PGUSER=postgres JIFEN_CLI=$cli "$here/../packaging/postgres/jifen-server-setup.sh" jifen_city >/dev/null 2>"$dir/setup.log" ||
    { cat "$dir/setup.log" >&2; fail "the setup script"; }
# Twice is safe.
PGUSER=postgres JIFEN_CLI=$cli "$here/../packaging/postgres/jifen-server-setup.sh" jifen_city >/dev/null 2>>"$dir/setup.log" ||
    { cat "$dir/setup.log" >&2; fail "the setup script, run again"; }

url="postgresql://jifen_app@127.0.0.1:$port/jifen_city"
export JIFEN_USER=clerk
"$cli" --db "$url" init >/dev/null || fail "init as the app role"
"$cli" --db "$url" add-member --name 张三 --id-number 11010519491231002X --branch 第一党支部 --join-date 2001-07-01 \
    >/dev/null || fail "add-member as the app role"
entry=$("$cli" --db "$url" add-points --member 11010519491231002X --rule A01 --date 2026-03-02) ||
    fail "add-points as the app role"
"$cli" --db "$url" reverse-entry "$entry" --reason 录入错误 >/dev/null || fail "reverse-entry as the app role"
"$cli" --db "$url" verify >/dev/null || fail "verify as the app role"

# What the app role must not do, even with psql.
for sql in "UPDATE entries SET quantity = 2" "DELETE FROM audit_log" "TRUNCATE entries" "DELETE FROM reversals" \
    "UPDATE audit_log SET operator = 'x'" "ALTER TABLE entries DISABLE TRIGGER USER" "DROP TABLE members" \
    "CREATE TABLE extra (id INTEGER)" "UPDATE schema_info SET version = 1"; do
    if psql -X -q -U jifen_app -d jifen_city -c "$sql" >/dev/null 2>&1; then
        fail "the app role could run: $sql"
    fi
done
"$cli" --db "$url" verify >/dev/null || fail "verify after the refused edits"
echo "setup script: the app role works and cannot tamper"
