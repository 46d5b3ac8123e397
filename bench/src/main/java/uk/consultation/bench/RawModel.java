package uk.consultation.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The sentence-embedding model coding-service uses (all-MiniLM-L6-v2, quantised, in process) alone, at its best on
 * this machine: every way of calling it below is timed on the same sentences and the fastest counts, real batches of
 * like token length on every core ({@link BatchedModel}) among them.
 */
final class RawModel {

    private static final int WARM_UP_SENTENCES = 200;
    /** The batch sizes the coding benchmark found best on two cores (docs/benchmarks.md, Coding). */
    private static final List<Integer> BATCHES = List.of(8, 32);

    /** @param sentencesPerSecond by way of calling the model, in the order tried */
    record Rates(List<Rate> sentencesPerSecond) {

        Rate best() {
            return sentencesPerSecond.stream().max((a, b) -> Double.compare(a.perSecond(), b.perSecond())).orElseThrow();
        }
    }

    record Rate(String way, double perSecond) {
    }

    private RawModel() {
    }

    static Rates measure(List<String> sentences) {
        List<TextSegment> segments = sentences.stream().map(TextSegment::from).toList();
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService threads = Executors.newFixedThreadPool(cores);
        try {
            EmbeddingModel oneByOne = new AllMiniLmL6V2QuantizedEmbeddingModel();
            // embedAll hands the sentences to its executor's threads, each calling the one shared ONNX session
            EmbeddingModel allCores = new AllMiniLmL6V2QuantizedEmbeddingModel(threads);
            List<TextSegment> warmUp = segments.subList(0, Math.min(WARM_UP_SENTENCES, segments.size()));
            warmUp.forEach(oneByOne::embed);
            allCores.embedAll(warmUp);
            List<Rate> rates = new ArrayList<>(List.of(
                    timed("one thread, one sentence at a time", segments, () -> segments.forEach(oneByOne::embed)),
                    timed("embedAll on " + cores + " threads", segments, () -> allCores.embedAll(segments))));
            try (BatchedModel batched = new BatchedModel(BatchedModel.Artifact.ALL_MINILM_L6_V2_Q)) {
                List<String> byLength = sentences.stream().sorted(Comparator.comparingInt(batched::tokens)).toList();
                batched.embedInBatches(byLength.subList(0, Math.min(WARM_UP_SENTENCES, byLength.size())),
                        BATCHES.get(0), cores);
                for (int batch : BATCHES) {
                    long start = System.nanoTime();
                    batched.embedInBatches(byLength, batch, cores);
                    rates.add(new Rate("batches of " + batch + " on " + cores + " threads",
                            byLength.size() / ((System.nanoTime() - start) / 1e9)));
                }
            }
            return new Rates(rates);
        } catch (Exception e) {
            throw new IllegalStateException("the raw model could not be measured", e);
        } finally {
            threads.shutdown();
        }
    }

    private static Rate timed(String way, List<TextSegment> segments, Runnable embedding) {
        long start = System.nanoTime();
        embedding.run();
        return new Rate(way, segments.size() / ((System.nanoTime() - start) / 1e9));
    }
}
