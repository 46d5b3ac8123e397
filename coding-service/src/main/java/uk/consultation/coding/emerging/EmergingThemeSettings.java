package uk.consultation.coding.emerging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How candidate themes are found, and how much work that may take.
 *
 * @param interval              how often candidates are proposed again from the latest unmatched sentences
 * @param similarity            how close in meaning (0 to 1) a sentence must be to a cluster's centre to join it
 * @param minResponses          a cluster is proposed only when at least this many responses are in it
 * @param sentencesPerQuestion  how many of a question's unmatched sentences are clustered, the latest responses'
 * @param comparisonsPerQuestion how many times clustering a question may compare two vectors; finding each sentence's
 *                              nearest neighbours takes about half the square of the sentences, so it must allow that
 */
@ConfigurationProperties("coding.themes.emerging")
record EmergingThemeSettings(Duration interval, double similarity, int minResponses, int sentencesPerQuestion,
        long comparisonsPerQuestion) {

    EmergingThemeSettings {
        if (similarity <= 0 || similarity > 1) {
            throw new IllegalArgumentException("coding.themes.emerging.similarity must be above 0 and at most 1, not "
                    + similarity);
        }
        if (minResponses < 2) {
            throw new IllegalArgumentException("coding.themes.emerging.min-responses must be at least 2, not "
                    + minResponses);
        }
        if (sentencesPerQuestion < 2) {
            throw new IllegalArgumentException("coding.themes.emerging.sentences-per-question must be at least 2, not "
                    + sentencesPerQuestion);
        }
        long pairs = (long) sentencesPerQuestion * (sentencesPerQuestion - 1) / 2;
        if (comparisonsPerQuestion < pairs) {
            throw new IllegalArgumentException("coding.themes.emerging.comparisons-per-question must be at least "
                    + pairs + " for " + sentencesPerQuestion + " sentences a question, not " + comparisonsPerQuestion);
        }
    }
}
