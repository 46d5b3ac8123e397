package uk.consultation.intake.email;

import org.jspecify.annotations.Nullable;

/** A message that cannot become a response. Its reason is safe to show and to log: it never names the sender. */
public class UnreadableEmailException extends RuntimeException {

    private final @Nullable String messageId;

    UnreadableEmailException(@Nullable String messageId, String reason) {
        super(reason);
        this.messageId = messageId;
    }

    public @Nullable String messageId() {
        return messageId;
    }
}
