package uk.consultation.intake.receive;

import uk.consultation.schemas.Channel;

/**
 * A source key already used for a response to the consultation came with other content: nothing was received. Says
 * nothing of the other response, which is someone else's.
 */
public class KeyReusedException extends RuntimeException {

    public KeyReusedException(Channel channel) {
        super(switch (channel) {
            case ONLINE -> "This Idempotency-Key was already used for a different response to this consultation, so"
                    + " this one was not received. Send it again under a new key; a retry of a response must repeat it"
                    + " exactly.";
            case LETTER -> "This scan reference was already used for a different transcription, so this one was not"
                    + " received. Check the scan reference. A transcription already received cannot be replaced: to"
                    + " correct it, have the consultation team erase it, then enter the letter under a new scan"
                    + " reference.";
            case EMAIL -> "An email with this Message-ID but different content was already received for this"
                    + " consultation, so this one was not received.";
        });
    }
}
