# Runaround developer entry points. Local services (ClickHouse, Kafka) run from deploy/local/*.sh,
# loopback only, with all their files under $(RUNAROUND_LOCAL_DIR) (default .local/; `make clean` removes it).
# Env knobs: RUNAROUND_LOCAL_DIR, RUNAROUND_CH_PORT, RUNAROUND_CH_HTTP_PORT, RUNAROUND_KAFKA_PORT,
# RUNAROUND_KAFKA_CONTROLLER_PORT, GOTESTFLAGS (extra `go test` flags, e.g. GOTESTFLAGS='-run TestX -v').

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c

GO ?= go
GOTESTFLAGS ?=
BIN := bin/runaround

RUNAROUND_LOCAL_DIR ?= $(CURDIR)/.local
RUNAROUND_CH_PORT ?= 9000
RUNAROUND_KAFKA_PORT ?= 9092
# The demo points the binary at the local services explicitly (so non-default ports work); `test`
# does not set these, so tests see exactly the caller's environment.
DEMO_ENV := RUNAROUND_KAFKA_BROKERS=127.0.0.1:$(RUNAROUND_KAFKA_PORT) RUNAROUND_CLICKHOUSE_ADDR=127.0.0.1:$(RUNAROUND_CH_PORT)

.PHONY: all deps build up down status test demo bench clean

all: build

deps:
	deploy/local/install-deps.sh
	$(GO) mod download

build:
	$(GO) build -o $(BIN) ./cmd/runaround

up: deps
	deploy/local/up.sh

down:
	deploy/local/down.sh

status:
	deploy/local/clickhouse.sh status || true
	deploy/local/kafka.sh status || true

test: up
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 40m $(GOTESTFLAGS) ./...

demo: up build
	$(DEMO_ENV) $(BIN) migrate
	$(DEMO_ENV) $(BIN) gen --count 5000 --seed 42
	$(DEMO_ENV) $(BIN) run --exit-when-idle 10s
	$(DEMO_ENV) $(BIN) summary

# The enrichment figures the issue tracks (per core, vs govader), then every Go benchmark.
bench: build
	$(BIN) bench enrich
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Removes only what deploy/local created inside RUNAROUND_LOCAL_DIR, then the directory if it is empty.
clean: down
	rm -rf "$(RUNAROUND_LOCAL_DIR)/clickhouse" "$(RUNAROUND_LOCAL_DIR)/kafka" bin
	rmdir "$(RUNAROUND_LOCAL_DIR)" 2>/dev/null || true
