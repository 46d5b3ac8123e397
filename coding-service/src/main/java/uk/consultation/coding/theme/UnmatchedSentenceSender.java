package uk.consultation.coding.theme;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import uk.consultation.schemas.Topics;

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
}
