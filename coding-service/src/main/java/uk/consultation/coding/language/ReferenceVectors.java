package uk.consultation.coding.language;

import java.util.List;

/**
 * Groups of reference vectors, a question's or a theme's, laid end to end in one array, so that a sentence is
 * compared with all of them in one pass. Worked out once per consultation and codeframe version; safe to share
 * between threads.
 */
public final class ReferenceVectors {

    private final float[] references;
    /** Where each group's references start, counted in references, and where the last one ends. */
    private final int[] starts;
    private final int dimensions;

    private ReferenceVectors(float[] references, int[] starts, int dimensions) {
        this.references = references;
        this.starts = starts;
        this.dimensions = dimensions;
    }

    /** @param groups vectors from {@link SentenceEmbeddings}, each group with at least one */
    public static ReferenceVectors of(List<List<float[]>> groups) {
        int dimensions = groups.stream().flatMap(List::stream).findFirst().map(vector -> vector.length).orElse(0);
        int[] starts = new int[groups.size() + 1];
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).isEmpty()) {
                throw new IllegalArgumentException("Group " + g + " has no reference vector");
            }
            starts[g + 1] = starts[g] + groups.get(g).size();
        }
        float[] references = new float[starts[groups.size()] * dimensions];
        int r = 0;
        for (List<float[]> group : groups) {
            for (float[] vector : group) {
                System.arraycopy(vector, 0, references, r++ * dimensions, dimensions);
            }
        }
        return new ReferenceVectors(references, starts, dimensions);
    }

    /**
     * How close the vector comes to each group: the similarity of the group's closest reference, exactly as
     * {@link SentenceEmbeddings#similarity} gives it, in group order.
     */
    public double[] closeness(float[] vector) {
        double[] similarities = similarities(vector);
        double[] closeness = new double[starts.length - 1];
        for (int g = 0; g < closeness.length; g++) {
            double best = -1;
            for (int r = starts[g]; r < starts[g + 1]; r++) {
                best = Math.max(best, similarities[r]);
            }
            closeness[g] = best;
        }
        return closeness;
    }

    /**
     * Four references at a time, each summed in the same order as {@link SentenceEmbeddings#similarity} sums it, so
     * the figures are the same to the last bit: sixteen sums side by side share each load of the vector and keep the
     * processor busier than four.
     */
    private double[] similarities(float[] vector) {
        double[] similarities = new double[starts[starts.length - 1]];
        int n = dimensions;
        int r = 0;
        for (; r + 3 < similarities.length; r += 4) {
            int o0 = r * n;
            int o1 = o0 + n;
            int o2 = o1 + n;
            int o3 = o2 + n;
            float a0 = 0, a1 = 0, a2 = 0, a3 = 0;
            float b0 = 0, b1 = 0, b2 = 0, b3 = 0;
            float c0 = 0, c1 = 0, c2 = 0, c3 = 0;
            float d0 = 0, d1 = 0, d2 = 0, d3 = 0;
            int i = 0;
            for (; i + 3 < n; i += 4) {
                float v0 = vector[i];
                float v1 = vector[i + 1];
                float v2 = vector[i + 2];
                float v3 = vector[i + 3];
                a0 += v0 * references[o0 + i];
                a1 += v1 * references[o0 + i + 1];
                a2 += v2 * references[o0 + i + 2];
                a3 += v3 * references[o0 + i + 3];
                b0 += v0 * references[o1 + i];
                b1 += v1 * references[o1 + i + 1];
                b2 += v2 * references[o1 + i + 2];
                b3 += v3 * references[o1 + i + 3];
                c0 += v0 * references[o2 + i];
                c1 += v1 * references[o2 + i + 1];
                c2 += v2 * references[o2 + i + 2];
                c3 += v3 * references[o2 + i + 3];
                d0 += v0 * references[o3 + i];
                d1 += v1 * references[o3 + i + 1];
                d2 += v2 * references[o3 + i + 2];
                d3 += v3 * references[o3 + i + 3];
            }
            for (; i < n; i++) {
                a0 += vector[i] * references[o0 + i];
                b0 += vector[i] * references[o1 + i];
                c0 += vector[i] * references[o2 + i];
                d0 += vector[i] * references[o3 + i];
            }
            similarities[r] = (double) a0 + a1 + a2 + a3;
            similarities[r + 1] = (double) b0 + b1 + b2 + b3;
            similarities[r + 2] = (double) c0 + c1 + c2 + c3;
            similarities[r + 3] = (double) d0 + d1 + d2 + d3;
        }
        for (; r < similarities.length; r++) {
            similarities[r] = SentenceEmbeddings.similarity(vector, references, r * n);
        }
        return similarities;
    }
}
