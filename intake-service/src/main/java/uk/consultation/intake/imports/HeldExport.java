package uk.consultation.intake.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;

import org.jspecify.annotations.Nullable;

/**
 * The export a staff member previewed on the page, held on the server until they import it: the page carries only
 * its token, never a path. One per session; its file is deleted once it leaves the session, that is when its import
 * starts (which has moved the file away to its own), another export is previewed, or the session ends (sign-out, or
 * the session's timeout).
 *
 * @param token   random, so a form left open from an earlier preview cannot import the export previewed since
 * @param preview the preview the page shows, whose position and respondent-type tables the import uses
 */
record HeldExport(String token, Path file, ImportPreview preview) implements HttpSessionBindingListener {

    private static final String ATTRIBUTE = HeldExport.class.getName();
    private static final SecureRandom TOKENS = new SecureRandom();

    /** Holds the file in the session, deleting the one held before. */
    static HeldExport hold(HttpSession session, Path file, ImportPreview preview) {
        byte[] token = new byte[16];
        TOKENS.nextBytes(token);
        HeldExport held = new HeldExport(HexFormat.of().formatHex(token), file, preview);
        session.setAttribute(ATTRIBUTE, held);
        return held;
    }

    /** The export this session holds under the token, if it still does. */
    static @Nullable HeldExport find(HttpSession session, @Nullable String token) {
        return session.getAttribute(ATTRIBUTE) instanceof HeldExport held && held.token().equals(token) ? held : null;
    }

    /** Lets the export go once its import has started, deleting the file if the import has not moved it away. */
    void release(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }

    @Override
    public void valueUnbound(HttpSessionBindingEvent event) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
