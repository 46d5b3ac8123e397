package uk.consultation.intake.email;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.response.ResponseReceived.Attachment;

/**
 * What intake keeps of an email. The sender's name and address are here only to be passed on as contact details.
 *
 * @param messageId the Message-ID in its normal form, {@code <id@host>}
 * @param sentAt    the Date header, if it could be read
 * @param bodyText  the body as text without quoted earlier messages; empty if there was none
 */
record ParsedEmail(
        @Nullable String messageId,
        @Nullable String subject,
        @Nullable Instant sentAt,
        @Nullable String senderName,
        @Nullable String senderEmail,
        String bodyText,
        List<Attachment> attachments) {

    ParsedEmail {
        attachments = List.copyOf(attachments);
    }

    boolean hasText() {
        return !bodyText.isBlank() || attachments.stream().anyMatch(attachment -> !attachment.text().isBlank());
    }
}
