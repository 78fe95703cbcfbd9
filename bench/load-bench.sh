#!/usr/bin/env bash
# Load benchmark: `publd load` against TDB2's own bulk loader (`tdb2.tdbloader`) on the same data.
#
#   bench/load-bench.sh INPUT...           PubMed XML inputs (.xml or .xml.gz), through target/publd.jar
#   bench/load-bench.sh --synthetic N      N generated records in the test-only line format, through the
#                                          test classpath; for real records use BenchInput (bench/README.md)
#
# Both loaders start from an empty database. tdb2.tdbloader reads the N-Quads equivalent that
# `publd map -f nquads` writes for the same inputs. Prints quads/s for both and their ratio.
# Extra options for publd load: PUBLD_LOAD_ARGS (e.g. --loader=bulk); for tdb2.tdbloader: TDBLOADER_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
MVN=./mvnw; [ -x "$MVN" ] || MVN=mvn
WORK=bench/work/load
rm -rf "$WORK"; mkdir -p "$WORK"

if [ "${1:-}" = "--synthetic" ]; then
  n=${2:?usage: $0 --synthetic N}
  "$MVN" -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
  CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"
  PUBLD=(java -cp "$CP" org.publd.cli.CliWithLineRecords)
  # Records of the size of a typical MEDLINE citation: 6 authors, 10 MeSH headings, 20 references.
  awk -v n="$n" 'BEGIN { print "#publd-lines";
    for (i = 1; i <= n; i++) {
      cites = ""; for (c = 1; c <= 20; c++) cites = cites (c > 1 ? "," : "") (i * 7 + c) % (n * 3) + 1;
      printf "article %d t=Synthetic_record_%d doi=10.9999/bench.%d pmc=PMC%d authors=6 mesh=D%06d,D%06d,D%06d,D%06d,D%06d,D%06d,D%06d,D%06d,D%06d,D%06d year=%d rev=2024-01-15 cites=%s\n",
        i, i, i, i, i%500, i%700+1, i%900+2, i%300+3, i%100+4, i%50+5, i%2000+6, i%20+7, i%10+8, i%5+9, 1950 + i % 75, cites } }' \
    > "$WORK/input.lines"
  INPUTS=("$WORK/input.lines")
else
  [ $# -gt 0 ] || { sed -n '2,11p' "$0"; exit 2; }
  [ -f target/publd.jar ] || "$MVN" -B -q package -DskipTests
  CP=target/publd.jar
  PUBLD=(java -jar target/publd.jar)
  INPUTS=("$@")
fi

now() { date +%s.%N; }

"${PUBLD[@]}" map -f nquads -o "$WORK/input.nq" "${INPUTS[@]}"
quads=$(wc -l < "$WORK/input.nq")

t0=$(now)
"${PUBLD[@]}" load ${PUBLD_LOAD_ARGS:-} --db "$WORK/db-publd" "${INPUTS[@]}"
t1=$(now)
java -cp "$CP" tdb2.tdbloader ${TDBLOADER_ARGS:-} --loc "$WORK/db-tdbloader" "$WORK/input.nq"
t2=$(now)

awk -v q="$quads" -v a="$t0" -v b="$t1" -v c="$t2" -v cores="$(nproc)" 'BEGIN {
  p = b - a; t = c - b;
  printf "quads: %d (N-Quads from publd map), %d cores\n", q, cores;
  printf "publd load:     %7.1f s  %9.0f quads/s  (maps the input as it loads)\n", p, q / p;
  printf "tdb2.tdbloader: %7.1f s  %9.0f quads/s  (loads the ready N-Quads)\n", t, q / t;
  printf "ratio publd/tdbloader: %.2f (target: >= 1)\n", t / p }'
