package uk.consultation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProducerPerformanceRunTest {

    @Test
    void readsTheClosingSummaryNotTheProgressLines() {
        String output = """
                120433 records sent, 24086.6 records/sec (66.30 MB/sec), 380.2 ms avg latency, 912.0 ms max latency.
                300000 records sent, 25510.204082 records/sec (70.21 MB/sec), 371.41 ms avg latency, 950.00 ms max latency, 355 ms 50th, 640 ms 95th, 802 ms 99th, 930 ms 99.9th.
                """;

        assertThat(ProducerPerformanceRun.summary(output)).contains(new Figures(25510.204082, 355, 802, 0));
    }

    @Test
    void hasNoFiguresWithoutASummary() {
        assertThat(ProducerPerformanceRun.summary("Exception in thread \"main\" ...")).isEmpty();
    }
}
