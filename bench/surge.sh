#!/usr/bin/env bash
# Builds the services and the benchmark, then starts the whole system as ./run.sh does (with the services' production
# JVM settings) and posts a surge of responses through it (docs/benchmarks.md). Arguments pass through, e.g.
#   bench/surge.sh --responses=2000 --sigterm-check
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl bench -am package -DskipTests
# the broker, the store and the mailbox run in the benchmark's JVM, as in ./run.sh's local stack
exec java -Xmx2g -Dlogback.configurationFile=surge-logback.xml -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" \
    uk.consultation.bench.SurgeBenchmark "$@"
