package uk.consultation.bench;

/**
 * What one contender achieved: records (for intake, accepted responses) per second and latency percentiles.
 *
 * @param errors requests that were not accepted (any status but 202, or no answer); always 0 for ProducerPerformance
 */
record Figures(double perSecond, double p50Millis, double p99Millis, long errors) {
}
