#!/usr/bin/env bash
# Local Apache Kafka for Runaround: one KRaft node (broker + controller), loopback only,
# all files under $RUNAROUND_LOCAL_DIR/kafka (jars in libs/, data in logs/, broker output in kafka.log).
#   deploy/local/kafka.sh {start|stop|status|restart}
#   deploy/local/kafka.sh topics ARGS...   # kafka-topics, e.g. `topics --list`, `topics --describe --topic X`
#   deploy/local/kafka.sh groups ARGS...   # kafka-consumer-groups, e.g. `groups --describe --all-groups`
# Ports: RUNAROUND_KAFKA_PORT (9092), RUNAROUND_KAFKA_CONTROLLER_PORT (9093).
# Jars come from Maven Central via deploy/local/kafka/pom.xml (see there for why Kafka is pinned to 4.1.1)
# and are cached in libs/ until the pom changes. RUNAROUND_KAFKA_HEAP sets -Xmx (default 1g).
set -euo pipefail

SERVICE=kafka
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DATA="$LOCAL_DIR/kafka"
LIBS="$DATA/libs"
PIDFILE="$DATA/kafka.pid"
PROPS="$DATA/server.properties"
LOGFILE="$DATA/kafka.log"
POM="$LOCAL_SRC/kafka/pom.xml"
TIMEOUT="${RUNAROUND_START_TIMEOUT:-90}"
HEAP="${RUNAROUND_KAFKA_HEAP:-1g}"

need_java() {
    command -v java >/dev/null || die "java not found; run deploy/local/install-deps.sh (or: make deps)"
}

# fetch_libs: resolve the broker jars into $LIBS unless they are already there for this exact pom.
fetch_libs() {
    local stamp want
    want="$(sha256sum "$POM" | cut -d' ' -f1)"
    stamp="$LIBS/.pom.sha256"
    if [[ -s "$stamp" && "$(<"$stamp")" == "$want" ]] && compgen -G "$LIBS/kafka_2.13-*.jar" >/dev/null; then
        return 0
    fi
    command -v mvn >/dev/null || die "mvn not found; run deploy/local/install-deps.sh (or: make deps)"
    log "downloading Kafka jars with Maven into $LIBS (once; cached until deploy/local/kafka/pom.xml changes)"
    rm -rf "$LIBS.tmp"
    if ! mvn -q -B -Dstyle.color=never -f "$POM" dependency:copy-dependencies \
        -DoutputDirectory="$LIBS.tmp" -DincludeScope=runtime >"$DATA/mvn.log" 2>&1; then
        rm -rf "$LIBS.tmp"
        show_log "$DATA/mvn.log"
        die "mvn could not resolve the Kafka jars (is Maven Central reachable?)"
    fi
    printf '%s\n' "$want" >"$LIBS.tmp/.pom.sha256"
    rm -rf "$LIBS"
    mv "$LIBS.tmp" "$LIBS"
}

# kjava ARGS...: run a Kafka class (CLI) with the cached jars and quiet logging.
kjava() {
    java -Xmx256m -Dlog4j2.configurationFile="$LOCAL_SRC/kafka/log4j2-tools.properties" -cp "$LIBS/*" "$@"
}

# admin_config: client settings for the CLIs, short timeouts so a probe fails fast instead of hanging.
admin_config() {
    cat >"$DATA/admin.properties" <<EOF
request.timeout.ms=5000
default.api.timeout.ms=10000
EOF
    printf '%s\n' "$DATA/admin.properties"
}

start() {
    local pid deadline cluster_id admin
    if pid="$(pid_alive "$PIDFILE" "$PROPS")"; then
        log "already running (pid $pid, 127.0.0.1:$KAFKA_PORT)"
        return 0
    fi
    rm -f "$PIDFILE" # stale
    need_java
    check_ports_free "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"
    mkdir -p "$DATA"
    fetch_libs

    sed -e "s|@DATA@|$DATA|g" -e "s|@PORT@|$KAFKA_PORT|g" -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
        "$LOCAL_SRC/kafka-server.properties.in" >"$PROPS.tmp"
    mv "$PROPS.tmp" "$PROPS"

    # Format the KRaft storage once. controller.quorum.voters is static, so no --standalone.
    if [[ ! -f "$DATA/logs/meta.properties" ]]; then
        cluster_id="$(kjava kafka.tools.StorageTool random-uuid)"
        log "formatting storage in $DATA/logs (cluster id $cluster_id)"
        if ! kjava kafka.tools.StorageTool format -t "$cluster_id" -c "$PROPS" >"$DATA/format.log" 2>&1; then
            show_log "$DATA/format.log"
            die "kafka storage format failed"
        fi
    fi

    log "starting (127.0.0.1:$KAFKA_PORT, controller 127.0.0.1:$KAFKA_CONTROLLER_PORT, data $DATA)"
    # Keep the previous run's output (e.g. a crash) as kafka.log.1.
    if [[ -s "$LOGFILE" ]]; then mv -f "$LOGFILE" "$LOGFILE.1"; fi
    (cd "$DATA" && launch "$PIDFILE" "$LOGFILE" \
        java "-Xmx$HEAP" -Xms256m -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true \
        -Dlog4j2.configurationFile="$LOCAL_SRC/kafka/log4j2.properties" \
        -cp "$LIBS/*" kafka.Kafka "$PROPS")

    # Ready = the port accepts and a metadata round trip (list topics) succeeds.
    admin="$(admin_config)"
    deadline=$((SECONDS + TIMEOUT))
    while true; do
        if port_open "$KAFKA_PORT" &&
            kjava org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
                --command-config "$admin" --list >/dev/null 2>&1; then
            break
        fi
        if ! pid_alive "$PIDFILE" "$PROPS" >/dev/null; then
            show_log "$LOGFILE"
            rm -f "$PIDFILE"
            die "broker exited during startup (log above, full log in $LOGFILE)"
        fi
        if ((SECONDS >= deadline)); then
            show_log "$LOGFILE"
            stop_pid "$PIDFILE" "$PROPS" 60 >/dev/null
            die "not ready after ${TIMEOUT}s, stopped it again (RUNAROUND_START_TIMEOUT raises the limit)"
        fi
        sleep 1
    done
    log "ready (pid $(<"$PIDFILE"))"
}

cli() {
    local class="$1"
    shift
    pid_alive "$PIDFILE" "$PROPS" >/dev/null || die "not running; start it with: $0 start"
    kjava "$class" --bootstrap-server "127.0.0.1:$KAFKA_PORT" --command-config "$(admin_config)" "$@"
}

case "${1:-}" in
start) start ;;
stop) stop_pid "$PIDFILE" "$PROPS" 60 ;;
status) status_pid "$PIDFILE" "$PROPS" ;;
restart)
    stop_pid "$PIDFILE" "$PROPS" 60
    start
    ;;
topics)
    shift
    cli org.apache.kafka.tools.TopicCommand "$@"
    ;;
groups)
    shift
    cli org.apache.kafka.tools.consumer.group.ConsumerGroupCommand "$@"
    ;;
*)
    printf 'usage: %s {start|stop|status|restart|topics ARGS...|groups ARGS...}\n' "$(basename "$0")" >&2
    exit 2
    ;;
esac
