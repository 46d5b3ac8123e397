package uk.consultation.coding.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecliningTest {

    @Test
    void aDeclinePointingBackSetsAsideWhatCameBeforeIt() {
        assertThat(Declining.declinesWhatItSays("Most were positive about them, but we offer no view on them here."))
                .isTrue();
        assertThat(Declining.afterDeclining("Our school runs a link day, but I'm not commenting on it. My worry is the"
                + " evenings.")).isEqualTo(". my worry is the evenings.");
    }

    @Test
    void aDeclinePointingForwardSetsNothingAside() {
        assertThat(Declining.declinesWhatItSays("We offer no view on this question.")).isFalse();
        assertThat(Declining.declinesWhatItSays("We have no view on these proposals, but we welcome the English"
                + " measures.")).isFalse();
    }

    @Test
    void leavingAQuestionToOthersDeclinesIt() {
        assertThat(Declining.declines("I will leave that one to the councils.")).isTrue();
        assertThat(Declining.declines("We'll leave this question to the local authorities who run the fund.")).isTrue();
        // Who should do it, not a decline.
        assertThat(Declining.declines("Leave it to the parents. I do not agree.")).isFalse();
        assertThat(Declining.declines("I would leave it to the councils to decide what works locally.")).isFalse();
        assertThat(Declining.declines("We leave it to councils to decide what works locally.")).isFalse();
        assertThat(Declining.declines("I'll leave it to others to comment on the fund.")).isTrue();
        assertThat(Declining.declines("I'll leave it to the councils.")).isTrue();
    }

    @Test
    void leavingAQuestionNamedBeforeDeclinesItWithNoWordForIt() {
        assertThat(Declining.declines("Question 12 I will leave to those who work with the mosques.")).isTrue();
        assertThat(Declining.declines("The fund we'll leave for the councils to answer.")).isTrue();
        assertThat(Declining.declines("On the measures, I wanted to write more but will leave it there.")).isTrue();
        // Who should do it, still a view.
        assertThat(Declining.declines("We will leave to councils to decide where the money goes.")).isFalse();
        assertThat(Declining.declines("We leave for work at dawn, so classes at nine are no use.")).isFalse();
    }

    @Test
    void sayingWhichQuestionsWereNotAnsweredDeclinesThem() {
        assertThat(Declining.declines("The trust has not responded to questions 2, 9 and 12.")).isTrue();
        assertThat(Declining.declines("We haven't answered the other questions.")).isTrue();
        assertThat(Declining.declines("I did not reply to question 6 because I know nothing of the fund.")).isTrue();
        // The paper failing to answer what people ask is a view of it, not the writer declining.
        assertThat(Declining.declines("The green paper does not answer the questions parents keep asking.")).isFalse();
        assertThat(Declining.declines("Nobody has responded to our letters about the question of parking.")).isFalse();
    }
}
