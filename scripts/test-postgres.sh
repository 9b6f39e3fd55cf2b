#!/usr/bin/env bash
# `npm run test:postgres`: the same app on PostgreSQL, with two app instances.
#
#  1. starts a throwaway PostgreSQL server on loopback (scripts/pg-local.sh;
#     Debian's postgresql package, `apt-get install -y postgresql`);
#  2. the drift check with the PostgreSQL migrations compared too;
#  3. the integration and authorization tests, each test file on a database of its
#     own on that server (tests/helpers/db.ts);
#  4. two production servers (lib/server/cache/serve.mjs, as `npm start`, the build reused when it is newer than
#     the sources) on two ports, sharing one seeded database, and the two-instance
#     checks in Chromium (tests/multi-instance/).
#
# PG_PORT (default 55432) and INSTANCE_PORTS (default "3180 3181") choose the ports;
# INSTANCES_ONLY=1 skips steps 2 and 3.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1

step() { printf '\n\033[1m== %s\033[0m (at %ss)\n' "$*" "$SECONDS"; }
read -r port_a port_b <<<"${INSTANCE_PORTS:-3180 3181}"

pgdir="$(mktemp -d /tmp/tracker-pg.XXXXXX)"
logdir="$(mktemp -d /tmp/tracker-instances.XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  bash scripts/pg-local.sh stop "$pgdir"
  rm -rf "$logdir"
}
trap cleanup EXIT

step "PostgreSQL on 127.0.0.1:${PG_PORT:-55432}"
server="$(bash scripts/pg-local.sh start "$pgdir")"
echo "$server"

if [ -z "${INSTANCES_ONLY:-}" ]; then
  step "Schema drift (SQLite and PostgreSQL)"
  PG_DIFF_URL="$server" npx tsx --conditions=react-server scripts/db-migrate.ts diff

  step "Integration and authorization tests on PostgreSQL"
  TEST_DATABASE_URL="$server" npx vitest run tests/integration
fi

step "Production build"
if [ -f .next/BUILD_ID ] && [ -z "$(find app lib components prisma proxy.ts instrumentation.ts next.config.ts package-lock.json -newer .next/BUILD_ID -type f -print -quit 2>/dev/null)" ]; then
  echo "Reusing .next (built after the last source change)"
else
  npm run --silent build
fi

step "Two app instances on one PostgreSQL database (ports $port_a and $port_b)"
url="$(node -e 'const u = new URL(process.argv[1]); u.pathname = "/tracker_two_instances"; console.log(u.toString())' "$server")"
node -e '
  const pg = require("pg");
  const c = new pg.Client({ connectionString: process.argv[1] });
  c.connect().then(() => c.query("CREATE DATABASE tracker_two_instances")).then(() => c.end());
' "$server"
export DATABASE_URL="$url"
npx tsx --conditions=react-server scripts/db-migrate.ts deploy
npx tsx --conditions=react-server prisma/seed.ts
npx tsx --conditions=react-server tests/e2e/create-users.ts
# One secret for every instance: a session signed by one is checked by the other.
BETTER_AUTH_SECRET="$(node -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("base64url"))')"
export BETTER_AUTH_SECRET BETTER_AUTH_INSECURE_COOKIES=1
for port in "$port_a" "$port_b"; do
  # localhost, not 127.0.0.1: next-intl's as-needed prefixes loop on -H 127.0.0.1 (vercel/next.js#94745).
  # What `npm start` runs: `next start` with the response copies (lib/server/cache/serve.mjs).
  node lib/server/cache/serve.mjs -H localhost -p "$port" >"$logdir/$port.log" 2>&1 &
  pids+=("$!")
done
for port in "$port_a" "$port_b"; do
  for _ in $(seq 1 60); do
    curl -fsS -o /dev/null "http://localhost:$port/ping" 2>/dev/null && break
    sleep 1
  done
  curl -fsS -o /dev/null "http://localhost:$port/ping" || { echo "instance on $port did not start" >&2; cat "$logdir/$port.log" >&2; exit 1; }
done
INSTANCE_A="http://localhost:$port_a" INSTANCE_B="http://localhost:$port_b" \
  npx playwright test --config tests/multi-instance/playwright.config.ts
