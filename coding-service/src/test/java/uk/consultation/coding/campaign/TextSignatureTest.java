package uk.consultation.coding.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class TextSignatureTest {

    private static final int MIN_WORDS = 20;

    @Test
    void theSameWordingHasTheSameSignatureWhateverTheCaseAndPunctuation() {
        String letter = CampaignLetters.letter("Jo Bloggs", "Luton");

        assertThat(TextSignature.of(letter, MIN_WORDS)).isEqualTo(
                TextSignature.of(letter.toUpperCase().replace(",", " ").replace(".", "!"), MIN_WORDS));
    }

    @Test
    void aCampaignLetterWithADifferentNameAndTownIsNearAndAnotherTextIsFar() {
        String first = TextSignature.of(CampaignLetters.letter("Jo Bloggs", "Luton"), MIN_WORDS).orElseThrow();
        String second = TextSignature.of(CampaignLetters.letter("Sam Smith", "Bradford"), MIN_WORDS).orElseThrow();
        String other = TextSignature.of(CampaignLetters.OTHER, MIN_WORDS).orElseThrow();

        assertThat(first).matches("[0-9a-f]{16}");
        assertThat(distance(first, second)).isLessThanOrEqualTo(6);
        assertThat(distance(first, other)).isGreaterThan(12);
    }

    @Test
    void aShortTextHasNoSignature() {
        assertThat(TextSignature.of("I disagree with all of the proposals.", MIN_WORDS)).isEmpty();
    }

    private static int distance(String a, String b) {
        return Long.bitCount(HexFormat.fromHexDigitsToLong(a) ^ HexFormat.fromHexDigitsToLong(b));
    }
}
