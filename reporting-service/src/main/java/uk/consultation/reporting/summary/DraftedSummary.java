package uk.consultation.reporting.summary;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A summary of responses as drafted from the figures, ready to be written out as Markdown or Word.
 *
 * @param title    the consultation's title
 * @param sections who responded, then each question in the order asked
 */
record DraftedSummary(String title, List<Section> sections) {

    /**
     * @param chapter    the part of the consultation the section opens, if it opens one
     * @param heading    e.g. "Question 1"
     * @param question   the question as asked, if the section is about one
     * @param paragraphs the figures in words
     * @param points     the themes raised most, each with how often and an example
     */
    record Section(@Nullable String chapter, String heading, @Nullable String question, List<String> paragraphs,
            List<Point> points) {
    }

    /** A theme raised, with a respondent's own words (personal data removed) when coding kept some. */
    record Point(String text, @Nullable String quote) {
    }
}
