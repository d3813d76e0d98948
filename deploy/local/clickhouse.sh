#!/usr/bin/env bash
# Local ClickHouse for Runaround: loopback only, all files under $RUNAROUND_LOCAL_DIR/clickhouse.
#   deploy/local/clickhouse.sh {start|stop|status|restart}
# Ports: RUNAROUND_CH_PORT (native, 9000), RUNAROUND_CH_HTTP_PORT (8123).
set -euo pipefail

SERVICE=clickhouse
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DATA="$LOCAL_DIR/clickhouse"
PIDFILE="$DATA/clickhouse.pid"
CONFIG="$DATA/config.xml"
TIMEOUT="${RUNAROUND_START_TIMEOUT:-60}"
LOGS=("$DATA/log/clickhouse-server.err.log" "$DATA/log/stdout.log")

server_bin() {
    local b
    b="$(command -v clickhouse-server 2>/dev/null || true)"
    [[ -n "$b" ]] || { [[ -x /usr/sbin/clickhouse-server ]] && b=/usr/sbin/clickhouse-server; }
    [[ -n "$b" ]] || die "clickhouse-server not found; run deploy/local/install-deps.sh (or: make deps)"
    printf '%s\n' "$b"
}

ch_query() {
    clickhouse-client --host 127.0.0.1 --port "$CH_PORT" --query "$1"
}

start() {
    local pid bin deadline
    if pid="$(pid_alive "$PIDFILE" "$CONFIG")"; then
        log "already running (pid $pid, native port $CH_PORT)"
        return 0
    fi
    rm -f "$PIDFILE" # stale
    command -v clickhouse-client >/dev/null || die "clickhouse-client not found; run deploy/local/install-deps.sh"
    bin="$(server_bin)"
    check_ports_free "$CH_PORT" "$CH_HTTP_PORT"

    mkdir -p "$DATA"/{log,data,tmp,user_files,format_schemas}
    sed -e "s|@DATA@|$DATA|g" -e "s|@TCP_PORT@|$CH_PORT|g" -e "s|@HTTP_PORT@|$CH_HTTP_PORT|g" \
        "$LOCAL_SRC/clickhouse-config.xml.in" >"$CONFIG.tmp"
    mv "$CONFIG.tmp" "$CONFIG"
    cp "$LOCAL_SRC/clickhouse-users.xml" "$DATA/users.xml"

    log "starting (native 127.0.0.1:$CH_PORT, http 127.0.0.1:$CH_HTTP_PORT, data $DATA)"
    (cd "$DATA" && launch "$PIDFILE" "$DATA/log/stdout.log" "$bin" --config-file="$CONFIG")

    deadline=$((SECONDS + TIMEOUT))
    until ch_query 'SELECT 1' >/dev/null 2>&1; do
        if ! pid_alive "$PIDFILE" "$CONFIG" >/dev/null; then
            show_log "${LOGS[@]}"
            rm -f "$PIDFILE"
            die "clickhouse-server exited during startup (logs above, full logs in $DATA/log)"
        fi
        if ((SECONDS >= deadline)); then
            show_log "${LOGS[@]}"
            stop_pid "$PIDFILE" "$CONFIG" 30 >/dev/null
            die "not ready after ${TIMEOUT}s, stopped it again (RUNAROUND_START_TIMEOUT raises the limit)"
        fi
        sleep 0.5
    done
    log "ready (version $(ch_query 'SELECT version()'), pid $(<"$PIDFILE"))"
}

case "${1:-}" in
start) start ;;
stop) stop_pid "$PIDFILE" "$CONFIG" 30 ;;
status) status_pid "$PIDFILE" "$CONFIG" ;;
restart)
    stop_pid "$PIDFILE" "$CONFIG" 30
    start
    ;;
*) usage_exit ;;
esac
