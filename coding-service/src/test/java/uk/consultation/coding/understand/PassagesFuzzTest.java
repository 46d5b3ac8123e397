package uk.consultation.coding.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.testsupport.fuzz.Bounded;
import uk.consultation.testsupport.fuzz.Fuzzing;
import uk.consultation.testsupport.fuzz.LinearTime;
import uk.consultation.testsupport.fuzz.Mutants;
import uk.consultation.testsupport.fuzz.Mutants.Mutant;
import uk.consultation.testsupport.fuzz.Seeds;

/**
 * Any free text is split into passages, and the questions a passage names are found: no exception, within the bound,
 * every passage with text, and only the consultation's own questions named.
 */
class PassagesFuzzTest {

    private static final ConsultationDefinition CONSULTATION =
            ConsultationDefinitions.bundled("integrated-communities-2018");

    /** Paragraph and heading marks, points, lead-ins and question references. */
    private static final List<String> DICTIONARY = List.of("\n", "\n\n", "\r\n", "\r", "\n \n", " ", "\t", "\u2028",
            "\u00a0", ".", "?", "!", ":", ": ", ";", "\"", "”", "’", ")", "1.", "12)", "•", "·", "*", "-", "–",
            "Question 4", "question 9(a)", "Q12", "questions 5 and 6", "questions 1, 2 & 3 or 9b", "q", "On English: ",
            "Leadership", "Summary", "Dear Sir", "Yours faithfully", "A", "İ", "ǅ", "\u0000", "\uD83D\uDE00", "\uDC00");

    private static Gen<Mutant<String>> texts() {
        return Mutants.text(List.of(Seeds.text("responses/near-neighbours.txt"),
                Seeds.text("responses/paul-hamlyn-foundation.txt"), Seeds.text("fuzz/template-organisation.txt"),
                Seeds.text("fuzz/template-individual.txt")), DICTIONARY);
    }

    @Test
    void splitsAnyTextIntoPassagesWithinTheBound() {
        Fuzzing.qt().forAll(texts()).checkAssert(mutant -> {
            String text = mutant.input();
            List<Passage> passages = Bounded.call(() -> Passages.of(text, false));

            assertThat(passages).allSatisfy(passage -> {
                assertThat(passage.text()).isNotBlank();
                assertThat(passage.sentences()).isNotEmpty();
            });
        });
    }

    @Test
    void findsOnlyTheConsultationsQuestionsWithinTheBound() {
        Fuzzing.qt().forAll(texts()).checkAssert(mutant ->
                assertThat(Bounded.call(() -> ExplicitReferences.in(mutant.input(), CONSULTATION)))
                        .isSubsetOf(CONSULTATION.questions()));
    }

    /** Found by review of the patterns: splitting takes time linear in the text, whatever repeats in it. */
    @Test
    void splitsInTimeLinearInTheText() {
        Map<String, IntFunction<String>> texts = new LinkedHashMap<>();
        texts.put("points and questions", n -> "1. On question 4: we agree.\n- Question 9(a) too.\n\n".repeat(n / 50));
        texts.put("one long line", n -> "We agree with this ".repeat(n / 19));
        texts.put("a closing mark before spaces", n -> ".".repeat(n / 2) + " ".repeat(n / 2) + "x");
        texts.put("lead-ins without a colon", n -> "Leadership ".repeat(n / 11));
        texts.put("blank lines", n -> "\n \n".repeat(n / 3) + "Yes.");

        texts.forEach((shape, text) -> LinearTime.assertLinear(shape, 1_000, text, input -> {
            Passages.of(input, false);
            ExplicitReferences.in(input, CONSULTATION);
        }));
    }
}
