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
npx tsx --conditions=react-server prisma/seed.ts --if-empty
# Sessions are signed with a secret generated once for this installation and kept
# (gitignored, readable by the owner only); never a shared default.
if [ -z "${BETTER_AUTH_SECRET:-}" ]; then
  secret_file="${AUTH_SECRET_FILE:-data/.auth-secret}"
  if [ ! -s "$secret_file" ]; then
    mkdir -p "$(dirname "$secret_file")"
    (umask 077 && node -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("base64url"))' >"$secret_file")
  fi
  BETTER_AUTH_SECRET="$(cat "$secret_file")"
  export BETTER_AUTH_SECRET
fi
npx tsx --conditions=react-server scripts/user.ts first-admin
npm run --silent build
echo "Starting the dashboard on http://localhost:${port} (database ${DATABASE_URL})"
# lib/server/cache/serve.mjs is `next start` that gzips each cached page once (docs/decisions/0006).
exec node lib/server/cache/serve.mjs -p "$port"
