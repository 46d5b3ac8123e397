package uk.consultation.bench;

import java.time.Duration;

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
        Arguments given = new Arguments(USAGE, args);
        Settings settings = new Settings(
                // enough to keep both cores busy with either endpoint: throughput as capacity (docs/benchmarks.md)
                given.number("connections", 64),
                // the JIT compiler is still at work for about a minute of this load
                Duration.ofSeconds(given.number("warm-up-seconds", 60)),
                Duration.ofSeconds(given.number("seconds", 30)),
                given.number("rounds", 3),
                given.number("producer-records", 300_000),
                given.number("partitions", 3));
        given.requireAllRead();
        return settings;
    }
}
