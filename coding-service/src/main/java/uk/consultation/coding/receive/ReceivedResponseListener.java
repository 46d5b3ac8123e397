package uk.consultation.coding.receive;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import uk.consultation.coding.code.CodedResponses;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * Receives each response, codes it and publishes the coding. Delivery is at least once; a redelivered response is
 * coded the same way, and reporting recognises the coding it has already counted.
 */
@Component
public class ReceivedResponseListener extends AbstractConsumerSeekAware {

    /** The coding rate operations staff watch. */
    static final String CODED = "coding.responses";

    private static final Logger log = LoggerFactory.getLogger(ReceivedResponseListener.class);

    private final CodedResponses codings;
    private final Counter codedCount;
    /**
     * The furthest offset coded in each partition since start: a record at or before it is a recoding. One thread at
     * a time has a partition, and the map carries what one thread wrote to the next that gets it.
     */
    private final Map<Integer, Long> furthest = new ConcurrentHashMap<>();

    ReceivedResponseListener(CodedResponses codings, MeterRegistry meters) {
        this.codings = codings;
        this.codedCount = Counter.builder(CODED).description("Responses coded and published, recodings included")
                .register(meters);
    }

    /**
     * Started by {@link CodingStart}. One consumer thread per core (partitions allowing); everything it calls is safe
     * across threads. A null value is an erasure's tombstone, which the review view applies
     * ({@code review.ReviewView}): here there is nothing to code.
     */
    @KafkaListener(id = CodingStart.LISTENER, topics = "responses-received", autoStartup = "false",
            concurrency = "${coding.listener.concurrency}")
    void onResponse(ConsumerRecord<String, @Nullable ResponseReceived> record)
            throws ExecutionException, InterruptedException {
        ResponseReceived response = record.value();
        if (response == null) {
            return;
        }
        try (MDC.MDCCloseable id = MDC.putCloseable("responseId", response.responseId())) {
            // The record's timestamp is intake's send time; a recoding's is long past, so only a first coding has it.
            boolean first = furthest.getOrDefault(record.partition(), -1L) < record.offset();
            // Waiting for the acknowledgement keeps the input offset from being committed ahead of the output.
            ResponseCoded coded = codings.codeAndPublish(response,
                    first ? Instant.ofEpochMilli(record.timestamp()) : null);
            // Only once published: a retry of a record that failed is still its first coding.
            furthest.merge(record.partition(), record.offset(), Math::max);
            codedCount.increment();
            log.debug("Coded response {} (partition {}, offset {})", coded.responseId(), record.partition(),
                    record.offset());
        }
    }

    /**
     * Codes every response again from the first, with today's rules and definitions: what follows a codeframe change.
     * Each new coding is a later record for its response, so reporting replaces the old one in the figures; an
     * analyst's review, a higher version, stands.
     */
    public void recodeEverything() {
        log.info("Recoding every response from the beginning of responses-received");
        seekToBeginning();
    }
}
