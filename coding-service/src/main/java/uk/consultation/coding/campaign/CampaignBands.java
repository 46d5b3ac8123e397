package uk.consultation.coding.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Where a text is filed in the campaign index, and how alike two texts are: locality-sensitive hashing of the MinHash
 * of its shingles. {@value #BANDS} bands of {@value #ROWS} minimums each; two texts share a band's key when all its
 * minimums agree, which for texts whose shingle sets have Jaccard similarity J happens with probability J^{@value #ROWS}
 * per band, so the number of bands shared estimates J. A text joins a campaign holding at least
 * {@code coding.campaigns.min-shared-bands} (3) of its keys. A letter with its name and town changed
 * ({@code CampaignLetters}: J about 0.8, 7 to 12 of 16 bands shared over 64 such pairs) joins with probability 0.985
 * at J = 0.8, 0.999 at 0.85, 0.78 at 0.7 (a third of the text rewritten) and 0.07 at 0.5; unrelated texts (J near 0)
 * practically never share a key at all.
 */
final class CampaignBands {

    static final int BANDS = 16;
    static final int ROWS = 4;

    /** One seed per minimum, fixed, so that every instance and every release files a text under the same keys. */
    private static final long[] SEEDS = seeds(BANDS * ROWS);

    private CampaignBands() {
    }

    /** The text's key in each band, {@code <band>-<64-bit hash, hex>}, from its shingles' hashes. */
    static List<String> of(long[] shingles) {
        long[] minimums = new long[SEEDS.length];
        Arrays.fill(minimums, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < SEEDS.length; i++) {
                minimums[i] = Math.min(minimums[i], mix(shingle ^ SEEDS[i]));
            }
        }
        List<String> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long hash = band;
            for (int row = 0; row < ROWS; row++) {
                hash = mix(hash * 31 + minimums[band * ROWS + row]);
            }
            keys.add(band + "-" + HexFormat.of().toHexDigits(hash));
        }
        return keys;
    }

    private static long[] seeds(int count) {
        long[] seeds = new long[count];
        long state = 0x5eed_ca3b_a16e_5eedL;
        for (int i = 0; i < count; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }

    /** SplitMix64's finaliser: every input bit moves every output bit, so each seed gives an independent order. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
