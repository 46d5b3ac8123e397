package uk.consultation.schemas.coding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;

/**
 * One coding of a response. The latest record for a response id supersedes earlier ones, so figures retract the
 * previous coding's contribution and apply this one. Channel, dates and lateness are copied from the received
 * response so that reporting needs no other topic.
 *
 * @param version          increases with each new coding of the same response
 * @param answers          coded answers by question id; a question the response did not address is absent
 * @param flags            reasons to look at this response, e.g. {@code needs_review}
 * @param coderVersion     the version of the coding rules and models that produced this
 * @param codeframeVersion the consultation's codeframe version the themes come from
 * @param textSignature    a SimHash of the response's words (hex), which finds near-identical texts; absent for short
 *                         ones
 * @param campaign         the campaign whose text this response shares, if any
 * @param importedFrom     the survey platform whose export brought the response in (e.g. {@code citizen-space}), if
 *                         any, copied from the received response like its channel, so figures can be selected by it
 */
public record ResponseCoded(
        String responseId,
        String consultationId,
        int version,
        Instant codedAt,
        Channel channel,
        Instant receivedAt,
        boolean late,
        CodedRespondent respondent,
        Map<String, CodedAnswer> answers,
        List<String> flags,
        String coderVersion,
        int codeframeVersion,
        @Nullable String textSignature,
        @Nullable Campaign campaign,
        @Nullable String importedFrom) {

    /** What an erased answer's text becomes, in the style of the markers personal data is redacted to. */
    public static final String ERASED_TEXT = "[erased]";

    public ResponseCoded {
        answers = Map.copyOf(answers);
        flags = List.copyOf(flags);
    }

    /** A coding of a response that came through a channel of its own rather than a platform's export. */
    public ResponseCoded(String responseId, String consultationId, int version, Instant codedAt, Channel channel,
            Instant receivedAt, boolean late, CodedRespondent respondent, Map<String, CodedAnswer> answers,
            List<String> flags, String coderVersion, int codeframeVersion, @Nullable String textSignature,
            @Nullable Campaign campaign) {
        this(responseId, consultationId, version, codedAt, channel, receivedAt, late, respondent, answers, flags,
                coderVersion, codeframeVersion, textSignature, campaign, null);
    }

    /** This coding with its text signature and the campaign it belongs to, everything else unchanged. */
    public ResponseCoded grouped(@Nullable String textSignature, @Nullable Campaign campaign) {
        return new ResponseCoded(responseId, consultationId, version, codedAt, channel, receivedAt, late, respondent,
                answers, flags, coderVersion, codeframeVersion, textSignature, campaign, importedFrom);
    }

    /** Whether this coding is of a response whose text was erased. */
    public boolean erased() {
        return flags.contains(CodingFlags.ERASED);
    }

    /**
     * The next version of this coding with every word the respondent wrote taken out: answers' texts, themes'
     * evidence, the organisation's name. What the figures count (questions answered, positions, themes, respondent type,
     * channel, dates, campaign) is unchanged, so the figures stay the same; only {@code needs_review} goes, as nothing
     * is left to review. An answer that had text keeps the marker
     * {@code [erased]}, so that an open question it answered still counts as answered.
     */
    public ResponseCoded erased(Instant at) {
        Map<String, CodedAnswer> kept = new HashMap<>();
        answers.forEach((questionId, answer) -> kept.put(questionId, new CodedAnswer(answer.position(),
                answer.source(), answer.confidence(),
                answer.text() == null || answer.text().isBlank() ? null : ERASED_TEXT,
                answer.themes().stream().map(theme -> new ThemeAssignment(theme.code(), theme.score(),
                        theme.source(), null)).toList())));
        // Nothing is left for an analyst to review
        List<String> erasedFlags = new ArrayList<>(flags);
        erasedFlags.remove(CodingFlags.NEEDS_REVIEW);
        if (!erasedFlags.contains(CodingFlags.ERASED)) {
            erasedFlags.add(CodingFlags.ERASED);
        }
        return new ResponseCoded(responseId, consultationId, version + 1, at, channel, receivedAt, late,
                new CodedRespondent(respondent.type(), respondent.source(), respondent.confidence(), null), kept,
                erasedFlags, coderVersion, codeframeVersion, textSignature, campaign, importedFrom);
    }

    /**
     * Identical and near-identical responses, as an organised campaign sends them. Each member is still counted; the
     * figures can show campaign responses apart.
     *
     * @param canonicalResponseId the campaign's first response, whose text stands for all
     * @param canonicalText       that text, with personal data removed, shortened to a preview
     */
    public record Campaign(String id, String canonicalResponseId, String canonicalText) {
    }

    /** The respondent type the figures count this response under, and how sure the coder is of it. */
    public record CodedRespondent(
            RespondentType type,
            CodingSource source,
            double confidence,
            @Nullable String organisationName) {
    }

    /**
     * The coding of one question's answer.
     *
     * @param position   absent when the answer took no position (open questions, comments only)
     * @param source     where the position came from; absent with the position
     * @param confidence how sure the coder is that this answer and position belong to this question, 0 to 1
     * @param text       the answer's text with personal data removed, when there is any
     */
    public record CodedAnswer(
            @Nullable Position position,
            @Nullable CodingSource source,
            double confidence,
            @Nullable String text,
            List<ThemeAssignment> themes) {

        public CodedAnswer {
            themes = List.copyOf(themes);
        }
    }

    /**
     * A codeframe theme found in an answer.
     *
     * @param score    the coder's score for the theme, 0 to 1
     * @param evidence the sentence that supports it
     */
    public record ThemeAssignment(String code, double score, CodingSource source, @Nullable String evidence) {
    }
}
