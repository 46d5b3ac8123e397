package uk.consultation.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How hard and how long to run, from {@code --name=value} arguments.
 *
 * @param connections       concurrent HTTP connections posting responses
 * @param warmUp            posting before measuring, for each endpoint
 * @param measured          how long each endpoint is measured in all
 * @param rounds            how many turns the measuring is split into, the two endpoints taking turns
 * @param producerRecords   how many records ProducerPerformance sends
 * @param partitions        partitions of the topics (as {@code KAFKA_TOPIC_PARTITIONS})
 */
record Settings(int connections, Duration warmUp, Duration measured, int rounds, int producerRecords, int partitions) {

    static final String USAGE = "arguments: [--connections=64] [--warm-up-seconds=60] [--seconds=30] [--rounds=3]"
            + " [--producer-records=300000] [--partitions=3]";

    static Settings parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            String[] nameValue = arg.split("=", 2);
            if (nameValue.length != 2 || !nameValue[0].startsWith("--")) {
                throw new IllegalArgumentException("Not --name=value: " + arg + "\n" + USAGE);
            }
            given.put(nameValue[0].substring(2), nameValue[1]);
        }
        Settings settings = new Settings(
                // enough to keep both cores busy with either endpoint: throughput as capacity (docs/benchmarks.md)
                number(given, "connections", 64),
                // the JIT compiler is still at work for about a minute of this load
                Duration.ofSeconds(number(given, "warm-up-seconds", 60)),
                Duration.ofSeconds(number(given, "seconds", 30)),
                number(given, "rounds", 3),
                number(given, "producer-records", 300_000),
                number(given, "partitions", 3));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("Unknown " + given.keySet() + "\n" + USAGE);
        }
        return settings;
    }

    private static int number(Map<String, String> given, String name, int fallback) {
        String value = given.remove(name);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
