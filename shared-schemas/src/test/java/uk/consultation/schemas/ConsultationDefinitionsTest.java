package uk.consultation.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.consultation.Question;
import uk.consultation.schemas.consultation.QuestionKind;

class ConsultationDefinitionsTest {

    private final ConsultationDefinition valid = ConsultationDefinitions.bundled("integrated-communities-2018");

    @Test
    void namesEachProblemWithItsField() {
        List<Question> questions = new ArrayList<>(valid.questions());
        Question first = questions.get(0);
        questions.add(new Question(first.id(), "99", "", "Again?", List.of(), List.of(), QuestionKind.OPEN, first.options(),
                List.of()));
        ConsultationDefinition broken = new ConsultationDefinition("Not An Id", "", null, valid.timeZone(),
                valid.closes(), valid.opens(), 0, questions, Period.ofMonths(-6));

        assertThat(ConsultationDefinitions.problems(broken)).contains(
                "id: must be 1-64 lower-case letters, digits or hyphens, starting with a letter or digit",
                "title: is required",
                "closes: must be after opens",
                "codeframeVersion: must be 1 or more",
                "questions[15].id: 'q1' is used twice",
                "questions[15].options: an open question has no answer options",
                "retainTextFor: must be a period after closing, such as P2Y");
    }

    @Test
    void textsAreDueForErasureTheRetentionPeriodAfterClosingInTheConsultationsTimeZone() {
        ConsultationDefinition retained = withRetention(Period.parse("P1Y6M"));

        // Closes 23:45 on 5 June 2018, London (BST): eighteen months on is 5 December 2019, GMT.
        assertThat(retained.textErasureDue()).contains(Instant.parse("2019-12-05T23:45:00Z"));
        assertThat(valid.textErasureDue()).isEmpty();
        assertThat(ConsultationDefinitions.problems(retained)).isEmpty();
    }

    @Test
    void retentionTravelsAsAnIsoPeriodAndConformsToTheSchema() {
        ConsultationDefinition retained = withRetention(Period.ofYears(2));

        assertThat(new String(EventJson.toBytes(retained), StandardCharsets.UTF_8)).contains("\"retainTextFor\":\"P2Y\"");
        assertThat(EventJson.fromBytes(EventJson.toBytes(retained), ConsultationDefinition.class)).isEqualTo(retained);
        assertThat(SchemaContract.violations(SchemaContract.CONSULTATION_DEFINITION, retained)).isEmpty();
        assertThat(SchemaContract.violations(SchemaContract.CONSULTATION_DEFINITION,
                new String(EventJson.toBytes(retained), StandardCharsets.UTF_8).replace("P2Y", "two years")
                        .getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    private ConsultationDefinition withRetention(Period period) {
        return new ConsultationDefinition(valid.id(), valid.title(), valid.department(), valid.timeZone(),
                valid.opens(), valid.closes(), valid.codeframeVersion(), valid.questions(), period);
    }

    @Test
    void rejectsMisspeltKeysInYaml() {
        String yaml = "id: x\ncodeframeVersion: 1\ntitel: typo\n";

        assertThatThrownBy(() -> ConsultationDefinitions.fromYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("titel");
    }
}
