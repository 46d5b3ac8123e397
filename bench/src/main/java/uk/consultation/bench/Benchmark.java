package uk.consultation.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import uk.consultation.localstack.EmbeddedKafka;
import uk.consultation.localstack.FreePorts;
import uk.consultation.localstack.ServiceProcess;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.consultation.ConsultationDefinitions;

/**
 * Runs the intake benchmark on this machine and prints one table: a real broker on a fresh log; intake-service with
 * the benchmark's recorder that publishes nothing (the bare endpoint) and intake-service as deployed, each from its
 * executable jar, loaded by {@link LoadGenerator} in turns; then Kafka's ProducerPerformance at the size of what
 * intake published. Only one is loaded at a time, so that none takes CPU from another. Start it with
 * {@code bench/run.sh} from the project root.
 */
public final class Benchmark {

    private static final String CONSULTATION = "integrated-communities-2018";
    private static final int DISTINCT_BODIES = 2_000;
    private static final int SAMPLED_RECORDS = 10_000;
    // As intake runs in production (its Dockerfile): the JVM's default JIT compiler and garbage collector, not the
    // quick-start settings tests use. A fixed heap, so that both endpoints run in the same memory.
    private static final List<String> SERVICE_JVM = List.of("-Xms512m", "-Xmx512m");

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        Path jar = ServiceProcess.jar(Path.of("").toAbsolutePath(), "intake-service");
        Path work = Files.createTempDirectory("intake-bench");
        Path logs = work.resolve("logs");
        List<byte[]> bodies = new SubmissionGenerator(ConsultationDefinitions.bundled(CONSULTATION), 2018)
                .bodies(DISTINCT_BODIES);
        progress("Posting %,d distinct responses in turn, %,d bytes of JSON on average", bodies.size(),
                bodies.stream().mapToInt(body -> body.length).sum() / bodies.size());
        String report;
        try (EmbeddedKafka broker = EmbeddedKafka.start(work.resolve("kafka"), 0, 0)) {
            Map<String, String> env = new HashMap<>(Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                    "KAFKA_TOPIC_PARTITIONS", Integer.toString(settings.partitions()),
                    // all the load comes from this one address, far beyond the per-client limit on submissions
                    "INTAKE_RATE_LIMIT_ENABLED", "false"));

            LoadGenerator.Measurement[] endpoints = post(jar, env, bodies, settings, logs);
            LoadGenerator.Measurement bare = endpoints[0];
            LoadGenerator.Measurement intake = endpoints[1];
            int recordBytes = TopicSample.averageValueBytes(broker.bootstrapServers(),
                    Topics.RESPONSES_RECEIVED.name(), SAMPLED_RECORDS);
            progress("ProducerPerformance: %,d records of %,d bytes", settings.producerRecords(), recordBytes);
            Figures producer = ProducerPerformanceRun.run(broker.bootstrapServers(), settings.partitions(),
                    settings.producerRecords(), recordBytes, logs);
            report = Report.format(settings, recordBytes, intake, bare, producer);
        }
        deleteRecursively(work.resolve("kafka"));
        System.out.println(report);
        System.out.println("Logs of the services and of ProducerPerformance: " + logs);
    }

    /**
     * Starts both endpoints, warms each up, then measures them in turns, so that whatever else the machine is doing
     * falls on both alike and their ratio means something. Only the endpoint being measured is loaded.
     *
     * @return what was measured of the bare endpoint, then of intake
     */
    private static LoadGenerator.Measurement[] post(Path jar, Map<String, String> env, List<byte[]> bodies,
            Settings settings, Path logs) throws IOException, InterruptedException, URISyntaxException {
        progress("Starting intake-service twice: without Kafka (the bare endpoint) and as deployed");
        // The bare endpoint is the same jar with the benchmark's own jar added, whose recorder publishes nothing
        Path benchmark = Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (ServiceProcess bare = ServiceProcess.startWith("intake-service-bare", jar, benchmark,
                        "uk.consultation.intake.IntakeApplication", FreePorts.find(), env, logs, SERVICE_JVM);
                ServiceProcess intake = ServiceProcess.start("intake-service", jar, FreePorts.find(), env, logs,
                        SERVICE_JVM)) {
            bare.awaitReady(Duration.ofMinutes(3));
            intake.awaitReady(Duration.ofMinutes(3));
            LoadGenerator bareLoad = new LoadGenerator(bare, responses(bare), bodies);
            LoadGenerator intakeLoad = new LoadGenerator(intake, responses(intake), bodies);
            progress("Warming up each for %d s", settings.warmUp().toSeconds());
            bareLoad.warmUp(settings.connections(), settings.warmUp());
            intakeLoad.warmUp(settings.connections(), settings.warmUp());
            Duration turn = settings.measured().dividedBy(settings.rounds());
            LoadGenerator.Measurement bareMeasured = LoadGenerator.Measurement.none();
            LoadGenerator.Measurement intakeMeasured = LoadGenerator.Measurement.none();
            for (int round = 1; round <= settings.rounds(); round++) {
                progress("Round %d of %d: %d connections, %d s each", round, settings.rounds(), settings.connections(),
                        turn.toSeconds());
                // Each goes first in every other round, so neither always follows the other's garbage.
                if (round % 2 == 1) {
                    bareMeasured = bareMeasured.plus(bareLoad.measure(settings.connections(), turn));
                    intakeMeasured = intakeMeasured.plus(intakeLoad.measure(settings.connections(), turn));
                } else {
                    intakeMeasured = intakeMeasured.plus(intakeLoad.measure(settings.connections(), turn));
                    bareMeasured = bareMeasured.plus(bareLoad.measure(settings.connections(), turn));
                }
            }
            return new LoadGenerator.Measurement[] {bareMeasured, intakeMeasured};
        }
    }

    private static URI responses(ServiceProcess intake) {
        return URI.create(intake.baseUrl() + "/api/v1/consultations/" + CONSULTATION + "/responses");
    }

    private static void progress(String format, Object... values) {
        System.out.printf(format + "%n", values);
    }

    /** The broker's log is only worth its disk space while the run lasts. */
    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
