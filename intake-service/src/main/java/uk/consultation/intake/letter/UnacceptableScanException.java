package uk.consultation.intake.letter;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** A scan that cannot be read as a letter. Its message is safe to show and to log: it never quotes the letter. */
class UnacceptableScanException extends RuntimeException {

    private final HttpStatus status;

    private UnacceptableScanException(HttpStatus status, String reason) {
        super(reason);
        this.status = status;
    }

    static UnacceptableScanException empty() {
        return new UnacceptableScanException(HttpStatus.UNPROCESSABLE_CONTENT, "The scan is empty");
    }

    static UnacceptableScanException tooLarge(DataSize limit) {
        return new UnacceptableScanException(HttpStatus.CONTENT_TOO_LARGE, "The scan is larger than the limit of "
                + (limit.toMegabytes() > 0 ? limit.toMegabytes() + " MB" : limit.toKilobytes() + " KB"));
    }

    static UnacceptableScanException unsupported(String mediaType) {
        return new UnacceptableScanException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "The file is " + mediaType + ", not a scan: send a PDF, PNG, JPEG or TIFF");
    }

    static UnacceptableScanException unreadable(String reason) {
        return new UnacceptableScanException(HttpStatus.UNPROCESSABLE_CONTENT, reason);
    }

    HttpStatus status() {
        return status;
    }
}
