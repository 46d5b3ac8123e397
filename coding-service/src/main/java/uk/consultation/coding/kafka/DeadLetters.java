package uk.consultation.coding.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;

import uk.consultation.coding.code.UncodableResponseException;
import uk.consultation.schemas.Topics;

/** What a dead letter on {@code responses-received-dlt} says about why its response could not be coded. */
public final class DeadLetters {

    private DeadLetters() {
    }

    public static Headers reasonHeaders(Throwable failure) {
        return new RecordHeaders(new Header[] {
                new RecordHeader(Topics.DEAD_LETTER_REASON_HEADER, reason(failure).getBytes(StandardCharsets.UTF_8))});
    }

    public static @Nullable String reason(Headers headers) {
        Header header = headers.lastHeader(Topics.DEAD_LETTER_REASON_HEADER);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The framework's own message says only "failed to deserialize" or "listener failed": the cause says what. */
    public static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause instanceof SerializationException || cause instanceof UncodableResponseException) {
                return cause.getMessage();
            }
        }
        return String.valueOf(cause.getMessage());
    }
}
