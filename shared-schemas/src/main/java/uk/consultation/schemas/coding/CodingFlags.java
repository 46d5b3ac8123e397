package uk.consultation.schemas.coding;

/** The flags a {@link ResponseCoded} may carry: what analysts look at, and what reports count. */
public final class CodingFlags {

    /** Something about the coding is not certain: an analyst should look. */
    public static final String NEEDS_REVIEW = "needs_review";

    /**
     * Text (an email body, a letter, an attachment) from which neither the template nor the reading of free text got
     * an answer.
     */
    public static final String UNCODED_TEXT = "uncoded_text";

    /**
     * An answer's text is far from every theme of its question's codeframe: off the subject, or put to the wrong
     * question. Comes with {@link #NEEDS_REVIEW}.
     */
    public static final String NO_THEME_FITS = "no_theme_fits";

    /**
     * A paragraph of free text long enough to be an answer maps to no question: an answer may have been missed. Alone
     * (mostly the writer's introduction) it sends nothing for review; with {@link #UNMAPPED_ANSWER}, or for a
     * consultation without a learned question head to tell an introduction from an answer, it comes with
     * {@link #NEEDS_REVIEW}.
     */
    public static final String UNMAPPED_PASSAGE = "unmapped_passage";

    /**
     * A paragraph that maps to no question reads, to the learned question head, as an answer to a question not coded: a
     * likely missed answer, where an {@link #UNMAPPED_PASSAGE} alone is mostly the writer's introduction; or a passage
     * answering one chapter's questions reads surely as an answer to another chapter's besides. Comes with
     * {@link #NEEDS_REVIEW}, and with {@link #UNMAPPED_PASSAGE} where a paragraph maps to nothing.
     */
    public static final String UNMAPPED_ANSWER = "unmapped_answer";

    /** An email attachment whose text could not be read (a password, a damaged file): an analyst opens the original. */
    public static final String UNREADABLE_ATTACHMENT = "unreadable_attachment";

    /** Disagreed with every closed question answered, and wrote nothing: reported as a count of its own. */
    public static final String NO_TO_ALL = "no_to_all";

    /**
     * The respondent's text was erased (on request, or at the end of the consultation's retention): the coding keeps
     * what the figures count and no words; the response is never coded from text again.
     */
    public static final String ERASED = "erased";

    private CodingFlags() {
    }
}
