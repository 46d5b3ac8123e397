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

    public record Attachment(String filename, String mediaType, String text) {
    }

    /**
     * Where the response came from, to recognise a resubmission and to trace it back.
     *
     * @param idempotencyKey the client's Idempotency-Key header
     * @param messageId      an email's Message-ID
     * @param scanReference  a posted letter's scan reference
     */
    public record Source(
            @Nullable String idempotencyKey,
            @Nullable String messageId,
            @Nullable String subject,
            @Nullable String scanReference,
            @Nullable String transcribedBy) {

        public static Source none() {
            return new Source(null, null, null, null, null);
        }
    }
}
