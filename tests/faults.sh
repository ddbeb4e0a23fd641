#!/usr/bin/env bash
# The fault tests at full size (CI runs them smaller from `mvn -B verify`): 20,000 evidence and
# 5 kills in the crash test, a 10 s database outage under load, two instances, and the 64-way cap
# contention test.                                                      (docs/faults.md)
# Usage: tests/faults.sh [extra -D options, e.g. -Djifen.faults.seed=42]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -pl faults -am verify -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest='CrashTest,DatabaseOutageTest,TwoInstancesTest,CapContentionTest' \
    -Djifen.faults.crash.evidence=20000 -Djifen.faults.crash.kills=5 \
    -Djifen.faults.outage.seconds=10 -Djifen.faults.outage.evidence=10000 \
    -Djifen.faults.two.evidence=10000 "$@"
