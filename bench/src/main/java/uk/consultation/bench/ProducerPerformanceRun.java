package uk.consultation.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Kafka's own producer benchmark ({@code org.apache.kafka.tools.ProducerPerformance}), in a JVM of its own as intake
 * runs in one, with intake's producer settings, on a topic laid out like {@code responses-received}. It is what one
 * producer can push through this broker on this machine: the ceiling for intake's Kafka work.
 */
final class ProducerPerformanceRun {

    private static final String TOPIC = "bench-producer-performance";

    // Its closing summary, e.g. "200000 records sent, 41000.3 records/sec (95.12 MB/sec), 250.10 ms avg latency,
    // 700.00 ms max latency, 240 ms 50th, 600 ms 95th, 650 ms 99th, 690 ms 99.9th."
    private static final Pattern SUMMARY = Pattern.compile(
            "\\d+ records sent, ([\\d.]+) records/sec .* (\\d+) ms 50th, \\d+ ms 95th, (\\d+) ms 99th");

    private ProducerPerformanceRun() {
    }

    static Figures run(String bootstrapServers, int partitions, int records, int recordBytes, Path logDir)
            throws IOException, InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, partitions, (short) 1))).all().get();
        }
        Path log = logDir.resolve("producer-performance.log");
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.tools.ProducerPerformance",
                "--topic", TOPIC,
                "--num-records", Integer.toString(records),
                "--record-size", Integer.toString(recordBytes),
                "--throughput", "-1",
                // as intake-service's application.yml configures its producer
                "--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all", "enable.idempotence=true",
                "linger.ms=5")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        int exit = process.waitFor();
        String output = Files.readString(log);
        return summary(output).orElseThrow(() -> new IOException(
                "ProducerPerformance exited with " + exit + " and no summary; see " + log + ":\n" + output));
    }

    static Optional<Figures> summary(String output) {
        Matcher matcher = SUMMARY.matcher(output);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new Figures(Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)),
                Double.parseDouble(matcher.group(3)), 0));
    }
}
