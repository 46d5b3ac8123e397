package uk.consultation.coding.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.consultation.Question;
import uk.consultation.testsupport.fuzz.Bounded;
import uk.consultation.testsupport.fuzz.Fuzzing;
import uk.consultation.testsupport.fuzz.Mutants;
import uk.consultation.testsupport.fuzz.Mutants.Mutant;
import uk.consultation.testsupport.fuzz.Seeds;

/**
 * The written template's reader takes any text an email or letter can hold: it never throws (a text off the template
 * simply has no answers), finishes within the bound, and answers only the consultation's own questions.
 */
class WrittenTemplateFuzzTest {

    private static final ConsultationDefinition CONSULTATION =
            ConsultationDefinitions.bundled("integrated-communities-2018");

    /** What the reader looks for: headings, answers, labels, connectors, and characters whose case is awkward. */
    private static final List<String> DICTIONARY = List.of("Question ", "QUESTION", "Q", "q", "Q.", "1", "9", "14",
            "9(a)", "9 (b)", "9a)", "1.", "1)", " - ", ": ", "?", "\n", "\r\n", "\r", "\n\n\n", " ", "\t", "**", "*",
            ">", "#", "•", "–", "—", "Yes", "No", "Not sure", "Agree", "Disagree", "Strongly agree", "Don’t know",
            "Unsure", "Neither agree nor disagree", " and ", " or ", " / ", "&", "Answer: ", "Comments: ", "Reasons - ",
            "responding as an individual", "on behalf of an organisation", "an individual or an organisation?",
            "Organisation name: ", "İ", "ẞ", "ﬁ", "Σ", "’", "\u0000", "\uD83D\uDE00", "\uD800");

    private static Gen<Mutant<String>> texts() {
        return Mutants.text(List.of(Seeds.text("fuzz/template-organisation.txt"),
                Seeds.text("fuzz/template-individual.txt"), Seeds.text("responses/near-neighbours.txt"),
                Seeds.text("responses/paul-hamlyn-foundation.txt")), DICTIONARY);
    }

    @Test
    void readsAnyTextWithinTheBound() {
        List<String> questionIds = CONSULTATION.questions().stream().map(Question::id).toList();

        Fuzzing.qt().forAll(texts()).checkAssert(mutant -> {
            String text = mutant.input();
            WrittenTemplate.Reading reading = Bounded.call(() -> WrittenTemplate.read(text, CONSULTATION));

            assertThat(questionIds).containsAll(reading.answers().keySet());
            assertThat(reading.answers().values()).allSatisfy(answer -> {
                assertThat(answer.confidence()).isBetween(0.0, 1.0);
                assertThat(answer.position() != null || answer.comment() != null
                        || answer.confidence() == WrittenTemplate.CONFLICT_CONFIDENCE).isTrue();
            });
        });
    }
}
