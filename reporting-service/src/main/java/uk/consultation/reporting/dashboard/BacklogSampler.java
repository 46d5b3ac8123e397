package uk.consultation.reporting.dashboard;

import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Samples the backlog every {@code reporting.operations.sample-every}, so that the trend is known when staff first
 * look, not only once they have watched for a while. Every instance does; the samples are per period, so two
 * instances sampling in one period keep one.
 */
@Component
class BacklogSampler {

    private static final Logger log = LoggerFactory.getLogger(BacklogSampler.class);

    private final KafkaBacklog backlog;
    private final BacklogSamples samples;

    BacklogSampler(KafkaBacklog backlog, BacklogSamples samples) {
        this.backlog = backlog;
        this.samples = samples;
    }

    @Scheduled(initialDelayString = "${reporting.operations.sample-every}",
            fixedDelayString = "${reporting.operations.sample-every}")
    void sample() throws InterruptedException {
        try {
            samples.sample(backlog.consumerLag().values().stream().mapToLong(Long::longValue).sum(), Instant.now());
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // The next tick tries again; a missing sample only widens the gap between two.
            log.warn("No backlog sample this time: {}", e.toString());
        }
    }
}
