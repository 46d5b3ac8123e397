package uk.consultation.reporting.live;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import uk.consultation.schemas.consultation.ConsultationCatalog;

/** Server-Sent Events: event {@code figures} when a consultation's figures have changed, and heartbeat comments. */
@RestController
class FiguresStreamController {

    private final ConsultationCatalog catalog;
    private final FiguresStream stream;

    FiguresStreamController(ConsultationCatalog catalog, FiguresStream stream) {
        this.catalog = catalog;
        this.stream = stream;
    }

    /** Each event's data is {@code {"consultationId": …}}: fetch the figures again. */
    @GetMapping(path = "/api/v1/consultations/{consultationId}/figures/stream",
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter consultation(@PathVariable String consultationId) {
        if (catalog.find(consultationId).isEmpty()) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND,
                    ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No consultation " + consultationId), null);
        }
        return stream.subscribe(consultationId);
    }

    /** Every consultation's changes, for the operations page: each event's data is {@code {"consultationIds": […]}}. */
    @GetMapping(path = "/api/v1/figures/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter everyConsultation() {
        return stream.subscribe(FiguresStream.EVERY_CONSULTATION);
    }
}
