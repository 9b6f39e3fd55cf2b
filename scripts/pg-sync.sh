#!/usr/bin/env bash
# After editing prisma/schema.prisma and writing the SQLite migration
# (npm run db:migrate:dev -- --name X): brings PostgreSQL in step.
#
#   npm run db:pg:sync                 regenerate prisma/postgres/schema.prisma and its client
#   npm run db:pg:sync -- --name X     …and write the PostgreSQL migration X from the change
#
# The migration is written by the same Wasm engine as SQLite's, against a throwaway
# PostgreSQL server on loopback (scripts/pg-local.sh; PG_PORT, default 55432), or
# against PG_URL if set (a server where this may create and drop databases).
# Hand-written SQL (triggers) goes into a migration of its own: add --create-only.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1

name=""
create_only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --name) name="$2"; shift 2 ;;
    --create-only) create_only="--create-only"; shift ;;
    *) echo "unknown argument: $1 (use --name X [--create-only])" >&2; exit 2 ;;
  esac
done

npx tsx --conditions=react-server scripts/pg-schema.ts
PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-/bin/true}" npx prisma generate --schema prisma/postgres/schema.prisma >/dev/null
echo "Generated lib/generated/prisma-pg"
[ -n "$name" ] || { echo "No --name: no PostgreSQL migration written."; exit 0; }

server="${PG_URL:-}"
dir=""
if [ -z "$server" ]; then
  dir="$(mktemp -d /tmp/tracker-pg-sync.XXXXXX)"
  trap 'bash scripts/pg-local.sh stop "$dir"' EXIT
  server="$(bash scripts/pg-local.sh start "$dir")"
fi
database="tracker_sync_$$"
node -e '
  const pg = require("pg");
  const c = new pg.Client({ connectionString: process.argv[1] });
  c.connect().then(() => c.query(`CREATE DATABASE "${process.argv[2]}"`)).then(() => c.end());
' "$server" "$database"
url="$(node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.toString())' "$server" "$database")"
DATABASE_URL="$url" npx tsx --conditions=react-server scripts/db-migrate.ts dev --name "$name" $create_only
PG_DIFF_URL="$url" npx tsx --conditions=react-server scripts/db-migrate.ts diff
