package uk.consultation.schemas.response;

import org.jspecify.annotations.Nullable;

/**
 * A respondent's contact details, kept apart from the response so that coding, reporting and their stores never hold
 * them. Erasure writes a tombstone for the response id.
 *
 * @param reference the reference the respondent was given, repeated in their acknowledgement email; absent from
 *                  contacts written before acknowledgements were sent
 */
public record ResponseContact(
        String responseId,
        String consultationId,
        @Nullable String name,
        @Nullable String email,
        @Nullable String reference) {
}
