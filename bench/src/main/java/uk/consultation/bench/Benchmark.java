package uk.consultation.bench;

import java.io.IOException;
import java.net.URI;
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
 * Runs the intake benchmark on this machine and prints one table: a real broker on a fresh log, then intake-service
 * with publishing switched off (the bare endpoint), then intake-service as deployed, each from its executable jar and
 * loaded by {@link LoadGenerator}, then Kafka's ProducerPerformance at the size of what intake published. One after
 * another, so that none takes CPU from another. Start it with {@code bench/run.sh} from the project root.
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
                    "KAFKA_TOPIC_PARTITIONS", Integer.toString(settings.partitions())));
            Map<String, String> discarding = new HashMap<>(env);
            discarding.put("INTAKE_PUBLISHING_DISCARD", "true");

            Figures bare = post("intake-service-bare", jar, discarding, bodies, settings, logs);
            Figures intake = post("intake-service", jar, env, bodies, settings, logs);
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

    private static Figures post(String name, Path jar, Map<String, String> env, List<byte[]> bodies, Settings settings,
            Path logs) throws IOException, InterruptedException {
        progress("%s: starting", name);
        try (ServiceProcess intake = ServiceProcess.start(name, jar, FreePorts.find(), env, logs, SERVICE_JVM)) {
            intake.awaitReady(Duration.ofMinutes(3));
            progress("%s: %d connections, %d s warm-up, %d s measured", name, settings.connections(),
                    settings.warmUp().toSeconds(), settings.measured().toSeconds());
            URI uri = URI.create(intake.baseUrl() + "/api/v1/consultations/" + CONSULTATION + "/responses");
            return new LoadGenerator(uri, bodies).run(settings.connections(), settings.warmUp(), settings.measured());
        }
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
