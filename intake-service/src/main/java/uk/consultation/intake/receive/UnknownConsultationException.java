package uk.consultation.intake.receive;

public class UnknownConsultationException extends RuntimeException {

    public UnknownConsultationException(String consultationId) {
        super("There is no consultation '" + consultationId + "'");
    }
}
