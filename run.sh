#!/usr/bin/env bash
# Builds the services and starts the whole system on this machine: a real Kafka broker (KRaft), the embedded
# Mongo-compatible store, and intake, coding and reporting, with the example consultation loaded. Ctrl-C stops it.
# Set KAFKA_BOOTSTRAP_SERVERS and/or MONGODB_URI to use running ones instead of the embedded ones.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B package -DskipTests
exec java -jar local-stack/target/local-stack-0.1.0-SNAPSHOT-exec.jar
