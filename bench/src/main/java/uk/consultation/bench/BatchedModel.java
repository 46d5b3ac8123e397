package uk.consultation.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * A raw sentence-embedding model fed real batches: the ONNX file and tokenizer of its Maven artifact, sentences
 * padded to the longest of their batch with an attention mask, each vector the mean of its own tokens' outputs,
 * normalised. One thread of ONNX Runtime's per run, as coding-service runs it. Benchmark only: coding runs every
 * sentence alone, since the quantised model gives a sentence a different vector in a batch (docs/benchmarks.md).
 */
final class BatchedModel implements AutoCloseable {

    /**
     * The sentence models compared, by the name of their files in their Maven artifact, each with what it expects
     * before a text: e5 was trained with "query: " before texts compared with others like them.
     */
    enum Artifact {
        ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", ""),
        ALL_MINILM_L6_V2("all-minilm-l6-v2", ""),
        E5_SMALL_V2_Q("e5-small-v2-q", "query: ");

        private final String file;
        private final String prefix;

        Artifact(String file, String prefix) {
            this.file = file;
            this.prefix = prefix;
        }

        String file() {
            return file;
        }
    }

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final String prefix;

    BatchedModel(Artifact artifact) throws IOException, OrtException {
        try (InputStream model = resource("/" + artifact.file + ".onnx");
                InputStream tokens = resource("/" + artifact.file + "-tokenizer.json");
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            session = environment.createSession(model.readAllBytes(), options);
            tokenizer = HuggingFaceTokenizer.newInstance(tokens, Map.of("padding", "false"));
        }
        prefix = artifact.prefix;
    }

    /** How many tokens the model reads of a sentence: batches of like length waste least on padding. */
    int tokens(String sentence) {
        return encode(sentence).getIds().length;
    }

    private Encoding encode(String sentence) {
        return tokenizer.encode(prefix + sentence, true, false);
    }

    List<float[]> embed(List<String> batch) throws OrtException {
        Encoding[] encodings = new Encoding[batch.size()];
        int longest = 0;
        for (int s = 0; s < encodings.length; s++) {
            encodings[s] = encode(batch.get(s));
            longest = Math.max(longest, encodings[s].getIds().length);
        }
        long[] ids = new long[encodings.length * longest];
        long[] mask = new long[ids.length];
        long[] types = new long[ids.length];
        for (int s = 0; s < encodings.length; s++) {
            long[] own = encodings[s].getIds();
            System.arraycopy(own, 0, ids, s * longest, own.length);
            Arrays.fill(mask, s * longest, s * longest + own.length, 1);
        }
        long[] shape = {encodings.length, longest};
        try (OnnxTensor idTensor = tensor(ids, shape); OnnxTensor maskTensor = tensor(mask, shape);
                OnnxTensor typeTensor = tensor(types, shape);
                OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor,
                        "token_type_ids", typeTensor))) {
            float[][][] outputs = (float[][][]) result.get(0).getValue();
            List<float[]> vectors = new ArrayList<>(encodings.length);
            for (int s = 0; s < encodings.length; s++) {
                vectors.add(meanNormalised(outputs[s], encodings[s].getIds().length));
            }
            return vectors;
        }
    }

    /**
     * Every sentence through the model in batches of {@code batch}, the batches spread over {@code threads} threads;
     * sentences sorted by token count ({@link #tokens}) waste least on padding.
     */
    void embedInBatches(List<String> byLength, int batch, int threads) throws InterruptedException,
            ExecutionException {
        List<Callable<List<float[]>>> batches = new ArrayList<>();
        for (int from = 0; from < byLength.size(); from += batch) {
            List<String> sentences = byLength.subList(from, Math.min(byLength.size(), from + batch));
            batches.add(() -> embed(sentences));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Future<List<float[]>> done : pool.invokeAll(batches)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static float[] meanNormalised(float[][] tokens, int count) {
        float[] mean = new float[tokens[0].length];
        for (int t = 0; t < count; t++) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += tokens[t][i];
            }
        }
        float squares = 0;
        for (int i = 0; i < mean.length; i++) {
            mean[i] /= count;
            squares += mean[i] * mean[i];
        }
        float norm = (float) Math.sqrt(squares);
        for (int i = 0; i < mean.length; i++) {
            mean[i] /= norm;
        }
        return mean;
    }

    private OnnxTensor tensor(long[] values, long[] shape) throws OrtException {
        return OnnxTensor.createTensor(environment, LongBuffer.wrap(values), shape);
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(BatchedModel.class.getResourceAsStream(name), name + " is not on the classpath");
    }

    @Override
    public void close() throws OrtException {
        session.close();
        tokenizer.close();
    }
}
