package uk.consultation.reporting.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.consultation.reporting.figures.ConsultationFigures;
import uk.consultation.reporting.figures.FiguresQuery;
import uk.consultation.reporting.figures.Selection;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;

/**
 * Everything the operations dashboard shows: throughput by channel over the last hour, consumer lag, how far behind
 * the figures are in time and whether they are catching up, dead letters, and each consultation's responses, late
 * responses and review queue (from its figures, so that operators need not read
 * the figures themselves, which are for report authors).
 */
@RestController
class OperationsController {

    static final int MINUTES_SHOWN = 60;

    private static final Logger log = LoggerFactory.getLogger(OperationsController.class);

    private final ConsultationCatalog catalog;
    private final FiguresQuery figures;
    private final ResponsesPerMinute perMinute;
    private final KafkaBacklog backlog;
    private final UncountedResponses uncounted;
    private final BacklogSamples samples;

    OperationsController(ConsultationCatalog catalog, FiguresQuery figures, ResponsesPerMinute perMinute,
            KafkaBacklog backlog, UncountedResponses uncounted, BacklogSamples samples) {
        this.catalog = catalog;
        this.figures = figures;
        this.perMinute = perMinute;
        this.backlog = backlog;
        this.uncounted = uncounted;
        this.samples = samples;
    }

    @GetMapping("/api/v1/operations")
    OperationsFigures operations() throws InterruptedException {
        Instant now = Instant.now();
        List<ConsultationDefinition> consultations = catalog.all();
        try {
            Map<String, Long> lag = backlog.consumerLag();
            // A fresh sample with every look, besides the sampler's, so the trend ends at what the page shows.
            UncountedResponses.Found found = uncounted.oldest();
            List<ConsultationCounts> counts = consultations.stream().map(c -> ConsultationCounts.of(
                    figures.figures(c, Selection.ALL), Behind.of(found.oldest().get(c.id()), found.cut(), now)))
                    .toList();
            UncountedResponses.Oldest oldest = found.oldest().values().stream()
                    .filter(each -> each.acceptedAt() != null)
                    .min(Comparator.comparing(UncountedResponses.Oldest::acceptedAt))
                    .orElse(null);
            return new OperationsFigures(counts,
                    perMinute.last(MINUTES_SHOWN, now, consultations.stream().map(ConsultationDefinition::id).toList()),
                    lag,
                    backlog.deadLetters(),
                    Behind.of(oldest, found.cut(), now),
                    samples.sample(lag.values().stream().mapToLong(Long::longValue).sum(), now),
                    now);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Kafka did not answer about offsets", e);
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, ProblemDetail.forStatusAndDetail(
                    HttpStatus.SERVICE_UNAVAILABLE, "Kafka did not answer about offsets; try again shortly"), e);
        }
    }

    /**
     * @param consumerLag records each consumer group has still to read, by group id
     * @param deadLetters records each dead-letter topic has received, by topic
     * @param behind      how far behind the figures are in time, over every consultation
     * @param backlog     whether the records still to count grow or shrink, and how fast
     */
    record OperationsFigures(List<ConsultationCounts> consultations,
            List<ResponsesPerMinute.MinuteFigures> responsesPerMinute, Map<String, Long> consumerLag,
            Map<String, Long> deadLetters, Behind behind, BacklogTrend backlog, Instant asOf) {
    }

    /**
     * @param needsReview the review queue: responses whose latest coding waits for an analyst
     * @param behind      how far behind this consultation's figures are in time
     */
    record ConsultationCounts(String id, String title, long responses, long late, long needsReview, Behind behind) {

        static ConsultationCounts of(ConsultationFigures figures, Behind behind) {
            return new ConsultationCounts(figures.consultationId(), figures.title(), figures.responses(),
                    figures.late(), figures.needsReview(), behind);
        }
    }

    /**
     * @param oldestUncountedAcceptedAt when intake accepted the oldest response the figures do not yet count; absent
     *                                  when none was found
     * @param seconds                   how long ago that was: how far behind the figures are
     * @param atLeast                   the look was bounded and stopped short of a partition's end, so an older one
     *                                  may lie beyond it: behind by at least this much
     */
    record Behind(@Nullable Instant oldestUncountedAcceptedAt, long seconds, boolean atLeast) {

        static Behind of(UncountedResponses.@Nullable Oldest oldest, boolean cut, Instant now) {
            Instant acceptedAt = oldest == null ? null : oldest.acceptedAt();
            // Clocks of different hosts may disagree by a little: never behind by less than nothing.
            long seconds = acceptedAt == null ? 0 : Math.max(0, Duration.between(acceptedAt, now).toSeconds());
            return new Behind(acceptedAt, seconds, oldest == null ? cut : oldest.atLeast());
        }
    }
}
