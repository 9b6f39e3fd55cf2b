#!/usr/bin/env bash
# A production install from a clean clone, as a container build does it: dev
# dependencies left out (NODE_ENV=production npm ci), then `npm start` (migrate, seed,
# build, serve), and the home page and an API answer must come back. Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PROD_CHECK_PORT:-3690}"
dir="$(mktemp -d /tmp/tracker-prod.XXXXXX)"
cleanup() {
  [ -n "${pid:-}" ] && kill -- "-$pid" 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT
git clone -q . "$dir/app"
cd "$dir/app"
NODE_ENV=production npm ci --no-audit --no-fund >"$dir/install.log" 2>&1 || { tail -40 "$dir/install.log"; exit 1; }
set -m
PORT="$port" npm start >"$dir/start.log" 2>&1 &
pid=$!
set +m
for _ in $(seq 1 180); do
  if curl -fsS -o /dev/null "http://localhost:$port/ping" 2>/dev/null; then break; fi
  kill -0 "$pid" 2>/dev/null || { tail -40 "$dir/start.log"; echo "npm start exited" >&2; exit 1; }
  sleep 2
done
for path in / /agreements /api/v1/agreements?limit=1; do
  code="$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port$path")"
  [ "$code" = 200 ] || { tail -40 "$dir/start.log"; echo "GET $path answered $code" >&2; exit 1; }
done
echo "Production install: NODE_ENV=production npm ci && npm start serves / , /agreements and the API"
