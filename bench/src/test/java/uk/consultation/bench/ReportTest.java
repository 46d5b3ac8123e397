package uk.consultation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final Settings SETTINGS = Settings.parse();
    private static final Figures PRODUCER = new Figures(40_000, 300, 800, 0);

    @Test
    void saysWhichTargetsAreMet() {
        String report = Report.format(SETTINGS, 1_900, measured(1_600, 0.99), measured(4_000, 0.99), PRODUCER);

        assertThat(report)
                .contains("intake / bare: 40%")
                .containsPattern(">= 1,500 accepted responses/s\\s+1,600/s\\s+met")
                .containsPattern(">= 50% of the bare endpoint\\s+40%\\s+NOT MET")
                .doesNotContain("NOTE");
    }

    @Test
    void saysWhenAnEndpointLeftTheMachineIdle() {
        String report = Report.format(SETTINGS, 1_900, measured(3_000, 0.66), measured(4_000, 0.95), PRODUCER);

        assertThat(report).contains("the machine was 66% busy while intake-service was measured")
                .doesNotContain("while bare endpoint");
    }

    @Test
    void givesTheCpuOfEachResponse() {
        String report = Report.format(SETTINGS, 1_900, measured(1_000, 0.99), measured(2_000, 0.99), PRODUCER);

        // 10 s measured: 1,000/s is 10,000 responses; the service used 4 s of CPU, 0.4 ms each
        assertThat(report).containsPattern("intake-service\\s+0\\.400\\s+0\\.100\\s+0\\.100\\s+0\\.600\\s+99%");
    }

    @Test
    void explainsEveryError() {
        LoadGenerator.Measurement withErrors = new LoadGenerator.Measurement(latencies(100), Map.of("HTTP 503", 3L),
                Duration.ofSeconds(10), cpu(0.99));

        assertThat(Report.format(SETTINGS, 1_900, withErrors, measured(2_000, 0.99), PRODUCER))
                .contains("intake-service errors: 3 HTTP 503");
    }

    /** Ten seconds at the given rate; the service used 4 s of CPU, broker and generator 1 s each. */
    private static LoadGenerator.Measurement measured(int perSecond, double machineBusy) {
        return new LoadGenerator.Measurement(latencies(perSecond * 10), Map.of(), Duration.ofSeconds(10),
                cpu(machineBusy));
    }

    private static CpuUse cpu(double machineBusy) {
        Duration capacity = Duration.ofSeconds(20);
        return new CpuUse(Duration.ofSeconds(4), Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofMillis((long) (capacity.toMillis() * machineBusy)), capacity);
    }

    private static Histogram latencies(int count) {
        Histogram histogram = new Histogram(60_000_000L, 3);
        histogram.recordValueWithCount(10_000, count);
        return histogram;
    }
}
