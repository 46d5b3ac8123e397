package uk.consultation.intake.receive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.testsupport.fuzz.Fuzzing;

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

    /** The linear check accepts exactly the addresses the backtracking pattern it replaced did. */
    @Test
    void theEmailCheckKeepsItsMeaning() {
        Pattern before = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

        Fuzzing.qt().forAll(strings().betweenCodePoints(0, 127).ofLengthBetween(0, 12),
                        Generate.pick(List.of("@", ".", " ", "a", "\t", "a.b", "@x.")))
                .checkAssert((noise, piece) -> {
                    String address = noise.replace('0', '@').replace('1', '.') + piece + noise;
                    assertThat(SubmissionValidator.isEmail(address)).as(address)
                            .isEqualTo(before.matcher(address).matches());
                });
    }

    @Test
    void anEmailAddressIsLengthCheckedBeforeItsForm() {
        var problems = SubmissionValidator.problems(new ResponseSubmission(new ResponseSubmission.Respondent(
                "individual", null, null, "a@" + ".".repeat(80_000) + "@"), Map.of("q1",
                new ResponseSubmission.Answer("agree", null))), CONSULTATION);

        assertThat(problems).containsExactly(new FieldError("respondent.email", "Must be at most 320 characters"));
    }
}
