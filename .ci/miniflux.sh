#!/usr/bin/env bash
# A throwaway PostgreSQL and Miniflux on loopback for the serversync
# integration tests (go test -tags integration ./serversync/...).
#
#   .ci/miniflux.sh start ENVFILE   start both, write the test variables to ENVFILE
#   .ci/miniflux.sh stop ENVFILE    stop both, remove their temp dir and ENVFILE
#
# ENVFILE holds `export` lines: source it before `go test -tags integration`.
# stop is idempotent, and start stops whatever it started when it fails.
#
# Needs Go (to build Miniflux once), PostgreSQL's initdb, pg_ctl and psql,
# and curl. As root, PostgreSQL runs as the postgres user (setpriv).
# The Miniflux binary is cached in
# ${XDG_CACHE_HOME:-$HOME/.cache}/dateline-ci/miniflux-v2.3.5/; set
# MINIFLUX_BIN to use another one. MINIFLUX_START_TIMEOUT (seconds, 60) is
# how long each server may take to answer.
set -euo pipefail

readonly MINIFLUX_VERSION=v2.3.5
readonly MF_USER=dateline
readonly MF_PASSWORD=dateline-rest-pw
# Distinct from the REST login so a test that mixes them up fails.
readonly GR_USER=dateline-greader
readonly GR_PASSWORD=dateline-greader-pw
readonly START_TIMEOUT=${MINIFLUX_START_TIMEOUT:-60} # seconds, for each server to answer

die() {
  echo "miniflux.sh: $*" >&2
  exit 1
}

# pg_bin finds a directory holding PostgreSQL's server programs.
pg_bin() {
  local d
  if [ -n "${PG_BIN:-}" ]; then
    echo "$PG_BIN"
    return
  fi
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    dirname "$(command -v pg_ctl)"
    return
  fi
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
      echo "$d"
      return
    fi
  done
  die "no PostgreSQL server programs found (initdb, pg_ctl); install Debian's postgresql package, or set PG_BIN"
}

# install_missing installs, on a fresh Debian machine (as root), what the
# harness needs and the machine lacks: PostgreSQL (with pgcrypto), psql,
# curl and setpriv.
install_missing() {
  local need=()
  if [ -z "${PG_BIN:-}" ] && ! command -v pg_ctl >/dev/null && ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
    need+=(postgresql)
  fi
  command -v psql >/dev/null || need+=(postgresql-client)
  command -v curl >/dev/null || need+=(curl)
  command -v setpriv >/dev/null || need+=(util-linux)
  [ "${#need[@]}" -eq 0 ] && return
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    die "missing ${need[*]}: install them (Debian: apt-get install ${need[*]})"
  fi
  echo "== installing ${need[*]} (apt-get)"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null ||
    die "apt-get install ${need[*]} failed"
}

# as_pg runs a command as the postgres user when we are root (PostgreSQL
# refuses to run as root), as ourselves otherwise.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
  else
    "$@"
  fi
}

# free_port prints a loopback TCP port nobody listens on. Another process
# may take it before we do; the caller's start then fails with its log.
free_port() {
  local port i
  for i in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  die "no free loopback port found"
}

# miniflux_bin prints the path of a Miniflux binary, building it into the
# cache the first time (about a minute).
miniflux_bin() {
  if [ -n "${MINIFLUX_BIN:-}" ]; then
    [ -x "$MINIFLUX_BIN" ] || die "MINIFLUX_BIN=$MINIFLUX_BIN is not an executable"
    echo "$MINIFLUX_BIN"
    return
  fi
  local cache="${XDG_CACHE_HOME:-$HOME/.cache}/dateline-ci/miniflux-$MINIFLUX_VERSION"
  if [ ! -x "$cache/miniflux.app" ]; then
    echo "== building Miniflux $MINIFLUX_VERSION into $cache (once)" >&2
    mkdir -p "$cache"
    local build
    build=$(mktemp -d "$cache/build.XXXXXX")
    # Outside the repository, so its go.mod plays no part.
    if ! (cd "$build" && GOBIN="$build" go install "miniflux.app/v2@$MINIFLUX_VERSION") >&2; then
      rm -rf "$build"
      die "could not build Miniflux $MINIFLUX_VERSION"
    fi
    mv "$build/miniflux.app" "$cache/miniflux.app" # atomic: no half binary left behind
    rm -rf "$build"
  fi
  echo "$cache/miniflux.app"
}

# show_log prints the end of a log file, to say why a server did not start.
show_log() {
  echo "---- last lines of $1" >&2
  tail -n 40 "$1" >&2 || true
  echo "----" >&2
}

# stop_dir stops the servers whose state is in DIR and removes DIR.
stop_dir() {
  local dir=$1 pid
  [ -d "$dir" ] || return 0
  case $(basename "$dir") in
  dateline-ci.*) ;;
  *) die "refusing to remove $dir: not a directory made by miniflux.sh start" ;;
  esac
  if [ -f "$dir/miniflux.pid" ]; then
    pid=$(cat "$dir/miniflux.pid")
    # Check it is still our Miniflux, not a recycled PID: its command line
    # holds the binary's path.
    local cmdline
    cmdline=$({ tr '\0' '\n' <"/proc/$pid/cmdline"; } 2>/dev/null) || true
    if [ -n "$pid" ] && grep -Fxq -- "$(cat "$dir/miniflux.bin" 2>/dev/null)" <<<"$cmdline"; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
      done
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  if [ -f "$dir/pgdata/postmaster.pid" ]; then
    as_pg "$(pg_bin)/pg_ctl" -D "$dir/pgdata" -m immediate -w -t 30 stop >/dev/null 2>&1 ||
      echo "miniflux.sh: pg_ctl stop failed; see $dir/postgres.log" >&2
  fi
  rm -rf "$dir"
}

cmd_stop() {
  local envfile=$1 dir
  [ -f "$envfile" ] || return 0
  dir=$(sed -n 's/^export DATELINE_CI_DIR=//p' "$envfile" | tr -d "'")
  if [ -n "$dir" ]; then
    stop_dir "$dir"
  fi
  rm -f "$envfile"
}

cmd_start() {
  local envfile=$1
  if [ -f "$envfile" ]; then
    echo "miniflux.sh: $envfile exists; stopping the servers it names first" >&2
    cmd_stop "$envfile"
  fi

  local bin pgbin
  bin=$(miniflux_bin)
  install_missing
  pgbin=$(pg_bin)
  command -v psql >/dev/null || die "psql not found"
  command -v curl >/dev/null || die "curl not found"

  # Under /tmp when root: the postgres user must be able to reach it.
  local base=${TMPDIR:-/tmp}
  if [ "$(id -u)" -eq 0 ]; then
    base=/tmp
  fi
  local dir
  dir=$(mktemp -d "$base/dateline-ci.XXXXXX")
  # From here on, a failure stops what was started.
  trap "stop_dir '$dir'" EXIT
  chmod 755 "$dir"
  mkdir "$dir/pgdata"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$dir" "$dir/pgdata"
  fi

  # PostgreSQL: trust auth is fine, it listens on loopback only and dies
  # with the run; fsync is off because the data is thrown away.
  echo "== starting PostgreSQL ($pgbin)" >&2
  as_pg "$pgbin/initdb" -D "$dir/pgdata" -U postgres -A trust -E UTF8 --no-locale --no-sync \
    >"$dir/initdb.log" 2>&1 || {
    show_log "$dir/initdb.log"
    die "initdb failed"
  }
  local pgport
  pgport=$(free_port)
  if ! as_pg "$pgbin/pg_ctl" -D "$dir/pgdata" -l "$dir/postgres.log" -w -t "$START_TIMEOUT" \
    -o "-p $pgport -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null; then
    show_log "$dir/postgres.log"
    die "PostgreSQL did not start on 127.0.0.1:$pgport"
  fi
  local pgurl="postgres://postgres@127.0.0.1:$pgport/miniflux?sslmode=disable"
  psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pgport" -U postgres -d postgres \
    -c 'CREATE DATABASE miniflux' >/dev/null

  # Miniflux: migrations and the admin user at start-up, no scheduler (the
  # tests refresh feeds when they want), loopback feeds allowed.
  local mfport
  mfport=$(free_port)
  echo "== starting Miniflux ($bin) on 127.0.0.1:$mfport" >&2
  env DATABASE_URL="$pgurl" \
    RUN_MIGRATIONS=1 \
    CREATE_ADMIN=1 ADMIN_USERNAME="$MF_USER" ADMIN_PASSWORD="$MF_PASSWORD" \
    DISABLE_SCHEDULER_SERVICE=1 \
    FETCHER_ALLOW_PRIVATE_NETWORKS=1 \
    LISTEN_ADDR="127.0.0.1:$mfport" \
    BASE_URL="http://127.0.0.1:$mfport/" \
    LOG_LEVEL=info \
    "$bin" </dev/null >"$dir/miniflux.log" 2>&1 &
  local mfpid=$!
  echo "$mfpid" >"$dir/miniflux.pid"
  echo "$bin" >"$dir/miniflux.bin"

  local mfurl="http://127.0.0.1:$mfport"
  local deadline=$((SECONDS + START_TIMEOUT))
  until [ "$(curl -fsS --max-time 2 "$mfurl/healthcheck" 2>/dev/null)" = OK ]; do
    if ! kill -0 "$mfpid" 2>/dev/null; then
      show_log "$dir/miniflux.log"
      die "Miniflux exited before answering on $mfurl/healthcheck"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      show_log "$dir/miniflux.log"
      die "Miniflux did not answer OK on $mfurl/healthcheck within ${START_TIMEOUT}s"
    fi
    sleep 0.2
  done

  # The Google Reader API is off until a user turns it on in the settings;
  # do what that form does: enable it with a bcrypt-hashed password.
  psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pgport" -U postgres -d miniflux \
    -v gr_user="$GR_USER" -v gr_pw="$GR_PASSWORD" -v mf_user="$MF_USER" >/dev/null <<'SQL'
CREATE EXTENSION IF NOT EXISTS pgcrypto;
UPDATE integrations
   SET googlereader_enabled = true,
       googlereader_username = :'gr_user',
       googlereader_password = crypt(:'gr_pw', gen_salt('bf'))
 WHERE user_id = (SELECT id FROM users WHERE username = :'mf_user');
SQL

  # Prove both logins before saying we are ready.
  curl -fsS --max-time 5 -u "$MF_USER:$MF_PASSWORD" "$mfurl/v1/me" >/dev/null ||
    die "Miniflux REST API refused $MF_USER at $mfurl/v1/me"
  curl -fsS --max-time 5 --data-urlencode "Email=$GR_USER" --data-urlencode "Passwd=$GR_PASSWORD" \
    "$mfurl/accounts/ClientLogin" | grep -q '^Auth=' ||
    die "Miniflux Google Reader API refused $GR_USER at $mfurl/accounts/ClientLogin"

  local tmpenv
  tmpenv=$(mktemp "$envfile.XXXXXX")
  cat >"$tmpenv" <<EOF
# Written by .ci/miniflux.sh start; remove with .ci/miniflux.sh stop $envfile
export DATELINE_MINIFLUX_URL='$mfurl'
export DATELINE_MINIFLUX_USER='$MF_USER'
export DATELINE_MINIFLUX_PASSWORD='$MF_PASSWORD'
export DATELINE_GREADER_URL='$mfurl'
export DATELINE_GREADER_USER='$GR_USER'
export DATELINE_GREADER_PASSWORD='$GR_PASSWORD'
export DATELINE_PG_URL='$pgurl'
export DATELINE_CI_DIR='$dir'
export DATELINE_MINIFLUX_PID='$mfpid'
EOF
  mv "$tmpenv" "$envfile"
  trap - EXIT
  echo "== Miniflux ready at $mfurl (logs in $dir)" >&2
}

usage() {
  echo "usage: $0 start|stop ENVFILE" >&2
  exit 2
}

[ $# -eq 2 ] || usage
case $1 in
start) cmd_start "$2" ;;
stop) cmd_stop "$2" ;;
*) usage ;;
esac
