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

    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(?:questions?|q)\\s*\\.?\\s*(\\d{1,2}\\s*(?:\\(\\s*[a-z]\\s*\\)|[a-z](?![a-z]))?"
                    + "(?:\\s*(?:,|and|&|or)\\s*\\d{1,2}\\s*(?:\\(\\s*[a-z]\\s*\\)|[a-z](?![a-z]))?)*)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,2})\\s*(?:\\(\\s*([a-z])\\s*\\)|([a-z]))?",
            Pattern.CASE_INSENSITIVE);

    private ExplicitReferences() {
    }

    static Set<Question> in(String text, ConsultationDefinition consultation) {
        Set<Question> named = new LinkedHashSet<>();
        Matcher reference = REFERENCE.matcher(text);
        while (reference.find()) {
            Matcher number = NUMBER.matcher(reference.group(1));
            while (number.find()) {
                String letter = number.group(2) != null ? number.group(2) : number.group(3);
                String wanted = number.group(1) + (letter == null ? "" : letter.toLowerCase(Locale.ROOT));
                consultation.questions().stream()
                        .filter(question -> question.number().toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]", "")
                                .equals(wanted))
                        .forEach(named::add);
            }
        }
        return named;
    }
}
