package uk.consultation.reporting.figures;

import java.time.Instant;
import java.util.HashMap;
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

    /** How many of the responses counted were late. */
    long late() {
        return count(CounterPaths.late(CounterPaths.RESPONSES));
    }

    /** The counts as if the late responses had not arrived: each counter less its late share. */
    Totals excludingLate() {
        Map<String, Long> onTime = new HashMap<>();
        counts.forEach((counter, n) -> {
            if (!CounterPaths.isLate(counter)) {
                onTime.put(counter, n - count(CounterPaths.late(counter)));
            }
        });
        return new Totals(onTime, asOf);
    }
}
