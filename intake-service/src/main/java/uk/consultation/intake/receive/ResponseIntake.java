package uk.consultation.intake.receive;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.response.ResponseContact;
import uk.consultation.schemas.response.ResponseReceived;

/** Turns a valid submission into events and confirms it only once Kafka has acknowledged them. */
@Service
class ResponseIntake {

    private static final Logger log = LoggerFactory.getLogger(ResponseIntake.class);

    private final ConsultationCatalog catalog;
    private final EventPublisher publisher;
    private final Clock clock;

    ResponseIntake(ConsultationCatalog catalog, EventPublisher publisher, Clock clock) {
        this.catalog = catalog;
        this.publisher = publisher;
        this.clock = clock;
    }

    Receipt receiveOnline(String consultationId, @Nullable String idempotencyKey, ResponseSubmission submission) {
        ConsultationDefinition consultation = catalog.find(consultationId)
                .orElseThrow(() -> new UnknownConsultationException(consultationId));
        List<FieldError> problems = SubmissionValidator.problems(submission, consultation);
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems);
        }
        ResponseIdentity identity = ResponseIdentity.of(consultationId, idempotencyKey);
        Instant receivedAt = clock.instant();
        var respondent = submission.respondent();
        ResponseReceived received = new ResponseReceived(identity.responseId(), consultationId, identity.reference(),
                Channel.ONLINE, receivedAt, consultation.isLate(receivedAt),
                new ResponseReceived.Respondent(RespondentType.fromWireName(respondent.type()).orElseThrow(),
                        blankToNull(respondent.organisationName())),
                answers(submission), null, List.of(),
                new ResponseReceived.Source(idempotencyKey, null, null, null, null));

        // Contact details first: a response is never confirmed while the means to acknowledge it could be missing.
        if (!isBlank(respondent.name()) || !isBlank(respondent.email())) {
            publisher.publish(Topics.RESPONSE_CONTACTS, identity.responseId(), new ResponseContact(
                    identity.responseId(), consultationId, blankToNull(respondent.name()),
                    blankToNull(respondent.email())));
        }
        publisher.publish(Topics.RESPONSES_RECEIVED, identity.responseId(), received);
        log.info("Received response {} to {} online{}", identity.responseId(), consultationId,
                received.late() ? " (late)" : "");
        return new Receipt(identity.responseId(), identity.reference(), receivedAt);
    }

    private static Map<String, ResponseReceived.Answer> answers(ResponseSubmission submission) {
        Map<String, ResponseReceived.Answer> answers = new LinkedHashMap<>();
        submission.answers().forEach((questionId, answer) -> answers.put(questionId, new ResponseReceived.Answer(
                answer.position() == null ? null : Position.fromWireName(answer.position()).orElseThrow(),
                blankToNull(answer.comment()))));
        return answers;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return isBlank(value) ? null : value.strip();
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
