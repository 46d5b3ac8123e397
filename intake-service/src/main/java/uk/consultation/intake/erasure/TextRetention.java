package uk.consultation.intake.erasure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import uk.consultation.intake.mailbox.MailboxUnavailableException;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;

/**
 * Enforces each consultation's {@code retainTextFor}: once its closing time plus that period has passed, every
 * response to it is erased, as on request; a response arriving later still is erased at the next run. At start and
 * then every {@code intake.retention.interval}. Idempotent, so a run cut short, or one on each of several intake
 * instances, does no harm: erased responses are no longer held, and the next run takes the rest.
 */
@Component
class TextRetention implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TextRetention.class);

    private final ConsultationCatalog catalog;
    private final ReceivedResponses received;
    private final Erasure erasure;
    private final Clock clock;
    private final Duration interval;
    private @Nullable ScheduledExecutorService scheduler;

    TextRetention(ConsultationCatalog catalog, ReceivedResponses received, Erasure erasure, Clock clock,
            RetentionSettings settings) {
        this.catalog = catalog;
        this.received = received;
        this.erasure = erasure;
        this.clock = clock;
        this.interval = settings.interval();
    }

    /** The consultations whose texts are due for erasure at the given time. */
    static Set<String> due(Collection<ConsultationDefinition> consultations, Instant now) {
        return consultations.stream()
                .filter(consultation -> consultation.textErasureDue().filter(due -> !due.isAfter(now)).isPresent())
                .map(ConsultationDefinition::id)
                .collect(Collectors.toSet());
    }

    /** @return how many responses were erased */
    int eraseDue() {
        Set<String> due = due(catalog.all(), clock.instant());
        if (due.isEmpty()) {
            return 0;
        }
        int erased = 0;
        for (ReceivedResponses.Held held : received.held()) {
            if (due.contains(held.consultationId())) {
                try {
                    erasure.erase(held);
                    erased++;
                } catch (MailboxUnavailableException e) {
                    // Still held, so the next run erases it
                    log.warn("Retention: response {} not erased yet: {}", held.responseId(), e.getMessage());
                }
            }
        }
        log.info("Retention: erased {} responses of {}", erased, due);
        return erased;
    }

    private void run() {
        try {
            if (!catalog.awaitCaughtUp(Duration.ofMinutes(5))) {
                log.warn("Retention not enforced yet: the consultations are not all known");
                return;
            }
            eraseDue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // Kafka away, most likely: the next run takes what this one could not
            log.warn("Retention run failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("retention-");
        threads.setDaemon(true);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(threads);
        executor.scheduleWithFixedDelay(this::run, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        scheduler = executor;
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
