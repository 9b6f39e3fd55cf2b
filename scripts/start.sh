#!/usr/bin/env bash
# `npm start`: installs what is missing, migrates the database (an existing one is
# migrated, never wiped), seeds it if it is empty, builds and starts the dashboard
# on http://localhost:${PORT:-3000}.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
export DATABASE_URL="${DATABASE_URL:-file:./data/tracker.db}"
port="${PORT:-3000}"

[ -d node_modules/next ] || npm ci --no-audit --no-fund
npm run --silent db:migrate
npx tsx prisma/seed.ts --if-empty
npm run --silent build
echo "Starting the dashboard on http://localhost:${port} (database ${DATABASE_URL})"
exec node node_modules/next/dist/bin/next start -p "$port"
