package uk.consultation.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.consultation.Question;
import uk.consultation.schemas.consultation.QuestionKind;

class BundledConsultationTest {

    private final ConsultationDefinition consultation = ConsultationDefinitions.bundled("integrated-communities-2018");

    @Test
    void hasTheGreenPapersFifteenQuestionsInPrintedOrder() {
        assertThat(consultation.questions()).extracting(Question::id).containsExactly(
                "q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9a", "q9b", "q10", "q11", "q12", "q13", "q14");
        assertThat(consultation.question("q9a")).get().extracting(Question::number).isEqualTo("9(a)");
        assertThat(consultation.questions()).filteredOn(question -> question.kind() == QuestionKind.OPEN)
                .extracting(Question::id).containsExactly("q3", "q9b");
    }

    @Test
    void closedQuestionsOfferAgreeDisagreeNotSureAndEveryQuestionHasACodeframe() {
        assertThat(consultation.questions()).filteredOn(Question::isClosed).allSatisfy(question ->
                assertThat(question.options()).extracting(Question.AnswerOption::position)
                        .containsExactly(Position.AGREE, Position.DISAGREE, Position.NOT_SURE));
        assertThat(consultation.questions()).allSatisfy(question -> assertThat(question.codeframe()).isNotEmpty());
    }

    @Test
    void closesAt2345OnFifthJuneLondonTime() {
        assertThat(consultation.closesAt()).isEqualTo(Instant.parse("2018-06-05T22:45:00Z"));
        assertThat(consultation.isLate(Instant.parse("2018-06-05T22:44:59Z"))).isFalse();
        assertThat(consultation.isLate(Instant.parse("2018-06-05T22:45:01Z"))).isTrue();
    }

    @Test
    void isUsableAndConformsToItsSchemaOnTheWire() {
        assertThat(ConsultationDefinitions.problems(consultation)).isEmpty();
        assertThat(SchemaContract.violations(SchemaContract.CONSULTATION_DEFINITION, consultation)).isEmpty();
        assertThat(EventJson.fromBytes(EventJson.toBytes(consultation), ConsultationDefinition.class)).isEqualTo(consultation);
    }
}
