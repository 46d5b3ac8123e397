package uk.consultation.coding.campaign;

import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.coding.ResponseCoded;

/**
 * A coding on its way to the campaign step ({@code responses-coded-ungrouped}), with what that step needs to place it,
 * computed where the text is at hand. A coding made without reading the text again (a review, an erasure) has no
 * preview and no bands: its response was placed when first coded.
 *
 * @param coded   the coding, with its text signature
 * @param preview the start of its campaign text, personal data removed: the campaign's canonical text, should this
 *                response's arrival form one
 * @param bands   its keys in the campaign index ({@link CampaignBands}); absent for a text too short to tell a
 *                campaign by, and then the preview is absent too
 */
record Ungrouped(ResponseCoded coded, @Nullable String preview, @Nullable List<String> bands) {

    /** Enough of the canonical text for a report author to recognise the campaign. */
    static final int PREVIEW_CHARS = 500;

    static Ungrouped of(ResponseCoded coded, String text, int minWords) {
        return TextSignature.shingles(text, minWords)
                .map(shingles -> new Ungrouped(coded.grouped(TextSignature.of(shingles), null), preview(text),
                        CampaignBands.of(shingles)))
                .orElseGet(() -> new Ungrouped(coded.grouped(null, null), null, null));
    }

    private static String preview(String text) {
        String stripped = text.strip();
        return stripped.length() <= PREVIEW_CHARS ? stripped : stripped.substring(0, PREVIEW_CHARS) + "…";
    }
}
