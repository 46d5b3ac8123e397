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

    /** The counts without the responses a prefix marks (late, campaign): each counter less its share under it. */
    Totals without(String prefix) {
        Map<String, Long> rest = new HashMap<>();
        counts.forEach((counter, n) -> {
            if (!counter.startsWith(prefix)) {
                rest.put(counter, n - count(prefix + counter));
            }
        });
        return new Totals(rest, asOf);
    }

    /** The counts of only the responses a prefix marks. */
    Totals only(String prefix) {
        Map<String, Long> marked = new HashMap<>();
        counts.forEach((counter, n) -> {
            if (counter.startsWith(prefix)) {
                marked.put(counter.substring(prefix.length()), n);
            }
        });
        return new Totals(marked, asOf);
    }

    /** How many responses each campaign has, by campaign id. */
    Map<String, Long> campaignSizes() {
        Map<String, Long> sizes = new HashMap<>();
        counts.forEach((counter, n) -> {
            if (counter.startsWith(CounterPaths.CAMPAIGN_SIZES) && n > 0) {
                sizes.put(counter.substring(CounterPaths.CAMPAIGN_SIZES.length()), n);
            }
        });
        return sizes;
    }
}
