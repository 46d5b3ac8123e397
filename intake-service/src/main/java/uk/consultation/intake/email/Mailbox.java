package uk.consultation.intake.email;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an mbox export into its raw messages. Works on bytes, not text, because each message declares its own
 * charsets and 8-bit parts must reach the MIME parser untouched.
 */
final class Mailbox {

    private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);

    private Mailbox() {
    }

    static List<byte[]> messages(byte[] mbox) {
        List<byte[]> messages = new ArrayList<>();
        ByteArrayOutputStream current = null;
        int start = 0;
        while (start < mbox.length) {
            int end = lineEnd(mbox, start);
            if (startsFrom(mbox, start)) {
                if (current != null) {
                    messages.add(current.toByteArray());
                }
                current = new ByteArrayOutputStream();
            } else if (current != null) {
                // mboxrd quotes every body line matching >*From by one more '>'; undo exactly one
                int skip = isQuotedFrom(mbox, start) ? 1 : 0;
                current.write(mbox, start + skip, end - start - skip);
            }
            start = end;
        }
        if (current != null) {
            messages.add(current.toByteArray());
        }
        return messages;
    }

    /** The index just past this line's newline, or the end of the mailbox. */
    private static int lineEnd(byte[] mbox, int start) {
        for (int i = start; i < mbox.length; i++) {
            if (mbox[i] == '\n') {
                return i + 1;
            }
        }
        return mbox.length;
    }

    private static boolean isQuotedFrom(byte[] mbox, int start) {
        int i = start;
        while (i < mbox.length && mbox[i] == '>') {
            i++;
        }
        return i > start && startsFrom(mbox, i);
    }

    private static boolean startsFrom(byte[] mbox, int at) {
        if (at + FROM.length > mbox.length) {
            return false;
        }
        for (int i = 0; i < FROM.length; i++) {
            if (mbox[at + i] != FROM[i]) {
                return false;
            }
        }
        return true;
    }
}
