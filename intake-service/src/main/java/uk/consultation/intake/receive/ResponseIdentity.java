package uk.consultation.intake.receive;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A response's id and the short reference given to the respondent. A resubmission with the same source key (the
 * client's idempotency key, an email's Message-ID, a letter's scan reference) gets the same id, so downstream it is the
 * same response and is counted once.
 */
public record ResponseIdentity(String responseId, String reference) {

    // Crockford's base 32: no I, L, O or U, so a reference read out over the phone is not misheard.
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private static final Pattern REFERENCE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

    public static ResponseIdentity of(String consultationId, @Nullable String sourceKey) {
        UUID id = sourceKey == null
                ? UUID.randomUUID()
                : UUID.nameUUIDFromBytes((consultationId + "\n" + sourceKey).getBytes(StandardCharsets.UTF_8));
        return new ResponseIdentity(id.toString(), reference(id));
    }

    /** Whether the text has the shape of a reference this class gives out, e.g. before echoing it to a visitor. */
    public static boolean isReference(String text) {
        return REFERENCE.matcher(text).matches();
    }

    /** Eight characters from the id's random bits, shown as {@code XXXX-XXXX}. */
    static String reference(UUID id) {
        long bits = id.getLeastSignificantBits();
        StringBuilder reference = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET[(int) (bits >>> (5 * i)) & 31]);
        }
        return reference.toString();
    }
}
