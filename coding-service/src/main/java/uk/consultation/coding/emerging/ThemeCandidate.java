package uk.consultation.coding.emerging;

import java.util.List;

/**
 * A theme answers to one question raise that its codeframe lacks, as proposed to an analyst.
 *
 * @param responses      how many responses raise it
 * @param sentences      how many of their sentences say it
 * @param suggestedLabel the words that set its sentences apart from the question's other unmatched ones
 * @param examples       sentences that say it best, with personal data already removed
 */
public record ThemeCandidate(String id, String questionId, int responses, int sentences, String suggestedLabel,
        List<String> examples) {

    public ThemeCandidate {
        examples = List.copyOf(examples);
    }
}
