#!/usr/bin/env bash
# Builds the benchmark, then compares the sentence models: batched against alone, and CPU a sentence
# (docs/benchmarks.md, Coding accuracy, "Sentence models").
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl bench -am package -DskipTests
exec java -Xmx1g -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" \
    uk.consultation.bench.ModelComparison "$@"
