package uk.consultation.coding.understand;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import uk.consultation.coding.language.CaseFolding;
import uk.consultation.schemas.consultation.Question;

/**
 * Questions a sentence names by one of the short names the consultation gives what they ask about
 * ({@link Question#names()}): "No to the definition.", "We reject "local integration plans"." Case, quotes and
 * hyphens aside. A name followed by "of" names something else ("the definition of madness"), unless the longer phrase
 * is a name too ("definition of integration").
 */
final class ProposalNames {

    private ProposalNames() {
    }

    static Set<Question> in(String sentence, List<Question> questions) {
        String text = words(sentence);
        Set<Question> named = new LinkedHashSet<>();
        for (Question question : questions) {
            if (question.names().stream().anyMatch(name -> names(text, words(name)))) {
                named.add(question);
            }
        }
        return named;
    }

    /** Whether the words hold the name, not followed by "of". Both padded with a space, so a match is whole words. */
    private static boolean names(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (!text.startsWith(" of ", at + name.length() - 1)) {
                return true;
            }
        }
        return false;
    }

    /** The text's words, lower case, between single spaces, with a space at each end. */
    private static String words(String text) {
        return " " + CaseFolding.lower(text).replaceAll("[^\\p{L}\\p{N}]+", " ").trim() + " ";
    }
}
