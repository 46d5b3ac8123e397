package uk.consultation.coding.understand;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sure the reading of free text must be.
 *
 * @param mapAbove    how close in meaning (cosine, -1 to 1) a passage must come to a question, or to its chapter's
 *                    questions under a chapter heading, to be mapped to it
 * @param reviewBelow a mapping or position less sure than this (0 to 1) sends the response to an analyst
 */
@ConfigurationProperties("coding.understanding")
public record UnderstandingSettings(double mapAbove, double reviewBelow) {

    public UnderstandingSettings {
        if (mapAbove <= 0 || mapAbove >= 1) {
            throw new IllegalArgumentException("coding.understanding.map-above must be between 0 and 1, not " + mapAbove);
        }
        if (reviewBelow < 0 || reviewBelow > 1) {
            throw new IllegalArgumentException("coding.understanding.review-below must be 0 to 1, not " + reviewBelow);
        }
    }
}
