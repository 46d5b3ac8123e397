package uk.consultation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistogramBucketsTest {

    private static final String BEFORE = """
            # HELP reporting_freshness_seconds From intake's acceptance of a response to its first coding changing the figures
            # TYPE reporting_freshness_seconds histogram
            reporting_freshness_seconds_bucket{application="reporting-service",le="0.5"} 10
            reporting_freshness_seconds_bucket{application="reporting-service",le="1.0"} 10
            reporting_freshness_seconds_bucket{application="reporting-service",le="5.0"} 10
            reporting_freshness_seconds_bucket{application="reporting-service",le="+Inf"} 10
            reporting_freshness_seconds_count{application="reporting-service"} 10
            other_seconds_bucket{le="0.5"} 99
            """;
    private static final String AFTER = """
            reporting_freshness_seconds_bucket{application="reporting-service",le="0.5"} 60
            reporting_freshness_seconds_bucket{application="reporting-service",le="1.0"} 95
            reporting_freshness_seconds_bucket{application="reporting-service",le="5.0"} 109
            reporting_freshness_seconds_bucket{application="reporting-service",le="+Inf"} 110
            """;

    @Test
    void percentilesOfWhatWasObservedBetweenTwoReadingsAreTheirBucketsUpperBounds() {
        HistogramBuckets phase = HistogramBuckets.parse(AFTER, "reporting_freshness_seconds")
                .since(HistogramBuckets.parse(BEFORE, "reporting_freshness_seconds"));

        assertThat(phase.count()).isEqualTo(100);
        assertThat(phase.percentile(50)).isEqualTo(0.5);
        assertThat(phase.percentile(51)).isEqualTo(1.0);
        assertThat(phase.percentile(99)).isEqualTo(5.0);
        assertThat(phase.percentile(100)).isInfinite();
    }

    @Test
    void nothingObservedHasNoPercentile() {
        HistogramBuckets none = HistogramBuckets.parse(BEFORE, "reporting_freshness_seconds")
                .since(HistogramBuckets.parse(BEFORE, "reporting_freshness_seconds"));

        assertThat(none.count()).isZero();
        assertThat(none.percentile(99)).isNaN();
    }

    @Test
    void addsUpTheSeriesOfEveryTagValue() {
        HistogramBuckets both = HistogramBuckets.parse("""
                m_bucket{outcome="a",le="1.0"} 3
                m_bucket{outcome="a",le="+Inf"} 4
                m_bucket{outcome="b",le="1.0"} 1
                m_bucket{outcome="b",le="+Inf"} 1
                """, "m");

        assertThat(both.count()).isEqualTo(5);
        assertThat(both.resolutionAt(0.5)).isEqualTo("0 s to 1.000 s");
    }
}
