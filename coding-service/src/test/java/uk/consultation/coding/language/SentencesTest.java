package uk.consultation.coding.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void splitsAtFullStopsAndLineBreaks() {
        assertThat(Sentences.of("""
                Strengthening leadership
                We agree with the proposal. However, funding must follow!   Will it?

                - more English classes
                """)).containsExactly("Strengthening leadership", "We agree with the proposal.",
                "However, funding must follow!", "Will it?", "- more English classes");
    }

    @Test
    void joinsLinesMendingOnlyAWordAPdfBrokeWithAHyphen() {
        assertThat(Sentences.joined(List.of("  classes in the lan-", "guage of the Anglo-", "", "Saxon law -", "new")))
                .isEqualTo("classes in the language of the Anglo-Saxon law - new");
    }
}
