#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback, for tests and for writing PostgreSQL
# migrations: Debian's postgresql package, a data folder of its own, trust
# authentication on 127.0.0.1 only, C collation (strings sort as on SQLite).
#
#   bash scripts/pg-local.sh start DIR    initialise DIR (if new) and start; prints the URL
#   bash scripts/pg-local.sh stop DIR     stop the server and delete DIR
#
# PG_PORT (default 55432) is the port. PostgreSQL refuses to run as root: as root,
# the server runs as the `postgres` user, which owns DIR.
set -euo pipefail

command="${1:-}"
dir="${2:-}"
port="${PG_PORT:-55432}"
if [ -z "$command" ] || [ -z "$dir" ]; then
  echo "usage: bash scripts/pg-local.sh start|stop DIR" >&2
  exit 2
fi

bindir="${PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
if [ ! -x "$bindir/pg_ctl" ]; then
  echo "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/pg_ctl). Install it: apt-get install -y postgresql" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_owner "$bindir/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C >/dev/null
    fi
    # Loopback only, no unix socket in a shared folder; small settings for a test machine.
    start() {
      as_owner "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
    }
    # A start that fails says why (the log is deleted with DIR on stop), and is tried
    # once more: a CI run once failed here, once, with nothing left to say why.
    if ! start; then
      echo "PostgreSQL did not start on port $port; the end of its log:" >&2
      tail -n 20 "$dir/server.log" >&2 || true
      sleep 3
      start || { echo "PostgreSQL did not start on a second try either." >&2; tail -n 20 "$dir/server.log" >&2 || true; exit 1; }
    fi
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -f "$dir/postmaster.pid" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "unknown command: $command (start or stop)" >&2
    exit 2
    ;;
esac
