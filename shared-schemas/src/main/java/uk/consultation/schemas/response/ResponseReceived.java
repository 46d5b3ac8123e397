package uk.consultation.schemas.response;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;

/**
 * A response as intake received it, from any channel. It carries no contact details: those travel on
 * {@code response-contacts}, which only intake reads.
 *
 * @param reference   the short reference the respondent was given
 * @param late        received after the consultation closed
 * @param answers     answers by question id, when the channel had a form (online)
 * @param documentText the body of an email or the transcription of a letter
 * @param attachments text extracted from an email's attachments
 */
public record ResponseReceived(
        String responseId,
        String consultationId,
        String reference,
        Channel channel,
        Instant receivedAt,
        boolean late,
        Respondent respondent,
        Map<String, Answer> answers,
        @Nullable String documentText,
        List<Attachment> attachments,
        Source source) {

    public ResponseReceived {
        answers = Map.copyOf(answers);
        attachments = List.copyOf(attachments);
    }

    /**
     * Who responded, as far as the channel says (the online form asks; emails and letters leave it to coding);
     * contact details are not here.
     */
    public record Respondent(@Nullable RespondentType type, @Nullable String organisationName) {
    }

    /** One answer on a form: a position for closed questions, a comment for any. */
    public record Answer(@Nullable Position position, @Nullable String comment) {
    }

    /**
     * An email attachment, with the text read from it.
     *
     * @param unreadable why no text could be read from it (a password, a damaged file), for an analyst to follow up
     *                   from the original email; absent when it was read
     */
    public record Attachment(String filename, String mediaType, String text, @Nullable String unreadable) {

        public static Attachment read(String filename, String mediaType, String text) {
            return new Attachment(filename, mediaType, text, null);
        }

        public static Attachment unreadable(String filename, String mediaType, String reason) {
            return new Attachment(filename, mediaType, "", reason);
        }
    }

    /**
     * Where the response came from, to recognise a resubmission and to trace it back.
     *
     * @param idempotencyKey       the client's Idempotency-Key header
     * @param messageId            an email's Message-ID
     * @param scanReference        a posted letter's scan reference
     * @param sentAt               an email's Date header: when the sender's mail client says it was sent, which the
     *                             sender can set to anything, so only information
     * @param receivedAtFromSender for an email, whether {@code receivedAt} is its Date header (an uploaded email,
     *                             whose arrival intake did not see) rather than when the consultation's mailbox took
     *                             it or intake did; absent for other channels
     * @param platform             the survey platform whose export the response was imported from, e.g.
     *                             {@code citizen-space}
     * @param platformResponseId   the platform's own id of the response, its row in the export
     */
    public record Source(
            @Nullable String idempotencyKey,
            @Nullable String messageId,
            @Nullable String subject,
            @Nullable String scanReference,
            @Nullable String transcribedBy,
            @Nullable Instant sentAt,
            @Nullable Boolean receivedAtFromSender,
            @Nullable String platform,
            @Nullable String platformResponseId) {

        /** A response by the form, the API or a letter: no email's dates, not from a platform's export. */
        public Source(@Nullable String idempotencyKey, @Nullable String messageId, @Nullable String subject,
                @Nullable String scanReference, @Nullable String transcribedBy) {
            this(idempotencyKey, messageId, subject, scanReference, transcribedBy, null, null, null, null);
        }

        public static Source none() {
            return new Source(null, null, null, null, null);
        }

        /** A row of a survey platform's export. */
        public static Source imported(String platform, String platformResponseId) {
            return new Source(null, null, null, null, null, null, null, platform, platformResponseId);
        }
    }
}
