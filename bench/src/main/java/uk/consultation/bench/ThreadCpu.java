package uk.consultation.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A service's CPU time by what its threads do, from {@code /proc/<pid>/task/<tid>/stat} (Linux): the threads' names
 * (cut at 15 characters by the kernel) tell the sentence model's runs from the JIT compiler, Kafka Streams, the
 * listeners and the rest. A thread that ended in between is counted in "other", the process's time apart from the
 * threads still running.
 *
 * @param byKind CPU time by kind of thread, in {@link #KINDS}' order, "other" last
 */
record ThreadCpu(Map<String, Duration> byKind) {

    /** coding-service's threads, by the names it and its libraries give them. */
    private static final Map<String, Pattern> KINDS = kinds(
            "sentence model", "sentence-model-.*",
            "JIT compiler", "C[12] CompilerThre.*",
            "Kafka Streams", "coding-campaign.*",
            "listeners", "coding-\\d+-C-\\d+",
            "Kafka producers' I/O", "kafka-producer-.*",
            "emerging themes", "emerging-themes.*",
            "garbage collector", "GC Thread.*|G1 .*|VM Thread",
            "flight recorder", "JFR .*");
    static final String OTHER = "other";
    // /proc counts in the kernel's USER_HZ, 100 a second on Linux
    private static final long NANOS_PER_TICK = 10_000_000;

    static final ThreadCpu NONE = new ThreadCpu(Map.of());

    private static Map<String, Pattern> kinds(String... namesAndPatterns) {
        Map<String, Pattern> kinds = new LinkedHashMap<>();
        for (int i = 0; i < namesAndPatterns.length; i += 2) {
            kinds.put(namesAndPatterns[i], Pattern.compile(namesAndPatterns[i + 1]));
        }
        return kinds;
    }

    /** So far, for the process {@code pid}, whose CPU time in all is {@code total}; none where /proc is not. */
    static ThreadCpu of(long pid, Duration total) {
        Map<String, Duration> byKind = new LinkedHashMap<>();
        KINDS.keySet().forEach(kind -> byKind.put(kind, Duration.ZERO));
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                String stat;
                try {
                    stat = Files.readString(thread.resolve("stat"));
                } catch (IOException ended) {
                    continue;
                }
                // "tid (name) state ..." where the name may hold spaces and parentheses: it ends at the last ')'
                int nameEnds = stat.lastIndexOf(')');
                String name = stat.substring(stat.indexOf('(') + 1, nameEnds);
                List<String> fields = List.of(stat.substring(nameEnds + 2).split(" "));
                // utime and stime, fields 14 and 15 of the line, 12 and 13 after the name
                long ticks = Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
                KINDS.entrySet().stream().filter(kind -> kind.getValue().matcher(name).matches()).findFirst()
                        .ifPresent(kind -> byKind.merge(kind.getKey(), Duration.ofNanos(ticks * NANOS_PER_TICK),
                                Duration::plus));
            }
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
        Duration named = byKind.values().stream().reduce(Duration.ZERO, Duration::plus);
        byKind.put(OTHER, total.minus(named));
        return new ThreadCpu(byKind);
    }

    ThreadCpu since(ThreadCpu earlier) {
        if (byKind.isEmpty() || earlier.byKind.isEmpty()) {
            return NONE;
        }
        Map<String, Duration> spent = new LinkedHashMap<>();
        byKind.forEach((kind, time) -> spent.put(kind, time.minus(earlier.byKind.get(kind))));
        return new ThreadCpu(spent);
    }

    /** Milliseconds per response by kind of thread, and each one's share; empty where there is nothing to say. */
    String table(String service, long responses) {
        if (byKind.isEmpty()) {
            return "";
        }
        double all = byKind.values().stream().mapToLong(Duration::toNanos).sum() / 1e6;
        StringBuilder table = new StringBuilder("\n%s's CPU by thread, ms per accepted response (/proc)%n"
                .formatted(service));
        byKind.forEach((kind, time) -> {
            double millis = time.toNanos() / 1e6;
            table.append("  %-22s %8.2f %5.0f%%%n".formatted(kind, millis / responses, 100 * millis / all));
        });
        return table.toString();
    }
}
