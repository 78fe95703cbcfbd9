#!/usr/bin/env bash
# The Spark job in local mode against `publd map --out-dir` (--jobs 1 and --jobs 2) on the same input,
# in the same run (see README.md, "Mapping on Apache Spark").
# Usage: bench/spark-bench.sh [RECORDS] [FILES]   (default: 100000 records in 8 .xml.gz files)
# ROUNDS=N (default 3): rounds of the three runs; each reports its median. HEAP (default 1g): -Xmx of every JVM.
# CORES (default 2): the Spark master is local[CORES].
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:-100000}
files=${2:-8}
rounds=${ROUNDS:-3}
heap=${HEAP:-1g}
cores=${CORES:-2}
per=$((records / files))
work=bench/work/spark-bench
in="$work/in-$records-$files"

# The Spark module builds on the installed PubLD artifact; the benchmark's own classes make the input.
./mvnw -B -q -DskipTests install test-compile
# package also writes spark/target/spark-classpath.txt: Spark as a cluster provides it.
./mvnw -B -q -f spark/pom.xml -DskipTests package
spark_cp=$(cat spark/target/spark-classpath.txt)
# What spark-submit's launcher gives the driver JVM on Java 17 (Spark's JavaModuleOptions), from the module's pom.
spark_opts=$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' spark/pom.xml)

if [ ! -d "$in" ]; then
  echo "generating $files files of $per records from the samples in $in ..."
  mkdir -p "$in"
  java -cp target/publd.jar:target/test-classes org.publd.bench.BenchInput src/test/resources/samples/pubmed-xml \
      "$per" "$work/one.xml"
  gzip -6 -c "$work/one.xml" > "$work/one.xml.gz"
  for i in $(seq -f %04g 1 "$files"); do cp "$work/one.xml.gz" "$in/pubmedbench$i.xml.gz"; done
  rm -f "$work/one.xml" "$work/one.xml.gz"
fi
total=$((per * files))
echo "input: $files files x $per records = $total records, $(du -sh "$in" | cut -f1) gzipped; -Xmx$heap; $(nproc) cores"

publd_map() {  # JOBS OUT
  java -Xmx"$heap" -jar target/publd.jar map --out-dir "$2" --jobs "$1" "$in"/*.xml.gz
}
spark_map() {  # OUT [INPUT]
  # spark-submit is this class; run so, local mode runs the job in this one JVM.
  java -Xmx"$heap" $spark_opts -cp "$spark_cp" org.apache.spark.deploy.SparkSubmit --master "local[$cores]" \
      --conf spark.ui.enabled=false --class org.publd.spark.SparkMapJob spark/target/publd-spark.jar \
      --input "${2:-$in}" --output "$1" --force
}
seconds() {  # COMMAND... : runs it quietly, prints its wall time
  local t0 t1
  t0=$(date +%s.%N)
  "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log"; echo "failed: $*" >&2; exit 1; }
  t1=$(date +%s.%N)
  calc "$t1 - $t0"
}
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

declare -a jobs1 jobs2 spark
for r in $(seq 1 "$rounds"); do
  jobs1+=("$(seconds publd_map 1 "$work/out-jobs1")")
  jobs2+=("$(seconds publd_map 2 "$work/out-jobs2")")
  spark+=("$(seconds spark_map "$work/out-spark")")
  echo "round $r: publd map --jobs 1 ${jobs1[-1]} s, --jobs 2 ${jobs2[-1]} s, Spark local[$cores] ${spark[-1]} s"
done

# Spark's fixed cost: the same job on one file of one record (starting the context, scheduling, stopping).
mkdir -p "$work/tiny"
gzip -c spark/src/test/resources/samples/biopython-pubmed1.xml > "$work/tiny/tiny.xml.gz"
tiny=$(seconds spark_map "$work/out-tiny" "$work/tiny")

# Both paths must have written the same records and quads per file.
cut -f1,6- "$work/out-jobs2/manifest.tsv" > "$work/cli.tsv"
cut -f1,6- "$work/out-spark/manifest.tsv" > "$work/spark.tsv"
if cmp -s "$work/cli.tsv" "$work/spark.tsv"; then agree="equal"; else agree="DIFFERENT (see $work/*.tsv)"; fi

row() { printf '%-34s %8.2f s %8.0f records/s\n' "$1" "$2" "$(calc "$total / $2")"; }
m1=$(median "${jobs1[@]}"); m2=$(median "${jobs2[@]}"); ms=$(median "${spark[@]}")
echo "== $total records in $files files, median of $rounds =="
row "publd map --out-dir --jobs 1" "$m1"
row "publd map --out-dir --jobs 2" "$m2"
row "Spark job, local[$cores]" "$ms"
printf 'Spark against --jobs 2: %+.2f s (%+.0f %%); a Spark run of one 2-record file: %.2f s\n' \
    "$(calc "$ms - $m2")" "$(calc "($ms - $m2) * 100 / $m2")" "$tiny"
echo "records and quads per file, Spark against publd map: $agree"
