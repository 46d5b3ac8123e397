package uk.consultation.intake.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.consultation.Question;

class ConsultationChangesTest {

    private static final ConsultationDefinition EXAMPLE = ConsultationDefinitions.bundled("integrated-communities-2018");

    @Test
    void themesTheirLabelsDescriptionsAndExamplesAreTheCodeframe() {
        Question first = EXAMPLE.questions().get(0);
        Question.Theme theme = first.codeframe().get(0);
        List<Question.Theme> themes = new ArrayList<>(first.codeframe());
        themes.set(0, new Question.Theme(theme.code(), "New label", "New description", List.of("new example")));
        themes.add(new Question.Theme("q1-new", "New", "A new theme", List.of()));

        ConsultationDefinition recoded = withQuestion(0, new Question(first.id(), first.number(), first.chapter(),
                first.text(), first.descriptions(), first.names(), first.kind(), first.options(), themes));

        assertThat(ConsultationChanges.beyondCodeframes(EXAMPLE, recoded)).isEmpty();
        assertThat(ConsultationChanges.movesSchedule(EXAMPLE, recoded)).isFalse();
    }

    @Test
    void aQuestionsDescriptionsAreAnAnalystsToChange() {
        Question first = EXAMPLE.questions().get(0);

        ConsultationDefinition redescribed = withQuestion(0, new Question(first.id(), first.number(), first.chapter(),
                first.text(), List.of("What the chapter proposes, in other words"), first.names(), first.kind(),
                first.options(),
                first.codeframe()));

        assertThat(first.descriptions()).isNotEmpty().doesNotContain("What the chapter proposes, in other words");
        assertThat(ConsultationChanges.beyondCodeframes(EXAMPLE, redescribed)).isEmpty();
    }

    @Test
    void everythingElseIsNamedFieldByField() {
        Question first = EXAMPLE.questions().get(0);
        ConsultationDefinition changed = new ConsultationDefinition(EXAMPLE.id(), EXAMPLE.title(), "Another department",
                ZoneId.of("UTC"), EXAMPLE.opens().minusDays(1), EXAMPLE.closes(), EXAMPLE.codeframeVersion() + 1,
                EXAMPLE.questions(), EXAMPLE.retainTextFor());
        ConsultationDefinition reworded = withQuestion(0, new Question(first.id(), "1 (revised)", first.chapter(),
                "Another question", first.descriptions(), first.names(), first.kind(), List.of(),
                first.codeframe()));

        assertThat(ConsultationChanges.beyondCodeframes(EXAMPLE, changed))
                .containsExactly("department", "timeZone", "opens");
        assertThat(ConsultationChanges.movesSchedule(EXAMPLE, changed)).isTrue();
        assertThat(ConsultationChanges.beyondCodeframes(EXAMPLE, reworded))
                .containsExactly("questions.q1.number", "questions.q1.text", "questions.q1.options");
        assertThat(ConsultationChanges.beyondCodeframes(EXAMPLE, new ConsultationDefinition(EXAMPLE.id(),
                EXAMPLE.title(), EXAMPLE.department(), EXAMPLE.timeZone(), EXAMPLE.opens(), EXAMPLE.closes(),
                EXAMPLE.codeframeVersion() + 1, EXAMPLE.questions().subList(1, 15), EXAMPLE.retainTextFor())))
                .containsExactly("questions");
    }

    private static ConsultationDefinition withQuestion(int index, Question question) {
        List<Question> questions = new ArrayList<>(EXAMPLE.questions());
        questions.set(index, question);
        return new ConsultationDefinition(EXAMPLE.id(), EXAMPLE.title(), EXAMPLE.department(), EXAMPLE.timeZone(),
                EXAMPLE.opens(), EXAMPLE.closes(), EXAMPLE.codeframeVersion() + 1, questions, EXAMPLE.retainTextFor());
    }
}
