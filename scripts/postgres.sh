#!/usr/bin/env bash
# A throwaway PostgreSQL server on 127.0.0.1 from the machine's initdb/pg_ctl, for tests and CI.
#   scripts/postgres.sh start [DIR] [PORT]   prints the DATABASE_URL on stdout
#   scripts/postgres.sh stop  [DIR]
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:-/tmp/werkplaats-pg}
port=${3:-55432}

as_owner() {
  # initdb and postgres refuse to run as root: use the postgres user when we are root.
  if [ "$(id -u)" = "0" ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
  start)
    if [ "$(id -u)" = "0" ]; then mkdir -p "$dir" && chown postgres "$dir"; else mkdir -p "$dir"; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner initdb -D "$dir/data" -U app --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    as_owner pg_ctl -D "$dir/data" -l "$dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >&2
    echo "postgres://app@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then as_owner pg_ctl -D "$dir/data" -m fast -w stop >&2; fi
    ;;
  *)
    echo "usage: $0 start|stop [DIR] [PORT]" >&2
    exit 2
    ;;
esac
