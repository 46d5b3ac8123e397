package uk.consultation.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
            try (BatchedModel batched = new BatchedModel()) {
                List<String> byLength = sentences.stream().sorted(Comparator.comparingInt(batched::tokens)).toList();
                inBatches(batched, byLength.subList(0, Math.min(WARM_UP_SENTENCES, byLength.size())), BATCHES.get(0),
                        threads);
                for (int batch : BATCHES) {
                    rates.add(timed("batches of " + batch + " on " + cores + " threads", segments,
                            () -> inBatches(batched, byLength, batch, threads)));
                }
            }
            return new Rates(rates);
        } catch (Exception e) {
            throw new IllegalStateException("the raw model could not be measured", e);
        } finally {
            threads.shutdown();
        }
    }

    /** Every sentence in batches of like token length, the batches spread over the threads. */
    private static void inBatches(BatchedModel model, List<String> byLength, int batch, ExecutorService threads) {
        List<Callable<Object>> batches = new ArrayList<>();
        for (int from = 0; from < byLength.size(); from += batch) {
            List<String> sentences = byLength.subList(from, Math.min(byLength.size(), from + batch));
            batches.add(() -> model.embed(sentences));
        }
        try {
            for (Future<Object> done : threads.invokeAll(batches)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch failed", e.getCause());
        }
    }

    private static Rate timed(String way, List<TextSegment> segments, Runnable embedding) {
        long start = System.nanoTime();
        embedding.run();
        return new Rate(way, segments.size() / ((System.nanoTime() - start) / 1e9));
    }
}
