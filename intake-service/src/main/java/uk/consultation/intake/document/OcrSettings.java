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
 */
@ConfigurationProperties("ocr")
public record OcrSettings(@Nullable String tesseractPath, String language, Duration timeout) {
}
