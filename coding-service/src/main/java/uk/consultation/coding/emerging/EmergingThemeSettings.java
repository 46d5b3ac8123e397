package uk.consultation.coding.emerging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How candidate themes are found.
 *
 * @param interval      how often candidates are proposed again from the latest unmatched sentences
 * @param similarity    how close in meaning (0 to 1) a sentence must be to a cluster's centre to join it
 * @param minResponses  a cluster is proposed only when at least this many responses are in it
 */
@ConfigurationProperties("coding.themes.emerging")
record EmergingThemeSettings(Duration interval, double similarity, int minResponses) {

    EmergingThemeSettings {
        if (similarity <= 0 || similarity > 1) {
            throw new IllegalArgumentException("coding.themes.emerging.similarity must be above 0 and at most 1, not "
                    + similarity);
        }
        if (minResponses < 2) {
            throw new IllegalArgumentException("coding.themes.emerging.min-responses must be at least 2, not "
                    + minResponses);
        }
    }
}
