# Sourced by serve-bench.sh and soak-bench.sh (from the project's root): builds publd and the bench
# classes of the test sources, and makes the database of real records both serve.
WORK=bench/work
CP="target/publd.jar:target/test-classes"
MVN=./mvnw; [ -x "$MVN" ] || MVN=mvn
mkdir -p "$WORK"
"$MVN" -B -q -DskipTests package test-compile >/dev/null

# bench_db RECORDS BASE: sets DB to $WORK/db-RECORDS, RECORDS copies of the samples (PMIDs from 90000000, written by
# org.publd.bench.BenchInput) loaded with `publd load --loader=bulk` the first time it is asked for.
bench_db() {
  local input="$WORK/bench-$1.xml"
  DB="$WORK/db-$1"
  if [[ ! -d "$DB" ]]; then
    [[ -f "$input" ]] || java -cp "$CP" org.publd.bench.BenchInput src/test/resources/samples/pubmed-xml "$1" "$input"
    echo "Loading $input into $DB..." >&2
    java -Xmx3g -jar target/publd.jar load --loader=bulk --base "$2" --db "$DB" "$input"
  fi
}
