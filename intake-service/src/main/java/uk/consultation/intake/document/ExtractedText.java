package uk.consultation.intake.document;

import org.jspecify.annotations.Nullable;

/**
 * What Tika read from a document.
 *
 * @param mediaType the type Tika detected from the content (and the file name, where the content does not say)
 * @param pages     the number of pages, where the format has them and says
 * @param truncated whether the text was cut at {@link DocumentText#MAX_CHARS}
 * @param pagesNotRecognised the pages of a PDF that needed OCR and were not given it: those after the first
 *                  {@link OcrSettings#maxPages()} that were, or larger than {@link OcrSettings#maxPixels()}; each gave
 *                  only the text it has of its own
 */
public record ExtractedText(String mediaType, String text, @Nullable Integer pages, boolean truncated,
        int pagesNotRecognised) {
}
