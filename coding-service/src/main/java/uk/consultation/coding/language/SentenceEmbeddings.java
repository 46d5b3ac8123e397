package uk.consultation.coding.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentences as unit vectors whose dot product is their closeness in meaning. The model (all-MiniLM-L6-v2, quantised)
 * is inside its Maven artifact and runs in process, so coding needs no network and no model download. One instance is
 * shared: loading the model takes about a second and it is safe to use from several threads.
 *
 * <p>Recently embedded sentences are remembered, so that question mapping and theme coding can each ask for the same
 * sentence of a response and the model runs once.
 */
public final class SentenceEmbeddings {

    private static final int REMEMBERED = 4096;

    private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    private final Map<String, float[]> recent = new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > REMEMBERED;
        }
    };

    public float[] embed(String sentence) {
        return embedAll(List.of(sentence)).get(0);
    }

    /** One vector for each sentence, in order. */
    public List<float[]> embedAll(List<String> sentences) {
        List<float[]> vectors = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            float[] vector;
            synchronized (recent) {
                vector = recent.get(sentence);
            }
            if (vector == null) {
                vector = model.embed(TextSegment.from(sentence)).content().vector();
                synchronized (recent) {
                    recent.put(sentence, vector);
                }
            }
            vectors.add(vector);
        }
        return vectors;
    }

    /** Cosine similarity of two vectors from this model, -1 to 1; the model's vectors are normalised already. */
    public static double similarity(float[] a, float[] b) {
        return similarity(a, b, 0);
    }

    /** As {@link #similarity(float[], float[])}, with {@code b} starting at {@code offset} of a longer array. */
    static double similarity(float[] a, float[] b, int offset) {
        // Four sums side by side, which the processor keeps going at once; ReferenceVectors sums in this same order.
        float sum0 = 0;
        float sum1 = 0;
        float sum2 = 0;
        float sum3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            sum0 += a[i] * b[offset + i];
            sum1 += a[i + 1] * b[offset + i + 1];
            sum2 += a[i + 2] * b[offset + i + 2];
            sum3 += a[i + 3] * b[offset + i + 3];
        }
        for (; i < a.length; i++) {
            sum0 += a[i] * b[offset + i];
        }
        return (double) sum0 + sum1 + sum2 + sum3;
    }
}
