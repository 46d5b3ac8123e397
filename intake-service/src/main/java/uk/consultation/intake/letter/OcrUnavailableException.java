package uk.consultation.intake.letter;

/** Tesseract is not installed where this service looks for it, so a scan cannot be read. */
class OcrUnavailableException extends RuntimeException {

    OcrUnavailableException() {
        super("Scans cannot be read here: the Tesseract OCR engine is not installed. Type the letter in from the scan"
                + " instead, or try again once it is installed.");
    }
}
