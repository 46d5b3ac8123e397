package uk.consultation.coding.code;

import java.time.Instant;
import java.util.concurrent.ExecutionException;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * Codes a received response against its consultation's current definition and publishes the coding, returning only
 * once Kafka has it: whoever calls this may then move past the response (commit its offset).
 */
@Component
public class CodedResponses {

    private final ConsultationCatalog catalog;
    private final KafkaTemplate<String, Object> kafka;

    CodedResponses(ConsultationCatalog catalog, KafkaTemplate<String, Object> kafka) {
        this.catalog = catalog;
        this.kafka = kafka;
    }

    public ResponseCoded codeAndPublish(ResponseReceived response) throws ExecutionException, InterruptedException {
        ConsultationDefinition consultation = catalog.find(response.consultationId())
                .orElseThrow(() -> new IllegalStateException("Consultation " + response.consultationId()
                        + " is not known (yet); will retry"));
        ResponseCoded coded = ResponseCoder.code(response, consultation, Instant.now());
        kafka.send(Topics.RESPONSES_CODED.name(), coded.responseId(), coded).get();
        return coded;
    }
}
