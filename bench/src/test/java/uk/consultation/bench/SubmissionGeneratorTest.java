package uk.consultation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.consultation.Question;

/** Every generated response must be one intake accepts, or the benchmark would measure rejections. */
class SubmissionGeneratorTest {

    private final ConsultationDefinition consultation = ConsultationDefinitions.bundled("integrated-communities-2018");
    private final List<byte[]> bodies = new SubmissionGenerator(consultation, 1).bodies(500);
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void answersOnlyTheConsultationsQuestionsWithTheirOwnOptions() {
        for (byte[] body : bodies) {
            JsonNode answers = json.readTree(body).get("answers");
            assertThat(answers.size()).isPositive();
            for (Map.Entry<String, JsonNode> answer : answers.properties()) {
                Question question = consultation.question(answer.getKey()).orElseThrow();
                JsonNode position = answer.getValue().get("position");
                if (question.isClosed()) {
                    assertThat(question.offers(Position.fromWireName(position.asString()).orElseThrow())).isTrue();
                } else {
                    assertThat(position).isNull();
                    assertThat(answer.getValue().get("comment").asString()).isNotBlank();
                }
            }
        }
    }

    @Test
    void organisationsAreNamed() {
        for (byte[] body : bodies) {
            JsonNode respondent = json.readTree(body).get("respondent");
            if (respondent.get("type").asString().equals("organisation")) {
                assertThat(respondent.get("organisationName").asString()).isNotBlank();
            } else {
                assertThat(respondent.get("type").asString()).isEqualTo("individual");
            }
        }
    }

    @Test
    void isTheSameEveryRun() {
        assertThat(new SubmissionGenerator(consultation, 1).bodies(500)).zipSatisfy(bodies,
                (again, first) -> assertThat(again).isEqualTo(first));
    }
}
