package uk.consultation.intake.document;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Tesseract is run on images and scanned pages.
 *
 * @param tesseractPath the directory holding the {@code tesseract} binary; blank to find it on the PATH
 * @param language      Tesseract's language code(s), e.g. {@code eng}
 * @param timeout       the longest one image may take, so that a pathological scan cannot hold a request for ever
 * @param maxPixels     the largest image read, width × height, and the largest PDF page rendered for OCR (at 300 dpi):
 *                      a few KB of PNG can declare billions of pixels
 * @param maxPages      the most pages of one document read by OCR: a PDF's pages after these give only the text they
 *                      have of their own; an image of more (a TIFF) is not read
 */
@ConfigurationProperties("ocr")
public record OcrSettings(@Nullable String tesseractPath, String language, Duration timeout, long maxPixels,
        int maxPages) {
}
