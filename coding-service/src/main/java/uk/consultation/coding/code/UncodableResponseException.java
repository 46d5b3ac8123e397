package uk.consultation.coding.code;

/** A response that no amount of retrying will code, e.g. an answer to a question the consultation does not have. */
public class UncodableResponseException extends RuntimeException {

    public UncodableResponseException(String message) {
        super(message);
    }
}
