package uk.consultation.reporting.live;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;

/**
 * Codings of one poll have just changed figures (published in the application once the ledger has applied them),
 * one event a poll so that what follows them can be written in bulk too.
 *
 * @param codings the codings the ledger applied, in the order it read them
 */
public record FiguresChanged(List<Coding> codings) {

    public FiguresChanged {
        codings = List.copyOf(codings);
    }

    /**
     * @param acceptedAt when intake sent the response, on its first coding only; absent for recodings and campaign
     *                   re-publications, which are not new responses
     */
    public record Coding(String consultationId, Channel channel, @Nullable Instant acceptedAt) {

        public static Coding by(ResponseCoded coding, Headers headers) {
            return new Coding(coding.consultationId(), coding.channel(), acceptedAt(headers));
        }

        /** The {@code accepted-at} header of a first coding, on its way to the campaign step or past it. */
        public static @Nullable Instant acceptedAt(Headers headers) {
            Header header = headers.lastHeader(Topics.ACCEPTED_AT_HEADER);
            if (header == null || header.value() == null) {
                return null;
            }
            try {
                return Instant.parse(new String(header.value(), StandardCharsets.UTF_8));
            } catch (DateTimeParseException e) {
                // Only a measurement is lost: the figures themselves are right.
                return null;
            }
        }
    }
}
