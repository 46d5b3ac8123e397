package uk.consultation.schemas.response;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.Channel;

/**
 * A message that reached a consultation's mailbox but could not become a response, set aside for the team to look at.
 * It never names the sender: the message itself waits in the quarantine folder.
 *
 * @param mailbox   the consultation mailbox's account, e.g. {@code responses@consultation.example}
 * @param folder    the folder the message was read from; it is now in the mailbox's quarantine folder
 * @param messageId the Message-ID, when the message had a readable one
 * @param reason    why it is not a response, in a sentence fit to show the team
 */
public record ResponseQuarantined(
        String consultationId,
        Channel channel,
        String mailbox,
        String folder,
        @Nullable String messageId,
        @Nullable String subject,
        String reason,
        Instant quarantinedAt) {
}
