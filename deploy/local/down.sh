#!/usr/bin/env bash
# Stop Runaround's local services (Kafka, then ClickHouse). Idempotent; data is kept
# (delete $RUNAROUND_LOCAL_DIR, default <repo>/.local, or run `make clean` to remove it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rc=0
"$here/kafka.sh" stop || rc=$?
"$here/clickhouse.sh" stop || rc=$?
exit "$rc"
