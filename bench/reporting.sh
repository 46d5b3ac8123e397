#!/usr/bin/env bash
# Builds reporting-service and the benchmark, then runs the reporting benchmark (docs/benchmarks.md). Arguments pass
# through, e.g.
#   bench/reporting.sh --rounds=6 --turn-seconds=10 --freshness-seconds=30
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl bench -am package -DskipTests
exec java -Xmx1g -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" \
    uk.consultation.bench.ReportingBenchmark "$@"
