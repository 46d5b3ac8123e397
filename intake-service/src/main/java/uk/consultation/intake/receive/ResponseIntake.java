package uk.consultation.intake.receive;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.response.ResponseReceived;

/** Receives responses from the online form and the API. */
@Service
public class ResponseIntake {

    private final ResponseRecorder recorder;
    private final Clock clock;

    ResponseIntake(ResponseRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    public Receipt receiveOnline(String consultationId, @Nullable String idempotencyKey, ResponseSubmission submission) {
        ConsultationDefinition consultation = recorder.consultation(consultationId);
        List<FieldError> problems = SubmissionValidator.problems(submission, consultation);
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems);
        }
        var respondent = submission.respondent();
        // Answers in question order, so the same response with its fields in another order is the same content
        ResponseIdentity identity = ResponseIdentity.of(consultationId, idempotencyKey,
                List.of(Channel.ONLINE, respondent, new TreeMap<>(submission.answers())));
        Instant receivedAt = clock.instant();
        ResponseReceived received = new ResponseReceived(identity.responseId(), consultationId, identity.reference(),
                Channel.ONLINE, receivedAt, consultation.isLate(receivedAt),
                new ResponseReceived.Respondent(RespondentType.fromWireName(respondent.type()).orElseThrow(),
                        Text.blankToNull(respondent.organisationName())),
                answers(submission), null, List.of(),
                new ResponseReceived.Source(idempotencyKey, null, null, null, null));
        return recorder.record(received, identity.keyUse(), Text.blankToNull(respondent.name()),
                Text.blankToNull(respondent.email()));
    }

    private static Map<String, ResponseReceived.Answer> answers(ResponseSubmission submission) {
        Map<String, ResponseReceived.Answer> answers = new LinkedHashMap<>();
        submission.answers().forEach((questionId, answer) -> answers.put(questionId, new ResponseReceived.Answer(
                answer.position() == null ? null : Position.fromWireName(answer.position()).orElseThrow(),
                Text.blankToNull(answer.comment()))));
        return answers;
    }
}
