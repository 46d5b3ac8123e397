package uk.consultation.coding.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import uk.consultation.coding.TestEvents;
import uk.consultation.schemas.consultation.Question;

class ExplicitReferencesTest {

    @Test
    void findsQuestionsNamedByNumber() {
        assertThat(ExplicitReferences.in("In answer to Question 7, and to questions 9(a) and 12: yes.",
                TestEvents.BUNDLED)).extracting(Question::id).containsExactly("q7", "q9a", "q12");
        assertThat(ExplicitReferences.in("On Q4 we agree; on q9b see below.", TestEvents.BUNDLED))
                .extracting(Question::id).containsExactly("q4", "q9b");
        assertThat(ExplicitReferences.in("1 in 10 people; question 15 does not exist.", TestEvents.BUNDLED)).isEmpty();
    }
}
