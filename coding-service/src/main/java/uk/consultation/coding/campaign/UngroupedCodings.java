package uk.consultation.coding.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;

/**
 * How every coding this service makes leaves it: on {@code responses-coded-ungrouped}, keyed by consultation, for
 * the campaign step ({@link CampaignGrouping}) to place in its campaign and publish on {@code responses-coded}. Each
 * send returns only once Kafka has the record, so whoever calls may then move past its input.
 */
@Component
public class UngroupedCodings {

    private final KafkaTemplate<String, Object> kafka;
    private final CampaignSettings settings;

    UngroupedCodings(KafkaTemplate<String, Object> kafka, CampaignSettings settings) {
        this.kafka = kafka;
        this.settings = settings;
    }

    /**
     * A coding made from the response's text.
     *
     * @param text       the response's campaign text, personal data removed
     * @param acceptedAt for a response's first coding, when intake sent it: it travels to {@code responses-coded}
     * @return the coding sent, with its text signature
     */
    public ResponseCoded publish(ResponseCoded coded, String text, @Nullable Instant acceptedAt)
            throws ExecutionException, InterruptedException {
        return send(Ungrouped.of(coded, text, settings.minWords()), acceptedAt);
    }

    /** A coding made without reading the text again (a review, an erasure): it stays in the campaign it is in. */
    public ResponseCoded publish(ResponseCoded coded) throws ExecutionException, InterruptedException {
        return send(new Ungrouped(coded, null, null), null);
    }

    private ResponseCoded send(Ungrouped ungrouped, @Nullable Instant acceptedAt)
            throws ExecutionException, InterruptedException {
        ProducerRecord<String, Object> record = new ProducerRecord<>(Topics.RESPONSES_CODED_UNGROUPED.name(),
                ungrouped.coded().consultationId(), ungrouped);
        if (acceptedAt != null) {
            record.headers().add(Topics.ACCEPTED_AT_HEADER, acceptedAt.toString().getBytes(StandardCharsets.UTF_8));
        }
        kafka.send(record).get();
        return ungrouped.coded();
    }
}
