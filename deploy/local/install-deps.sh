#!/usr/bin/env bash
# Install what Runaround's local services and tests need, when missing (Debian/Ubuntu):
#   clickhouse-server + clickhouse-client, Java >= 17 (Kafka 4.x), Maven (fetches the Kafka jars),
#   and the Python package chdb.
# Silent when everything is present; runs `apt-get update` only when it has to install something.
# Go itself is not installed here (Debian's is too old for go.mod); it must already be on PATH.
set -euo pipefail

say() { printf 'install-deps: %s\n' "$*"; }
die() { printf 'install-deps: error: %s\n' "$*" >&2; exit 1; }

SUDO=()
if [[ "$(id -u)" != 0 ]]; then
    command -v sudo >/dev/null || die "not root and sudo is missing; install the packages below by hand"
    SUDO=(sudo)
fi

have() { command -v "$1" >/dev/null 2>&1; }

java_major() {
    # `java -version` prints e.g.: openjdk version "17.0.15" 2025-04-15  (or "1.8.0_392" for Java 8)
    local v
    v="$(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)"
    v="${v#1.}"
    v="${v%%[.+-]*}"
    [[ "$v" =~ ^[0-9]+$ ]] || v=0 # unparsable: treat as too old
    printf '%s\n' "$v"
}

pkgs=()
if ! have clickhouse-server && [[ ! -x /usr/sbin/clickhouse-server ]]; then pkgs+=(clickhouse-server); fi
have clickhouse-client || pkgs+=(clickhouse-client)
if ! have java || (($(java_major) < 17)); then pkgs+=(openjdk-17-jre-headless); fi
have mvn || pkgs+=(maven)
have python3 || pkgs+=(python3 python3-pip)

if ((${#pkgs[@]})); then
    have apt-get || die "need ${pkgs[*]} but apt-get is not available; install them by hand"
    say "installing ${pkgs[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update -q
    "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${pkgs[@]}"
fi

if ! python3 -c 'import chdb' >/dev/null 2>&1; then
    say "installing python package chdb"
    python3 -m pip --version >/dev/null 2>&1 || {
        export DEBIAN_FRONTEND=noninteractive
        "${SUDO[@]}" apt-get update -q
        "${SUDO[@]}" apt-get install -y -q --no-install-recommends python3-pip
    }
    # A Debian system python refuses plain pip installs (PEP 668); fall back to a user install there.
    python3 -m pip install -q chdb ||
        python3 -m pip install -q --user --break-system-packages chdb
    python3 -c 'import chdb' || die "chdb installed but python3 cannot import it"
fi

have go || die "go is not on PATH; install Go matching go.mod (https://go.dev/dl/)"
