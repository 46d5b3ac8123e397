package uk.consultation.reporting.live;

import java.time.Duration;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** How long a new response takes from intake's acceptance to a change in the figures. */
@Component
class Freshness {

    static final String FRESHNESS = "reporting.freshness";

    private final Timer timer;

    Freshness(MeterRegistry meters) {
        this.timer = Timer.builder(FRESHNESS)
                .description("From intake's acceptance of a response to its first coding changing the figures")
                .publishPercentileHistogram()
                .register(meters);
    }

    @EventListener
    void measure(FiguresChanged change) {
        Instant now = Instant.now();
        for (FiguresChanged.Coding coding : change.codings()) {
            Instant acceptedAt = coding.acceptedAt();
            if (acceptedAt != null) {
                // Clocks of different hosts may disagree by a little: a negative age says nothing.
                Duration age = Duration.between(acceptedAt, now);
                if (!age.isNegative()) {
                    timer.record(age);
                }
            }
        }
    }
}
