package uk.consultation.coding.understand;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/** Questions a passage names by number: "Question 4", "question 9(a)", "Q12", "questions 5 and 6". */
final class ExplicitReferences {

    /** Where a reference begins: the word, then its first number. */
    private static final Pattern NAMED = Pattern.compile("\\b(?:questions?|q)\\s*+\\.?\\s*+(?=\\d)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,2})\\s*(?:\\(\\s*([a-z])\\s*\\)|([a-z])(?![a-z]))?",
            Pattern.CASE_INSENSITIVE);

    /** Between the numbers of a list. */
    private static final Pattern AND = Pattern.compile("\\s*+(?:,|and|&|or)\\s*+(?=\\d)", Pattern.CASE_INSENSITIVE);

    private ExplicitReferences() {
    }

    /**
     * The list after "questions" is read number by number rather than by one pattern that repeats: Java matches a
     * repeated group by recursion, so a long enough list ("questions 5, 6, 6, 6, …") overflowed the stack.
     */
    static Set<Question> in(String text, ConsultationDefinition consultation) {
        Set<Question> named = new LinkedHashSet<>();
        Matcher reference = NAMED.matcher(text);
        Matcher number = NUMBER.matcher(text);
        Matcher and = AND.matcher(text);
        while (reference.find()) {
            int at = reference.end();
            while (number.region(at, text.length()).lookingAt()) {
                String letter = number.group(2) != null ? number.group(2) : number.group(3);
                String wanted = number.group(1) + (letter == null ? "" : letter.toLowerCase(Locale.ROOT));
                consultation.questions().stream()
                        .filter(question -> question.number().toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]", "")
                                .equals(wanted))
                        .forEach(named::add);
                if (!and.region(number.end(), text.length()).lookingAt()) {
                    break;
                }
                at = and.end();
            }
        }
        return named;
    }
}
