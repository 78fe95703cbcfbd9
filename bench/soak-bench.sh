#!/usr/bin/env bash
# Soak benchmark: publd serve under a mixed load, without and then with hostile SPARQL clients.
#
#   bench/soak-bench.sh                          # 20,000 real records, 16 clients, 2 hostile, 60 s a run
#   bench/soak-bench.sh --records 5000 --seconds 30
#   bench/soak-bench.sh --db DIR --first 90000000 --records N   # an existing database (records FIRST..FIRST+N-1)
#
# Options: --clients C (16) normal clients: 40 % Linked Data Turtle pages, 40 % HTML pages, 20 % SPARQL
# lookups of a title by PMID, random records among all; --hostile H (2) clients sending the queries of
# issue 14 in a loop (org.publd.bench.SoakGenerator names them); --seconds S (60) a run; --warmup W (20)
# seconds of the normal mix, unmeasured, after each start; --timeout T (10) seconds a normal request may
# take before it counts as an error; --xmx (1g) the server's heap.
# SERVE_ARGS="--query-timeout 10 ..." adds options to publd serve; PUBLD_JAR=other/publd.jar serves another build.
# Each run starts its own server, with -Xlog:gc: the peak heap is the largest "before" of a collection
# during the measured run, out of the -Xmx. The run with hostile clients stops by itself even when the
# server stops answering; the server is killed at the end of each run. Working files go to bench/work/.
set -euo pipefail
cd "$(dirname "$0")/.."

RECORDS=20000; CLIENTS=16; HOSTILE=2; SECONDS_PER_RUN=60; WARMUP=20; TIMEOUT=10; XMX=1g; DB=""; FIRST=90000000
BASE=http://localhost:3030/
PORT=3032
while [[ $# -gt 0 ]]; do
  case "$1" in
    --records) RECORDS=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --hostile) HOSTILE=$2; shift 2 ;;
    --seconds) SECONDS_PER_RUN=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --timeout) TIMEOUT=$2; shift 2 ;;
    --xmx) XMX=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    --first) FIRST=$2; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

. bench/bench-db.sh
PUBLD_JAR=${PUBLD_JAR:-target/publd.jar}
[[ -n "$DB" ]] || bench_db "$RECORDS" "$BASE"

U="http://localhost:$PORT"
SERVER_PID=""
trap '[[ -n "$SERVER_PID" ]] && kill -9 $SERVER_PID 2>/dev/null || true' EXIT
start() { # start LOG GCLOG
  # shellcheck disable=SC2086 # SERVE_ARGS is a list of options
  java -Xmx"$XMX" -Xlog:gc:file="$2" -jar "$PUBLD_JAR" serve --db "$DB" --port $PORT --base "$BASE" ${SERVE_ARGS:-} >"$1" 2>&1 &
  SERVER_PID=$!
  # Up to 10 minutes: a server that writes a missing dump at start may answer only once it is written.
  for _ in $(seq 1 1200); do curl -sf -o /dev/null "$U/ds/sparql?query=ASK%7B%7D" && return; sleep 0.5; done
  echo "server did not start: $(cat "$1")" >&2; exit 1; }
# A server that no longer answers may not stop on SIGTERM either.
stop() { kill "$SERVER_PID" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }
# A database without an up-to-date dump gets one written in the background when the server starts (503
# at /dump.nq.gz until then): wait for it, so that its writing is not measured.
dumped() { local t0=$SECONDS
  for _ in $(seq 1 1800); do
    [[ $(curl -s -o /dev/null -m 5 -r 0-0 -w '%{http_code}' "$U/dump.nq.gz" || true) != 503 ]] && break; sleep 1
  done
  [[ $((SECONDS - t0)) -lt 2 ]] || echo "waited $((SECONDS - t0)) s for the server to write the database's dump"; }
soak() { java -cp "$CP" org.publd.bench.SoakGenerator "$1" "$U" "$RECORDS" "$FIRST" "$CLIENTS" "$2" "$3" "$TIMEOUT"; }
# peak GCLOG FROM TO JSTATLOG FROM TO: the largest heap in use, before a collection (G1 logs "Pause ...
# 512M->80M(1024M)") or in a sample of jstat (used survivor, eden and old), within those lines of each log
peak() { python3 - "$XMX" "$@" <<'PY'
import re, sys
xmx, gclog, g0, g1, jstat, j0, j1 = sys.argv[1:]
def lines(path, first, last):
    with open(path) as f:
        return f.readlines()[int(first) - 1:int(last)]
unit = {"K": 1 / 1024, "M": 1, "G": 1024}
peak, full, young, pause = 0, 0, 0, 0.0
for line in lines(gclog, g0, g1):
    m = re.search(r"(\d+)([KMG])->(\d+)([KMG])\((\d+)([KMG])\)(?: (\d+\.\d+)ms)?", line)
    if m:
        peak = max(peak, int(m[1]) * unit[m[2]])
        full += "Pause Full" in line; young += "Pause Young" in line; pause += float(m[7] or 0)
sampled = 0
with open(jstat) as f:
    header = f.readline().split()
for line in lines(jstat, j0, j1):
    row = dict(zip(header, line.split()))
    if "EU" in row and row.get("S0C") != "S0C":
        sampled = max(sampled, sum(float(row[k]) for k in ("S0U", "S1U", "EU", "OU")) / 1024)
print(f"peak heap {max(peak, sampled):.0f} MB of -Xmx{xmx} (largest before a collection {peak:.0f} MB, in jstat's "
      f"samples {sampled:.0f} MB); {young} young and {full} full collections, {pause / 1000:.1f} s paused")
PY
}
# answers: does the server still answer a Linked Data page after the run, and how fast?
answers() { local out; out=$(curl -s -o /dev/null -m 10 -H 'Accept: text/html' -w '%{http_code} in %{time_total} s' "$U/pubmed/$FIRST") || true
  [[ $out == 000* ]] && out="no answer within 10 s"
  echo "a Linked Data page after the run: $out"; }

echo "records=$RECORDS clients=$CLIENTS hostile=$HOSTILE seconds=$SECONDS_PER_RUN xmx=$XMX cpus=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
cat "$DB"/Data-*/* >/dev/null   # the database's files into the OS page cache, as serve-bench.sh does
for run in plain hostile; do
  h=0; [[ $run == hostile ]] && h=$HOSTILE
  log="$WORK/soak-$run.log"; gclog="$WORK/soak-$run-gc.log"; jstatlog="$WORK/soak-$run-jstat.log"
  start "$log" "$gclog"
  dumped
  jstat -gc "$SERVER_PID" 1000 >"$jstatlog" 2>/dev/null & JSTAT_PID=$!
  [[ "$WARMUP" -gt 0 ]] && soak "warm-up ($run run, not measured)" "$WARMUP" 0 >/dev/null
  g0=$(( $(wc -l <"$gclog") + 1 )); j0=$(( $(wc -l <"$jstatlog") + 1 ))
  soak "run $run" "$SECONDS_PER_RUN" "$h"
  peak "$gclog" "$g0" "$(wc -l <"$gclog")" "$jstatlog" "$j0" "$(wc -l <"$jstatlog")"
  answers
  echo "OutOfMemoryError in the server's log: $(grep -c OutOfMemoryError "$log" || true) (logs: $log, $gclog, $jstatlog)"
  kill "$JSTAT_PID" 2>/dev/null || true
  stop
done
