package uk.consultation.coding.receive;

import java.time.Instant;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import uk.consultation.coding.code.ResponseCoder;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * Receives each response, codes it and publishes the coding. Delivery is at least once; a redelivered response is
 * coded the same way, and reporting recognises the coding it has already counted.
 */
@Component
class ReceivedResponseListener {

    private static final Logger log = LoggerFactory.getLogger(ReceivedResponseListener.class);

    private final ConsultationCatalog catalog;
    private final KafkaTemplate<String, Object> kafka;

    ReceivedResponseListener(ConsultationCatalog catalog, KafkaTemplate<String, Object> kafka) {
        this.catalog = catalog;
        this.kafka = kafka;
    }

    @KafkaListener(id = "coding", topics = "responses-received")
    void onResponse(ConsumerRecord<String, ResponseReceived> record) throws ExecutionException, InterruptedException {
        ResponseReceived response = record.value();
        ConsultationDefinition consultation = catalog.find(response.consultationId())
                .orElseThrow(() -> new IllegalStateException("Consultation " + response.consultationId()
                        + " is not known (yet); will retry"));
        ResponseCoded coded = ResponseCoder.code(response, consultation, Instant.now());
        // Waiting for the acknowledgement keeps the input offset from being committed ahead of the output.
        kafka.send(Topics.RESPONSES_CODED.name(), coded.responseId(), coded).get();
        log.debug("Coded response {} (partition {}, offset {})", coded.responseId(), record.partition(), record.offset());
    }
}
