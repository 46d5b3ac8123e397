#!/usr/bin/env bash
# Builds intake-service and the benchmark, then imports a generated export of many rows into intake started with a
# small heap (docs/benchmarks.md). The row count may be given, e.g.
#   bench/imports.sh 50000
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl bench -am package -DskipTests
exec java -Xmx1g -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" \
    uk.consultation.bench.ImportBenchmark "$@"
