package uk.consultation.reporting.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

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
 * Everything the operations dashboard shows: throughput by channel over the last hour, consumer lag, dead letters, and
 * each consultation's responses, late responses and review queue (from its figures, so that operators need not read
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

    OperationsController(ConsultationCatalog catalog, FiguresQuery figures, ResponsesPerMinute perMinute,
            KafkaBacklog backlog) {
        this.catalog = catalog;
        this.figures = figures;
        this.perMinute = perMinute;
        this.backlog = backlog;
    }

    @GetMapping("/api/v1/operations")
    OperationsFigures operations() throws InterruptedException {
        Instant now = Instant.now();
        List<ConsultationDefinition> consultations = catalog.all();
        try {
            return new OperationsFigures(
                    consultations.stream().map(c -> ConsultationCounts.of(figures.figures(c, Selection.ALL))).toList(),
                    perMinute.last(MINUTES_SHOWN, now, consultations.stream().map(ConsultationDefinition::id).toList()),
                    backlog.consumerLag(),
                    backlog.deadLetters(),
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
     */
    record OperationsFigures(List<ConsultationCounts> consultations,
            List<ResponsesPerMinute.MinuteFigures> responsesPerMinute, Map<String, Long> consumerLag,
            Map<String, Long> deadLetters, Instant asOf) {
    }

    /** @param needsReview the review queue: responses whose latest coding waits for an analyst */
    record ConsultationCounts(String id, String title, long responses, long late, long needsReview) {

        static ConsultationCounts of(ConsultationFigures figures) {
            return new ConsultationCounts(figures.consultationId(), figures.title(), figures.responses(),
                    figures.late(), figures.needsReview());
        }
    }
}
