#!/usr/bin/env bash
# Builds coding-service and the benchmark, then times emerging-themes passes over a surge (docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl bench -am package -DskipTests
exec java -Xmx1g -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" \
    uk.consultation.coding.emerging.EmergingThemesBenchmark "$@"
