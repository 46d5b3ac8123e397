package uk.consultation.intake.acknowledgement;

/** The respondent's address can never take an email, so retrying would only hold up the acknowledgements behind it. */
class UnusableAddressException extends RuntimeException {

    UnusableAddressException(String responseId) {
        super("The email address given with response " + responseId + " cannot receive an acknowledgement");
    }
}
