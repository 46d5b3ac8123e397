package uk.consultation.coding.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sentences as unit vectors whose dot product is their closeness in meaning. The model (all-MiniLM-L6-v2, quantised)
 * is inside its Maven artifact and runs in process, so coding needs no network and no model download. It is loaded
 * once per process, with the first instance (about a second), and is safe to use from several threads.
 *
 * <p>Recently embedded sentences are remembered, so that question mapping and theme coding can each ask for the same
 * sentence of a response and the model runs once.
 */
public final class SentenceEmbeddings {

    private static final int REMEMBERED = 4096;

    private final SentenceModel model = SentenceModel.SHARED;
    private final Map<String, float[]> recent = new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > REMEMBERED;
        }
    };
    private final LongAdder embedded = new LongAdder();

    public float[] embed(String sentence) {
        return embedAll(List.of(sentence)).get(0);
    }

    /**
     * One vector for each sentence, in order. Ask for all of a response's sentences at once: each sentence not
     * remembered runs through the model once, however often it comes, and they run side by side.
     */
    public List<float[]> embedAll(List<String> sentences) {
        Map<String, float[]> vectors = new HashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        synchronized (recent) {
            for (String sentence : sentences) {
                float[] vector = recent.get(sentence);
                if (vector != null) {
                    vectors.put(sentence, vector);
                } else {
                    unknown.add(sentence);
                }
            }
        }
        if (!unknown.isEmpty()) {
            List<String> toEmbed = new ArrayList<>(unknown);
            List<float[]> embeddedNow = model.embedEach(toEmbed);
            embedded.add(toEmbed.size());
            synchronized (recent) {
                for (int i = 0; i < toEmbed.size(); i++) {
                    recent.put(toEmbed.get(i), embeddedNow.get(i));
                    vectors.put(toEmbed.get(i), embeddedNow.get(i));
                }
            }
        }
        return sentences.stream().map(vectors::get).toList();
    }

    /** As {@link #embedAll}, for texts in groups (a question's or a theme's references): vectors in the same groups. */
    public List<List<float[]>> embedGroups(List<List<String>> groups) {
        List<float[]> vectors = embedAll(groups.stream().flatMap(List::stream).toList());
        List<List<float[]>> grouped = new ArrayList<>(groups.size());
        int next = 0;
        for (List<String> group : groups) {
            grouped.add(vectors.subList(next, next + group.size()));
            next += group.size();
        }
        return grouped;
    }

    /** How many sentences this instance has run through the model: those it did not remember. */
    public long sentencesEmbedded() {
        return embedded.sum();
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
