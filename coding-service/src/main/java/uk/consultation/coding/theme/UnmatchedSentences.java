package uk.consultation.coding.theme;

import java.util.List;
import java.util.Map;

/**
 * The sentences of answers that no codeframe theme fits, per consultation and question, from each response's latest
 * coding: what emerging themes are found in. Kept in this service's Kafka Streams store ({@link UnmatchedByQuestion}),
 * each consultation's on the one instance that holds its partition.
 */
public interface UnmatchedSentences {

    /** The store holding them, partitioned by consultation as {@code unmatched-sentences} is. */
    String STORE = "unmatched-sentences";

    /** A sentence with personal data already removed, and its vector. */
    record Sentence(String responseId, String text, float[] vector) {
    }

    /** The consultations with unmatched sentences whose partition this instance holds. */
    List<String> consultations();

    /** Unmatched sentences by question id, in the order their responses were coded; none unless held here. */
    Map<String, List<Sentence>> of(String consultationId);
}
