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
}
