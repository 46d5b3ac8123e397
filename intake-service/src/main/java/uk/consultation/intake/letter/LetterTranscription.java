package uk.consultation.intake.letter;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A posted letter as typed in by staff.
 *
 * @param receivedOn    the date the letter arrived (post is dated, not timed)
 * @param scanReference the reference of the letter's scan; entering the same letter again gives the same response
 * @param transcribedBy who typed it in, for tracing it back
 */
record LetterTranscription(
        @Nullable String text,
        @Nullable LocalDate receivedOn,
        @Nullable String scanReference,
        @Nullable String transcribedBy,
        @Nullable Sender sender) {

    /** Who wrote, as far as the letter says; the type is left to coding when the letter does not make it plain. */
    record Sender(@Nullable String type, @Nullable String organisationName, @Nullable String name,
            @Nullable String email) {
    }
}
