package uk.consultation.coding.code;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.RespondentType;

/**
 * Tells an organisation's response from an individual's when the text does not say which: organisations write on
 * behalf of a named body, on letterhead, about "our members", and sign with a role. Each sign adds to a score; the
 * confidence says how clear the signs were, so that unclear cases go to an analyst.
 */
final class RespondentInference {

    /** Below this an analyst should confirm the respondent type. */
    static final double REVIEW_BELOW = 0.8;

    private static final int ORGANISATION_SCORE = 3;

    /** Capitalised words on one line, with the small words names have ("Council for Racial Equality"). */
    private static final String NAME = "(?<name>\\p{Lu}[\\p{L}&'’-]*(?:[ \\t]+(?:of|for|and|the|&|\\p{Lu}[\\p{L}&'’-]*))*)";

    private static final String BODY_WORDS = "Trust|Foundation|Council|Association|Network|Forum|Society|Federation|"
            + "Institute|Partnership|Charity|Ltd|Limited|CIC|Church|Mosque|Synagogue|Gurdwara|Temple|Diocese|University|"
            + "College|School|Group|Alliance|Centre|Center|Union|Board|Commission|Committee|Authority|Agency|Coalition|"
            + "Campaign|Project|Neighbours|Action|Service|Services";

    private static final Pattern ON_BEHALF_OF = Pattern.compile("(?i:on behalf of (?:the\\s+)?)" + NAME);

    private static final Pattern OWN_RESPONSE = Pattern.compile(
            NAME + "(?:'s|’s|’|')\\s+(?i:response|submission|evidence)");

    private static final Pattern AT_BODY = Pattern.compile(
            "\\bAt\\s+" + NAME + ",\\s+(?:we|our)\\b");

    private static final Pattern LETTERHEAD = Pattern.compile(
            "^\\s*(?<name>(?:\\p{Lu}[\\p{L}&'’.-]*\\s+){0,6}(?:" + BODY_WORDS + ")(?:\\s+\\p{Lu}[\\p{L}&'’.-]*){0,4})\\s*$");

    private static final Pattern COLLECTIVE = Pattern.compile(
            "\\b(?:our|we represent)\\s+(?:organisation|organization|members|membership|charity|network|trust|"
                    + "foundation|council|association|staff|volunteers|service users|partner organisations|"
                    + "submission|response|programme|grantees)\\b"
                    + "|\\bwe are a(?:n)?\\s+(?:\\w+\\s+){0,3}(?:charity|organisation|organization|network|body|"
                    + "association|council|trust|foundation|provider|membership)\\b"
                    + "|\\bregistered charity\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ROLE = Pattern.compile(
            "\\b(?:Chief Executive|CEO|Director|Chair(?:man|woman|person)?|Policy (?:Officer|Manager|Adviser|Advisor|Lead)|"
                    + "Head of [A-Z][a-z]+|Secretary|Trustee|(?:Senior |Programme |Grants? )?Manager|Coordinator|"
                    + "Co-ordinator|Councillor|Leader of the Council)\\b");

    private static final Pattern FIRST_PERSON_PLURAL = Pattern.compile("\\b(?:we|our|us)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern FIRST_PERSON_SINGULAR = Pattern.compile("\\b(?:I|my|me)\\b");

    private RespondentInference() {
    }

    record Inference(RespondentType type, double confidence, @Nullable String organisationName) {
    }

    static Inference infer(List<String> texts) {
        String text = String.join("\n\n", texts);
        int score = 0;
        Optional<String> name = Optional.empty();
        for (Pattern named : List.of(ON_BEHALF_OF, OWN_RESPONSE, AT_BODY)) {
            Optional<String> found = found(named, text);
            if (found.isPresent()) {
                score += ORGANISATION_SCORE;
                name = name.or(() -> found);
            }
        }
        Optional<String> letterhead = text.lines().limit(6).map(LETTERHEAD::matcher).filter(Matcher::matches)
                .map(matcher -> matcher.group("name").strip()).findFirst();
        if (letterhead.isPresent()) {
            score += 2;
            name = name.or(() -> letterhead);
        }
        score += Math.min(2, count(COLLECTIVE, text));
        if (ROLE.matcher(text).find()) {
            score += 1;
        }
        long plural = count(FIRST_PERSON_PLURAL, text);
        long singular = count(FIRST_PERSON_SINGULAR, text);
        if (plural >= 3 && plural > 2 * singular) {
            score += 1;
        } else if (singular > plural) {
            score -= 1;
        }
        if (score >= ORGANISATION_SCORE) {
            return new Inference(RespondentType.ORGANISATION, Math.min(0.95, 0.5 + 0.1 * score), name.orElse(null));
        }
        // Most respondents are individuals; sure of it only when they write as "I" and show no sign of a body.
        boolean ownVoice = singular > plural && score <= 0;
        return new Inference(RespondentType.INDIVIDUAL, ownVoice ? 0.85 : 0.6, null);
    }

    private static Optional<String> found(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String name = matcher.group("name").strip();
            // "On behalf of My family" or "At Last, we" are not bodies: a body's name has a word a body uses.
            if (Pattern.compile("\\b(?:" + BODY_WORDS + ")\\b").matcher(name).find() || name.split("\\s+").length >= 2) {
                return Optional.of(name.replaceAll("[.,;:]+$", ""));
            }
        }
        return Optional.empty();
    }

    private static long count(Pattern pattern, String text) {
        return pattern.matcher(text).results().count();
    }
}
