package uk.consultation.coding.theme;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How close in meaning a sentence must be to a theme for the theme to be coded.
 *
 * @param threshold   a theme is assigned when its score (0 to 1) reaches this; a sentence below it for every theme
 *                    is kept as unmatched, for emerging themes
 * @param margin      a sentence raises only the themes within this of its best-scoring one: a sentence about one theme
 *                    often comes close to its neighbours in the codeframe too
 * @param reviewBelow an answer whose best theme score is under this is flagged {@code needs_review}: its text fits
 *                    no theme of the codeframe; 0 flags none
 * @param unmatchedPerQuestion how many unmatched sentences are kept per question, the latest responses' first
 */
@ConfigurationProperties("coding.themes")
public record ThemeSettings(double threshold, double margin, double reviewBelow, int unmatchedPerQuestion) {

    public ThemeSettings {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("coding.themes.threshold must be above 0 and at most 1, not " + threshold);
        }
        if (margin < 0 || margin > 1) {
            throw new IllegalArgumentException("coding.themes.margin must be 0 to 1, not " + margin);
        }
        if (reviewBelow < 0 || reviewBelow > threshold) {
            throw new IllegalArgumentException("coding.themes.review-below must be 0 to the threshold, not "
                    + reviewBelow);
        }
        if (unmatchedPerQuestion < 1) {
            throw new IllegalArgumentException("coding.themes.unmatched-per-question must be at least 1, not "
                    + unmatchedPerQuestion);
        }
    }
}
