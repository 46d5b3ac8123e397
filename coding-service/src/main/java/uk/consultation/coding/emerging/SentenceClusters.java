package uk.consultation.coding.emerging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.coding.theme.UnmatchedSentences.Sentence;

/**
 * Groups sentences that say much the same thing: each sentence starts as a group of its own, and the two groups whose
 * centres are closest are merged, again and again, until no two are as close as asked. A group's centre is the mean
 * of its sentences' vectors.
 *
 * <p>Only near neighbours are weighed for a merge, so that the work grows with the square of the sentences, not the
 * cube: each group's {@value #NEIGHBOURS} nearest groups, found in one pass over the pairs, and after a merge the
 * merged group's neighbours are the two groups' neighbours. A group's centre moves as it grows, and groups of nearly
 * the same sentences find only each other as neighbours, so when merging stops the groups that grew are compared with
 * every group again, and merging goes on, until a round merges nothing. A run stops early, with the groups it has,
 * once it has used the comparisons it is allowed. Sentences are taken in a fixed order and ties go to the first, so
 * the same sentences always give the same clusters.
 */
final class SentenceClusters {

    /**
     * Few enough that a pass stays sparse; on a surge of 2,000 sentences (docs/benchmarks.md) 30 gives the same
     * clusters as weighing every pair, where 10 merged two of a question's themes.
     */
    private static final int NEIGHBOURS = 30;

    /** A cluster's sentences, closest to its centre first. */
    record Cluster(List<Sentence> sentences) {
    }

    /**
     * @param comparisons how many times two vectors were compared
     * @param complete    false when the comparisons allowed ran out before merging was done
     */
    record Clustering(List<Cluster> clusters, long comparisons, boolean complete) {
    }

    private final double similarity;
    private final long allowed;
    private final int count;
    private final float[][] sums;
    private final float[][] centres;
    /** Each group's sentences; null once merged into another. */
    private final List<List<Sentence>> members;
    /** Each group's neighbours and how alike their centres are. */
    private final List<Map<Integer, Double>> neighbours;
    /** Each group's closest neighbour, and how close. */
    private final int[] nearest;
    private final double[] closeness;
    private long comparisons;

    private SentenceClusters(List<Sentence> ordered, double similarity, long allowed) {
        this.similarity = similarity;
        this.allowed = allowed;
        this.count = ordered.size();
        this.sums = new float[count][];
        this.centres = new float[count][];
        this.members = new ArrayList<>(count);
        this.neighbours = new ArrayList<>(count);
        this.nearest = new int[count];
        this.closeness = new double[count];
        for (int i = 0; i < count; i++) {
            sums[i] = ordered.get(i).vector().clone();
            centres[i] = ordered.get(i).vector();
            members.add(new ArrayList<>(List.of(ordered.get(i))));
            neighbours.add(new HashMap<>());
        }
    }

    /**
     * Clusters the sentences, comparing two vectors at most {@code allowed} times.
     *
     * @throws InterruptedException when the thread is interrupted, which it checks every thousand or so comparisons
     */
    static Clustering of(List<Sentence> sentences, double similarity, long allowed) throws InterruptedException {
        List<Sentence> ordered = sentences.stream()
                .sorted(Comparator.comparing(Sentence::responseId).thenComparing(Sentence::text)).toList();
        return new SentenceClusters(ordered, similarity, allowed).cluster();
    }

    private Clustering cluster() throws InterruptedException {
        BitSet fresh = new BitSet(count);
        fresh.set(0, count);
        boolean complete = true;
        while (!fresh.isEmpty()) {
            if (!findNeighbours(fresh)) {
                complete = false;
                break;
            }
            BitSet grown = new BitSet(count);
            if (!merge(grown)) {
                complete = false;
                break;
            }
            fresh = grown;
        }
        return new Clustering(clusters(), comparisons, complete);
    }

    /**
     * Each live group's nearest groups among those it is compared with: every pair with a fresh group in it. They
     * replace its neighbours: a pair of groups neither of which has changed was weighed in an earlier round.
     *
     * @return false if the comparisons allowed would run out
     */
    private boolean findNeighbours(BitSet fresh) throws InterruptedException {
        int[] live = liveGroups();
        Nearest[] found = new Nearest[count];
        for (int group : live) {
            found[group] = new Nearest();
        }
        for (int i = 0; i < live.length; i++) {
            stopIfInterrupted();
            int a = live[i];
            long row = fresh.get(a) ? live.length - 1 - i : fresh.cardinality() - fresh.get(0, a + 1).cardinality();
            if (comparisons + row > allowed) {
                return false;
            }
            for (int j = i + 1; j < live.length; j++) {
                int b = live[j];
                if (fresh.get(a) || fresh.get(b)) {
                    double alike = compare(a, b);
                    found[a].offer(b, alike);
                    found[b].offer(a, alike);
                }
            }
        }
        for (int group : live) {
            neighbours.get(group).clear();
        }
        for (int group : live) {
            Nearest near = found[group];
            for (int k = 0; k < near.size; k++) {
                neighbours.get(group).put(near.groups[k], near.alike[k]);
                neighbours.get(near.groups[k]).put(group, near.alike[k]);
            }
        }
        for (int group : live) {
            findNearest(group);
        }
        return true;
    }

    /**
     * Merges the closest two neighbouring groups while they are as alike as asked, marking the groups that grew.
     *
     * @return false if the comparisons allowed ran out
     */
    private boolean merge(BitSet grown) throws InterruptedException {
        while (true) {
            stopIfInterrupted();
            int a = -1;
            for (int i = 0; i < count; i++) {
                if (members.get(i) != null && nearest[i] >= 0 && (a < 0 || closeness[i] > closeness[a])) {
                    a = i;
                }
            }
            if (a < 0 || closeness[a] < similarity) {
                return true;
            }
            int b = nearest[a];
            Map<Integer, Double> around = new HashMap<>(neighbours.get(a));
            neighbours.get(b).forEach(around::put);
            around.remove(a);
            around.remove(b);
            if (comparisons + around.size() > allowed) {
                return false;
            }
            add(sums[a], sums[b]);
            centres[a] = unit(sums[a]);
            members.get(a).addAll(members.get(b));
            members.set(b, null);
            neighbours.set(b, new HashMap<>());
            grown.set(a);
            grown.clear(b);
            for (Map.Entry<Integer, Double> neighbour : around.entrySet()) {
                int other = neighbour.getKey();
                double alike = compare(a, other);
                neighbour.setValue(alike);
                Map<Integer, Double> ofOther = neighbours.get(other);
                ofOther.remove(b);
                ofOther.put(a, alike);
            }
            neighbours.set(a, around);
            findNearest(a);
            for (int other : around.keySet()) {
                if (nearest[other] == a || nearest[other] == b) {
                    findNearest(other);
                } else if (closer(around.get(other), a, closeness[other], nearest[other])) {
                    nearest[other] = a;
                    closeness[other] = around.get(other);
                }
            }
        }
    }

    private void findNearest(int group) {
        nearest[group] = -1;
        closeness[group] = Double.NEGATIVE_INFINITY;
        neighbours.get(group).forEach((other, alike) -> {
            if (closer(alike, other, closeness[group], nearest[group])) {
                nearest[group] = other;
                closeness[group] = alike;
            }
        });
    }

    /** Closer, or as close and first. */
    private static boolean closer(double alike, int group, double than, int thanGroup) {
        return alike > than || alike == than && group < thanGroup;
    }

    private double compare(int a, int b) {
        comparisons++;
        return SentenceEmbeddings.similarity(centres[a], centres[b]);
    }

    private int[] liveGroups() {
        int[] live = new int[count];
        int size = 0;
        for (int i = 0; i < count; i++) {
            if (members.get(i) != null) {
                live[size++] = i;
            }
        }
        return Arrays.copyOf(live, size);
    }

    private List<Cluster> clusters() {
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

    private static void stopIfInterrupted() throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("clustering stopped");
        }
    }

    /** A group's closest groups so far, closest (then first) first. */
    private static final class Nearest {

        private final int[] groups = new int[NEIGHBOURS];
        private final double[] alike = new double[NEIGHBOURS];
        private int size;

        void offer(int group, double closeness) {
            int at = size;
            while (at > 0 && closer(closeness, group, alike[at - 1], groups[at - 1])) {
                at--;
            }
            if (at == NEIGHBOURS) {
                return;
            }
            int last = Math.min(size, NEIGHBOURS - 1);
            System.arraycopy(groups, at, groups, at + 1, last - at);
            System.arraycopy(alike, at, alike, at + 1, last - at);
            groups[at] = group;
            alike[at] = closeness;
            size = Math.min(size + 1, NEIGHBOURS);
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
