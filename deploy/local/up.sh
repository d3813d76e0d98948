#!/usr/bin/env bash
# Start Runaround's local services (ClickHouse, then Kafka). Idempotent: running services are left alone.
# Data: $RUNAROUND_LOCAL_DIR (default <repo>/.local). Stop with deploy/local/down.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/clickhouse.sh" start
"$here/kafka.sh" start
