package uk.consultation.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time spent while an endpoint was loaded, by who spent it. When the machine's cores are all busy it explains
 * throughput: what each accepted response costs, and where. When they are not, the endpoint was waiting rather than
 * working, and its throughput is not its capacity.
 *
 * @param service         the loaded service's JVM, all its threads
 * @param broker          this JVM apart from the load generator: the Kafka broker, and this JVM's own garbage
 *                        collection and compilation
 * @param generator       the load generator's threads and its HTTP client's
 * @param machineBusy     what all the machine's cores spent on anything (any process, the kernel), from
 *                        {@code /proc/stat}; zero where there is none
 * @param machineCapacity what all the machine's cores could have spent in the same time
 */
record CpuUse(Duration service, Duration broker, Duration generator, Duration machineBusy, Duration machineCapacity) {

    static final CpuUse NONE = new CpuUse(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    private static final Path PROC_STAT = Path.of("/proc/stat");
    // /proc/stat counts in the kernel's USER_HZ, 100 a second on Linux
    private static final long NANOS_PER_TICK = 10_000_000;

    CpuUse plus(CpuUse other) {
        return new CpuUse(service.plus(other.service), broker.plus(other.broker), generator.plus(other.generator),
                machineBusy.plus(other.machineBusy), machineCapacity.plus(other.machineCapacity));
    }

    Duration total() {
        return service.plus(broker).plus(generator);
    }

    /** Milliseconds of CPU per accepted response, by who spent them. */
    record PerResponse(double service, double broker, double generator, double all) {
    }

    PerResponse perResponse(long accepted) {
        double responses = Math.max(1, accepted);
        return new PerResponse(millis(service) / responses, millis(broker) / responses, millis(generator) / responses,
                millis(total()) / responses);
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }

    /** The share of the machine's cores that were busy, 0 to 1; NaN where the system does not say. */
    double machineBusyShare() {
        return machineCapacity.isZero() ? Double.NaN : (double) machineBusy.toNanos() / machineCapacity.toNanos();
    }

    /** All the machine's cores' time since boot: busy, and in all. */
    record Machine(Duration busy, Duration all) {

        private static final Machine UNKNOWN = new Machine(Duration.ZERO, Duration.ZERO);

        /** From {@code /proc/stat}; zeros on a system without it. */
        static Machine soFar() {
            if (!Files.isReadable(PROC_STAT)) {
                return UNKNOWN;
            }
            try {
                // "cpu  user nice system idle iowait irq softirq steal guest guest_nice", all cores together
                String[] ticks = Files.readAllLines(PROC_STAT).get(0).trim().split("\\s+");
                long all = 0;
                for (int i = 1; i <= 8; i++) {
                    all += Long.parseLong(ticks[i]);
                }
                long idle = Long.parseLong(ticks[4]) + Long.parseLong(ticks[5]);
                return new Machine(Duration.ofNanos((all - idle) * NANOS_PER_TICK),
                        Duration.ofNanos(all * NANOS_PER_TICK));
            } catch (IOException e) {
                return UNKNOWN;
            }
        }
    }
}
