package uk.consultation.coding.campaign;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.consultation.coding.language.CaseFolding;

/**
 * A 64-bit SimHash of a text's three-word shingles: texts that share most of their wording get signatures that differ
 * in few bits, whatever the few words that differ (a name, a town, a typo). It goes on each coding
 * ({@code ResponseCoded.textSignature}); campaigns are found by {@link CampaignBands}, from the same shingles.
 */
public final class TextSignature {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int SHINGLE = 3;

    private TextSignature() {
    }

    /** The signature, in hex; absent for a text shorter than {@code minWords}, too short to tell a campaign by. */
    public static Optional<String> of(String text, int minWords) {
        return shingles(text, minWords).map(TextSignature::of);
    }

    /**
     * A 64-bit hash of each three-word shingle of the text, lower-cased and without punctuation; absent for a text
     * shorter than {@code minWords}. The signature and the campaign index's bands are both made from these.
     */
    static Optional<long[]> shingles(String text, int minWords) {
        String[] words = NOT_A_WORD.split(CaseFolding.lower(text).strip());
        if (words.length < minWords || words.length < SHINGLE) {
            return Optional.empty();
        }
        long[] shingles = new long[words.length - SHINGLE + 1];
        for (int i = 0; i < shingles.length; i++) {
            shingles[i] = fnv1a(String.join(" ", words[i], words[i + 1], words[i + 2]));
        }
        return Optional.of(shingles);
    }

    /** The signature of a text, from its {@link #shingles}. */
    static String of(long[] shingles) {
        int[] weights = new int[Long.SIZE];
        for (long hash : shingles) {
            for (int bit = 0; bit < Long.SIZE; bit++) {
                weights[bit] += (hash >>> bit & 1) == 1 ? 1 : -1;
            }
        }
        long signature = 0;
        for (int bit = 0; bit < Long.SIZE; bit++) {
            if (weights[bit] > 0) {
                signature |= 1L << bit;
            }
        }
        return HexFormat.of().toHexDigits(signature);
    }

    /** FNV-1a, 64 bits: fast, well spread, and the same on every JVM (unlike String.hashCode's 32 bits). */
    private static long fnv1a(String shingle) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : shingle.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
