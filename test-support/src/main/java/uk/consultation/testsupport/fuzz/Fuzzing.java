package uk.consultation.testsupport.fuzz;

import static java.util.concurrent.TimeUnit.SECONDS;

import org.quicktheories.QuickTheory;

/**
 * A property run for a fixed time rather than a fixed number of inputs, so the fuzz tests cost every build the same
 * and a slower machine only tries fewer inputs. A build tries the same inputs every time (a fixed seed), so that it
 * fails only for a change, not for an input it happened to draw; {@code -Dfuzz.seed=<n>} draws others and
 * {@code -Dfuzz.seconds=600} runs each property for ten minutes. A failure prints its seed;
 * {@code -DQT_SEED=<seed>} runs those inputs again.
 */
public final class Fuzzing {

    /** Per property: about a minute and a half for all of them in a build. */
    private static final long DEFAULT_SECONDS = 8;

    private static final long BUILD_SEED = 20261124L;

    /** Fewer than QuickTheories' 100: a hanging input costs the whole bound at each shrinking step. */
    private static final int SHRINK_CYCLES = 30;

    private Fuzzing() {
    }

    public static QuickTheory qt() {
        QuickTheory theory = QuickTheory.qt();
        if (System.getProperty("QT_SEED") == null) {
            theory = theory.withFixedSeed(Long.getLong("fuzz.seed", BUILD_SEED));
        }
        return theory
                .withUnlimitedExamples()
                .withTestingTime(Long.getLong("fuzz.seconds", DEFAULT_SECONDS), SECONDS)
                .withShrinkCycles(SHRINK_CYCLES);
    }
}
