package uk.consultation.intake.form;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import uk.consultation.intake.receive.ResponseSubmission;
import uk.consultation.intake.receive.Text;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * The form's fields as posted, bound by name ({@code respondentType}, {@code answers[q1].position}, ...) and rendered
 * back when something needs correcting.
 *
 * @param token generated when the form is first shown and used as the idempotency key, so that submitting the same
 *              form twice (a double click, a resubmission after a lost answer) is the same response
 */
record ResponseForm(@Nullable String token, @Nullable String respondentType, @Nullable String organisationName,
        @Nullable String name, @Nullable String email, @Nullable Map<String, Answer> answers) {

    static ResponseForm blank() {
        return new ResponseForm(UUID.randomUUID().toString(), null, null, null, null, Map.of());
    }

    /** The same answers under a new token, so that sending them makes another response. */
    ResponseForm withNewToken() {
        return new ResponseForm(UUID.randomUUID().toString(), respondentType, organisationName, name, email, answers);
    }

    public Answer answer(String questionId) {
        return answers == null ? Answer.NONE : answers.getOrDefault(questionId, Answer.NONE);
    }

    /**
     * The submission the JSON API would receive: questions left alone are left out, and an organisation's name only
     * when the respondent chose to answer for one (the field stays in the page when the choice changes).
     */
    ResponseSubmission toSubmission(ConsultationDefinition consultation) {
        Map<String, ResponseSubmission.Answer> given = new LinkedHashMap<>();
        for (Question question : consultation.questions()) {
            Answer answer = answer(question.id());
            if (answer.position() != null || !Text.isBlank(answer.comment())) {
                given.put(question.id(), new ResponseSubmission.Answer(answer.position(), answer.comment()));
            }
        }
        boolean forOrganisation = RespondentType.ORGANISATION.wireName().equals(respondentType);
        return new ResponseSubmission(new ResponseSubmission.Respondent(respondentType,
                forOrganisation ? organisationName : null, name, email), given);
    }

    record Answer(@Nullable String position, @Nullable String comment) {
        static final Answer NONE = new Answer(null, null);
    }
}
