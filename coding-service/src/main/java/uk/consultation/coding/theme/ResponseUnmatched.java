package uk.consultation.coding.theme;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A response's unmatched sentences by question, from its latest coding, on their way to the store
 * ({@code unmatched-sentences}); none, once its text is erased.
 */
record ResponseUnmatched(String responseId, Map<String, List<Unmatched>> byQuestion) {

    /**
     * A response's sentences sent at most: 1,000 vectors are 2 MB of base64, and their texts are part of the response,
     * which intake keeps under half a record, so the record fits {@code Topics.MAX_RECORD_BYTES}. A question keeps far
     * fewer from any one response ({@code coding.themes.unmatched-per-question}).
     */
    static final int MAX_SENTENCES = 1_000;

    static ResponseUnmatched of(String responseId, Map<String, List<UnmatchedSentences.Sentence>> byQuestion) {
        Map<String, List<Unmatched>> sent = new LinkedHashMap<>();
        int room = MAX_SENTENCES;
        for (Map.Entry<String, List<UnmatchedSentences.Sentence>> question : byQuestion.entrySet()) {
            List<Unmatched> sentences = question.getValue().stream().limit(room).map(Unmatched::of).toList();
            room -= sentences.size();
            if (!sentences.isEmpty()) {
                sent.put(question.getKey(), sentences);
            }
        }
        return new ResponseUnmatched(responseId, sent);
    }

    /**
     * A sentence and its vector as bytes: base64 in JSON, a third the size of a list of 384 numbers.
     */
    record Unmatched(String text, byte[] vector) {

        static Unmatched of(UnmatchedSentences.Sentence sentence) {
            ByteBuffer bytes = ByteBuffer.allocate(sentence.vector().length * Float.BYTES)
                    .order(ByteOrder.LITTLE_ENDIAN);
            bytes.asFloatBuffer().put(sentence.vector());
            return new Unmatched(sentence.text(), bytes.array());
        }

        UnmatchedSentences.Sentence sentence(String responseId) {
            float[] floats = new float[vector.length / Float.BYTES];
            ByteBuffer.wrap(vector).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(floats);
            return new UnmatchedSentences.Sentence(responseId, text, floats);
        }
    }
}
