#!/usr/bin/env bash
# Benchmark: publd serve against stock Fuseki on the same TDB2 data, 16 concurrent clients.
#
#   bench/serve-bench.sh                      # 100,000 synthetic records (mapped by the real mapper)
#   bench/serve-bench.sh --records 20000      # fewer synthetic records
#   bench/serve-bench.sh --nquads FILE.nq.gz  # your own data (quads under base http://localhost:3030/)
#   bench/serve-bench.sh --db DIR             # an existing TDB2 database (copied, never modified)
#
# Options: --clients C (16), --seconds S per run (20), --records N (records are /pubmed/1..N).
# Until the PubMed XML parser is merged, the default data is synthetic (org.publd.bench.SyntheticRecords).
# Working files go to bench/work/ (git-ignored); stock Fuseki is fetched from Maven Central there.
set -euo pipefail
cd "$(dirname "$0")/.."

RECORDS=100000; CLIENTS=16; SECONDS_PER_RUN=20; NQUADS=""; DB=""
BASE=http://localhost:3030/
PUBLD_PORT=3031; FUSEKI_PORT=3032
while [[ $# -gt 0 ]]; do
  case "$1" in
    --records) RECORDS=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --seconds) SECONDS_PER_RUN=$2; shift 2 ;;
    --nquads) NQUADS=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

WORK=bench/work
mkdir -p "$WORK"
mvn -B -q -DskipTests package >/dev/null
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat "$WORK/cp.txt")"
FUSEKI_JAR="$WORK/jena-fuseki-server-5.6.0.jar"
if [[ ! -f "$FUSEKI_JAR" ]]; then
  mvn -B -q dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 -DoutputDirectory="$WORK" >/dev/null
fi

if [[ -z "$DB" ]]; then
  if [[ -z "$NQUADS" ]]; then
    NQUADS="$WORK/synthetic-$RECORDS.nq.gz"
    if [[ ! -f "$NQUADS" ]]; then
      echo "Generating $RECORDS synthetic records..." >&2
      java -cp "$CP" org.publd.bench.SyntheticRecords "$RECORDS" "$BASE" "$NQUADS"
    fi
  fi
  DB="$WORK/db-$(basename "$NQUADS" .nq.gz)"
  if [[ ! -d "$DB" ]]; then
    echo "Loading $NQUADS into $DB..." >&2
    java -cp "$CP" tdb2.tdbloader --loader=parallel --loc "$DB" "$NQUADS" >&2
  fi
fi
# Two JVMs cannot open one TDB2 database (tdb.lock): stock Fuseki gets a copy (and FUSEKI_BASE in work/, not ./run).
rm -rf "$WORK/db-fuseki" && cp -r "$DB" "$WORK/db-fuseki" && rm -f "$WORK/db-fuseki/tdb.lock"

JAVA_OPTS=(-Xmx2g)
java "${JAVA_OPTS[@]}" -cp "$CP" org.publd.cli.Main serve --db "$DB" --port $PUBLD_PORT --base "$BASE" &
PUBLD_PID=$!
FUSEKI_BASE="$WORK/run" java "${JAVA_OPTS[@]}" -jar "$FUSEKI_JAR" --loc "$WORK/db-fuseki" --port $FUSEKI_PORT /ds >"$WORK/fuseki.log" 2>&1 &
FUSEKI_PID=$!
trap 'kill $PUBLD_PID $FUSEKI_PID 2>/dev/null || true' EXIT
for port in $PUBLD_PORT $FUSEKI_PORT; do
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://localhost:$port/ds/sparql?query=ASK%7B%7D" && break; sleep 0.5; done
done

LOOKUP='SELECT ?title WHERE { ?w <http://purl.org/spar/fabio/hasPubMedId> "{id}" ; <http://purl.org/dc/terms/title> ?title }'
LOOKUP_Q=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]).replace("%7Bid%7D","{id}"))' "$LOOKUP")
load() { java -cp "$CP" org.publd.bench.LoadGenerator "$1" "$2" "$3" "$RECORDS" "$BASE" "$CLIENTS" "$SECONDS_PER_RUN"; }

echo "records=$RECORDS clients=$CLIENTS seconds=$SECONDS_PER_RUN cpus=$(nproc)"
load "publd LD turtle"          "http://localhost:$PUBLD_PORT/pubmed/{id}"  "text/turtle"
load "publd LD html"            "http://localhost:$PUBLD_PORT/pubmed/{id}"  "text/html"
load "publd LD json-ld"         "http://localhost:$PUBLD_PORT/pubmed/{id}.jsonld" "*/*"
load "publd SPARQL lookup"      "http://localhost:$PUBLD_PORT/ds/sparql?query=$LOOKUP_Q" "application/sparql-results+json"
load "fuseki DESCRIBE turtle"   "http://localhost:$FUSEKI_PORT/ds/sparql?query=DESCRIBE%20%3C{iri}%3E" "text/turtle"
load "fuseki SPARQL lookup"     "http://localhost:$FUSEKI_PORT/ds/sparql?query=$LOOKUP_Q" "application/sparql-results+json"
# Measured (2 CPUs shared by both servers and the load generator, 20,000 synthetic records, 10 s runs):
#   publd LD turtle 62 req/s p50 226 ms p99 766 ms; html 82 req/s p99 868 ms; json-ld 58 req/s p99 564 ms
#   publd SPARQL lookup 100 req/s p99 1668 ms; fuseki DESCRIBE 87 req/s p99 583 ms; fuseki lookup 176 req/s p99 579 ms
