#!/usr/bin/env bash
# Every benchmark of issue 7 in one command, from the repository root:   bench/run.sh
#
# Builds what it needs (offline Maven), runs the engine benchmarks (JMH, bench/.../EngineJmh), starts
# the service (api/target/jifen.jar, its own embedded MariaDB in a temporary directory, free ports),
# runs the end-to-end load from a separate JVM (bench/.../LoadBenchmark), stops the service and
# its database by PID, prints one report and writes it into bench/NOTES.md between the
# "issue-7 benchmark" markers (BENCH_WRITE_DOCS=0 leaves the docs alone). About 20 minutes.
# BENCH_SKIP_ENGINE=1 runs only the end-to-end part. Short smoke run:  BENCH_JMH_ARGS='-f 1 -wi 1 -i 1 -w 1 -r 1' BENCH_LOAD_OPTS='-Dbench.rounds=1 -Dbench.seconds=3' bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/target/results
CP='bench/target/classes:bench/target/lib/*'
SVC=""
CHILDREN=""
DATA=""

cleanup() {
  if [ -n "$SVC" ] && kill -0 "$SVC" 2>/dev/null; then
    CHILDREN="$CHILDREN $(pgrep -P "$SVC" 2>/dev/null || true)"
    kill -TERM "$SVC" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$SVC" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$SVC" 2>/dev/null || true
  fi
  for pid in $CHILDREN; do kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true; done
  if [ -n "$DATA" ]; then rm -rf "$DATA"; fi
}
trap cleanup EXIT INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

echo "== build"
mvn -o -q -B -DskipTests install -pl engine -am
mvn -o -q -B -DskipTests package -pl api -am
mvn -o -q -B -f bench/pom.xml package
rm -rf "$OUT" && mkdir -p "$OUT"

if [ "${BENCH_SKIP_ENGINE:-0}" = 1 ]; then
  echo "(engine benchmarks skipped: BENCH_SKIP_ENGINE=1)" >"$OUT/engine.md"
else
  echo "== engine (JMH)"
  # shellcheck disable=SC2086
  java -cp "$CP" org.openjdk.jmh.Main EngineJmh -rf json -rff "$OUT/jmh.json" ${BENCH_JMH_ARGS:-} | tee "$OUT/jmh.log"
  java -cp "$CP" org.jifen.bench.JmhSummary "$OUT/jmh.json" "$OUT/engine.md" >/dev/null
fi

echo "== service"
PORT=$(free_port); DBPORT=$(free_port)
DATA=$(mktemp -d "${TMPDIR:-/var/tmp}/jifen-bench.XXXXXX")
KEY="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
java -Xmx2g -jar api/target/jifen.jar --server.port="$PORT" --jifen.embedded.port="$DBPORT" \
  --jifen.embedded.data-dir="$DATA/mariadb" --jifen.admin-key="$KEY" --jifen.watch-files=false \
  --logging.level.org.jifen.api.audit=WARN >"$OUT/service.log" 2>&1 &
SVC=$!
for i in $(seq 240); do
  if curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1; then break; fi
  kill -0 "$SVC" 2>/dev/null || { echo "the service exited; see $OUT/service.log"; exit 1; }
  [ "$i" -lt 240 ] || { echo "the service did not become ready; see $OUT/service.log"; exit 1; }
  sleep 0.5
done
CHILDREN="$(pgrep -P "$SVC" || true)"
echo "service pid $SVC (children: $CHILDREN) on port $PORT, database port $DBPORT"

echo "== end to end (HTTP on loopback, load generator in its own JVM)"
# shellcheck disable=SC2086
java -Xmx1g -cp "$CP" -Dbench.url="http://127.0.0.1:$PORT" -Dbench.key="$KEY" \
  -Dbench.jdbc="jdbc:mysql://127.0.0.1:$DBPORT/jifen?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&rewriteBatchedStatements=true&allowPublicKeyRetrieval=true&sslMode=DISABLED" \
  -Dbench.out="$OUT/http.md" ${BENCH_LOAD_OPTS:-} org.jifen.bench.LoadBenchmark | tee "$OUT/http.log"
cleanup; SVC=""; DATA=""

{
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB memory," \
       "$(java -version 2>&1 | head -1); load average before the run's end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo '```sh'
  echo "bench/run.sh   # BENCH_JMH_ARGS='${BENCH_JMH_ARGS:-}' BENCH_LOAD_OPTS='${BENCH_LOAD_OPTS:-}'"
  echo '```'
  echo
  cat "$OUT/engine.md"
  echo
  cat "$OUT/http.md"
} >"$OUT/report.md"
echo; echo "== report ($OUT/report.md)"; cat "$OUT/report.md"

if [ "${BENCH_WRITE_DOCS:-1}" != 0 ]; then
  python3 - "$OUT/report.md" bench/NOTES.md <<'PY'
import sys, re
report, doc = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
text = open(doc, encoding="utf-8").read()
begin, end = "<!-- issue-7 benchmark: begin -->", "<!-- issue-7 benchmark: end -->"
if begin in text and end in text:
    text = text[:text.index(begin) + len(begin)] + "\n" + report + text[text.index(end):]
    open(doc, "w", encoding="utf-8").write(text)
    print("written to", doc)
else:
    print("markers not found in", doc, "- not written")
PY
fi
