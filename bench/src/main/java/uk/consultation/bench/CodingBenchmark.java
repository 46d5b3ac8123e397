package uk.consultation.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import uk.consultation.coding.code.Calibration;
import uk.consultation.coding.code.ResponseCoder;
import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.coding.language.Sentences;
import uk.consultation.coding.theme.ThemeCoder;
import uk.consultation.coding.theme.ThemeSettings;
import uk.consultation.coding.understand.FreeTextCoder;
import uk.consultation.coding.understand.UnderstandingSettings;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.consultation.Question;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * How fast coding reads free text, next to the raw sentence-embedding model at its best on the same sentences: the
 * labelled free-form responses and the two seed responses, each coded as a letter by coding-service's
 * {@code ResponseCoder} (template, respondent type, passages, question mapping, positions, personal data) and
 * {@code ThemeCoder} (codeframe themes of every answer), with nothing remembered from before; and their distinct
 * sentences through the bare model, in batches of 1, 8, 32 and 64 sentences of like token length. Each is run on one
 * thread and on as many threads as the machine has cores, all of them in turns, round after round, so that the
 * machine's swings (it is shared) fall on every one alike; the medians are reported. Start it with
 * {@code bench/coding.sh [rounds]} from the project root.
 */
public final class CodingBenchmark {

    private static final String CONSULTATION = "integrated-communities-2018";
    private static final List<Path> TEXTS = List.of(Path.of("coding-service/src/test/resources/understanding"),
            Path.of("coding-service/src/test/resources/responses"));
    private static final List<Integer> BATCHES = List.of(1, 8, 32, 64);
    /** Rounds counted, after one to warm up. */
    private static final int ROUNDS = 3;
    /** Issue 15: coding end to end keeps at least this share of the raw model's rate at its best. */
    private static final double TARGET = 0.7;

    /** coding-service's defaults (its application.yml). */
    private static final UnderstandingSettings SETTINGS = new UnderstandingSettings(0.5, 30);
    private static final ThemeSettings THEMES = new ThemeSettings(0.45, 0.1, 0.35, 2000);

    private CodingBenchmark() {
    }

    /**
     * One way of getting through all the texts, timed each round.
     *
     * @param prepare what is made before timing, and returns the run that is timed
     */
    private record Way(String name, int threads, Callable<Callable<?>> prepare) {
    }

    /** One way's round: how long it took, and the CPU time this process spent on it, all threads. */
    private record Run(double seconds, double cpuSeconds) {
    }

    private static final com.sun.management.OperatingSystemMXBean THIS_JVM =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : ROUNDS;
        int cores = Runtime.getRuntime().availableProcessors();
        ConsultationDefinition consultation = ConsultationDefinitions.bundled(CONSULTATION);
        // Longest first, so that the threads finish together.
        List<String> texts = texts().stream().sorted(Comparator.comparingInt((String text) -> sentences(text).size())
                .reversed()).toList();
        List<String> sentences = texts.stream().flatMap(text -> sentences(text).stream()).toList();
        try (BatchedModel model = new BatchedModel(BatchedModel.Artifact.ALL_MINILM_L6_V2_Q)) {
            List<String> byLength = sentences.stream().sorted(Comparator.comparingInt(model::tokens)).toList();
            List<Way> ways = new ArrayList<>();
            for (int threads : List.of(1, cores)) {
                for (int batch : BATCHES) {
                    ways.add(new Way("model, batches of " + batch, threads, () -> () -> {
                        model.embedInBatches(byLength, batch, threads);
                        return null;
                    }));
                }
                ways.add(new Way("coding", threads, () -> coding(texts, consultation, threads)));
            }
            System.out.printf("%d texts, %d sentences; %d cores; %d rounds after one to warm up; load average %s%n",
                    texts.size(), sentences.size(), cores, rounds, loadAverage());
            Map<Way, List<Run>> runs = new LinkedHashMap<>();
            ways.forEach(way -> runs.put(way, new ArrayList<>()));
            CpuUse.Machine machineBefore = CpuUse.Machine.soFar();
            long cpuBefore = THIS_JVM.getProcessCpuTime();
            for (int round = 0; round <= rounds; round++) {
                for (int w = 0; w < ways.size(); w++) {
                    // Each round starts one further along, so that no way always follows the same other.
                    Way way = ways.get((w + round) % ways.size());
                    Callable<?> timed = way.prepare().call();
                    long cpu = THIS_JVM.getProcessCpuTime();
                    long start = System.nanoTime();
                    timed.call();
                    Run run = new Run((System.nanoTime() - start) / 1e9, (THIS_JVM.getProcessCpuTime() - cpu) / 1e9);
                    if (round > 0) {
                        runs.get(way).add(run);
                        System.out.printf("round %d: %-22s on %d thread(s): %5.0f sentences/s, %.2f ms CPU a "
                                + "sentence%n", round, way.name(), way.threads(), sentences.size() / run.seconds(),
                                1000 * run.cpuSeconds() / sentences.size());
                    }
                }
            }
            CpuUse.Machine machineAfter = CpuUse.Machine.soFar();
            double ours = (THIS_JVM.getProcessCpuTime() - cpuBefore) / 1e9;
            double all = (machineAfter.all().toNanos() - machineBefore.all().toNanos()) / 1e9;
            double busy = (machineAfter.busy().toNanos() - machineBefore.busy().toNanos()) / 1e9;
            System.out.printf("%nmedians over %d rounds (%d sentences, %d responses); load average %s; the machine's "
                    + "cores were %.0f%% busy, %.0f%% with this benchmark and %.0f%% with anything else%n", rounds,
                    sentences.size(), texts.size(), loadAverage(), 100 * busy / all, 100 * ours / all,
                    100 * (busy - ours) / all);
            double best = 0;
            for (Way way : ways) {
                double median = median(runs.get(way).stream().map(Run::seconds).toList());
                double cpu = median(runs.get(way).stream().map(Run::cpuSeconds).toList());
                String rate = way.name().equals("coding")
                        ? String.format(", %4.1f responses/s", texts.size() / median) : "";
                System.out.printf("%-22s on %d thread(s): %5.0f sentences/s, %.2f ms CPU a sentence%s%n", way.name(),
                        way.threads(), sentences.size() / median, 1000 * cpu / sentences.size(), rate);
                if (!way.name().equals("coding")) {
                    best = Math.max(best, sentences.size() / median);
                }
            }
            double coding = sentences.size() / median(runs.get(ways.get(ways.size() - 1)).stream()
                    .map(Run::seconds).toList());
            System.out.printf("coding on %d threads keeps %.0f%% of the raw model at its best (%.0f sentences/s); "
                    + "target >= %.0f%%: %s%n", cores, 100 * coding / best, best, 100 * TARGET,
                    coding / best >= TARGET ? "met" : "not met");
        }
    }

    /**
     * Every text coded as a letter, the texts spread over threads as the listener's threads would take them, by a
     * coder with nothing remembered. The questions' and themes' vectors are made before timing, as the service makes
     * them once per consultation and codeframe version.
     */
    private static Callable<?> coding(List<String> texts, ConsultationDefinition consultation, int threads) {
        SentenceEmbeddings embeddings = new SentenceEmbeddings();
        ResponseCoder coder = new ResponseCoder(new FreeTextCoder(embeddings, SETTINGS), new Calibration());
        ThemeCoder themes = new ThemeCoder(embeddings, THEMES);
        Map<String, ResponseReceived.Answer> everyQuestion = new LinkedHashMap<>();
        consultation.questions().stream().map(Question::id)
                .forEach(id -> everyQuestion.put(id, new ResponseReceived.Answer(null, "Warm-up.")));
        themes.code(coder.code(response("warm-up", "Warm-up.", everyQuestion), consultation, Instant.EPOCH),
                consultation);
        List<Callable<Object>> coding = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            ResponseReceived letter = response("r-" + i, texts.get(i), Map.of());
            coding.add(() -> themes.code(coder.code(letter, consultation, Instant.EPOCH), consultation));
        }
        return () -> onThreads(threads, coding);
    }

    private static Void onThreads(int threads, List<Callable<Object>> tasks) throws InterruptedException,
            ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Future<?> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        return null;
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
    }

    /** Over the last minute: how many others wanted the machine's cores. */
    private static String loadAverage() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path directory : TEXTS) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(file -> file.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(file));
                }
            }
        }
        return texts;
    }

    /**
     * The sentences coding embeds: lines joined within a paragraph, as coding joins the lines a PDF broke, each
     * sentence once.
     */
    static List<String> sentences(String text) {
        return Arrays.stream(text.split("\\n\\s*\\n"))
                .flatMap(paragraph -> Sentences.of(paragraph.replaceAll("\\s+", " ")).stream())
                .distinct().toList();
    }

    private static ResponseReceived response(String id, String text, Map<String, ResponseReceived.Answer> answers) {
        return new ResponseReceived(id, CONSULTATION, "BENCH-" + id, Channel.LETTER, Instant.EPOCH, false,
                new ResponseReceived.Respondent(null, null), answers, text, List.of(),
                new ResponseReceived.Source(null, null, null, "SCAN-" + id, "bench"));
    }
}
