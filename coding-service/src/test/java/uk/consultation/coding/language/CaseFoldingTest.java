package uk.consultation.coding.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import uk.consultation.testsupport.fuzz.Bounded;

class CaseFoldingTest {

    @Test
    void lowersEachCharacterKeepingTheLength() {
        assertThat(CaseFolding.lower("Question 9(A): YES")).isEqualTo("question 9(a): yes");
        assertThat(CaseFolding.lower("İstanbul ΣΟΦΙΑ \uD801\uDC00")).hasSize("İstanbul ΣΟΦΙΑ \uD801\uDC00".length())
                .isEqualTo("istanbul σοφια \uD801\uDC28");
    }

    /** Found by fuzzing the written template: String.toLowerCase takes time quadratic in a run of Σ. */
    @Test
    void aLongRunOfCapitalSigmasIsLoweredOnce() {
        assertThat(Bounded.call(() -> CaseFolding.lower("Σ".repeat(200_000)))).isEqualTo("σ".repeat(200_000));
    }
}
