package uk.consultation.reporting.figures;

/** A coding that can never be counted, however often it is retried; it goes straight to the dead-letter topic. */
class UnusableCodingException extends RuntimeException {

    UnusableCodingException(String message) {
        super(message);
    }
}
