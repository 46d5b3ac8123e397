package uk.consultation.intake.letter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import uk.consultation.intake.receive.FieldError;
import uk.consultation.intake.receive.InvalidSubmissionException;
import uk.consultation.intake.receive.Receipt;
import uk.consultation.intake.receive.ResponseIdentity;
import uk.consultation.intake.receive.ResponseRecorder;
import uk.consultation.intake.receive.Text;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.response.ResponseReceived;

/** Receives staff transcriptions of posted letters. */
@Service
class LetterIntake {

    static final int MAX_TEXT_LENGTH = 1_000_000;

    private final ResponseRecorder recorder;
    private final Clock clock;

    LetterIntake(ResponseRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    Receipt receive(String consultationId, LetterTranscription letter) {
        ConsultationDefinition consultation = recorder.consultation(consultationId);
        List<FieldError> problems = problems(letter, consultation);
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems);
        }
        // The sender is part of the content, so identical letters from different people stay apart
        ResponseIdentity identity = ResponseIdentity.of(consultationId,
                Text.isBlank(letter.scanReference()) ? null : "scan:" + letter.scanReference().strip(),
                new LetterContent(letter.text().strip(), letter.receivedOn(), letter.sender()));
        // A letter that arrived by the closing day is on time: the day is what the post tells us.
        Instant receivedAt = letter.receivedOn().atStartOfDay(consultation.timeZone()).toInstant();
        LetterTranscription.Sender sender = letter.sender();
        ResponseReceived received = new ResponseReceived(identity.responseId(), consultationId, identity.reference(),
                Channel.LETTER, receivedAt, consultation.isLate(receivedAt),
                new ResponseReceived.Respondent(
                        sender == null || sender.type() == null ? null : RespondentType.fromWireName(sender.type()).orElseThrow(),
                        sender == null ? null : Text.blankToNull(sender.organisationName())),
                Map.of(), letter.text().strip(), List.of(),
                new ResponseReceived.Source(null, null, null, Text.blankToNull(letter.scanReference()),
                        letter.transcribedBy().strip()));
        return recorder.record(received, identity.keyUse(), sender == null ? null : Text.blankToNull(sender.name()),
                sender == null ? null : Text.blankToNull(sender.email()));
    }

    /** What identifies a letter's response: who transcribed it does not. */
    private record LetterContent(String text, LocalDate receivedOn, LetterTranscription.@Nullable Sender sender) {
    }

    private List<FieldError> problems(LetterTranscription letter, ConsultationDefinition consultation) {
        List<FieldError> errors = new ArrayList<>();
        if (Text.isBlank(letter.text())) {
            errors.add(new FieldError("text", "Enter the text of the letter"));
        } else if (letter.text().length() > MAX_TEXT_LENGTH) {
            errors.add(new FieldError("text", "Must be at most " + MAX_TEXT_LENGTH + " characters"));
        }
        LocalDate today = LocalDate.now(clock.withZone(consultation.timeZone()));
        if (letter.receivedOn() == null) {
            errors.add(new FieldError("receivedOn", "Enter the date the letter arrived"));
        } else if (letter.receivedOn().isAfter(today)) {
            errors.add(new FieldError("receivedOn", "Must not be in the future"));
        } else if (letter.receivedOn().isBefore(consultation.opens().toLocalDate())) {
            errors.add(new FieldError("receivedOn", "Must not be before the consultation opened on "
                    + consultation.opens().toLocalDate()));
        }
        if (Text.isBlank(letter.transcribedBy())) {
            errors.add(new FieldError("transcribedBy", "Enter who transcribed the letter"));
        }
        LetterTranscription.Sender sender = letter.sender();
        if (sender != null && sender.type() != null && RespondentType.fromWireName(sender.type()).isEmpty()) {
            errors.add(new FieldError("sender.type", "Must be individual or organisation, or left out"));
        }
        return errors;
    }
}
