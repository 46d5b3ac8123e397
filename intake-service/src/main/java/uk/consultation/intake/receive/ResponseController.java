package uk.consultation.intake.receive;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ResponseController {

    private final ResponseIntake intake;

    ResponseController(ResponseIntake intake) {
        this.intake = intake;
    }

    /** 202: the response is durably in Kafka; coding and figures follow asynchronously. */
    @PostMapping("/api/v1/consultations/{consultationId}/responses")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Receipt submit(@PathVariable String consultationId,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @RequestBody ResponseSubmission submission) {
        return intake.receiveOnline(consultationId, idempotencyKey, submission);
    }
}
