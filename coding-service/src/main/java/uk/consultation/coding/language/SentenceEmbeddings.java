package uk.consultation.coding.language;

import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentences as unit vectors whose dot product is their closeness in meaning. The model (all-MiniLM-L6-v2, quantised)
 * is inside its Maven artifact and runs in process, so coding needs no network and no model download. One instance is
 * shared: loading the model takes about a second and it is safe to use from several threads.
 */
public final class SentenceEmbeddings {

    private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    public float[] embed(String sentence) {
        return model.embed(sentence).content().vector();
    }

    /** One vector for each sentence, in order; faster than one at a time because the model runs them as a batch. */
    public List<float[]> embedAll(List<String> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        return model.embedAll(sentences.stream().map(TextSegment::from).toList()).content().stream()
                .map(embedding -> embedding.vector()).toList();
    }

    /** Cosine similarity of two vectors from this model, -1 to 1; the model's vectors are normalised already. */
    public static double similarity(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
