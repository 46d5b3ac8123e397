package uk.consultation.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Prometheus histogram as a service's {@code /actuator/prometheus} shows it at one moment: for each bucket's upper
 * bound, how many observations so far were at most that. The difference of two readings is what was observed between
 * them, so percentiles can be taken for a phase of a run. A percentile is known only to the bucket it falls in, and
 * is given as that bucket's upper bound: the resolution is the buckets'.
 *
 * @param atMost cumulative counts by upper bound in seconds, {@code +Inf} last
 */
record HistogramBuckets(TreeMap<Double, Long> atMost) {

    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    /** Every series of the metric's buckets (all tag values together) in a Prometheus text exposition. */
    static HistogramBuckets parse(String exposition, String metric) {
        TreeMap<Double, Long> atMost = new TreeMap<>();
        for (String line : exposition.split("\n")) {
            if (line.startsWith(metric + "_bucket{")) {
                Matcher le = LE.matcher(line);
                if (le.find()) {
                    double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
                    long count = (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    atMost.merge(bound, count, Long::sum);
                }
            }
        }
        return new HistogramBuckets(atMost);
    }

    /** What was observed since {@code earlier}. */
    HistogramBuckets since(HistogramBuckets earlier) {
        TreeMap<Double, Long> difference = new TreeMap<>();
        atMost.forEach((bound, count) -> difference.put(bound, count - earlier.atMost.getOrDefault(bound, 0L)));
        return new HistogramBuckets(difference);
    }

    long count() {
        return atMost.isEmpty() ? 0 : atMost.lastEntry().getValue();
    }

    /**
     * The upper bound of the bucket the given percentile falls in, in seconds; infinite when beyond the last bound,
     * NaN when nothing was observed.
     */
    double percentile(double percent) {
        long count = count();
        if (count == 0) {
            return Double.NaN;
        }
        long rank = (long) Math.ceil(percent / 100 * count);
        for (Map.Entry<Double, Long> bucket : atMost.entrySet()) {
            if (bucket.getValue() >= Math.max(1, rank)) {
                return bucket.getKey();
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The bucket bounds either side of {@code seconds}: how finely a figure near it can be told. */
    String resolutionAt(double seconds) {
        Double below = atMost.floorKey(seconds);
        Double above = atMost.higherKey(seconds);
        return "%s s to %s s".formatted(below == null ? "0" : seconds(below), above == null ? "?" : seconds(above));
    }

    static String seconds(double bound) {
        return Double.isInfinite(bound) ? "+Inf" : Double.isNaN(bound) ? "-" : "%.3f".formatted(bound);
    }
}
