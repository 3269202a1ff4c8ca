#!/usr/bin/env bash
# A throwaway Redis server for the test suite and CI.
#
#   scripts/ensure_redis.sh start DIR [PORT]   install redis-server from Debian's packages if it is missing,
#                                              start it on 127.0.0.1 (on PORT, or a free port) with its files in
#                                              DIR, without persistence, and print its URL as the last line of
#                                              stdout. Idempotent: when the server of DIR is already running
#                                              it is left alone and its URL printed again; a server killed
#                                              earlier is started again on the same port.
#   scripts/ensure_redis.sh stop DIR           stop that server and remove DIR
#
# Exit status 3 means "redis-server is not installed and cannot be installed here" (local tests then skip,
# CI fails); anything else non-zero is a real failure. Needs no stdin.
set -euo pipefail

CANNOT_INSTALL=3
LOCK_FILE=${TMPDIR:-/tmp}/pathways-redis-install.lock

log() { echo "ensure_redis: $*" >&2; }

install_redis() {
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
            sudo=(sudo -n)
        else
            log "redis-server is not installed and installing it needs root (or passwordless sudo)"
            exit "$CANNOT_INSTALL"
        fi
    fi
    if ! command -v apt-get >/dev/null; then
        log "redis-server is not installed and apt-get is not available to install it"
        exit "$CANNOT_INSTALL"
    fi
    log "installing redis-server from Debian's packages (apt-get)…"
    (
        # One installer at a time (parallel test runs); re-check once we hold the lock.
        flock -w 900 9 || { log "timed out waiting for another installer"; exit "$CANNOT_INSTALL"; }
        if command -v redis-server >/dev/null; then exit 0; fi
        export DEBIAN_FRONTEND=noninteractive
        "${sudo[@]}" apt-get update -qq </dev/null >&2 \
            || { log "apt-get update failed"; exit "$CANNOT_INSTALL"; }
        "${sudo[@]}" apt-get install -y -qq --no-install-recommends redis-server </dev/null >&2 \
            || { log "apt-get install redis-server failed"; exit "$CANNOT_INSTALL"; }
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

responds() {  # responds PORT: the server on PORT answers PING
    redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null | grep -q PONG
}

running_pid() {  # the pid of DIR's server when it is alive
    local dir=$1 pid
    [[ -f "$dir/redis.pid" ]] || return 1
    pid=$(cat "$dir/redis.pid")
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

start() {
    local dir=$1 port=${2:-}
    if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
        install_redis
        command -v redis-server >/dev/null || { log "redis-server installed but not found"; exit "$CANNOT_INSTALL"; }
    fi
    mkdir -p "$dir"
    chmod 700 "$dir"
    if [[ -z "$port" && -f "$dir/port" ]]; then port=$(cat "$dir/port"); fi
    if [[ -n "$port" ]] && running_pid "$dir" >/dev/null && responds "$port"; then
        echo "redis://127.0.0.1:$port/0"
        return
    fi
    rm -f "$dir/redis.pid"

    local attempt chosen=""
    for attempt in 1 2 3 4 5; do
        local try=${port:-$(free_port)}
        if redis-server --bind 127.0.0.1 --port "$try" --dir "$dir" --daemonize yes \
            --pidfile "$dir/redis.pid" --logfile "$dir/server.log" \
            --save "" --appendonly no --protected-mode yes >/dev/null 2>&1; then
            local waited
            for waited in $(seq 1 100); do
                if responds "$try"; then chosen=$try; break; fi
                sleep 0.05
            done
        fi
        [[ -n "$chosen" ]] && break
        log "start on port $try failed (attempt $attempt)"
        tail -n 5 "$dir/server.log" >&2 2>/dev/null || true
        if [[ -n "$port" ]]; then sleep 0.2; fi  # a fixed port may still be in TIME_WAIT/closing: try again
    done
    [[ -n "$chosen" ]] || { log "could not start redis-server"; exit 1; }
    echo "$chosen" >"$dir/port"
    echo "redis://127.0.0.1:$chosen/0"
}

stop() {
    local dir=$1 pid
    if pid=$(running_pid "$dir"); then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
    start) [[ $# -ge 2 && $# -le 3 ]] || { echo "usage: $0 start DIR [PORT]" >&2; exit 2; }; start "$2" "${3:-}" ;;
    stop) [[ $# -eq 2 ]] || { echo "usage: $0 stop DIR" >&2; exit 2; }; stop "$2" ;;
    *) echo "usage: $0 start DIR [PORT] | stop DIR" >&2; exit 2 ;;
esac
