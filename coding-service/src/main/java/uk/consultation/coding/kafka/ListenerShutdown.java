package uk.consultation.coding.kafka;

import java.time.Duration;

import org.springframework.kafka.listener.ContainerProperties;

/**
 * How a listener stops, so that the service is gone within 10 s of a SIGTERM: after the record in hand, not after the
 * rest of those its last poll took (up to 500, minutes of coding in a surge), and waited for a bounded time. Records
 * not done are delivered again after the restart, and coded the same way.
 */
public final class ListenerShutdown {

    static final Duration WITHIN = Duration.ofSeconds(2);

    private ListenerShutdown() {
    }

    public static void bound(ContainerProperties listener) {
        listener.setStopImmediate(true);
        listener.setShutdownTimeout(WITHIN.toMillis());
    }
}
