/**
 * The intake throughput benchmark: a load generator against intake-service, the same service with publishing switched
 * off, and Kafka's own ProducerPerformance, on one broker in one run. See docs/benchmarks.md.
 */
@NullMarked
package uk.consultation.bench;

import org.jspecify.annotations.NullMarked;
