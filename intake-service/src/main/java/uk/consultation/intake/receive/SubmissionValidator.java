package uk.consultation.intake.receive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/** Checks a submission against its consultation, collecting every problem so the respondent can fix them at once. */
final class SubmissionValidator {

    static final int MAX_COMMENT_LENGTH = 100_000;
    static final int MAX_NAME_LENGTH = 300;
    /** The longest address mail can be delivered to (RFC 3696, errata): a 64-character name and a 255-character domain. */
    static final int MAX_EMAIL_LENGTH = 320;
    /** The longest question id a consultation has (its identifiers); a longer answer key is not echoed back whole. */
    static final int MAX_QUESTION_ID_LENGTH = 64;

    /**
     * Deliberately loose: the address is only used to send a receipt, and real addresses are varied. Linear: the one
     * '@' divides classes that cannot overlap, and the domain's dot is found by {@link #hasInnerDot}, not backtracking.
     */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]++@[^@\\s]++");

    private static final String SAY_WHO = "Say whether you are responding as an individual or for an organisation";

    private SubmissionValidator() {
    }

    static List<FieldError> problems(ResponseSubmission submission, ConsultationDefinition consultation) {
        List<FieldError> errors = new ArrayList<>();
        checkRespondent(submission.respondent(), errors);
        Map<String, ResponseSubmission.@Nullable Answer> answers = submission.answers();
        if (answers == null || answers.isEmpty()) {
            errors.add(new FieldError("answers", "Answer at least one question"));
            return errors;
        }
        answers.forEach((questionId, answer) -> checkAnswer(consultation, questionId, answer, errors));
        return errors;
    }

    private static void checkRespondent(ResponseSubmission.@Nullable Respondent respondent, List<FieldError> errors) {
        if (respondent == null) {
            errors.add(new FieldError("respondent", SAY_WHO));
            return;
        }
        if (respondent.type() == null) {
            // what the online form sends when neither option is chosen
            errors.add(new FieldError("respondent.type", SAY_WHO));
        } else if (RespondentType.fromWireName(respondent.type()).isEmpty()) {
            errors.add(new FieldError("respondent.type", "Must be one of " + wireNames(RespondentType.values())));
        } else if (RespondentType.fromWireName(respondent.type()).get() == RespondentType.ORGANISATION
                && Text.isBlank(respondent.organisationName())) {
            errors.add(new FieldError("respondent.organisationName", "Enter the name of the organisation"));
        }
        checkLength("respondent.organisationName", respondent.organisationName(), MAX_NAME_LENGTH, errors);
        checkLength("respondent.name", respondent.name(), MAX_NAME_LENGTH, errors);
        // Its length first: no pattern ever runs over more than a real address could be
        if (checkLength("respondent.email", respondent.email(), MAX_EMAIL_LENGTH, errors)
                && !Text.isBlank(respondent.email()) && !isEmail(respondent.email().strip())) {
            errors.add(new FieldError("respondent.email", "Enter an email address like name@example.com"));
        }
    }

    /** Some text, one '@', then a domain with a dot inside it; no white space anywhere. */
    static boolean isEmail(String address) {
        return EMAIL.matcher(address).matches() && hasInnerDot(address.substring(address.indexOf('@') + 1));
    }

    private static boolean hasInnerDot(String domain) {
        int dot = domain.indexOf('.', 1);
        return dot > 0 && dot < domain.length() - 1;
    }

    private static void checkAnswer(ConsultationDefinition consultation, String questionId,
            ResponseSubmission.@Nullable Answer answer, List<FieldError> errors) {
        String field = "answers." + questionId;
        if (questionId.length() > MAX_QUESTION_ID_LENGTH) {
            errors.add(new FieldError("answers", "There is no question with an id of " + questionId.length()
                    + " characters in this consultation"));
            return;
        }
        Optional<Question> question = consultation.question(questionId);
        if (question.isEmpty()) {
            errors.add(new FieldError(field, "There is no question '" + questionId + "' in this consultation"));
            return;
        }
        if (answer == null || (answer.position() == null && Text.isBlank(answer.comment()))) {
            errors.add(new FieldError(field, "Give a position or a comment, or leave the question out"));
            return;
        }
        if (answer.position() != null) {
            Optional<Position> position = Position.fromWireName(answer.position());
            if (!question.get().isClosed()) {
                errors.add(new FieldError(field + ".position", "Question " + question.get().number()
                        + " is an open question: give a comment, not a position"));
            } else if (position.isEmpty() || !question.get().offers(position.get())) {
                errors.add(new FieldError(field + ".position", "Must be one of " + question.get().options().stream()
                        .map(option -> option.position().wireName()).collect(Collectors.joining(", "))));
            }
        }
        checkLength(field + ".comment", answer.comment(), MAX_COMMENT_LENGTH, errors);
    }

    /** Whether the value is within the length, else the problem is added. */
    private static boolean checkLength(String field, @Nullable String value, int max, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "Must be at most " + max + " characters"));
            return false;
        }
        return true;
    }

    private static String wireNames(RespondentType[] types) {
        return Arrays.stream(types).map(RespondentType::wireName).collect(Collectors.joining(", "));
    }
}
