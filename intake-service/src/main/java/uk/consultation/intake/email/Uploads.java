package uk.consultation.intake.email;

import java.io.IOException;
import java.io.InputStream;

/** Reads a request body without ever holding more than the limit allows. */
final class Uploads {

    private Uploads() {
    }

    static byte[] read(InputStream body, int limitBytes) throws IOException {
        byte[] bytes = body.readNBytes(limitBytes + 1);
        if (bytes.length > limitBytes) {
            throw new EmailTooLargeException(limitBytes);
        }
        return bytes;
    }
}
