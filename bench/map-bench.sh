#!/usr/bin/env bash
# Benchmark of `publd map` against a baseline measured in the same run (see README.md, "Benchmarks"),
# then a projection of `publd map --out-dir` (N-Quads.gz) and `publd load` to the whole 2026 baseline.
# Usage: bench/map-bench.sh [RECORDS...]   (default: 100000 300000), each run with -Xmx256m.
# ROUNDS=N (default 3): rounds of the three phases; each phase reports its median.
# INPUTS="refs mix" (default): the reference-heavy input, and the baseline-like mix (3 records without
#   a reference list to 1 with); PROJECTION_RECORDS=N (default 20000; 0 skips the projection): records of
#   the mix mapped and loaded for the projection, in as many .xml.gz files as there are cores.
# BEFORE_JAR=publd.jar of an earlier build (e.g. ece32df, before issue 10): each input is measured with
#   it first, mapping and writing on one thread as publd map did then, by the same harness in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 300000)
./mvnw -B -q -DskipTests package test-compile
cp="target/publd.jar:target/test-classes"
samples=src/test/resources/samples/pubmed-xml
for n in "${sizes[@]}"; do
  for kind in ${INPUTS:-refs mix}; do
    if [ -n "${BEFORE_JAR:-}" ]; then
      echo "== $n records, input $kind, -Xmx256m, before: $BEFORE_JAR, mapping and writing on one thread =="
      java -Xmx256m -Dbench.inline=true -cp "$BEFORE_JAR:target/test-classes" org.publd.bench.MapBenchmark \
        "$samples" bench/work "$n" "${ROUNDS:-3}" "$kind"
    fi
    echo "== $n records, input $kind, -Xmx256m =="
    java -Xmx256m -cp "$cp" org.publd.bench.MapBenchmark "$samples" bench/work "$n" "${ROUNDS:-3}" "$kind"
  done
done

# The projection: NLM's 2026 baseline is 1,334 files and about 38 million records.
p=${PROJECTION_RECORDS:-20000}
[ "$p" -gt 0 ] || exit 0
BASELINE_FILES=1334
BASELINE_RECORDS=38000000
BASELINE_GZ_BYTES=40000000000
cores=$(nproc)
W=bench/work/projection
rm -rf "$W"; mkdir -p "$W"
inputs=()
for i in $(seq 1 "$cores"); do
  f="$W/mix-$i.xml"
  # PMIDs of its own in each file, as in NLM's baseline: a PMID read again would replace its record.
  java -cp "$cp" org.publd.bench.BenchInput "$samples" $((p / cores)) "$f" mix $((90000000 + (i - 1) * (p / cores)))
  gzip -f "$f"; inputs+=("$f.gz")
done
now() { date +%s.%N; }
j0=$(now)
java -Xmx256m -jar target/publd.jar map --jobs 1 --out-dir "$W/out1" "${inputs[@]}" 2> "$W/map1.log"
t0=$(now)
java -Xmx256m -jar target/publd.jar map --jobs "$cores" --out-dir "$W/out" "${inputs[@]}" 2> "$W/map.log"
t1=$(now)
# Each line of the load's messages stamped with the time it came, to tell the dumps' share.
java -jar target/publd.jar load --db "$W/db" "${inputs[@]}" 2>&1 >/dev/null \
  | while IFS= read -r line; do echo "$(now) $line"; done > "$W/load.log"
t2=$(now)
td=$(awk '/writing the dump/ { print $1; exit }' "$W/load.log")
td=${td:-$t2}
records=$(awk -F'\t' 'NR > 1 { r += $6 } END { print r }' "$W/out/manifest.tsv")
quads=$(awk -F'\t' 'NR > 1 { q += $7 } END { print q }' "$W/out/manifest.tsv")
in_bytes=$(cat "${inputs[@]}" | wc -c)
nq_bytes=$(cat "$W"/out/*.nq.gz | wc -c)
db_bytes=$(du -sb "$W/db" | cut -f1)
dump_bytes=$(du -sb "$W/db/dumps" | cut -f1)
awk -v r="$records" -v q="$quads" -v ib="$in_bytes" -v nb="$nq_bytes" -v db="$db_bytes" -v a="$t0" -v b="$t1" -v c="$t2" \
    -v d="$td" -v dumpb="$dump_bytes" \
    -v j="$j0" -v N="$BASELINE_RECORDS" -v F="$BASELINE_FILES" -v G="$BASELINE_GZ_BYTES" -v cores="$cores" 'BEGIN {
  m = b - a; l = c - b; dumps = c - d; x = N / r; y = G / ib;
  printf "\n== projection to the 2026 baseline (%d files, %d records) on this machine (%d cores) ==\n", F, N, cores;
  printf "measured on %d records of the mix (%.0f triples a record, %.1f KiB of gzipped XML a record) in %d files\n",
    r, q / r, ib / r / 1024, cores;
  printf "map --out-dir --jobs 1: %.1f s, %.0f records/s\n", a - j, r / (a - j);
  printf "map --out-dir --jobs %d: %.1f s, %.0f records/s (speed-up %.2f); N-Quads.gz %.2f KiB a record\n", cores, m, r / m,
    (a - j) / m, nb / r / 1024;
  printf "load (bulk, new database): %.1f s, %.0f records/s, of which writing the three dumps %.1f s;" \
    " database %.1f KiB a record, dumps %.1f KiB a record\n", l, r / l, dumps, (db - dumpb) / r / 1024, dumpb / r / 1024;
  printf "projected map to N-Quads.gz: %.1f h, %.0f GB of .nq.gz (input about %.0f GB of .xml.gz)\n",
    m * x / 3600, nb * x / 1e9, ib * x / 1e9;
  printf "projected load:              %.1f h (%.1f h with --no-dump), %.0f GB of TDB2 database and %.0f GB of dumps" \
    " (at the rate of a small database: a bulk load slows as the indexes outgrow memory)\n",
    l * x / 3600, (l - dumps) * x / 3600, (db - dumpb) * x / 1e9, dumpb * x / 1e9;
  printf "scaled by input size instead (the baseline is about %.0f GB of .xml.gz; these records are larger than most):" \
    " map %.1f h, load %.1f h (%.1f h with --no-dump)\n", G / 1e9, m * y / 3600, l * y / 3600, (l - dumps) * y / 3600 }'
