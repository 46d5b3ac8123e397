package uk.consultation.coding.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import uk.consultation.coding.TestEvents;
import uk.consultation.schemas.consultation.Question;
import uk.consultation.testsupport.fuzz.Bounded;

class ExplicitReferencesTest {

    @Test
    void findsQuestionsNamedByNumber() {
        assertThat(ExplicitReferences.in("In answer to Question 7, and to questions 9(a) and 12: yes.",
                TestEvents.BUNDLED)).extracting(Question::id).containsExactly("q7", "q9a", "q12");
        assertThat(ExplicitReferences.in("On Q4 we agree; on q9b see below.", TestEvents.BUNDLED))
                .extracting(Question::id).containsExactly("q4", "q9b");
        assertThat(ExplicitReferences.in("1 in 10 people; question 15 does not exist.", TestEvents.BUNDLED)).isEmpty();
    }

    /** Found by fuzzing: the list was one repeated group, which Java matches by recursion, until the stack overflowed. */
    @Test
    void readsAListOfAnyLength() {
        assertThat(ExplicitReferences.in("See questions 5 and 6" + ", 6".repeat(50_000) + " and 14.", TestEvents.BUNDLED))
                .extracting(Question::id).containsExactly("q5", "q6", "q14");
    }

    /** Found by fuzzing: spaces between "q" and what follows were tried in every split, in time quadratic in them. */
    @Test
    void aReferenceWordBeforeALongGapIsReadOnce() {
        String text = ("Q" + " ".repeat(100_000) + "x. ").repeat(3) + "Question 4";

        assertThat(Bounded.call(() -> ExplicitReferences.in(text, TestEvents.BUNDLED)))
                .extracting(Question::id).containsExactly("q4");
    }
}
