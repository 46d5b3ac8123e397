package uk.consultation.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.management.OperatingSystemMXBean;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.consultation.access.StaffRole;
import uk.consultation.coding.language.Sentences;
import uk.consultation.localstack.FreePorts;
import uk.consultation.localstack.LocalStack;
import uk.consultation.localstack.ServiceProcess;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.consultation.ConsultationDefinitions;

/**
 * The surge benchmark: the whole system started as {@code ./run.sh} starts it (embedded broker, store and mailbox,
 * the three services' jars) but with the services' production JVM settings, a surge of responses posted as fast as
 * intake accepts them, and, in one run, how fast it got through them end to end, how fresh the figures stayed, how
 * many codings it published per response, and how its pace compares with the embedding model alone on the surge's own
 * sentences. Only the services' public HTTP APIs, metrics and topics are used. Start it with {@code bench/surge.sh}
 * from the project root; see docs/benchmarks.md.
 */
public final class SurgeBenchmark {

    private static final String CONSULTATION = "integrated-communities-2018";
    private static final long SEED = 2018;
    /** As the services' Docker images run them ({@code JAVA_TOOL_OPTIONS} in their Dockerfiles). */
    private static final List<String> SERVICE_JVM = List.of("-XX:MaxRAMPercentage=75");
    private static final String FRESHNESS = "reporting_freshness_seconds";
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(1);
    private static final int OPERATIONS_EVERY_SAMPLES = 5;
    private static final Duration SIGTERM_PATIENCE = Duration.ofSeconds(60);
    private static final double TARGET_RECORDS_PER_RESPONSE = 1.1;
    private static final double TARGET_SHARE_OF_MODEL = 0.7;
    private static final double TARGET_P99_SECONDS = 5;
    private static final double TARGET_STOP_SECONDS = 10;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final OperatingSystemMXBean THIS_JVM =
            ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);

    private SurgeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SurgeSettings settings = SurgeSettings.parse(args);
        SurgeGenerator generator = new SurgeGenerator(ConsultationDefinitions.bundled(CONSULTATION), SEED);
        List<SurgeGenerator.Post> surge = generator.posts(settings.responses());
        Sentence sentences = Sentence.count(surge);
        progress("%s; %,d distinct sentences of %,d written", describe(surge, settings), sentences.distinct().size(),
                sentences.written());

        List<String> sample = spread(sentences.distinct(), settings.modelSentences());
        progress("Timing the raw model on %,d of them while nothing else of the benchmark runs (load average %s)",
                sample.size(), loadAverage());
        RawModel.Rates model = RawModel.measure(sample);

        Path work = Files.createTempDirectory("surge-bench");
        progress("Starting the whole system in %s", work);
        try (AutoCloseable benchmark = profile(settings);
                LocalStack stack = LocalStack.start(Path.of("").toAbsolutePath(), stackEnvironment(work),
                        serviceJvm(settings), serviceSettings())) {
            // the services are processes of their own: on Ctrl-C they must stop too
            Thread stopStack = new Thread(stack::close, "surge-stop");
            Runtime.getRuntime().addShutdownHook(stopStack);
            Run run = new Run(stack, settings);
            System.out.println(run.surge(surge, sentences, model, generator));
        }
        System.out.println("Services' logs: " + work.resolve("logs"));
    }

    /** The services' JVM settings, with a flight recording written to the profile directory on exit if asked for. */
    private static List<String> serviceJvm(SurgeSettings settings) {
        List<String> jvm = new ArrayList<>(SERVICE_JVM);
        // a directory as the file name: each JVM names its own recording after its process id
        settings.profiles().ifPresent(dir -> jvm.add(
                "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + dir.toAbsolutePath() + "/"));
        return jvm;
    }

    /**
     * A flight recording of this JVM (the broker, the store, the mailbox, the load generator), if asked for, written
     * to the profile directory as it stops.
     */
    private static AutoCloseable profile(SurgeSettings settings) throws IOException, ParseException {
        if (settings.profiles().isEmpty()) {
            return () -> { };
        }
        Files.createDirectories(settings.profiles().get());
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.setDestination(settings.profiles().get().resolve("benchmark.jfr"));
        recording.start();
        return recording::stop;
    }

    /** Free ports for everything and fresh data in the run's own directory. */
    private static Map<String, String> stackEnvironment(Path work) {
        Map<String, String> env = new HashMap<>();
        env.put("LOCAL_STACK_DATA", work.toString());
        for (String port : List.of("KAFKA_PORT", "KAFKA_CONTROLLER_PORT", "MONGODB_PORT", "SMTP_PORT", "IMAP_PORT",
                "INTAKE_PORT", "CODING_PORT", "REPORTING_PORT")) {
            env.put(port, Integer.toString(FreePorts.find()));
        }
        return env;
    }

    private static Map<String, String> serviceSettings() {
        return Map.of(
                // all the load comes from this one address, far beyond the per-client limit on submissions
                "INTAKE_RATE_LIMIT_ENABLED", "false",
                // The freshness histogram's buckets end at Micrometer's default of 30 s for a timer, so a surge's
                // backlog of minutes would be all "+Inf"; buckets up to an hour tell it. Metrics only: nothing else
                // in reporting changes.
                "SPRING_APPLICATION_JSON",
                "{\"management.metrics.distribution.maximum-expected-value.reporting.freshness\":\"1h\"}");
    }

    /**
     * The distinct sentences of everything written in the surge's own words, split as coding-service splits them
     * ({@link Sentences}): comments, campaign letters, and the answers of template emails.
     */
    record Sentence(Set<String> distinct, long written) {

        static Sentence count(List<SurgeGenerator.Post> posts) {
            Set<String> distinct = new LinkedHashSet<>();
            long written = 0;
            for (SurgeGenerator.Post post : posts) {
                for (String text : post.freeText()) {
                    List<String> sentences = Sentences.of(text);
                    written += sentences.size();
                    distinct.addAll(sentences);
                }
            }
            return new Sentence(distinct, written);
        }
    }

    /** At most {@code count} of them, taken evenly from first to last, so that the sample is like the whole. */
    static List<String> spread(Set<String> sentences, int count) {
        List<String> all = new ArrayList<>(sentences);
        if (all.size() <= count) {
            return all;
        }
        List<String> sample = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sample.add(all.get((int) ((long) i * all.size() / count)));
        }
        return sample;
    }

    private static String describe(List<SurgeGenerator.Post> surge, SurgeSettings settings) {
        Map<SurgeGenerator.Kind, Long> kinds = new EnumMap<>(SurgeGenerator.Kind.class);
        surge.forEach(post -> kinds.merge(post.kind(), 1L, Long::sum));
        return "Surge of %,d responses: %,d online in their own words, %,d a campaign's letter, %,d template emails;"
                .formatted(surge.size(), kinds.getOrDefault(SurgeGenerator.Kind.OWN_WORDS, 0L),
                        kinds.getOrDefault(SurgeGenerator.Kind.CAMPAIGN_LETTER, 0L),
                        kinds.getOrDefault(SurgeGenerator.Kind.TEMPLATE_EMAIL, 0L))
                + " %d connections".formatted(settings.connections());
    }

    static void progress(String format, Object... values) {
        System.out.printf("[%tT] " + format + "%n", prepend(System.currentTimeMillis(), values));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** One run against a started stack. */
    private static final class Run {

        private final HttpClient http = HttpClient.newHttpClient();
        private final LocalStack stack;
        private final SurgeSettings settings;
        private final SurgePoster poster;
        private final URI figures;
        private final URI operations;
        private final URI prometheus;
        private final String author;
        private final String operator;
        private final AtomicLong inFigures = new AtomicLong();
        private final List<String> timeline = new CopyOnWriteArrayList<>();
        private final Map<String, Long> maxLag = new TreeMap<>();
        private volatile long figuresReached = Long.MAX_VALUE;
        private volatile long figuresTarget = Long.MAX_VALUE;

        Run(LocalStack stack, SurgeSettings settings) {
            this.stack = stack;
            this.settings = settings;
            String reporting = stack.reporting().baseUrl();
            this.poster = new SurgePoster(stack.intake().baseUrl(), CONSULTATION,
                    stack.password(StaffRole.TRANSCRIBER));
            this.figures = URI.create(reporting + "/api/v1/consultations/" + CONSULTATION + "/figures");
            this.operations = URI.create(reporting + "/api/v1/operations");
            this.prometheus = URI.create(reporting + "/actuator/prometheus");
            this.author = basic(StaffRole.REPORT_AUTHOR);
            this.operator = basic(StaffRole.OPERATOR);
        }

        private String basic(StaffRole role) {
            return "Basic " + Base64.getEncoder().encodeToString(
                    (role.localUser() + ":" + stack.password(role)).getBytes(StandardCharsets.UTF_8));
        }

        String surge(List<SurgeGenerator.Post> surge, Sentence sentences, RawModel.Rates model,
                SurgeGenerator generator) throws Exception {
            HistogramBuckets before = freshness();
            Thread sampler = new Thread(this::sample, "surge-sampler");
            sampler.setDaemon(true);
            sampler.start();
            Cpu cpuBefore = cpu(Duration.ZERO);
            ThreadCpu codingThreadsBefore = codingThreads();

            progress("Posting the surge over %d connections", settings.connections());
            poster.postAll(surge, settings.connections());
            HistogramBuckets atSendingEnd = freshness();
            long accepted = poster.accepted();
            // the trickle's acceptances come later and are not the surge's
            double sendingSeconds = (poster.lastAccepted() - poster.firstAccepted()) / 1e9;
            String errors = errors();
            progress("Sent: %,d accepted; waiting until all are in the figures (%,d so far)", accepted,
                    inFigures.get());
            if (settings.screenshots().isPresent()) {
                Path file = settings.screenshots().get().resolve("operations-during-surge.png");
                try {
                    DashboardScreenshot.take(stack.reporting().baseUrl() + "/dashboards/operations",
                            StaffRole.OPERATOR.localUser(), stack.password(StaffRole.OPERATOR), file);
                    progress("Operations dashboard, %,d of %,d in the figures: %s", inFigures.get(), accepted, file);
                } catch (IOException | RuntimeException e) {
                    // a picture is not worth the run's figures
                    progress("No screenshot of the operations dashboard: %s", e);
                }
            }
            Optional<Stop> stop = settings.sigtermCheck() ? Optional.of(stopCodingMidBacklog(accepted))
                    : Optional.empty();
            long drained = awaitFigures(accepted);
            Cpu cpuAfter = cpu(stop.map(Stop::codingCpuBefore).orElse(Duration.ZERO));
            // a coding-service stopped and started again has other threads: only its total is comparable
            ThreadCpu codingThreads = stop.isPresent() ? ThreadCpu.NONE : codingThreads().since(codingThreadsBefore);
            HistogramBuckets atDrain = freshness();
            TopicSample.Count coded = TopicSample.count(stack.kafkaBootstrapServers(), Topics.RESPONSES_CODED.name());
            progress("Drained; %,d records on %s. Trickle: %d responses a second for %d s", coded.records(),
                    Topics.RESPONSES_CODED.name(), settings.trickleRate(), settings.trickle().toSeconds());

            trickle(generator);
            awaitFigures(poster.accepted());
            HistogramBuckets afterTrickle = freshness();

            double endToEndSeconds = (drained - poster.firstAccepted()) / 1e9;
            StringBuilder report = new StringBuilder();
            report.append("""

                    Surge benchmark: %,d responses posted over %d connections, services with %s (their Docker images' \
                    JVM settings); machine load average at the end %s

                    intake accepted         %,d responses in %.1f s: %,.1f responses/s (first to last 202)%s
                    end to end              %,d responses in %.1f s: %,.1f responses/s (first 202 until all are in the figures)
                    """.formatted(surge.size(), settings.connections(), String.join(" ", SERVICE_JVM), loadAverage(),
                    accepted, sendingSeconds, (accepted - 1) / sendingSeconds, errors,
                    accepted, endToEndSeconds, accepted / endToEndSeconds));
            double pipelineRate = sentences.distinct().size() / endToEndSeconds;
            RawModel.Rate best = model.best();
            report.append("""
                    distinct sentences      %,d (coding-service's Sentences.of over every comment, letter and email \
                    answer; %,d written)
                    pipeline                %,.1f distinct sentences/s end to end
                    """.formatted(sentences.distinct().size(), sentences.written(), pipelineRate));
            for (RawModel.Rate rate : model.sentencesPerSecond()) {
                report.append("raw model               %,.1f sentences/s: %s%n".formatted(rate.perSecond(), rate.way()));
            }
            double share = pipelineRate / best.perSecond();
            report.append("pipeline / raw model    %.0f%%%n".formatted(share * 100));

            report.append("""

                    Freshness, acceptance to figure change (%s, reporting's /actuator/prometheus; a percentile is \
                    the upper bound of its bucket, %s near 5 s)
                                                           responses      p50 s      p99 s
                    """.formatted(FRESHNESS, afterTrickle.resolutionAt(TARGET_P99_SECONDS)));
            HistogramBuckets trickled = afterTrickle.since(atDrain);
            report.append(phase("during sending", atSendingEnd.since(before)));
            report.append(phase("end of sending to drain", atDrain.since(atSendingEnd)));
            report.append(phase("trickle after drain (%d/s for %d s)".formatted(settings.trickleRate(),
                    settings.trickle().toSeconds()), trickled));

            double perResponse = (double) coded.records() / accepted;
            report.append("""

                    %s: %,d records, %,d distinct keys, for %,d accepted: %.2f records per response (read at drain)
                    """.formatted(Topics.RESPONSES_CODED.name(), coded.records(), coded.keys(), accepted,
                    perResponse));
            stop.ifPresent(s -> report.append(s.describe()));

            report.append(cpuAfter.since(cpuBefore).table(accepted));
            report.append(codingThreads.table("coding-service", accepted));
            report.append("\nConsumer lag at its largest (operations API): ").append(maxLag).append('\n');
            report.append("\nBacklog, sampled (s since start: accepted so far, in the figures, consumer lag by group)\n");
            timeline.forEach(line -> report.append("  ").append(line).append('\n'));

            double p99After = trickled.percentile(99);
            report.append("\nTargets\n");
            report.append(target("<= %.1f responses-coded records per response".formatted(TARGET_RECORDS_PER_RESPONSE),
                    "%.2f".formatted(perResponse), perResponse <= TARGET_RECORDS_PER_RESPONSE));
            report.append(target(">= %.0f%% of the raw model's sentence rate".formatted(TARGET_SHARE_OF_MODEL * 100),
                    "%.0f%%".formatted(share * 100), share >= TARGET_SHARE_OF_MODEL));
            report.append(target("freshness p99 after drain < %.0f s".formatted(TARGET_P99_SECONDS),
                    HistogramBuckets.seconds(p99After) + " s", p99After < TARGET_P99_SECONDS));
            stop.ifPresent(s -> report.append(target("coding stops < %.0f s after SIGTERM".formatted(
                    TARGET_STOP_SECONDS), s.exitedIn().map(d -> "%.1f s".formatted(d.toMillis() / 1e3))
                            .orElse("killed"), s.exitedIn().filter(d -> d.toMillis() < TARGET_STOP_SECONDS * 1000)
                            .isPresent())));
            return report.toString();
        }

        private String errors() {
            Map<String, Long> errors = poster.errors();
            return errors.isEmpty() ? "" : "\n  not accepted: " + errors;
        }

        private static String phase(String name, HistogramBuckets observed) {
            return "  %-36s %,12d %10s %10s%n".formatted(name, observed.count(),
                    HistogramBuckets.seconds(observed.percentile(50)), HistogramBuckets.seconds(observed.percentile(99)));
        }

        private static String target(String what, String measured, boolean met) {
            return "  %-48s %12s   %s%n".formatted(what, measured, met ? "met" : "NOT met");
        }

        /** Polls the figures every second, and the operations API every few, until the run ends. */
        private void sample() {
            long start = System.nanoTime();
            for (long n = 0; ; n++) {
                try {
                    long count = get(figures, author).get("responses").asLong();
                    inFigures.set(count);
                    if (count >= figuresTarget && figuresReached == Long.MAX_VALUE) {
                        figuresReached = System.nanoTime();
                    }
                    if (n % OPERATIONS_EVERY_SAMPLES == 0) {
                        Map<String, Long> lag = new TreeMap<>();
                        get(operations, operator).get("consumerLag").properties()
                                .forEach(group -> lag.put(group.getKey(), group.getValue().asLong()));
                        synchronized (maxLag) {
                            lag.forEach((group, records) -> maxLag.merge(group, records, Math::max));
                        }
                        timeline.add("%5d s: %,7d accepted, %,7d in the figures, lag %s".formatted(
                                (System.nanoTime() - start) / 1_000_000_000, poster.accepted(), count, lag));
                    }
                    Thread.sleep(SAMPLE_EVERY.toMillis());
                } catch (InterruptedException e) {
                    return;
                } catch (IOException | RuntimeException e) {
                    timeline.add("sampling failed: " + e);
                }
            }
        }

        /**
         * Waits until the figures count at least so many responses; returns when they first did (nanos). Gives up
         * when they stop moving for so long that something must have failed.
         */
        private long awaitFigures(long responses) throws InterruptedException {
            figuresTarget = responses;
            figuresReached = Long.MAX_VALUE;
            long seen = inFigures.get();
            long movedAt = System.nanoTime();
            while (figuresReached == Long.MAX_VALUE) {
                if (inFigures.get() != seen) {
                    seen = inFigures.get();
                    movedAt = System.nanoTime();
                } else if (System.nanoTime() - movedAt > settings.stall().toNanos()) {
                    throw new IllegalStateException("Stuck at %,d of %,d responses in the figures for %s: see the services' logs"
                            .formatted(seen, responses, settings.stall()));
                }
                Thread.sleep(200);
            }
            return figuresReached;
        }

        /**
         * @param exitedIn       how long coding-service took to exit after SIGTERM; empty if it had to be killed
         * @param inFigures      how many responses were in the figures when it was sent
         * @param codingCpuBefore the CPU time the stopped process had used by then
         */
        private record Stop(Optional<Duration> exitedIn, Duration restartedIn, long inFigures, long accepted,
                Duration codingCpuBefore) {

            String describe() {
                return "\ncoding-service, SIGTERM with %,d of %,d responses in the figures: %s; ready again %.1f s later%n"
                        .formatted(inFigures, accepted, exitedIn.map(d -> "exited in %.1f s".formatted(d.toMillis() / 1e3))
                                .orElse("did not exit within " + SIGTERM_PATIENCE.toSeconds() + " s and was killed"),
                                restartedIn.toMillis() / 1e3);
            }
        }

        /** Once half the accepted responses are in the figures, stops coding-service, times it, and starts it again. */
        private Stop stopCodingMidBacklog(long accepted) throws IOException, InterruptedException {
            while (inFigures.get() < accepted / 2) {
                Thread.sleep(200);
            }
            long at = inFigures.get();
            Duration cpuBefore = stack.coding().cpuTime();
            progress("SIGTERM to coding-service with %,d of %,d in the figures", at, accepted);
            Optional<Duration> exited = stack.coding().terminate(SIGTERM_PATIENCE);
            long restart = System.nanoTime();
            stack.restartCoding();
            return new Stop(exited, Duration.ofNanos(System.nanoTime() - restart), at, accepted, cpuBefore);
        }

        /** A few responses a second after the surge, as the usual flow looks, one at a time on a fixed schedule. */
        private void trickle(SurgeGenerator generator) throws InterruptedException {
            long every = 1_000_000_000L / settings.trickleRate();
            long count = settings.trickle().toSeconds() * settings.trickleRate();
            long start = System.nanoTime();
            for (long i = 0; i < count; i++) {
                long due = start + i * every;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                poster.post(generator.next());
            }
        }

        private HistogramBuckets freshness() throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(prometheus).header("Authorization", operator).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("GET " + prometheus + ": HTTP " + response.statusCode());
            }
            return HistogramBuckets.parse(response.body(), FRESHNESS);
        }

        private JsonNode get(URI uri, String authorization) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", authorization)
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("GET " + uri + ": HTTP " + response.statusCode());
            }
            return JSON.readTree(response.body());
        }

        private ThreadCpu codingThreads() {
            return ThreadCpu.of(stack.coding().pid(), stack.coding().cpuTime());
        }

        /**
         * CPU time so far by who spent it.
         *
         * @param codingEarlier what an earlier coding-service process used before it was stopped
         */
        private Cpu cpu(Duration codingEarlier) {
            Map<Long, Long> httpClients = LoadGenerator.httpClientCpuNanos();
            Duration generator = poster.workersCpu()
                    .plusNanos(httpClients.values().stream().mapToLong(Long::longValue).sum());
            return new Cpu(stack.intake().cpuTime(), stack.coding().cpuTime().plus(codingEarlier),
                    stack.reporting().cpuTime(), Duration.ofNanos(THIS_JVM.getProcessCpuTime()).minus(generator),
                    generator, CpuUse.Machine.soFar());
        }
    }

    /**
     * CPU time by process. The broker, the store and the mailbox run in this JVM, and are its time apart from the
     * load generator's (its posting threads and its HTTP clients' threads).
     */
    record Cpu(Duration intake, Duration coding, Duration reporting, Duration brokerAndStore, Duration generator,
            CpuUse.Machine machine) {

        Cpu since(Cpu earlier) {
            return new Cpu(intake.minus(earlier.intake), coding.minus(earlier.coding),
                    reporting.minus(earlier.reporting), brokerAndStore.minus(earlier.brokerAndStore),
                    generator.minus(earlier.generator), new CpuUse.Machine(machine.busy().minus(earlier.machine.busy()),
                            machine.all().minus(earlier.machine.all())));
        }

        String table(long responses) {
            double all = millis(intake.plus(coding).plus(reporting).plus(brokerAndStore).plus(generator));
            String busy = machine.all().isZero() ? "-"
                    : "%.0f%%".formatted(100.0 * machine.busy().toNanos() / machine.all().toNanos());
            return """

                    CPU from the start of sending to the drain, ms per accepted response
                      intake   coding  reporting  broker+store  load generator      all   machine busy
                    %8.2f %8.2f %10.2f %13.2f %15.2f %8.2f   %s
                    """.formatted(millis(intake) / responses, millis(coding) / responses,
                    millis(reporting) / responses, millis(brokerAndStore) / responses,
                    millis(generator) / responses, all / responses, busy);
        }

        private static double millis(Duration duration) {
            return duration.toNanos() / 1e6;
        }
    }
}
