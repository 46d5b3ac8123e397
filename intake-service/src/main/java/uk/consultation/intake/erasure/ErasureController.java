package uk.consultation.intake.erasure;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.consultation.intake.kafka.KafkaUnavailableException;
import uk.consultation.intake.mailbox.MailboxUnavailableException;
import uk.consultation.intake.receive.ResponseIdentity;
import uk.consultation.intake.receive.UnknownConsultationException;
import uk.consultation.schemas.consultation.ConsultationCatalog;

/**
 * Erasure on request, for a data-protection officer. {@code 202} once Kafka has the tombstones: the contact details
 * and text leave the log at its next compaction, and the coding without text follows in coding-service.
 */
@RestController
class ErasureController {

    /** What was erased. */
    record Erased(String responseId) {
    }

    private final Erasure erasure;
    private final ReceivedResponses received;
    private final ConsultationCatalog catalog;

    ErasureController(Erasure erasure, ReceivedResponses received, ConsultationCatalog catalog) {
        this.erasure = erasure;
        this.received = received;
        this.catalog = catalog;
    }

    /**
     * By the reference the respondent quotes (it is in their acknowledgement). The log is read to find it, so an
     * unknown reference is a {@code 404}, and one shared by two responses (possible, if unlikely, as references are
     * short) a {@code 409} naming neither: erasing someone else's response cannot be undone.
     */
    @PostMapping("/api/v1/consultations/{consultationId}/references/{reference}/erasure")
    ResponseEntity<?> eraseByReference(@PathVariable String consultationId, @PathVariable String reference) {
        catalog.find(consultationId).orElseThrow(() -> new UnknownConsultationException(consultationId));
        if (!ResponseIdentity.isReference(reference)) {
            return problem(HttpStatus.BAD_REQUEST, "Not a reference", "A reference has the form XXXX-XXXX");
        }
        List<ReceivedResponses.Held> matching = received.held().stream()
                .filter(held -> held.consultationId().equals(consultationId) && held.reference().equals(reference))
                .toList();
        if (matching.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "Unknown reference", "No response to " + consultationId
                    + " has the reference " + reference + ", or it has been erased already");
        }
        if (matching.size() > 1) {
            return problem(HttpStatus.CONFLICT, "Reference shared by several responses", matching.size()
                    + " responses have the reference " + reference + "; erase by response id instead");
        }
        erasure.erase(matching.get(0));
        return ResponseEntity.accepted().body(new Erased(matching.get(0).responseId()));
    }

    /**
     * By response id, for staff who have it (the review page, the receipt). Any well-formed id is accepted: the log is
     * read only to find an email's message in the mailbox, and a tombstone for an id never used removes nothing.
     */
    @PostMapping("/api/v1/responses/{responseId}/erasure")
    ResponseEntity<?> erase(@PathVariable String responseId) {
        try {
            UUID.fromString(responseId);
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, "Not a response id", "A response id is a UUID");
        }
        received.held(responseId).ifPresentOrElse(erasure::erase, () -> erasure.erase(responseId));
        return ResponseEntity.accepted().body(new Erased(responseId));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> kafkaUnavailable(KafkaUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The erasure could not be completed just now. Please try again shortly: asking again is safe.");
        problem.setTitle("Temporarily unable to erase");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, KafkaUnavailableException.RETRY_AFTER_SECONDS)
                .body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> mailboxUnavailable(MailboxUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The response's email could not be deleted from the consultation mailbox just now, so nothing was "
                        + "erased. Please try again shortly: asking again is safe.");
        problem.setTitle("Temporarily unable to erase");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, KafkaUnavailableException.RETRY_AFTER_SECONDS)
                .body(problem);
    }

    private static ResponseEntity<?> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
