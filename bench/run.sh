#!/usr/bin/env bash
# Builds intake-service and the benchmark, then runs it (docs/benchmarks.md). Arguments pass through, e.g.
#   bench/run.sh --connections=64 --seconds=60
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl bench -am package -DskipTests
exec java -Xmx1g -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" \
    uk.consultation.bench.Benchmark "$@"
