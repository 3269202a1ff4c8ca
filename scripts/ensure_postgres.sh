#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite.
#
#   scripts/ensure_postgres.sh start DIR   install PostgreSQL from Debian's packages if its server binaries
#                                          are missing, create a cluster in DIR (which must be empty or
#                                          missing), start it on 127.0.0.1 on a free port with its sockets in
#                                          DIR, create a database and print its URL as the last line of stdout
#   scripts/ensure_postgres.sh stop DIR    stop that server and remove DIR
#
# Exit status 3 means "PostgreSQL is not installed and cannot be installed here" (the tests then skip);
# anything else non-zero is a real failure. Runs as root (CI: the server runs as the `postgres` user, which
# the server requires) or as an ordinary user (the server runs as that user). Needs no stdin.
set -euo pipefail

CANNOT_INSTALL=3
DB_NAME=pathways_test
LOCK_FILE=${TMPDIR:-/tmp}/pathways-postgres-install.lock

log() { echo "ensure_postgres: $*" >&2; }

find_bindir() {
    local ctl
    ctl=$(ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -n 1 || true)
    [[ -n "$ctl" ]] && dirname "$ctl"
}

install_postgres() {
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
            sudo=(sudo -n)
        else
            log "PostgreSQL is not installed and installing it needs root (or passwordless sudo)"
            exit "$CANNOT_INSTALL"
        fi
    fi
    if ! command -v apt-get >/dev/null; then
        log "PostgreSQL is not installed and apt-get is not available to install it"
        exit "$CANNOT_INSTALL"
    fi
    log "installing PostgreSQL from Debian's packages (apt-get)…"
    (
        # One installer at a time (parallel test runs); re-check once we hold the lock.
        flock -w 900 9 || { log "timed out waiting for another installer"; exit "$CANNOT_INSTALL"; }
        if [[ -n "$(find_bindir)" ]]; then exit 0; fi
        export DEBIAN_FRONTEND=noninteractive
        "${sudo[@]}" apt-get update -qq </dev/null >&2 \
            || { log "apt-get update failed"; exit "$CANNOT_INSTALL"; }
        "${sudo[@]}" apt-get install -y -qq --no-install-recommends postgresql </dev/null >&2 \
            || { log "apt-get install postgresql failed"; exit "$CANNOT_INSTALL"; }
    ) 9>"$LOCK_FILE"
}

free_port() {
    local python=${PYTHON:-python3}
    if command -v "$python" >/dev/null; then
        "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
    else
        echo $(( 20000 + RANDOM % 20000 ))
    fi
}

# Run a command as the server's owner: `postgres` when we are root, else ourselves.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        if command -v runuser >/dev/null; then
            runuser -u postgres -- "$@"
        else
            su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
        fi
    else
        "$@"
    fi
}

start() {
    local dir=$1 bindir port
    bindir=$(find_bindir || true)
    if [[ -z "$bindir" ]]; then
        install_postgres
        bindir=$(find_bindir || true)
        [[ -n "$bindir" ]] || { log "PostgreSQL installed but no pg_ctl found"; exit "$CANNOT_INSTALL"; }
    fi
    if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        log "running as root but there is no 'postgres' user to run the server"
        exit "$CANNOT_INSTALL"
    fi

    mkdir -p "$dir"
    chmod 700 "$dir"
    if [[ $(id -u) -eq 0 ]]; then chown postgres: "$dir"; fi

    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale --no-sync >"$dir.initdb.log" 2>&1 \
        || { cat "$dir.initdb.log" >&2; log "initdb failed"; exit 1; }
    rm -f "$dir.initdb.log"

    local attempt
    for attempt in 1 2 3 4 5; do
        port=$(free_port)
        if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null 2>&1; then
            break
        fi
        log "start on port $port failed (attempt $attempt)"
        tail -n 5 "$dir/server.log" >&2 || true
        port=""
    done
    [[ -n "$port" ]] || { log "could not start PostgreSQL"; exit 1; }

    as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres "$DB_NAME"
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/$DB_NAME"
}

stop() {
    local dir=$1 bindir
    bindir=$(find_bindir || true)
    if [[ -n "$bindir" && -f "$dir/data/postmaster.pid" ]]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
    start) [[ $# -eq 2 ]] || { echo "usage: $0 start DIR" >&2; exit 2; }; start "$2" ;;
    stop) [[ $# -eq 2 ]] || { echo "usage: $0 stop DIR" >&2; exit 2; }; stop "$2" ;;
    *) echo "usage: $0 start DIR | stop DIR" >&2; exit 2 ;;
esac
