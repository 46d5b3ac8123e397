package uk.consultation.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How big a surge and what else to do in the run, from {@code --name=value} arguments.
 *
 * @param responses      responses in the surge
 * @param connections    concurrent HTTP connections posting them
 * @param modelSentences how many of the surge's distinct sentences the raw model is timed on (spread over all of them)
 * @param trickle        how long the trickle after the drain lasts
 * @param trickleRate    responses a second in the trickle
 * @param stall          how long the figures may stand still short of every accepted response before the run gives up
 * @param sigtermCheck   whether to stop coding-service with SIGTERM in the middle of the backlog, time it, and
 *                       start it again
 * @param screenshots    where to save a screenshot of the operations dashboard taken during the backlog, if wanted
 * @param profiles       where to write a flight recording (JFR, the {@code profile} settings) of every JVM in the
 *                       run, the services' and the benchmark's own (the broker, the store and the mailbox), if wanted
 */
record SurgeSettings(int responses, int connections, int modelSentences, Duration trickle, int trickleRate,
        Duration stall, boolean sigtermCheck, Optional<Path> screenshots, Optional<Path> profiles) {

    static final String USAGE = "arguments: [--responses=20000] [--connections=16] [--model-sentences=4000]"
            + " [--trickle-seconds=60] [--trickle-rate=2] [--stall-minutes=5] [--sigterm-check]"
            + " [--screenshot=DIR] [--profile=DIR]";

    static SurgeSettings parse(String... args) {
        Arguments given = new Arguments(USAGE, args);
        SurgeSettings settings = new SurgeSettings(
                given.number("responses", 20_000),
                given.number("connections", 16),
                // a couple of minutes of the model at its best on this machine: enough for a steady rate
                given.number("model-sentences", 4_000),
                Duration.ofSeconds(given.number("trickle-seconds", 60)),
                given.number("trickle-rate", 2),
                // longer than coding-service takes to start again after the SIGTERM check
                Duration.ofMinutes(given.number("stall-minutes", 5)),
                given.isOn("sigterm-check"),
                given.text("screenshot").map(Path::of),
                given.text("profile").map(Path::of));
        given.requireAllRead();
        return settings;
    }
}
