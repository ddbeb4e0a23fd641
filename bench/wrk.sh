#!/usr/bin/env bash
# The evaluate path end to end under wrk (Debian's, a load generator outside any JVM), and the
# database ceiling measured on the same server in the same run:   bench/wrk.sh
#
# Builds the jar, starts it on its own embedded MariaDB (temporary directory, free ports), registers
# members, warms up, then per round: wrk posting batches of 100 new evidence (bench/wrk/evaluate.lua
# makes every id unique), the ceiling (100-row multi-row INSERTs of ledger-shaped rows by plain JDBC,
# bench/…/DbCeiling), single evidence in a closed loop, and single evidence paced at 300 requests/s.
# Prints one line per round and a table (written into docs/benchmarks.md between the "wrk benchmark"
# markers unless BENCH_WRITE_DOCS=0). Knobs: WRK_ROUNDS [3], WRK_SECONDS [10], WRK_MEMBERS [2000],
# WRK_THREADS [2], WRK_CONNECTIONS [4], WRK_RATE [300], WRK_JAVA_OPTS (e.g. a JFR recording),
# WRK_SKIP_BUILD=1 (use the jar as built). About 5 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 1; }
ROUNDS=${WRK_ROUNDS:-3}; SECS=${WRK_SECONDS:-10}; MEMBERS=${WRK_MEMBERS:-2000}
THREADS=${WRK_THREADS:-2}; CONNS=${WRK_CONNECTIONS:-4}; RATE=${WRK_RATE:-300}
OUT=bench/target/wrk; CP='bench/target/classes:bench/target/lib/*'
SVC=""; DATA=""
cleanup() {
  if [ -n "$SVC" ] && kill -0 "$SVC" 2>/dev/null; then
    local kids; kids="$(pgrep -P "$SVC" 2>/dev/null || true)"
    kill -TERM "$SVC" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$SVC" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$SVC" $kids 2>/dev/null || true
  fi
  [ -z "$DATA" ] || rm -rf "$DATA"
}
trap cleanup EXIT INT TERM
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

if [ "${WRK_SKIP_BUILD:-0}" != 1 ]; then
  echo "== build"
  mvn -o -q -B -DskipTests install -pl engine -am
  mvn -o -q -B -DskipTests package -pl api -am
  mvn -o -q -B -f bench/pom.xml package
fi
rm -rf "$OUT" && mkdir -p "$OUT"

echo "== service"
PORT=$(free_port); DBPORT=$(free_port)
DATA=$(mktemp -d "${TMPDIR:-/var/tmp}/jifen-wrk.XXXXXX")
ADMIN="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
JDBC="jdbc:mysql://127.0.0.1:$DBPORT/jifen?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&rewriteBatchedStatements=true&allowPublicKeyRetrieval=true&sslMode=DISABLED"
java -Xmx2g ${WRK_JAVA_OPTS:-} -jar api/target/jifen.jar --server.port="$PORT" --jifen.embedded.port="$DBPORT" \
  --jifen.embedded.data-dir="$DATA/mariadb" --jifen.admin-key="$ADMIN" --jifen.watch-files=false \
  --logging.level.org.jifen.api.audit=WARN >"$OUT/service.log" 2>&1 &
SVC=$!
for i in $(seq 240); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$SVC" 2>/dev/null || { echo "the service exited; see $OUT/service.log"; exit 1; }
  [ "$i" -lt 240 ] || { echo "the service did not become ready"; exit 1; }
  sleep 0.5
done
read -r KEY RUN < <(java -cp "$CP" org.jifen.bench.WrkTools setup "http://127.0.0.1:$PORT" "$ADMIN" "$MEMBERS")
URL="http://127.0.0.1:$PORT/api/v1/villages/tanyin/evaluations"
load() { # seconds connections batch [rate] → the RESULT line
  wrk -t"$THREADS" -c"$2" -d"$1"s --timeout 30s -s bench/wrk/evaluate.lua "$URL" -- "$KEY" "$RUN" "$MEMBERS" "$3" ${4:-} ${4:+$2} \
    | tee -a "$OUT/wrk.log" | grep '^RESULT'
}
field() { sed -E "s/.* $1=([0-9.]+).*/\1/" <<<"$2"; }

echo "== warm-up"
load "$SECS" "$CONNS" 100 >/dev/null; load "$((SECS / 2))" "$CONNS" 1 >/dev/null
java -cp "$CP" org.jifen.bench.WrkTools ceiling "$JDBC" "$CONNS" 100 "$((SECS / 2))" >/dev/null

echo "| round | batches of 100: evidence/s | rows per evidence | rows/s written | DB ceiling rows/s | ratio | single closed loop req/s (p99 ms) | single at $RATE/s: achieved (p50 / p99 ms) | failed |" >"$OUT/table.md"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |" >>"$OUT/table.md"
for r in $(seq "$ROUNDS"); do
  read -r ROWS0 EV0 < <(java -cp "$CP" org.jifen.bench.WrkTools rows "$JDBC")
  B=$(load "$SECS" "$CONNS" 100)
  read -r ROWS1 EV1 < <(java -cp "$CP" org.jifen.bench.WrkTools rows "$JDBC")
  CEIL=$(java -cp "$CP" org.jifen.bench.WrkTools ceiling "$JDBC" "$CONNS" 100 "$SECS")
  S=$(load "$SECS" "$CONNS" 1)
  F=$(load "$SECS" 8 1 "$RATE")
  python3 - "$r" "$B" "$S" "$F" "$CEIL" "$ROWS0" "$EV0" "$ROWS1" "$EV1" >>"$OUT/table.md" <<'PY'
import sys, re
r, b, s, f, ceil, rows0, ev0, rows1, ev1 = sys.argv[1:]
g = lambda line, k: float(re.search(k + r"=([0-9.]+)", line).group(1))
evs = g(b, "req_per_s") * 100
per = (int(rows1) - int(rows0)) / max(1, int(ev1) - int(ev0))
ratio = evs * per / float(ceil)
failed = int(g(b, "failed") + g(s, "failed") + g(f, "failed"))
print(f"| {r} | {evs:,.0f} | {per:.2f} | {evs * per:,.0f} | {float(ceil):,.0f} | {ratio:.2f}× | {g(s, 'req_per_s'):,.0f} ({g(s, 'p99_ms'):.1f}) "
      f"| {g(f, 'req_per_s'):,.0f} ({g(f, 'p50_ms'):.1f} / {g(f, 'p99_ms'):.1f}) | {failed} |")
PY
  tail -1 "$OUT/table.md"
done
{
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2);"
  echo "wrk -t$THREADS -c$CONNS, $SECS s per phase, $MEMBERS members; ratio = evidence/s × rows per evidence ÷ ceiling rows/s."
  echo; echo '```sh'; echo "bench/wrk.sh"; echo '```'; echo; cat "$OUT/table.md"
} >"$OUT/report.md"
echo; cat "$OUT/report.md"
if [ "${BENCH_WRITE_DOCS:-1}" != 0 ]; then
  python3 - "$OUT/report.md" docs/benchmarks.md <<'PY'
import sys
report, doc = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
text = open(doc, encoding="utf-8").read()
begin, end = "<!-- wrk benchmark: begin -->", "<!-- wrk benchmark: end -->"
if begin in text and end in text:
    text = text[:text.index(begin) + len(begin)] + "\n" + report + text[text.index(end):]
    open(doc, "w", encoding="utf-8").write(text); print("written to", doc)
else:
    print("markers not found in", doc, "- not written")
PY
fi
