package uk.consultation.reporting.figures;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A consultation's counters summed over its partitions' figures.
 *
 * @param asOf when the figures last changed; absent before the first response
 */
record Totals(Map<String, Long> counts, @Nullable Instant asOf) {

    Totals {
        counts = Map.copyOf(counts);
    }

    long count(String counter) {
        return counts.getOrDefault(counter, 0L);
    }
}
