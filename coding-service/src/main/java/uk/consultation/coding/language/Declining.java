package uk.consultation.coding.language;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A writer declining to answer ("6. No comment.", "Nothing to add on schools.", "3. None that I know of.", "Outside our
 * remit.", "We do not comment on this question."): a reference to a question with nothing said about it answers it no
 * more than silence would (LABELLING.md), and neither does a list of those the writer has not answered ("We have not
 * responded to questions 4 and 5."). So is leaving it to others ("I will leave that one to the councils", "… and will
 * leave it there"), as the writer says it; not "Leave it to the parents", "I would leave it to the councils to decide"
 * or "We leave it to councils to decide", views on who should do it.
 */
public final class Declining {

    /**
     * "It" standing for what follows, a view on who should do it: "We leave it to councils to decide" (not "… to
     * others to comment", a decline still); so with no "it" ("We will leave to councils to decide …"), where otherwise
     * the question named before is what is left ("Q6 I will leave to those who run it.", never "We leave for work at
     * six").
     */
    private static final String WHO_SHOULD = " (?:to|for)(?: [a-z'’-]+){1,4} to (?!(?:comment|answer|respond|reply|say"
            + "|speak)\\b)[a-z]";

    /**
     * The writer saying what it has not answered ("we have not responded to", "I didn't answer"); not "the paper does
     * not answer the questions people ask", a view.
     */
    private static final String NOT_ANSWERED = "(?:(?:have|has|had|did|will|shall|are|am|is) not"
            + "|(?:have|has|had|did|wo|are|is)n['’]t)";

    private static final Pattern DECLINING = Pattern.compile("\\bno (?:further )?comments?\\b|\\bnot applicable\\b"
            + "|^\\W*n/?a\\W*$|\\bnothing (?:to add|to say|further)\\b|^[\\W\\d]*none\\b"
            + "|\\b(?:do|does|will|shall|can|would) not comment\\b|\\b(?:don['’]t|won['’]t|can['’]t|cannot) comment\\b"
            + "|\\bnot commenting\\b|\\boutside (?:our|my|the) (?:remit|scope|expertise)\\b"
            + "|\\b(?:offer|give|express|take|have) no (?:view|opinion|position)\\b|\\b(?:was|were) not discussed\\b"
            + "|\\b(?:i|we)(?:['’]ll| will| shall)? leave (?:that|this|it(?!" + WHO_SHOULD + ")|those|these)"
            + "(?: one| question| part| point)? (?:to|for)\\b"
            + "|\\b(?:i|we)(?:['’]ll| will| shall) leave(?!" + WHO_SHOULD + ") (?:to|for)\\b"
            + "|\\b(?:['’]ll|will|shall) leave it there\\b"
            + "|\\b" + NOT_ANSWERED + " (?:respond|repl|answer)[a-z]*+(?: to)?(?: (?!(?:questions?|q)\\b)[a-z]+){0,2}"
            + " (?:questions\\b|(?:question|q)\\W{0,2}\\d)");

    /**
     * A decline pointing back at what the sentence has just said: "… and offer no view on them here", the pronoun
     * ending its clause; not one pointing forward ("no view on this question", "on these proposals, but …").
     */
    private static final Pattern BACK = Pattern.compile("\\s+(?:on|about)\\s+(?:it|them|this|these|that|those)"
            + "(?:\\s+here)?(?=\\s*(?:[.,;:!?)]|$))");

    private Declining() {
    }

    /** Whether the text declines to comment on what it has just said ("… but I'm not commenting on it here"). */
    public static boolean declinesWhatItSays(String text) {
        return declinedUpTo(CaseFolding.lower(text)) > 0;
    }

    /**
     * What the writer says after declining to comment on what the text has just said, in lower case: a view before it
     * is set aside with it ("participants were generally positive about them, but we … offer no view on them here").
     * The whole text where it declines nothing it has said ("I agree that young people should mix, but I have
     * nothing to say about the rest of the paper"), or nothing at all.
     */
    public static String afterDeclining(String text) {
        String lower = CaseFolding.lower(text);
        return lower.substring(declinedUpTo(lower));
    }

    /** Where the last decline pointing back at what was just said ends in the lower-cased text, else 0. */
    private static int declinedUpTo(String lower) {
        Matcher declining = DECLINING.matcher(lower);
        Matcher back = BACK.matcher(lower);
        int after = 0;
        while (declining.find()) {
            if (back.region(declining.end(), lower.length()).lookingAt()) {
                after = back.end();
            }
        }
        return after;
    }

    /** Whether the text says the writer declines: a short text that does is a declined answer. */
    public static boolean declines(String text) {
        return DECLINING.matcher(CaseFolding.lower(text)).find();
    }
}
