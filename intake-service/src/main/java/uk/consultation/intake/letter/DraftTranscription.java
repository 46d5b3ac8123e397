package uk.consultation.intake.letter;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What OCR made of a scanned letter, for staff to correct against the scan and submit as a {@link LetterTranscription}.
 * It is not a response: nothing is recorded until that is submitted.
 *
 * @param scanReference the reference given with the scan, else one derived from its content, so that the same scan
 *                      always has the same reference and a letter entered twice is one response
 * @param pages         the number of pages, where the format says
 * @param warnings      what staff should know before relying on the draft
 */
record DraftTranscription(String scanReference, String mediaType, String draftText, @Nullable Integer pages,
        List<String> warnings) {

    DraftTranscription {
        warnings = List.copyOf(warnings);
    }
}
