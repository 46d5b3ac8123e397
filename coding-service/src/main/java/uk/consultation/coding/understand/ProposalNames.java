package uk.consultation.coding.understand;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.consultation.coding.language.CaseFolding;
import uk.consultation.schemas.consultation.Question;

/**
 * Questions a sentence names by one of the short names the consultation gives what they ask about
 * ({@link Question#names()}): "No to the definition.", "We reject "local integration plans"." Case, quotes and
 * hyphens aside. A name followed by "of" names something else ("the definition of madness"), unless the longer phrase
 * is a name too ("definition of integration").
 */
final class ProposalNames {

    /** Words joining parts of a sentence; those in the group set one verdict against another. */
    private static final String COORDINATOR = "(?:(but|whereas|while|though|although|however|yet)|and|or|nor)";

    /**
     * Where a new verdict may start in a sentence naming several proposals: a semicolon, comma, colon or dash, a
     * coordinator, or both (", but"): "Yes to local plans but no to the leadership stuff.".
     */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\s*(?:(;)|[,:]|\\s[-–—])\\s*(?:" + COORDINATOR
            + "\\s+)?|\\s+" + COORDINATOR + "\\s+", Pattern.CASE_INSENSITIVE);

    /**
     * A part giving instances of what the part before it names ("We reject the integration measures, such as English
     * language levels."): the names in it are examples of that proposal, not proposals judged in their own right.
     */
    private static final Pattern INSTANCE = Pattern.compile(
            "(?:such as|including|like|for example|for instance|e\\.g\\.|especially|notably)\\b",
            Pattern.CASE_INSENSITIVE);

    private ProposalNames() {
    }

    /**
     * A part of a sentence and the proposals it names: one or more, several where no break falls between them.
     *
     * @param listed whether it goes on from the part before it with no contrast ("the definition, the local plans"), so
     *               that the two may share a verdict; not after a semicolon or "but", "whereas", "while", "though"
     */
    record Clause(String text, Set<Question> named, boolean listed) {
    }

    /**
     * The sentence's parts each naming a proposal, in order: split where a new verdict may start, a part naming none,
     * or giving instances of the part before it, joined to that part (or, first, to the one after), since it goes on
     * with that part's verdict ("the local plans are not") or its list ("the definition, the local plans and the
     * leadership programme").
     */
    static List<Clause> clauses(String sentence, List<Question> questions) {
        List<Clause> clauses = new ArrayList<>();
        String pending = "";
        boolean listed = false;
        List<int[]> unbroken = namesHoldingBreaks(sentence, questions);
        Matcher breaks = CLAUSE_BREAK.matcher(sentence);
        int from = 0;
        boolean more = true;
        while (more) {
            more = breaks.find();
            if (more && unbroken.stream().anyMatch(name -> name[0] < breaks.start() && breaks.end() < name[1])) {
                continue;
            }
            String part = sentence.substring(from, more ? breaks.start() : sentence.length());
            String text = pending.isEmpty() ? part : pending + " " + part;
            Set<Question> named = in(part, questions);
            if (!named.isEmpty() && (clauses.isEmpty() || !INSTANCE.matcher(part).lookingAt())) {
                clauses.add(new Clause(text, named, listed));
                pending = "";
            } else if (clauses.isEmpty()) {
                pending = text;
            } else {
                Clause last = clauses.remove(clauses.size() - 1);
                clauses.add(new Clause(last.text() + " " + part, last.named(), last.listed()));
            }
            if (more) {
                // A contrast, or a semicolon, starts a verdict of its own.
                listed = breaks.group(1) == null && breaks.group(2) == null && breaks.group(3) == null;
                from = breaks.end();
            }
        }
        return clauses;
    }

    /** Where the sentence gives a name that holds a break ("Places and Community"), which no clause splits. */
    private static List<int[]> namesHoldingBreaks(String sentence, List<Question> questions) {
        List<int[]> spans = new ArrayList<>();
        String text = words(sentence);
        for (Question question : questions) {
            for (String name : question.names()) {
                // looked for in the sentence as written only where its words hold the name
                if (CLAUSE_BREAK.matcher(name).find() && text.contains(words(name))) {
                    Matcher given = Pattern.compile("(?<![\\p{L}\\p{N}])" + String.join("[^\\p{L}\\p{N}]+",
                            words(name).strip().split(" ")) + "(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(sentence);
                    while (given.find()) {
                        spans.add(new int[] {given.start(), given.end()});
                    }
                }
            }
        }
        return spans;
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
