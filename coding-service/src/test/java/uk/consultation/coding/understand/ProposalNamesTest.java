package uk.consultation.coding.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.consultation.coding.TestEvents;
import uk.consultation.schemas.consultation.Question;

/** Fresh sentences, written for these tests, against the example consultation's names for its proposals. */
class ProposalNamesTest {

    private static final List<Question> QUESTIONS = TestEvents.BUNDLED.questions();

    @Test
    void findsAProposalByItsNameWhateverTheCaseQuotesOrHyphens() {
        assertThat(named("Say no to the DEFINITION, please.")).containsExactly("q1");
        assertThat(named("We reject \"local integration plans\" outright.")).containsExactly("q2");
        assertThat(named("Leave the out of school settings alone.")).containsExactly("q8");
        assertThat(named("Yes to the 'Places and Community' chapter.")).containsExactly("q10");
        assertThat(named("Your definition of integration is fine; the women's rights work is better."))
                .containsExactly("q1", "q13");
    }

    @Test
    void aNameFollowedByOfNamesSomethingElse() {
        assertThat(named("The definition of madness is doing the same thing twice.")).isEmpty();
        assertThat(named("The leadership of our tenants' association changed last year.")).isEmpty();
        assertThat(named("And we reject your so-called measures of success.")).containsExactly("q14");
    }

    @Test
    void aNameIsWholeWords() {
        assertThat(named("The local planning committee met on Tuesday.")).isEmpty();
        assertThat(named("Our ESOLutions team can help.")).isEmpty();
        assertThat(named("The local plan for the ring road was approved.")).isEmpty();
    }

    private static List<String> named(String sentence) {
        return ProposalNames.in(sentence, QUESTIONS).stream().map(Question::id).toList();
    }
}
