package uk.consultation.coding.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.consultation.Question;
import uk.consultation.testsupport.fuzz.Bounded;
import uk.consultation.testsupport.fuzz.Fuzzing;
import uk.consultation.testsupport.fuzz.LinearTime;
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

    /** Found by review of the patterns: reading takes time linear in the text, whatever repeats in it. */
    @Test
    void readsInTimeLinearInTheText() {
        Map<String, IntFunction<String>> texts = new LinkedHashMap<>();
        texts.put("headings and answers", n -> "Question 1: Yes\nAnswer: No\nComments: because\n".repeat(n / 45));
        texts.put("a long heading line", n -> "Question 1" + " ".repeat(n) + "x");
        texts.put("quote marks before a heading", n -> ">".repeat(n) + "Q1");
        texts.put("responding without a type", n -> "responding as " + "an ".repeat(n / 3));
        texts.put("an organisation's name", n -> "Organisation name: " + "x ".repeat(n / 2) + "\n");
        texts.put("one long word", n -> "a".repeat(n));

        texts.forEach((shape, text) -> LinearTime.assertLinear(shape, 1_000, text,
                input -> WrittenTemplate.read(input, CONSULTATION)));
    }
}
