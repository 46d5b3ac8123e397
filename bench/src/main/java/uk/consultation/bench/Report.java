package uk.consultation.bench;

import java.util.Locale;

/** The side-by-side table of one run, and whether intake meets its targets (see docs/benchmarks.md). */
final class Report {

    private static final double TARGET_PER_SECOND = 1_500;
    private static final double TARGET_P99_MILLIS = 200;
    private static final double TARGET_SHARE_OF_BARE = 0.5;
    /** Below this, an endpoint's turn left cores idle: its throughput is not its capacity. */
    private static final double SATURATED = 0.9;

    private Report() {
    }

    static String format(Settings settings, int recordBytes, LoadGenerator.Measurement intakeMeasured,
            LoadGenerator.Measurement bareMeasured, Figures producer) {
        Figures intake = intakeMeasured.figures();
        Figures bare = bareMeasured.figures();
        double share = intake.perSecond() / bare.perSecond();
        StringBuilder out = new StringBuilder();
        out.append(line("%nIntake benchmark: %d connections, %d s warm-up and %d s measured per endpoint in %d turns;"
                        + " ProducerPerformance %,d records of %,d bytes (the mean ResponseReceived), %d partitions%n%n",
                settings.connections(), settings.warmUp().toSeconds(), settings.measured().toSeconds(), settings.rounds(),
                settings.producerRecords(), recordBytes, settings.partitions()));
        out.append(line("%-36s %12s %10s %10s %8s%n", "", "records/s", "p50 ms", "p99 ms", "errors"));
        out.append(row("intake-service (Kafka, acks=all)", intake, Long.toString(intake.errors())));
        out.append(row("bare endpoint (same stack, no Kafka)", bare, Long.toString(bare.errors())));
        out.append(row("Kafka ProducerPerformance", producer, "-"));
        out.append(errors("intake-service", intakeMeasured));
        out.append(errors("bare endpoint", bareMeasured));
        out.append(line("%nintake / bare: %.0f%%%n", share * 100));
        out.append(line("%nCPU per accepted response, ms   %14s %9s %15s %7s   %s%n", "the service", "broker",
                "load generator", "all", "machine busy"));
        out.append(cpu("intake-service", intakeMeasured));
        out.append(cpu("bare endpoint", bareMeasured));
        out.append(unsaturated("intake-service", intakeMeasured));
        out.append(unsaturated("bare endpoint", bareMeasured));
        out.append(line("%nTargets%n"));
        out.append(target(">= 1,500 accepted responses/s", line("%,.0f/s", intake.perSecond()),
                intake.perSecond() >= TARGET_PER_SECOND));
        out.append(target("p99 < 200 ms", line("%.1f ms", intake.p99Millis()), intake.p99Millis() < TARGET_P99_MILLIS));
        out.append(target(">= 50% of the bare endpoint", line("%.0f%%", share * 100), share >= TARGET_SHARE_OF_BARE));
        return out.toString();
    }

    private static String row(String name, Figures figures, String errors) {
        return line("%-36s %,12.0f %10.1f %10.1f %8s%n", name, figures.perSecond(), figures.p50Millis(),
                figures.p99Millis(), errors);
    }

    private static String errors(String name, LoadGenerator.Measurement measured) {
        StringBuilder out = new StringBuilder();
        measured.errors().forEach((reason, count) -> out.append(line("  %s errors: %,d %s%n", name, count, reason)));
        return out.toString();
    }

    private static String cpu(String name, LoadGenerator.Measurement measured) {
        CpuUse.PerResponse millis = measured.cpuPerResponse();
        double busy = measured.cpu().machineBusyShare();
        return line("  %-29s %14.3f %9.3f %15.3f %7.3f   %s%n", name, millis.service(), millis.broker(),
                millis.generator(), millis.all(), Double.isNaN(busy) ? "-" : line("%.0f%%", busy * 100));
    }

    private static String unsaturated(String name, LoadGenerator.Measurement measured) {
        double busy = measured.cpu().machineBusyShare();
        return busy < SATURATED
                ? line("  NOTE: the machine was %.0f%% busy while %s was measured: it was waiting, not working, so"
                        + " its throughput is below its capacity. Run with more --connections.%n", busy * 100, name)
                : "";
    }

    private static String target(String target, String achieved, boolean met) {
        return line("  %-34s %10s   %s%n", target, achieved, met ? "met" : "NOT MET");
    }

    // Figures read the same whatever the machine's locale.
    private static String line(String format, Object... values) {
        return String.format(Locale.ROOT, format, values);
    }
}
