package uk.consultation.intake.receive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;

class SubmissionValidatorTest {

    private static final ConsultationDefinition CONSULTATION = ConsultationDefinitions.bundled("integrated-communities-2018");

    private static ResponseSubmission submission(String type, Map<String, ResponseSubmission.Answer> answers) {
        return new ResponseSubmission(new ResponseSubmission.Respondent(type, null, "Ann Example", "ann@example.org"),
                answers);
    }

    @Test
    void acceptsPositionsOnClosedQuestionsAndCommentsOnOpenOnes() {
        var answers = Map.of(
                "q1", new ResponseSubmission.Answer("agree", "Yes, and more."),
                "q3", new ResponseSubmission.Answer(null, "Local schools twinning."),
                "q9a", new ResponseSubmission.Answer("not_sure", null));

        assertThat(SubmissionValidator.problems(submission("individual", answers), CONSULTATION)).isEmpty();
    }

    @Test
    void namesEveryOffendingField() {
        Map<String, ResponseSubmission.Answer> answers = new LinkedHashMap<>();
        answers.put("q1", new ResponseSubmission.Answer("maybe", null));
        answers.put("q3", new ResponseSubmission.Answer("agree", "Open question"));
        answers.put("q99", new ResponseSubmission.Answer("agree", null));
        answers.put("q2", new ResponseSubmission.Answer(null, "  "));

        var problems = SubmissionValidator.problems(submission("company", answers), CONSULTATION);

        assertThat(problems).extracting(FieldError::field).containsExactly(
                "respondent.type", "answers.q1.position", "answers.q3.position", "answers.q99", "answers.q2");
        assertThat(problems.get(1).message()).isEqualTo("Must be one of agree, disagree, not_sure");
    }

    @Test
    void requiresARespondentTypeAnAnswerAndAnOrganisationsName() {
        assertThat(SubmissionValidator.problems(new ResponseSubmission(null, Map.of()), CONSULTATION))
                .extracting(FieldError::field).containsExactly("respondent", "answers");
        var organisation = new ResponseSubmission(new ResponseSubmission.Respondent("organisation", " ", null,
                "not-an-address"), Map.of("q1", new ResponseSubmission.Answer("agree", null)));
        assertThat(SubmissionValidator.problems(organisation, CONSULTATION)).extracting(FieldError::field)
                .containsExactly("respondent.organisationName", "respondent.email");
    }
}
