package uk.consultation.intake.document;

import org.jspecify.annotations.Nullable;

/**
 * What Tika read from a document.
 *
 * @param mediaType the type Tika detected from the content (and the file name, where the content does not say)
 * @param pages     the number of pages, where the format has them and says
 * @param truncated whether the text was cut at {@link DocumentText#MAX_CHARS}
 */
public record ExtractedText(String mediaType, String text, @Nullable Integer pages, boolean truncated) {
}
