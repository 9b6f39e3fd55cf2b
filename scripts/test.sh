#!/usr/bin/env bash
# `npm test`: every test, in the order that fails fastest: type check, lint and
# format, schema drift, unit and integration tests (real SQLite), production build,
# end-to-end tests in Chromium against that build, the quick benchmark and soak, then
# the integration tests on PostgreSQL and two app instances sharing one database.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "Chromium is missing at $chromium. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH)." >&2
  exit 1
fi

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 && [ -z "${PG_BINDIR:-}" ]; then
  echo "PostgreSQL is missing (no /usr/lib/postgresql/*/bin/pg_ctl). Install it with: apt-get install -y postgresql (the tests start their own server on loopback)." >&2
  exit 1
fi

# Each step says when it starts, in seconds since the run began: a log shows where the time goes.
step() { printf '\n\033[1m== %s\033[0m (at %ss)\n' "$*" "$SECONDS"; }

step "Type check";            npm run --silent typecheck
step "Lint and format";       npm run --silent lint
step "Schema drift";          npm run --silent db:diff
step "Unit and integration";  npx vitest run
step "Production build";      npm run --silent build
step "End-to-end (Chromium)"; npx playwright test
# The benchmark's small version, on the build above and a small synthetic
# database, so the harness cannot rot; it fails on request errors, not on speed.
step "Benchmark (quick)";     npx tsx --conditions=react-server scripts/bench.ts --quick --skip-build --dist .next --port 3599
# The soak's small version on the same build: readers and editors at once, a SIGKILL
# mid-write and a restart, then every acknowledged save checked (scripts/soak.ts).
step "Soak and fault (quick)"; npx tsx --conditions=react-server scripts/soak.ts --quick --fault --dist .next --port 3598
# PostgreSQL: a throwaway server on loopback, the drift check with its migrations,
# the integration suite on it, then two instances of the build above on one database.
step "PostgreSQL and two instances"; bash scripts/test-postgres.sh
step "Done"
