package uk.consultation.coding.understand;

import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.consultation.coding.language.SentenceEmbeddings;

/**
 * Groups of plain sentences, each saying one thing in several voices (agreement, an example, …), against which the
 * sentence model hears what a meaning says: the group whose {@code nearest} closest sentences come closest on average,
 * when they come at least {@code atLeast} close and {@code margin} closer than any other group's.
 */
final class Prototypes {

    private final SentenceEmbeddings embeddings;
    private final List<List<String>> sentences;
    private final int nearest;
    private final double atLeast;
    private final double margin;
    private volatile @Nullable List<List<float[]>> vectors;

    Prototypes(SentenceEmbeddings embeddings, List<List<String>> sentences, int nearest, double atLeast,
            double margin) {
        this.embeddings = embeddings;
        this.sentences = sentences;
        this.nearest = nearest;
        this.atLeast = atLeast;
        this.margin = margin;
    }

    /** The group a meaning (a unit vector, such as {@link QuestionMapping#mean}) is clearly closest to, else -1. */
    int heard(float[] meaning) {
        double[] closeness = closeness(meaning);
        int best = 0;
        for (int group = 1; group < closeness.length; group++) {
            best = closeness[group] > closeness[best] ? group : best;
        }
        double next = -1;
        for (int group = 0; group < closeness.length; group++) {
            next = group == best ? next : Math.max(next, closeness[group]);
        }
        return closeness[best] >= atLeast && closeness[best] - next >= margin ? best : -1;
    }

    /** For each group, the mean similarity of its {@code nearest} closest sentences. */
    private double[] closeness(float[] meaning) {
        List<List<float[]>> groups = vectors();
        double[] closeness = new double[groups.size()];
        for (int group = 0; group < groups.size(); group++) {
            double[] similarities = groups.get(group).stream()
                    .mapToDouble(vector -> SentenceEmbeddings.similarity(meaning, vector)).sorted().toArray();
            double sum = 0;
            for (int i = 1; i <= nearest; i++) {
                sum += similarities[similarities.length - i];
            }
            closeness[group] = sum / nearest;
        }
        return closeness;
    }

    /** Embedded once, by the first thread to ask, in one request: a coder that never asks runs none. */
    private List<List<float[]>> vectors() {
        List<List<float[]>> known = vectors;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            known = vectors;
            if (known == null) {
                known = embeddings.embedGroups(sentences);
                vectors = known;
            }
            return known;
        }
    }
}
