package uk.consultation.coding.understand;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sure the reading of free text must be.
 *
 * @param mapAbove      how close in meaning (cosine, -1 to 1) a passage must come to a question, or to its chapter's
 *                      questions under a chapter heading, to be mapped to it
 * @param unmappedWords a paragraph or point of free text at least this many words long that maps to no question may
 *                      be an answer the coder missed, and sends the response to an analyst
 */
@ConfigurationProperties("coding.understanding")
public record UnderstandingSettings(double mapAbove, int unmappedWords) {

    public UnderstandingSettings {
        if (mapAbove <= 0 || mapAbove >= 1) {
            throw new IllegalArgumentException("coding.understanding.map-above must be between 0 and 1, not " + mapAbove);
        }
        if (unmappedWords < 1) {
            throw new IllegalArgumentException("coding.understanding.unmapped-words must be at least 1, not "
                    + unmappedWords);
        }
    }
}
