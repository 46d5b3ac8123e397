package uk.consultation.coding.language;

/**
 * Lower case for matching response text. {@link String#toLowerCase} will not do: it takes time quadratic in a run of
 * capital sigmas (for each Σ it scans the word to choose σ or ς), which a response can hold, and it changes the
 * length of some text (İ becomes i and a combining dot), so that positions found in the lower-case copy miss the
 * original.
 */
public final class CaseFolding {

    private CaseFolding() {
    }

    /** Each character's own lower case: as long as the text, in linear time. */
    public static String lower(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        text.codePoints().forEach(c -> lower.appendCodePoint(Character.toLowerCase(c)));
        return lower.toString();
    }
}
