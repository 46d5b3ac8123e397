package uk.consultation.reporting.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;

/**
 * The operations dashboard's figures that are not per-consultation figures: throughput by channel over the last hour,
 * consumer lag and dead letters. Review queue and late counts are in each consultation's figures.
 */
@RestController
class OperationsController {

    static final int MINUTES_SHOWN = 60;

    private final ConsultationCatalog catalog;
    private final ResponsesPerMinute perMinute;
    private final KafkaBacklog backlog;

    OperationsController(ConsultationCatalog catalog, ResponsesPerMinute perMinute, KafkaBacklog backlog) {
        this.catalog = catalog;
        this.perMinute = perMinute;
        this.backlog = backlog;
    }

    @GetMapping("/api/v1/operations")
    OperationsFigures operations() throws InterruptedException {
        Instant now = Instant.now();
        List<ConsultationDefinition> consultations = catalog.all();
        try {
            return new OperationsFigures(
                    consultations.stream().map(c -> new ConsultationName(c.id(), c.title())).toList(),
                    perMinute.last(MINUTES_SHOWN, now, consultations.stream().map(ConsultationDefinition::id).toList()),
                    backlog.consumerLag(),
                    backlog.deadLetters(),
                    now);
        } catch (ExecutionException | TimeoutException e) {
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, ProblemDetail.forStatusAndDetail(
                    HttpStatus.SERVICE_UNAVAILABLE, "Kafka did not answer about offsets: " + e.getMessage()), e);
        }
    }

    /**
     * @param consumerLag records each consumer group has still to read, by group id
     * @param deadLetters records each dead-letter topic has received, by topic
     */
    record OperationsFigures(List<ConsultationName> consultations,
            List<ResponsesPerMinute.MinuteFigures> responsesPerMinute, Map<String, Long> consumerLag,
            Map<String, Long> deadLetters, Instant asOf) {
    }

    record ConsultationName(String id, String title) {
    }
}
