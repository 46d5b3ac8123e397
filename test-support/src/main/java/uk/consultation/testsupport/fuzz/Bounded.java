package uk.consultation.testsupport.fuzz;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a parser on one input within a time bound, so that a hang fails a property as a crash does. The bound is far
 * above what any input of the fuzzers' sizes needs (milliseconds), so only a blow-up reaches it, however busy the
 * machine.
 */
public final class Bounded {

    public static final Duration BOUND = Duration.ofSeconds(10);

    // Daemon threads: a parser stuck in a loop that ignores interruption must not keep the test JVM alive
    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "fuzzed-input");
        thread.setDaemon(true);
        return thread;
    });

    private Bounded() {
    }

    /**
     * The call's result, or exactly what it threw (a checked exception wrapped, unchecked ones and errors as they are);
     * an {@link AssertionError} if it is still running at the bound.
     */
    public static <T> T call(Callable<T> parse) {
        AtomicReference<Thread> parsing = new AtomicReference<>();
        Future<T> result = RUNNER.submit(() -> {
            parsing.set(Thread.currentThread());
            return parse.call();
        });
        try {
            return result.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Where the parser was when time ran out is where it hangs
            AssertionError hang =
                    new AssertionError("Still running after " + BOUND + ": the input makes the parser hang");
            hang.setStackTrace(parsing.get().getStackTrace());
            result.cancel(true);
            throw hang;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
