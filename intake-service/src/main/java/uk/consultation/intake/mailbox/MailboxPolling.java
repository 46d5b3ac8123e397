package uk.consultation.intake.mailbox;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import uk.consultation.intake.email.EmailIntake;
import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.intake.mailbox.MailboxProperties.ConsultationMailbox;

/** Polls each configured mailbox on a thread of its own, so that a slow server holds up only its own consultation. */
@Component
class MailboxPolling implements SmartLifecycle {

    private final List<ConsultationMailbox> mailboxes;
    private final List<MailboxPoller> pollers;
    private @Nullable ScheduledExecutorService scheduler;

    MailboxPolling(MailboxProperties properties, EmailIntake intake, EventPublisher publisher, Clock clock,
            MeterRegistry meters) {
        this.mailboxes = properties.configured();
        this.pollers = mailboxes.stream()
                .map(mailbox -> new MailboxPoller(mailbox, intake, publisher, clock, meters))
                .toList();
    }

    @Override
    public synchronized void start() {
        if (pollers.isEmpty()) {
            return;
        }
        CustomizableThreadFactory threads = new CustomizableThreadFactory("mailbox-");
        threads.setDaemon(true);
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(pollers.size(), threads);
        for (int i = 0; i < pollers.size(); i++) {
            executor.scheduleWithFixedDelay(pollers.get(i)::poll, 0, mailboxes.get(i).pollInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        scheduler = executor;
    }

    /**
     * Interrupts a poll under way. A message cut off between Kafka's acknowledgement and its move is read again after
     * a restart, and its Message-ID makes it the same response.
     */
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
