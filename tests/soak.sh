#!/usr/bin/env bash
# Soak: steady load against the real jifen.jar (child process, its own MariaDB) for MINUTES (10),
# sampling heap and metaspace after a full GC every 30 s; fails on any error or growth.
# Usage: tests/soak.sh [minutes] [evidence per second]        (docs/faults.md)
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES="${1:-10}"
RATE="${2:-200}"
# packages api/target/jifen.jar (running no other test), then runs the soak test against it
mvn -B -q -pl faults -am verify -Dtest=SoakTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Djifen.faults.excludedGroups= -Djifen.faults.soak.minutes="$MINUTES" -Djifen.faults.soak.rate="$RATE"
echo "samples: faults/target/faults/soak/soak.tsv"
