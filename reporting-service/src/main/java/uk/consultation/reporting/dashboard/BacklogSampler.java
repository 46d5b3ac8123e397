package uk.consultation.reporting.dashboard;

import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Samples the backlog every {@code reporting.operations.sample-every}, so that the trend is known when staff first
 * look, not only once they have watched for a while. Every instance does; the samples are per period, so two
 * instances sampling in one period keep one.
 */
@Component
class BacklogSampler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BacklogSampler.class);

    private final KafkaBacklog backlog;
    private final BacklogSamples samples;
    private final OperationsSettings settings;
    private @Nullable ScheduledExecutorService ticks;

    BacklogSampler(KafkaBacklog backlog, BacklogSamples samples, OperationsSettings settings) {
        this.backlog = backlog;
        this.samples = samples;
        this.settings = settings;
    }

    private void sample() {
        try {
            samples.sample(backlog.consumerLag().values().stream().mapToLong(Long::longValue).sum(), Instant.now());
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // The next tick tries again; a missing sample only widens the gap between two.
            log.warn("No backlog sample this time: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                new CustomizableThreadFactory("backlog-sampler-"));
        long every = settings.sampleEvery().toMillis();
        executor.scheduleWithFixedDelay(this::sample, every, every, TimeUnit.MILLISECONDS);
        ticks = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = ticks;
        if (executor != null) {
            executor.shutdownNow();
            ticks = null;
        }
    }

    @Override
    public boolean isRunning() {
        return ticks != null;
    }
}
