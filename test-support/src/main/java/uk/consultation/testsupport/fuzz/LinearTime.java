package uk.consultation.testsupport.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * A complexity check, not a speed target: the work a parser does on inputs of 1, 10 and 100 times a base size must grow
 * at most linearly, so that no input built to make it backtrack (a quadratic regular expression, a string rebuilt for
 * each part) turns a request into minutes of CPU. The time for 100 times the input may be at most {@link #ALLOWANCE}
 * times 100 times the time for the base size; a quadratic parser takes 100 times longer than a linear one there.
 * <p>
 * Kept from flaking on a busy machine: it measures the CPU time of the parsing thread, which other processes and the
 * garbage collector's threads do not add to; each size is run several times after a warm-up and its median taken; the
 * allowance is wide (caches and the JIT make a byte of a large input cost a few times more than one of a small); and a
 * base time too short for the thread's clock to measure counts as {@link #FLOOR_NANOS}. Each run is {@link Bounded},
 * so a quadratic parser fails at the bound rather than running for minutes.
 */
public final class LinearTime {

    static final int ALLOWANCE = 10;

    /** Below this, a thread's CPU time is too coarse to compare (a scheduler tick can be a millisecond). */
    static final long FLOOR_NANOS = 2_000_000;

    private static final int[] SCALES = {1, 10, 100};
    private static final int WARM_UPS = 2;
    private static final int RUNS = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private LinearTime() {
    }

    /**
     * Fails unless parsing {@code input.apply(100 * base)} takes at most {@link #ALLOWANCE} × 100 times as long as
     * parsing {@code input.apply(base)}.
     *
     * @param parser named in the failure
     * @param input  the input of a given size, in whatever unit suits it (characters, lines, parts)
     * @param parse  what is measured; whatever it returns or throws (a refusal is an answer) is ignored
     */
    public static <T> void assertLinear(String parser, int base, IntFunction<T> input, Consumer<T> parse) {
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("This JVM cannot measure a thread's CPU time");
        }
        long[] medians = new long[SCALES.length];
        for (int i = 0; i < SCALES.length; i++) {
            T sized = input.apply(base * SCALES[i]);
            for (int run = 0; run < WARM_UPS; run++) {
                cpuNanos(sized, parse);
            }
            long[] times = new long[RUNS];
            for (int run = 0; run < RUNS; run++) {
                times[run] = cpuNanos(sized, parse);
            }
            Arrays.sort(times);
            medians[i] = times[RUNS / 2];
        }
        long allowed = (long) ALLOWANCE * SCALES[2] * Math.max(medians[0], FLOOR_NANOS);
        if (medians[2] > allowed) {
            throw new AssertionError(parser + " takes more than linear time: median CPU " + medians[0] / 1000 + " µs at "
                    + base + ", " + medians[1] / 1000 + " µs at " + base * SCALES[1] + ", " + medians[2] / 1000
                    + " µs at " + base * SCALES[2] + " (at most " + allowed / 1000 + " µs allowed)");
        }
    }

    private static <T> long cpuNanos(T input, Consumer<T> parse) {
        return Bounded.call(() -> {
            long start = THREADS.getCurrentThreadCpuTime();
            try {
                parse.accept(input);
            } catch (RuntimeException refused) {
                // a refusal is as much an answer as a result: only its cost counts here
            }
            return THREADS.getCurrentThreadCpuTime() - start;
        });
    }
}
