#!/bin/sh
# Creates a Jifen ledger on a PostgreSQL server with two roles and least privilege:
#   OWNER (default jifen_owner) owns the database and the schema: only it creates and migrates tables.
#   APP   (default jifen_app)   is what every Jifen program connects as: it reads all tables, adds rows, changes
#                               the roster, the rules and the settings, and can neither change nor delete entries,
#                               reversals, reviews, publications or audit records, nor alter the schema.
# Operators and their roles (admin, clerk, reviewer, viewer) stay Jifen's own, inside the ledger.
#
#   packaging/postgres/jifen-server-setup.sh DATABASE [APP_ROLE] [OWNER_ROLE]
#
# Run it where psql reaches the server as a superuser (for instance `sudo -u postgres`, or with PGHOST, PGPORT,
# PGUSER set). JIFEN_APP_PASSWORD and JIFEN_OWNER_PASSWORD, when set, become the roles' passwords. The schema is
# created by `jifen-cli` (JIFEN_CLI, else the one on PATH) connecting as the owner; run the script again after
# installing a newer Jifen that adds tables, so that the app role gets its rights on them. Running it twice is safe.
set -eu

database=${1:?usage: $0 DATABASE [APP_ROLE] [OWNER_ROLE]}
app=${2:-jifen_app}
owner=${3:-jifen_owner}
cli=${JIFEN_CLI:-jifen-cli}
host=${PGHOST:-127.0.0.1}
port=${PGPORT:-5432}

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

# Roles (no superuser, no CREATEDB, no CREATEROLE), then the database with code-point collation as SQLite sorts.
psql_admin -d postgres -v app="$app" -v owner="$owner" \
    -v app_password="${JIFEN_APP_PASSWORD:-}" -v owner_password="${JIFEN_OWNER_PASSWORD:-}" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE', :'owner')
    WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE', :'app')
    WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
SELECT format('ALTER ROLE %I PASSWORD %L', :'owner', :'owner_password') WHERE :'owner_password' <> '' \gexec
SELECT format('ALTER ROLE %I PASSWORD %L', :'app', :'app_password') WHERE :'app_password' <> '' \gexec
SQL
if ! psql -X -tA -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
    psql_admin -d postgres -c "CREATE DATABASE \"$database\" OWNER \"$owner\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'"
fi
psql_admin -d "$database" -v app="$app" -v owner="$owner" -v db="$database" <<'SQL'
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"app";
GRANT CONNECT ON DATABASE :"db" TO :"owner";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO :"owner";
GRANT USAGE ON SCHEMA public TO :"app";
SQL

# The owner creates (or migrates) the schema: any command that opens the ledger does.
PGPASSWORD=${JIFEN_OWNER_PASSWORD:-${PGPASSWORD:-}} JIFEN_PASSWORD=${JIFEN_OWNER_PASSWORD:-} \
    "$cli" --db "postgresql://$owner@$host:$port/$database" verify >/dev/null

# The app role's rights, table by table (granted by the superuser on the owner's behalf).
psql_admin -d "$database" -v app="$app" <<'SQL'
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM :"app";
GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO :"app";
REVOKE INSERT ON schema_info FROM :"app";
-- What changes: the roster, the rule set, awards and grades, settings, operators, and derived data.
GRANT UPDATE, DELETE ON settings, branches, members, rules, rule_versions, awards, grade_bands, operators,
    member_years, derived_state, search_keys_info TO :"app";
-- Entries, reversals, reviews, publications and the audit log are append-only for the app: no UPDATE, DELETE or
-- TRUNCATE (the owner's triggers refuse them as well).
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO :"app";
SQL
echo "Ledger ready: postgresql://$app@$host:$port/$database"
