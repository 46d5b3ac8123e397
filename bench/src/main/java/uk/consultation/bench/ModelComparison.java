package uk.consultation.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.consultation.bench.BatchedModel.Artifact;

/**
 * The sentence models side by side on the sentences of the labelled responses (docs/benchmarks.md, Coding accuracy,
 * "Sentence models"): whether a sentence batched with others gets the vector it gets alone (how many vectors differ at
 * all, the largest difference in one component, the lowest cosine similarity), and each model's CPU time a sentence
 * alone and in batches of 8 and 32 sentences of like token length, on one thread. The ways take turns, each round
 * starting one further along, since the machine is shared; one round warms up and is not counted, the medians of the
 * rest are reported.
 */
final class ModelComparison {

    private static final List<Integer> BATCHES = List.of(1, 8, 32);
    private static final int ROUNDS = 3;

    private static final com.sun.management.OperatingSystemMXBean THIS_JVM =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private record Way(Artifact artifact, int batch) {
    }

    private ModelComparison() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : ROUNDS;
        List<String> sentences = CodingBenchmark.texts().stream()
                .flatMap(text -> CodingBenchmark.sentences(text).stream()).distinct().toList();
        Map<Artifact, BatchedModel> models = new EnumMap<>(Artifact.class);
        Map<Artifact, List<String>> byLength = new EnumMap<>(Artifact.class);
        try {
            for (Artifact artifact : Artifact.values()) {
                BatchedModel model = new BatchedModel(artifact);
                models.put(artifact, model);
                byLength.put(artifact, sentences.stream().sorted(Comparator.comparingInt(model::tokens)).toList());
            }
            System.out.printf("%d distinct sentences; %d rounds after one to warm up; load average %.2f%n",
                    sentences.size(), rounds, THIS_JVM.getSystemLoadAverage());
            for (Artifact artifact : Artifact.values()) {
                compareWithAlone(artifact, models.get(artifact), sentences, byLength.get(artifact));
            }
            List<Way> ways = new ArrayList<>();
            for (Artifact artifact : Artifact.values()) {
                BATCHES.forEach(batch -> ways.add(new Way(artifact, batch)));
            }
            Map<Way, List<Double>> cpu = new LinkedHashMap<>();
            Map<Way, List<Double>> seconds = new LinkedHashMap<>();
            ways.forEach(way -> {
                cpu.put(way, new ArrayList<>());
                seconds.put(way, new ArrayList<>());
            });
            for (int round = 0; round <= rounds; round++) {
                for (int w = 0; w < ways.size(); w++) {
                    Way way = ways.get((w + round) % ways.size());
                    long cpuBefore = THIS_JVM.getProcessCpuTime();
                    long start = System.nanoTime();
                    models.get(way.artifact()).embedInBatches(byLength.get(way.artifact()), way.batch(), 1);
                    double took = (System.nanoTime() - start) / 1e9;
                    double cpuMillis = (THIS_JVM.getProcessCpuTime() - cpuBefore) / 1e6 / sentences.size();
                    if (round > 0) {
                        cpu.get(way).add(cpuMillis);
                        seconds.get(way).add(took);
                        System.out.printf("round %d: %-18s batches of %2d: %5.0f sentences/s, %.2f ms CPU a "
                                + "sentence%n", round, way.artifact().file(), way.batch(), sentences.size() / took,
                                cpuMillis);
                    }
                }
            }
            double today = CodingBenchmark.median(cpu.get(ways.get(0)));
            System.out.printf("%nmedians over %d rounds, one thread; load average %.2f%n", rounds,
                    THIS_JVM.getSystemLoadAverage());
            for (Way way : ways) {
                double millis = CodingBenchmark.median(cpu.get(way));
                System.out.printf("%-18s batches of %2d: %5.0f sentences/s, %.2f ms CPU a sentence, %.2f times "
                        + "all-minilm-l6-v2-q alone%n", way.artifact().file(), way.batch(),
                        sentences.size() / CodingBenchmark.median(seconds.get(way)), millis, millis / today);
            }
        } finally {
            for (BatchedModel model : models.values()) {
                model.close();
            }
        }
    }

    /**
     * Every sentence batched with others, in the order of the texts (lengths mixed, much padding) and by token
     * length, against the same sentence alone.
     */
    private static void compareWithAlone(Artifact artifact, BatchedModel model, List<String> sentences,
            List<String> byLength) throws Exception {
        Map<String, float[]> alone = new LinkedHashMap<>();
        for (String sentence : sentences) {
            alone.put(sentence, model.embed(List.of(sentence)).get(0));
        }
        for (int batch : List.of(8, 32)) {
            for (boolean sorted : List.of(false, true)) {
                List<String> order = sorted ? byLength : sentences;
                double largest = 0;
                double lowest = 1;
                int differing = 0;
                for (int from = 0; from < order.size(); from += batch) {
                    List<String> some = order.subList(from, Math.min(order.size(), from + batch));
                    List<float[]> vectors = model.embed(some);
                    for (int s = 0; s < some.size(); s++) {
                        float[] own = alone.get(some.get(s));
                        float[] batched = vectors.get(s);
                        differing += Arrays.equals(own, batched) ? 0 : 1;
                        double dot = 0;
                        double ownSquares = 0;
                        double batchedSquares = 0;
                        for (int i = 0; i < own.length; i++) {
                            largest = Math.max(largest, Math.abs(own[i] - batched[i]));
                            dot += (double) own[i] * batched[i];
                            ownSquares += (double) own[i] * own[i];
                            batchedSquares += (double) batched[i] * batched[i];
                        }
                        lowest = Math.min(lowest, dot / Math.sqrt(ownSquares * batchedSquares));
                    }
                }
                System.out.printf("%-18s batches of %2d %-14s against alone: %d of %d vectors differ, largest "
                        + "difference in a component %.2e, lowest cosine similarity %.6f%n", artifact.file(), batch,
                        sorted ? "by length" : "in text order", differing, order.size(), largest, lowest);
            }
        }
    }
}
