package uk.consultation.reporting.dashboard;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Whether the figures are catching up: the slope of a least-squares line through the recent samples of the backlog.
 *
 * @param records          records the coding and reporting groups have still to read, together: each a response
 *                         (or a recoding) the figures do not yet count
 * @param direction        {@code growing}, {@code shrinking}, {@code steady}, or {@code unknown} until there are two
 *                         samples
 * @param recordsPerSecond how fast it grows or shrinks; absent while unknown
 * @param catchUpSeconds   at that rate, how long until the figures have caught up; only while shrinking
 */
record BacklogTrend(long records, String direction, @Nullable Double recordsPerSecond,
        @Nullable Long catchUpSeconds) {

    /** Below this, in records a second, the backlog is steady: a few records over the trend's span. */
    static final double STEADY_BELOW = 0.05;

    record Sample(Instant at, long records) {
    }

    static BacklogTrend of(long records, List<Sample> samples) {
        if (samples.size() < 2) {
            return new BacklogTrend(records, "unknown", null, null);
        }
        Instant origin = samples.get(0).at();
        double n = samples.size();
        double sumT = 0;
        double sumR = 0;
        double sumTT = 0;
        double sumTR = 0;
        for (Sample sample : samples) {
            double t = (sample.at().toEpochMilli() - origin.toEpochMilli()) / 1000.0;
            sumT += t;
            sumR += sample.records();
            sumTT += t * t;
            sumTR += t * sample.records();
        }
        double spread = n * sumTT - sumT * sumT;
        if (spread <= 0) {
            return new BacklogTrend(records, "unknown", null, null);
        }
        double slope = (n * sumTR - sumT * sumR) / spread;
        double rate = Math.round(Math.abs(slope) * 10) / 10.0;
        if (Math.abs(slope) < STEADY_BELOW) {
            return new BacklogTrend(records, "steady", 0.0, null);
        }
        if (slope > 0) {
            return new BacklogTrend(records, "growing", rate, null);
        }
        return new BacklogTrend(records, "shrinking", rate, Math.round(records / -slope));
    }
}
