package uk.consultation.coding.emerging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.coding.theme.UnmatchedSentences.Sentence;

/**
 * Groups sentences that say much the same thing: each sentence starts as a group of its own, and the two groups whose
 * centres are closest are merged, again and again, until no two are as close as asked. A group's centre is the mean
 * of its sentences' vectors. Sentences are taken in a fixed order and ties go to the first, so the same sentences
 * always give the same clusters.
 */
final class SentenceClusters {

    private SentenceClusters() {
    }

    /** A cluster's sentences, closest to its centre first. */
    record Cluster(List<Sentence> sentences) {
    }

    static List<Cluster> of(List<Sentence> sentences, double similarity) {
        List<Sentence> ordered = sentences.stream()
                .sorted(Comparator.comparing(Sentence::responseId).thenComparing(Sentence::text)).toList();
        int count = ordered.size();
        float[][] sums = new float[count][];
        float[][] centres = new float[count][];
        List<List<Sentence>> members = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sums[i] = ordered.get(i).vector().clone();
            centres[i] = ordered.get(i).vector();
            members.add(new ArrayList<>(List.of(ordered.get(i))));
        }
        // Each group's closest other group, kept up to date as groups merge, so a merge costs one pass, not all pairs.
        int[] nearest = new int[count];
        double[] closeness = new double[count];
        for (int i = 0; i < count; i++) {
            findNearest(i, centres, members, nearest, closeness);
        }
        while (true) {
            int a = -1;
            for (int i = 0; i < count; i++) {
                if (members.get(i) != null && nearest[i] >= 0 && (a < 0 || closeness[i] > closeness[a])) {
                    a = i;
                }
            }
            if (a < 0 || closeness[a] < similarity) {
                break;
            }
            int b = nearest[a];
            add(sums[a], sums[b]);
            centres[a] = unit(sums[a]);
            members.get(a).addAll(members.get(b));
            members.set(b, null);
            for (int i = 0; i < count; i++) {
                if (members.get(i) == null) {
                    continue;
                }
                if (i == a || nearest[i] == a || nearest[i] == b) {
                    findNearest(i, centres, members, nearest, closeness);
                } else {
                    double toMerged = SentenceEmbeddings.similarity(centres[i], centres[a]);
                    if (toMerged > closeness[i]) {
                        nearest[i] = a;
                        closeness[i] = toMerged;
                    }
                }
            }
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (members.get(i) != null) {
                float[] centre = centres[i];
                clusters.add(new Cluster(members.get(i).stream()
                        .sorted(Comparator.comparingDouble(
                                (Sentence sentence) -> -SentenceEmbeddings.similarity(sentence.vector(), centre))
                                .thenComparing(Sentence::text))
                        .toList()));
            }
        }
        return clusters;
    }

    private static void findNearest(int group, float[][] centres, List<List<Sentence>> members, int[] nearest,
            double[] closeness) {
        nearest[group] = -1;
        closeness[group] = Double.NEGATIVE_INFINITY;
        for (int other = 0; other < centres.length; other++) {
            if (other != group && members.get(other) != null) {
                double similarity = SentenceEmbeddings.similarity(centres[group], centres[other]);
                if (similarity > closeness[group]) {
                    nearest[group] = other;
                    closeness[group] = similarity;
                }
            }
        }
    }

    /** A group's sum of vectors scaled to unit length: its centre, comparable with sentences by dot product. */
    private static float[] unit(float[] sum) {
        double length = Math.sqrt(SentenceEmbeddings.similarity(sum, sum));
        float[] centre = new float[sum.length];
        for (int i = 0; i < sum.length; i++) {
            centre[i] = (float) (sum[i] / length);
        }
        return centre;
    }

    private static void add(float[] sum, float[] vector) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += vector[i];
        }
    }
}
