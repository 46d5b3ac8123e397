package uk.consultation.coding.receive;

import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;

import uk.consultation.coding.code.CodedResponses;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * Receives each response, codes it and publishes the coding. Delivery is at least once; a redelivered response is
 * coded the same way, and reporting recognises the coding it has already counted.
 */
@Component
public class ReceivedResponseListener extends AbstractConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(ReceivedResponseListener.class);

    private final CodedResponses codings;

    ReceivedResponseListener(CodedResponses codings) {
        this.codings = codings;
    }

    /** Started by the campaign index once it has read back what was coded before. */
    @KafkaListener(id = "coding", topics = "responses-received", autoStartup = "false")
    void onResponse(ConsumerRecord<String, ResponseReceived> record) throws ExecutionException, InterruptedException {
        // Waiting for the acknowledgement keeps the input offset from being committed ahead of the output.
        ResponseCoded coded = codings.codeAndPublish(record.value());
        log.debug("Coded response {} (partition {}, offset {})", coded.responseId(), record.partition(), record.offset());
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
