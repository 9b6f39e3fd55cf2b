#!/usr/bin/env bash
# The server Playwright tests against: the production build on a database of its
# own, migrated and seeded afresh, on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
export DATABASE_URL="${E2E_DATABASE_URL:-file:./tests/.tmp/e2e.db}"
db="${DATABASE_URL#file:}"
rm -f "$db" "$db-wal" "$db-shm"
npm run --silent db:migrate
npx tsx --conditions=react-server prisma/seed.ts
# A fresh secret per run, and the staff accounts tests/e2e/fixtures.ts signs in as.
BETTER_AUTH_SECRET="${BETTER_AUTH_SECRET:-$(node -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("base64url"))')}"
export BETTER_AUTH_SECRET BETTER_AUTH_INSECURE_COOKIES=1
npx tsx --conditions=react-server tests/e2e/create-users.ts
# localhost, not 127.0.0.1: next-intl's as-needed prefixes loop on -H 127.0.0.1 (vercel/next.js#94745).
exec node lib/server/cache/serve.mjs -H localhost -p "${E2E_PORT:-3100}"
