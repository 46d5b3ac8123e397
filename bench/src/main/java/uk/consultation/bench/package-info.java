/**
 * The benchmarks: intake against the same service with publishing switched off and Kafka's own ProducerPerformance;
 * reporting's figures ledger against raw upserts; coding against the raw embedding model; and the whole system under a
 * surge of responses, end to end. See docs/benchmarks.md.
 */
@NullMarked
package uk.consultation.bench;

import org.jspecify.annotations.NullMarked;
