#!/usr/bin/env bash
# Benchmark: publd serve against stock Fuseki on the same TDB2 database, C concurrent clients.
#
#   bench/serve-bench.sh                      # 20,000 real records (the samples, copied with fresh PMIDs)
#   bench/serve-bench.sh --records 5000       # another size
#   bench/serve-bench.sh --db DIR --first 90000000 --records N   # an existing database (records FIRST..FIRST+N-1)
#
# Options: --clients C (16), --seconds S per run (20), --warm K (500): the ids of the "warm" runs,
# --warmup W (30): seconds of N-Triples descriptions each server answers after it starts, before the
# measured runs (the JIT compiles for about 30 s; an unmeasured format keeps PubLD's kept pages out of it).
# --no-fuseki: PubLD's runs only. After PubLD's runs it prints the throughput of cold JSON-LD pages
# against cold Turtle pages of the same run (the target: within 1.3x, and JSON-LD p99 under 50 ms).
# PUBLD_JAR=other/publd.jar serves with another build (A/B comparisons).
# The input is written by org.publd.bench.BenchInput from src/test/resources/samples/pubmed-xml
# (PMIDs 90000000 upwards) and loaded with `publd load --loader=bulk`. The servers run in turn, each
# alone on the machine, over the same directory; stock Fuseki with tdb2:unionDefaultGraph, as PubLD.
# "cold" runs ask for random records among all; "warm" runs for K records only, so PubLD's kept
# pages answer nearly all of them. Before each server starts the database files are read once, so both
# find them in the OS page cache. Working files go to bench/work/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

RECORDS=20000; CLIENTS=16; SECONDS_PER_RUN=20; DB=""; FIRST=90000000; WARM=500; WARMUP=30; FUSEKI=1
BASE=http://localhost:3030/
PORT=3031
while [[ $# -gt 0 ]]; do
  case "$1" in
    --records) RECORDS=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --seconds) SECONDS_PER_RUN=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    --first) FIRST=$2; shift 2 ;;
    --warm) WARM=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --no-fuseki) FUSEKI=0; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

. bench/bench-db.sh
FUSEKI_JAR="$WORK/jena-fuseki-server-5.6.0.jar"
if [[ ! -f "$FUSEKI_JAR" ]]; then
  "$MVN" -B -q dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 -DoutputDirectory="$WORK" >/dev/null
fi

[[ -n "$DB" ]] || bench_db "$RECORDS" "$BASE"

SERVER_PID=""
trap '[[ -n "$SERVER_PID" ]] && kill $SERVER_PID 2>/dev/null || true' EXIT
start() { "$@" >"$WORK/server.log" 2>&1 & SERVER_PID=$!
  for _ in $(seq 1 240); do curl -sf -o /dev/null "http://localhost:$PORT/ds/sparql?query=ASK%7B%7D" && return; sleep 0.5; done
  echo "server did not start: $(cat "$WORK/server.log")" >&2; exit 1; }
stop() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }
# Reads the database's files before each server starts, so neither pays for the disk: without it the
# server that ran first after a reboot read GBs from disk during its runs, the second found them cached.
prime() { local t0=$SECONDS; cat "$DB"/Data-*/* >/dev/null
  echo "read the database's files into the OS page cache: $(du -sh "$DB" | cut -f1) in $((SECONDS - t0)) s"; }

LOOKUP='SELECT ?title WHERE { ?w <http://purl.org/spar/fabio/hasPubMedId> "{id}" ; <http://purl.org/dc/terms/title> ?title }'
LOOKUP_Q=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]).replace("%7Bid%7D","{id}"))' "$LOOKUP")
# load NAME URL ACCEPT [IDS]: random records among the first IDS (default: all)
load() { java -cp "$CP" org.publd.bench.LoadGenerator "$1" "$2" "$3" "${4:-$RECORDS}" "$BASE" "$CLIENTS" "$SECONDS_PER_RUN" "$FIRST" \
  | tee -a "$WORK/serve-bench.out"; }
# warmup NAME URL: N-Triples for WARMUP seconds, not measured
warmup() { [[ "$WARMUP" -gt 0 ]] || return 0; SECONDS_PER_RUN=$WARMUP load "($1)" "$2" "application/n-triples"; }

JAVA_OPTS=(-Xmx2g ${SERVE_JAVA_OPTS:-})
PUBLD_JAR=${PUBLD_JAR:-target/publd.jar}   # another build of publd, for A/B runs
echo "records=$RECORDS clients=$CLIENTS seconds=$SECONDS_PER_RUN cpus=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
: >"$WORK/serve-bench.out"
prime
start java "${JAVA_OPTS[@]}" -jar "$PUBLD_JAR" serve --db "$DB" --port $PORT --base "$BASE"
U="http://localhost:$PORT"
warmup "publd warm-up, N-Triples" "$U/pubmed/{id}"
load "publd LD turtle cold"   "$U/pubmed/{id}" "text/turtle"
load "publd LD html cold"     "$U/pubmed/{id}" "text/html"
load "publd LD json-ld cold"  "$U/pubmed/{id}.jsonld" "*/*"
load "publd SPARQL lookup"    "$U/ds/sparql?query=$LOOKUP_Q" "application/sparql-results+json"
load "publd LD turtle warm"   "$U/pubmed/{id}" "text/turtle" "$WARM"
load "publd LD html warm"     "$U/pubmed/{id}" "text/html" "$WARM"
stop
rate() { grep "^$1 " "$WORK/serve-bench.out" | tail -1 | awk '{print $(NF-9)}'; }
awk -v t="$(rate 'publd LD turtle cold')" -v j="$(rate 'publd LD json-ld cold')" \
  'BEGIN { printf "cold Turtle / cold JSON-LD throughput: %.2f (target <= 1.30)\n", t / j }'
[[ "$FUSEKI" == 1 ]] || exit 0
# FUSEKI_BASE in work/, not ./run; the lock of the PubLD run is gone once it stops.
prime
start env FUSEKI_BASE="$WORK/run" java "${JAVA_OPTS[@]}" -jar "$FUSEKI_JAR" --localhost --port=$PORT --tdb2 --loc "$DB" \
  --set tdb2:unionDefaultGraph=true /ds
warmup "fuseki warm-up, N-Triples" "$U/ds/sparql?query=DESCRIBE%20%3C{iri}%3E"
load "fuseki DESCRIBE turtle" "$U/ds/sparql?query=DESCRIBE%20%3C{iri}%3E" "text/turtle"
load "fuseki SPARQL lookup"   "$U/ds/sparql?query=$LOOKUP_Q" "application/sparql-results+json"
stop
