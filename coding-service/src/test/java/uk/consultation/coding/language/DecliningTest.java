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
}
