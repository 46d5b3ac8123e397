package uk.consultation.coding.theme;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;

/**
 * How a response's unmatched sentences leave the instance that coded it: on {@code unmatched-sentences}, keyed by
 * consultation, for the store ({@link UnmatchedByQuestion}) to keep on whichever instance holds the consultation.
 */
@Component
public class UnmatchedSentenceSender {

    private final KafkaTemplate<String, Object> kafka;

    UnmatchedSentenceSender(KafkaTemplate<String, Object> kafka) {
        this.kafka = kafka;
    }

    /** The response's unmatched sentences by question, replacing those of its earlier coding; none drops them. */
    public CompletableFuture<?> send(String consultationId, String responseId,
            Map<String, List<UnmatchedSentences.Sentence>> byQuestion) {
        return kafka.send(Topics.UNMATCHED_SENTENCES.name(), consultationId,
                ResponseUnmatched.of(responseId, byQuestion));
    }

    /**
     * Each erased response's sentences are dropped from the store: sent from the review view, where erasures are
     * applied, as the empty record {@link #send} would be.
     */
    public static void dropErased(KStream<String, ResponseCoded> erased) {
        erased.map((responseId, coding) -> KeyValue.pair(coding.consultationId(),
                        ResponseUnmatched.of(coding.responseId(), Map.of())))
                .to(Topics.UNMATCHED_SENTENCES.name(),
                        Produced.with(Serdes.String(), EventJson.serde(ResponseUnmatched.class)));
    }
}
