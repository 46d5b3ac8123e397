package uk.consultation.reporting.figures;

/**
 * A coding for a consultation the catalog does not hold. It is retried a few times, in case the definition is still
 * on its way, then dead-lettered.
 */
class UnknownConsultationException extends RuntimeException {

    UnknownConsultationException(String consultationId) {
        super("No consultation " + consultationId);
    }
}
