package uk.consultation.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
        questions.add(new Question(first.id(), "99", "", "Again?", QuestionKind.OPEN, first.options(), List.of()));
        ConsultationDefinition broken = new ConsultationDefinition("Not An Id", "", null, valid.timeZone(),
                valid.closes(), valid.opens(), 0, questions);

        assertThat(ConsultationDefinitions.problems(broken)).contains(
                "id: must be 1-64 lower-case letters, digits or hyphens, starting with a letter or digit",
                "title: is required",
                "closes: must be after opens",
                "codeframeVersion: must be 1 or more",
                "questions[15].id: 'q1' is used twice",
                "questions[15].options: an open question has no answer options");
    }

    @Test
    void rejectsMisspeltKeysInYaml() {
        String yaml = "id: x\ncodeframeVersion: 1\ntitel: typo\n";

        assertThatThrownBy(() -> ConsultationDefinitions.fromYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("titel");
    }
}
