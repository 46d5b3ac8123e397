package uk.consultation.testsupport.fuzz;

import static java.util.concurrent.TimeUnit.SECONDS;

import org.quicktheories.QuickTheory;

/**
 * A property run for a fixed time rather than a fixed number of inputs, so the fuzz tests cost every build the same
 * and a slower machine only tries fewer inputs. {@code -Dfuzz.seconds=600} runs each property for ten minutes; a
 * failure prints its seed, and {@code -DQT_SEED=<seed>} runs those inputs again.
 */
public final class Fuzzing {

    /** Per property: about a minute and a half for all of them in a build. */
    private static final long DEFAULT_SECONDS = 8;

    /** Fewer than QuickTheories' 100: a hanging input costs the whole bound at each shrinking step. */
    private static final int SHRINK_CYCLES = 30;

    private Fuzzing() {
    }

    public static QuickTheory qt() {
        return QuickTheory.qt()
                .withUnlimitedExamples()
                .withTestingTime(Long.getLong("fuzz.seconds", DEFAULT_SECONDS), SECONDS)
                .withShrinkCycles(SHRINK_CYCLES);
    }
}
