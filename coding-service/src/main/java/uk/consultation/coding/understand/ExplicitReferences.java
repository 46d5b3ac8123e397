package uk.consultation.coding.understand;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * Questions a passage names by number, in the ways people write one: "Question 4", "question 9(a)", "Q.9(b)", "Q12",
 * "questions 5 and 6", "question nine part two", "question (iv)", "your fourth question", and an answer that opens
 * with the number alone ("4 no, waste of money", "(iv) Yes", "Six:" standing as a heading).
 */
final class ExplicitReferences {

    private static final List<String> WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen");

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth");

    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
            "xi", "xii", "xiii", "xiv");

    private static final String WORD = "(?:" + alternatives(WORDS) + ")(?![a-z])";

    private static final String ROMAN_NUMERAL = "(?:" + alternatives(ROMAN) + ")(?![a-z])";

    /**
     * A question's number: digits, a word, a roman numeral in brackets, or one of two letters or more (a lone "I" or
     * "v" is a word far more often than a number); then the part, if any ("(b)", "b", "part two"). Not a word saying
     * how the questions are gone through ("the questions one by one", "one at a time", "one after another").
     */
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,2}|" + WORD
            + "(?!\\s++(?:by|at\\s++a\\s++time|after)\\b)|\\(\\s*+" + ROMAN_NUMERAL
            + "\\s*+\\)|(?=[a-z]{2})" + ROMAN_NUMERAL + ")(?:\\s*+\\(\\s*+([a-z])\\s*+\\)|(?<=\\d)([a-z])(?![a-z])"
            + "|,?\\s++part\\s++(one|two|a|b|1|2|i|ii)(?![a-z]))?", Pattern.CASE_INSENSITIVE);

    /** Where a reference begins: the word, then its first number. */
    private static final Pattern NAMED = Pattern.compile("\\b(?:questions?|q)\\s*+\\.?\\s*+(?=\\d|\\(|[a-z]{2})",
            Pattern.CASE_INSENSITIVE);

    /** "Your fourth question", "the ninth question". */
    private static final Pattern ORDINAL = Pattern.compile("\\b(?:your|the)\\s++(" + alternatives(ORDINALS)
            + ")\\s++question\\b", Pattern.CASE_INSENSITIVE);

    /** Between the numbers of a list. */
    private static final Pattern AND = Pattern.compile("\\s*+(?:,|and|&|or)\\s*+(?=\\d|\\(|[a-z]{2})",
            Pattern.CASE_INSENSITIVE);

    /** What an answer to a closed question opens with: "no, waste of money", "Yes –", "not sure". */
    private static final String ANSWER = "(?:yes|no(?![\\s-]++one\\b)|agree|disagree|not\\s++sure|unsure"
            + "|strongly\\s++(?:agree|disagree|support|oppose)|partly|partially|don'?t\\s++know)\\b";

    /**
     * A number opening a passage as its answer's, followed by the answer: "4 no", "9(b) Yes", "(iv) Yes", "Nine: yes".
     * A roman numeral needs its bracket or stop, or "I agree" would answer the first question.
     */
    private static final Pattern ANSWERED = Pattern.compile("^[\\s\"'‘“]*+(?:(?<digits>\\d{1,2})(?:\\(\\s*+(?<part>[a-z])"
            + "\\s*+\\)|(?<letter>[a-z])(?![a-z]))?\\s*+[.):\\-–—]?|(?<word>" + WORD + ")\\s*+[.):\\-–—]?|\\(?(?<roman>"
            + ROMAN_NUMERAL + ")[.)])\\s*+(?=" + ANSWER + ")", Pattern.CASE_INSENSITIVE);

    /** A number standing alone as the heading of what follows: "Six", "(iv)". Digits alone are a page's number. */
    private static final Pattern ALONE = Pattern.compile("^(?:(?<word>" + WORD + ")\\s*+[.:]?|\\(?(?<roman>"
            + ROMAN_NUMERAL + ")[.)])\\s*+$", Pattern.CASE_INSENSITIVE);

    /**
     * A number opening a passage, whatever follows it: "4. Leaders are not the problem.", "3 - the lunch club", "(iii)
     * Examples". Read as a question's only where the letter says its numbers follow the questions, or they skip
     * ({@link #skipsNumbers}): in most letters they number its own points.
     */
    private static final Pattern OPENING_NUMBER = Pattern.compile("^[\\s\"'‘“]*+(?:(\\d{1,2})"
            + "(?:\\(\\s*+([a-z])\\s*+\\)|([a-z])(?![a-z]))?\\s*+[.):\\-–—]|\\((" + ROMAN_NUMERAL + ")\\))\\s",
            Pattern.CASE_INSENSITIVE);

    private ExplicitReferences() {
    }

    /**
     * The list after "questions" is read number by number rather than by one pattern that repeats: Java matches a
     * repeated group by recursion, so a long enough list ("questions 5, 6, 6, 6, …") overflowed the stack.
     */
    static Set<Question> in(String text, ConsultationDefinition consultation) {
        Set<Question> named = new LinkedHashSet<>();
        opening(ANSWERED.matcher(text), consultation).ifPresent(named::add);
        opening(ALONE.matcher(text), consultation).ifPresent(named::add);
        Matcher reference = NAMED.matcher(text);
        Matcher number = NUMBER.matcher(text);
        Matcher and = AND.matcher(text);
        while (reference.find()) {
            int at = reference.end();
            while (number.region(at, text.length()).lookingAt()) {
                question(number, consultation).ifPresent(named::add);
                if (!and.region(number.end(), text.length()).lookingAt()) {
                    break;
                }
                at = and.end();
            }
        }
        Matcher ordinal = ORDINAL.matcher(text);
        while (ordinal.find()) {
            question(ORDINALS.indexOf(ordinal.group(1).toLowerCase(Locale.ROOT)) + 1, null, consultation)
                    .ifPresent(named::add);
        }
        return named;
    }

    /**
     * Whether the first of the texts to open with a number opens with a roman one: a letter numbering its answers as
     * the questions are numbers them all one way, and a number of the other kind is a point of its own inside one
     * ("11: We agree, and would add two things." then "(i) …", "(ii) …").
     */
    static boolean numberedInRoman(List<String> texts) {
        Matcher number = OPENING_NUMBER.matcher("");
        return texts.stream().filter(text -> number.reset(text).find()).findFirst()
                .map(text -> number.group(4) != null).orElse(false);
    }

    /**
     * The question whose number opens the text, as a point of a letter numbered as the questions are, in roman
     * numerals or in digits as the letter numbers them ({@link #numberedInRoman}).
     */
    static Optional<Question> opening(String text, ConsultationDefinition consultation, boolean roman) {
        Matcher number = OPENING_NUMBER.matcher(text);
        if (!number.find() || (number.group(4) != null) != roman) {
            return Optional.empty();
        }
        return question(openingValue(number),
                number.group(2) != null ? number.group(2) : number.group(3), consultation);
    }

    /**
     * Whether the numbers opening a letter's points count up and skip some ("(i)", "(ii)", "(iv)", "(vi)"; "2:", "5:",
     * "9a:", "9b:", "11:"): a letter numbering points of its own counts them one by one, so numbers that skip are the
     * questions', those the writer had nothing to say on left out. At least three, or two points and a skip may be
     * chance.
     */
    static boolean skipsNumbers(List<String> texts) {
        int count = 0;
        int last = 0;
        boolean skipped = false;
        for (String text : texts) {
            Matcher number = OPENING_NUMBER.matcher(text);
            if (number.find()) {
                int value = openingValue(number);
                if (value < last) {
                    return false;
                }
                skipped |= count > 0 && value > last + 1;
                last = value;
                count++;
            }
        }
        return skipped && count >= 3;
    }

    /** Whether a line opens with a question's number and the answer to it, as "4 no, waste of money" does. */
    static boolean answersByNumber(String line) {
        return ANSWERED.matcher(line).find();
    }

    private static Optional<Question> opening(Matcher opening, ConsultationDefinition consultation) {
        if (!opening.find()) {
            return Optional.empty();
        }
        String digits = opening.pattern() == ANSWERED ? opening.group("digits") : null;
        String number = digits != null ? digits : opening.group("word") != null ? opening.group("word")
                : opening.group("roman");
        String part = digits == null ? null : opening.group("part") != null ? opening.group("part")
                : opening.group("letter");
        return question(value(number), part, consultation);
    }

    private static Optional<Question> question(Matcher number, ConsultationDefinition consultation) {
        String part = number.group(2) != null ? number.group(2) : number.group(3);
        if (number.group(4) != null) {
            part = List.of("one", "a", "1", "i").contains(number.group(4).toLowerCase(Locale.ROOT)) ? "a" : "b";
        }
        return question(value(number.group(1)), part, consultation);
    }

    /** The value of the number an {@link #OPENING_NUMBER} found, in digits or in roman numerals. */
    private static int openingValue(Matcher opening) {
        return value(opening.group(1) != null ? opening.group(1) : opening.group(4));
    }

    /** The value of a number written in digits, in words or in roman numerals. */
    private static int value(String number) {
        String found = number.toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]", "");
        return found.matches("\\d+") ? Integer.parseInt(found)
                : WORDS.contains(found) ? WORDS.indexOf(found) + 1 : ROMAN.indexOf(found) + 1;
    }

    /**
     * The question of that number and part; a number alone names the first part of a question in parts ("question 9"
     * is 9(a)), and a part the question does not have is taken as no part ("question 4 a" is 4).
     */
    private static Optional<Question> question(int value, @Nullable String part, ConsultationDefinition consultation) {
        String wanted = value + (part == null ? "" : part.toLowerCase(Locale.ROOT));
        List<Question> questions = consultation.questions();
        return questions.stream().filter(question -> number(question).equals(wanted)).findFirst()
                .or(() -> questions.stream().filter(question -> number(question).equals(String.valueOf(value)))
                        .findFirst())
                .or(() -> questions.stream().filter(question -> number(question).matches(value + "[a-z]"))
                        .findFirst());
    }

    private static String number(Question question) {
        return question.number().toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]", "");
    }

    private static String alternatives(List<String> words) {
        // Longest first, so that "fourteen" is not read as "four".
        return String.join("|", words.stream().sorted((a, b) -> b.length() - a.length()).toList());
    }
}
