package uk.consultation.coding.review;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which codings an analyst should look at.
 *
 * @param confidenceBelow a coding with a respondent or answer confidence below this goes to the review queue, as does
 *                        one flagged {@code needs_review}; inferred confidences are calibrated (code.Calibration),
 *                        so that one at 0.6 is right about six times in ten
 */
@ConfigurationProperties("coding.review")
record ReviewSettings(double confidenceBelow) {

    ReviewSettings {
        if (confidenceBelow < 0 || confidenceBelow > 1) {
            throw new IllegalArgumentException("coding.review.confidence-below must be 0 to 1, not " + confidenceBelow);
        }
    }
}
