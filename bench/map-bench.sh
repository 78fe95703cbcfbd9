#!/usr/bin/env bash
# Benchmark of `publd map` against a baseline measured in the same run (see README.md, "Benchmarks").
# Usage: bench/map-bench.sh [RECORDS...]   (default: 100000 300000), each run with -Xmx256m.
# ROUNDS=N (default 3): rounds of the three phases; each phase reports its median.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 300000)
./mvnw -B -q -DskipTests package test-compile
cp="target/publd.jar:target/test-classes"
for n in "${sizes[@]}"; do
  echo "== $n records, -Xmx256m =="
  java -Xmx256m -cp "$cp" org.publd.bench.MapBenchmark src/test/resources/samples/pubmed-xml bench/work "$n" "${ROUNDS:-3}"
done
