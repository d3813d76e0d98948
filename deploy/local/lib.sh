# shellcheck shell=bash disable=SC2034  # sourced library; the variables are used by its callers
# Shared helpers for Runaround's local services. Sourced by clickhouse.sh and kafka.sh; not run directly.
#
# Everything lives under one directory the user can see and delete:
#   RUNAROUND_LOCAL_DIR  (default <repo>/.local)
# Ports (loopback only):
#   RUNAROUND_CH_PORT (9000), RUNAROUND_CH_HTTP_PORT (8123),
#   RUNAROUND_KAFKA_PORT (9092), RUNAROUND_KAFKA_CONTROLLER_PORT (9093)
# Readiness timeout in seconds: RUNAROUND_START_TIMEOUT (60 for ClickHouse, 90 for Kafka).

LOCAL_SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$LOCAL_SRC/../.." && pwd)"

LOCAL_DIR="${RUNAROUND_LOCAL_DIR:-$REPO_ROOT/.local}"
mkdir -p "$LOCAL_DIR"
LOCAL_DIR="$(cd "$LOCAL_DIR" && pwd)" # absolute, so rendered configs never depend on the cwd

CH_PORT="${RUNAROUND_CH_PORT:-9000}"
CH_HTTP_PORT="${RUNAROUND_CH_HTTP_PORT:-8123}"
KAFKA_PORT="${RUNAROUND_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${RUNAROUND_KAFKA_CONTROLLER_PORT:-9093}"

log() { printf '%s: %s\n' "$SERVICE" "$*"; }
die() { printf '%s: error: %s\n' "$SERVICE" "$*" >&2; exit 1; }

# port_open PORT: true when something accepts TCP connections on 127.0.0.1:PORT.
port_open() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# pid_alive PIDFILE MARKER: prints the pid and returns 0 when the pid file names a live process whose
# command line contains MARKER (guards against a stale pid file whose pid was reused by something else).
pid_alive() {
    local pidfile="$1" marker="$2" pid cmd
    [[ -s "$pidfile" ]] || return 1
    pid="$(<"$pidfile")"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    cmd="$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline")" || return 1
    [[ "$cmd" == *"$marker"* ]] || return 1
    printf '%s\n' "$pid"
}

# check_ports_free PORT...: fail early with a clear message when another process owns one of our ports.
check_ports_free() {
    local p
    for p in "$@"; do
        if port_open "$p"; then
            die "port 127.0.0.1:$p is already in use by another process (not started by this script); stop it or set a different port"
        fi
    done
}

# show_log FILE...: print the last lines of the given log files (those that exist) to stderr.
show_log() {
    local f
    for f in "$@"; do
        [[ -s "$f" ]] || continue
        printf -- '--- last lines of %s ---\n' "$f" >&2
        tail -n 40 "$f" >&2
    done
}

# stop_pid PIDFILE MARKER TIMEOUT: SIGTERM, wait up to TIMEOUT seconds, then SIGKILL. Removes the pid file.
stop_pid() {
    local pidfile="$1" marker="$2" timeout="$3" pid i
    if ! pid="$(pid_alive "$pidfile" "$marker")"; then
        rm -f "$pidfile"
        log "not running"
        return 0
    fi
    log "stopping (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < timeout * 5; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "still running after ${timeout}s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        for ((i = 0; i < 50; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.2
        done
    fi
    rm -f "$pidfile"
    log "stopped"
}

# status_pid PIDFILE MARKER: prints state; exit status 0 = running, 3 = stopped (LSB convention).
status_pid() {
    local pidfile="$1" marker="$2" pid
    if pid="$(pid_alive "$pidfile" "$marker")"; then
        log "running (pid $pid, data in $DATA)"
        return 0
    fi
    log "stopped"
    return 3
}

# launch PIDFILE LOGFILE CMD...: start CMD detached (own session, stdin closed, output to LOGFILE)
# and record its pid.
launch() {
    local pidfile="$1" logfile="$2"
    shift 2
    # In a non-interactive shell the background child is not a process-group leader, so setsid does
    # not fork again and $! is the service's own pid.
    setsid nohup "$@" >>"$logfile" 2>&1 </dev/null &
    printf '%s\n' "$!" >"$pidfile"
}

# usage_exit: common usage message.
usage_exit() {
    printf 'usage: %s {start|stop|status|restart}\n' "$(basename "$0")" >&2
    exit 2
}
