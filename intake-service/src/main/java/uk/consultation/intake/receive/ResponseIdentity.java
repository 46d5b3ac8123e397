package uk.consultation.intake.receive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.EventJson;

/**
 * A response's id and the short reference given to the respondent, derived from the consultation, the channel's source
 * key (the client's idempotency key, an email's Message-ID, a letter's scan reference, or none) and a SHA-256 of the
 * response's content. A resubmission of the same content under the same key (or without one) gets the same id, so
 * downstream it is the same response and is counted once; other content under someone else's key gets another id, so
 * it can never replace their response, contact details or acknowledgement.
 *
 * @param keyUse the source key with the content it came with, for intake to claim the key (absent without a key, and
 *               for a trusted key)
 */
public record ResponseIdentity(String responseId, String reference, @Nullable KeyUse keyUse) {

    /**
     * A source key with the content it came with, both as SHA-256: the key prefixed by its consultation, so that no raw
     * key (a Message-ID can hold an address) leaves intake's memory.
     */
    public record KeyUse(String key, String contentHash) {
    }

    // Crockford's base 32: no I, L, O or U, so a reference read out over the phone is not misheard.
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private static final Pattern REFERENCE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

    /**
     * @param sourceKey a key the channel gives the response, prefixed by its kind (e.g. {@code scan:}), or null
     * @param content   what the respondent said and who they are, as a record or list serialized to JSON the same way
     *                  every time: everything a retry repeats and nothing it does not (never the time received)
     */
    public static ResponseIdentity of(String consultationId, @Nullable String sourceKey, Object content) {
        String contentHash = sha256(EventJson.toBytes(content));
        return of(consultationId, sourceKey, contentHash, sourceKey == null ? null
                : new KeyUse(sha256((consultationId + "\n" + sourceKey).getBytes(StandardCharsets.UTF_8)),
                        contentHash));
    }

    /**
     * For a key that names one respondent's response whatever it says, as a survey platform's own response id does
     * (the platform authenticated the respondent and keeps one row per response): the key alone, so that a row
     * edited on the platform and imported again replaces the response rather than adding one.
     */
    public static ResponseIdentity ofTrustedKey(String consultationId, String sourceKey) {
        return of(consultationId, sourceKey, sha256(EventJson.toBytes(List.of())), null);
    }

    private static ResponseIdentity of(String consultationId, @Nullable String sourceKey, String contentHash,
            @Nullable KeyUse keyUse) {
        String name = consultationId + "\n" + (sourceKey == null ? "" : sourceKey) + "\n" + contentHash;
        UUID id = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        return new ResponseIdentity(id.toString(), reference(id), keyUse);
    }

    /** The SHA-256 of the bytes in hexadecimal. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
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
