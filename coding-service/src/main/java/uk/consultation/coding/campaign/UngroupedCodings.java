package uk.consultation.coding.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;

/**
 * How every coding this service makes leaves it: on {@code responses-coded-ungrouped}, keyed by consultation, for
 * the campaign step ({@link CampaignGrouping}) to place in its campaign and publish on {@code responses-coded}. Each
 * send returns only once Kafka has the record, so whoever calls may then move past its input; a coding made in Kafka
 * Streams is sent as that step's output, committed with its input.
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

    /**
     * Codings made in Kafka Streams without reading the text again (a review, an erasure), sent the same way: each
     * stays in the campaign it is in.
     */
    public static void publish(KStream<String, ResponseCoded> codings) {
        codings.map((responseId, coded) -> KeyValue.pair(coded.consultationId(), new Ungrouped(coded, null, null)))
                .to(Topics.RESPONSES_CODED_UNGROUPED.name(),
                        Produced.with(Serdes.String(), EventJson.serde(Ungrouped.class)));
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
