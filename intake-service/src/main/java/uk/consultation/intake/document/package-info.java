/** The text of documents sent in by any channel, read by Apache Tika, with Tesseract OCR for images and scans. */
@NullMarked
package uk.consultation.intake.document;

import org.jspecify.annotations.NullMarked;
