package uk.consultation.coding.language;

import java.util.regex.Pattern;

/**
 * A writer declining to answer ("6. No comment.", "Nothing to add on schools.", "3. None that I know of.", "Outside our
 * remit.", "We do not comment on this question."): a reference to a question with nothing said about it answers it no
 * more than silence would (LABELLING.md).
 */
public final class Declining {

    private static final Pattern DECLINING = Pattern.compile("\\bno (?:further )?comments?\\b|\\bnot applicable\\b"
            + "|^\\W*n/?a\\W*$|\\bnothing (?:to add|to say|further)\\b|^[\\W\\d]*none\\b"
            + "|\\b(?:do|does|will|shall|can|would) not comment\\b|\\b(?:don['’]t|won['’]t|can['’]t|cannot) comment\\b"
            + "|\\bnot commenting\\b|\\boutside (?:our|my|the) (?:remit|scope|expertise)\\b"
            + "|\\b(?:offer|give|express|take|have) no (?:view|opinion|position)\\b|\\b(?:was|were) not discussed\\b");

    private Declining() {
    }

    /** Whether the text says the writer declines: a short text that does is a declined answer. */
    public static boolean declines(String text) {
        return DECLINING.matcher(CaseFolding.lower(text)).find();
    }
}
