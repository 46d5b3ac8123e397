package uk.consultation.intake.document;

/** A document Tika could not read. Its message is safe to show and to log: it names only the type and the reason. */
public class UnreadableDocumentException extends RuntimeException {

    UnreadableDocumentException(String reason) {
        super(reason);
    }

    UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }

    static UnreadableDocumentException damaged(String mediaType, Throwable cause) {
        return new UnreadableDocumentException("The file (" + mediaType + ") could not be read: it may be damaged or"
                + " not what its name says", cause);
    }
}
