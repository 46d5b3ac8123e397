package uk.consultation.coding.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CampaignBandsTest {

    private static final int MIN_SHARED = 3;
    private static final List<String> NAMES = List.of("Sam Smith", "Ann Other", "Ravi Patel", "Mary O'Neill",
            "Tom Jones", "Li Wei", "Aisha Khan", "Peter Brown");
    private static final List<String> TOWNS = List.of("Bradford", "Walsall", "Leicester", "Oldham", "Blackburn",
            "Peterborough", "Birmingham", "Slough");

    @Test
    void everyCopyOfTheLetterWithAnotherNameAndTownSharesEnoughBandsAndAnUnrelatedTextNone() {
        List<String> original = bands(CampaignLetters.letter("Jo Bloggs", "Luton"));
        List<Integer> shared = new ArrayList<>();
        for (String name : NAMES) {
            for (String town : TOWNS) {
                shared.add(shared(original, bands(CampaignLetters.letter(name, town))));
            }
        }

        assertThat(original).hasSize(CampaignBands.BANDS).doesNotHaveDuplicates();
        assertThat(shared).hasSize(64).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(MIN_SHARED));
        assertThat(shared(original, bands(CampaignLetters.OTHER))).isZero();
    }

    @Test
    void theSameTextHasTheSameKeysWhateverTheCaseAndPunctuation() {
        String letter = CampaignLetters.letter("Jo Bloggs", "Luton");

        assertThat(bands(letter.toUpperCase().replace(",", " "))).isEqualTo(bands(letter));
    }

    private static List<String> bands(String text) {
        return CampaignBands.of(TextSignature.shingles(text, 20).orElseThrow());
    }

    private static int shared(List<String> a, List<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common.size();
    }
}
