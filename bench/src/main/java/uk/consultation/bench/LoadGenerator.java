package uk.consultation.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

/**
 * Posts responses to intake over a fixed number of connections, each sending its next request as soon as the last is
 * answered (a closed loop, as a crowd of form submissions behind a proxy would look). Requests that complete during the
 * warm-up are not counted, so the JIT and the producer's connections are settled before measuring. Only 202 counts as
 * accepted; each accepted request's latency is recorded.
 */
final class LoadGenerator {

    private static final long MAX_TRACKED_MICROS = Duration.ofMinutes(1).toNanos() / 1000;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI uri;
    private final List<byte[]> bodies;
    // Each run has keys of its own, so a second run against the same broker is new responses, not resubmissions.
    private final String keyPrefix = "bench-" + UUID.randomUUID() + "-";
    private final AtomicLong sequence = new AtomicLong();

    LoadGenerator(URI uri, List<byte[]> bodies) {
        this.uri = uri;
        this.bodies = List.copyOf(bodies);
    }

    /** Loads the endpoint for the warm-up, then measures; either may be zero. */
    Measurement run(int connections, Duration warmUp, Duration measured) throws InterruptedException {
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Worker worker = new Worker(measureFrom, measureUntil);
            worker.thread.start();
            workers.add(worker);
        }
        Histogram latencies = new Histogram(MAX_TRACKED_MICROS, 3);
        long errors = 0;
        for (Worker worker : workers) {
            worker.thread.join();
            latencies.add(worker.latencies);
            errors += worker.errors;
        }
        return new Measurement(latencies, errors, measured);
    }

    /** What one or more measured periods of an endpoint recorded; periods add up. */
    record Measurement(Histogram latencies, long errors, Duration measured) {

        static Measurement none() {
            return new Measurement(new Histogram(MAX_TRACKED_MICROS, 3), 0, Duration.ZERO);
        }

        Measurement plus(Measurement other) {
            Histogram both = latencies.copy();
            both.add(other.latencies);
            return new Measurement(both, errors + other.errors, measured.plus(other.measured));
        }

        Figures figures() {
            return new Figures(latencies.getTotalCount() / (measured.toNanos() / 1e9),
                    latencies.getValueAtPercentile(50) / 1000.0, latencies.getValueAtPercentile(99) / 1000.0, errors);
        }
    }

    private HttpRequest nextRequest() {
        long n = sequence.getAndIncrement();
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", keyPrefix + n)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get((int) (n % bodies.size()))))
                .build();
    }

    /** One connection's loop; its figures are its own until the run ends, so recording takes no lock. */
    private final class Worker {
        private final Histogram latencies = new Histogram(MAX_TRACKED_MICROS, 3);
        private final long measureFrom;
        private final long measureUntil;
        private final Thread thread = new Thread(this::loop, "load");
        private long errors;

        Worker(long measureFrom, long measureUntil) {
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
        }

        private void loop() {
            long now = System.nanoTime();
            while (now < measureUntil) {
                long start = now;
                boolean accepted = send();
                now = System.nanoTime();
                if (now >= measureFrom && now < measureUntil) {
                    if (accepted) {
                        latencies.recordValue(Math.min((now - start) / 1000, MAX_TRACKED_MICROS));
                    } else {
                        errors++;
                    }
                }
            }
        }

        private boolean send() {
            try {
                return http.send(nextRequest(), HttpResponse.BodyHandlers.discarding()).statusCode() == 202;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
