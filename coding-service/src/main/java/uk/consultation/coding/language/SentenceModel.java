package uk.consultation.coding.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * The sentence-embedding model, all-MiniLM-L6-v2 quantised, from the ONNX file and tokenizer inside its Maven
 * artifact, run exactly as the artifact's own {@code AllMiniLmL6V2QuantizedEmbeddingModel} runs one text (tokens cut
 * at 128, mean of every token's output, normalised), so each vector is the same to the last bit. One instance per
 * process: the session is safe to run from several threads.
 *
 * <p>Each sentence runs alone, never padded into a batch with others: the model quantises each layer's input with one
 * scale for the whole batch, so a sentence batched with others comes out different (cosine similarity down to 0.94 on
 * the labelled responses), and a coding must not depend on what else was embedded with it. Sentences run instead on
 * as many threads as the machine has cores, each run on one thread of ONNX Runtime's; whichever listener threads ask,
 * no more runs go at once than there are cores.
 */
final class SentenceModel {

    static final SentenceModel SHARED = new SentenceModel();

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final ExecutorService runs;

    private SentenceModel() {
        try (InputStream model = resource(MODEL); InputStream tokens = resource(TOKENIZER);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            session = environment.createSession(model.readAllBytes(), options);
            tokenizer = HuggingFaceTokenizer.newInstance(tokens, Map.of("padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("The sentence-embedding model cannot be loaded", e);
        }
        AtomicInteger threads = new AtomicInteger();
        runs = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), run -> {
            Thread thread = new Thread(run, "sentence-model-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One vector for each sentence, in order, the sentences spread over the cores. */
    List<float[]> embedEach(List<String> sentences) {
        List<Future<float[]>> running = sentences.stream().map(sentence -> runs.submit(() -> embed(sentence)))
                .toList();
        List<float[]> vectors = new ArrayList<>(sentences.size());
        try {
            for (Future<float[]> run : running) {
                vectors.add(run.get());
            }
        } catch (InterruptedException e) {
            running.forEach(run -> run.cancel(false));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while embedding sentences", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The sentence-embedding model failed", e.getCause());
        }
        return vectors;
    }

    private float[] embed(String sentence) {
        Encoding encoding = tokenizer.encode(sentence, true, false);
        long[] shape = {1, encoding.getIds().length};
        try (OnnxTensor ids = tensor(encoding.getIds(), shape);
                OnnxTensor mask = tensor(encoding.getAttentionMask(), shape);
                OnnxTensor types = tensor(encoding.getTypeIds(), shape);
                OrtSession.Result result = session.run(
                        Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types))) {
            return normalised(mean(((float[][][]) result.get(0).getValue())[0]));
        } catch (OrtException e) {
            throw new IllegalStateException("The sentence-embedding model failed", e);
        }
    }

    private OnnxTensor tensor(long[] values, long[] shape) throws OrtException {
        return OnnxTensor.createTensor(environment, LongBuffer.wrap(values), shape);
    }

    /** The mean of every token's output, summed in token order in floats, as the artifact's model pools. */
    private static float[] mean(float[][] tokens) {
        float[] mean = new float[tokens[0].length];
        for (float[] token : tokens) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += token[i];
            }
        }
        for (int i = 0; i < mean.length; i++) {
            mean[i] /= tokens.length;
        }
        return mean;
    }

    private static float[] normalised(float[] vector) {
        float squares = 0;
        for (float value : vector) {
            squares += value * value;
        }
        float norm = (float) Math.sqrt(squares);
        float[] normalised = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            normalised[i] = vector[i] / norm;
        }
        return normalised;
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(SentenceModel.class.getResourceAsStream(name), name + " is not on the classpath");
    }
}
