#!/usr/bin/env bash
# Checks that a database written by `publd load` answers the same in a stock Apache Jena Fuseki
# 5.6.0 as in-process: runs TestFusekiCompat (also part of every `mvnw verify`), for which the build
# copies the server jar from Maven Central into target/fuseki/. The test starts
#   java -jar jena-fuseki-server-5.6.0.jar --localhost --port=P --tdb2 --loc DB --set tdb2:unionDefaultGraph=true /ds
# on a free port of 127.0.0.1 and compares the answers of the same queries.
set -euo pipefail
cd "$(dirname "$0")/.."
MVN=./mvnw; [ -x "$MVN" ] || MVN=mvn
mkdir -p bench/work
LOG=bench/work/fuseki-compat.log
if "$MVN" -B test -Dtest=TestFusekiCompat >"$LOG" 2>&1 \
    && grep -q 'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0' "$LOG"; then
  echo "fuseki-compat: OK, stock Fuseki 5.6.0 and the in-process store give the same answers"
else
  grep -E 'expected|FAIL|Skipped: 1|ERROR' "$LOG" | head -20
  echo "fuseki-compat: FAILED (full log: $LOG)"; exit 1
fi
