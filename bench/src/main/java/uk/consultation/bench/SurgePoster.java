package uk.consultation.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * Posts a surge's responses to intake, each once: online ones to the response API, emails to the email import as a
 * transcriber. Several connections each send their next response as soon as the last is answered, so intake gets them
 * as fast as it accepts them. Only 202 counts as accepted; the first and last acceptance are timed.
 */
final class SurgePoster {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI responses;
    private final URI emails;
    private final String transcriber;
    // Each run has keys of its own, so a run against a stack that already has responses adds new ones.
    private final String keyPrefix = "surge-" + UUID.randomUUID() + "-";
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong firstAccepted = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastAccepted = new AtomicLong(Long.MIN_VALUE);
    private final Map<String, Long> errors = new ConcurrentHashMap<>();
    private final AtomicLong workersCpuNanos = new AtomicLong();

    /**
     * @param intake      intake's base URL
     * @param transcriber the transcriber's password, for the email import
     */
    SurgePoster(String intake, String consultation, String transcriber) {
        this.responses = URI.create(intake + "/api/v1/consultations/" + consultation + "/responses");
        this.emails = URI.create(intake + "/api/v1/consultations/" + consultation + "/emails");
        this.transcriber = "Basic " + Base64.getEncoder().encodeToString(
                ("transcriber:" + transcriber).getBytes(StandardCharsets.UTF_8));
    }

    /** Posts them all over so many connections, and returns when every one has been answered. */
    void postAll(List<SurgeGenerator.Post> posts, int connections) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread worker = new Thread(() -> {
                long cpuAtStart = THREADS.getCurrentThreadCpuTime();
                for (int n = next.getAndIncrement(); n < posts.size(); n = next.getAndIncrement()) {
                    post(posts.get(n));
                }
                workersCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuAtStart);
            }, "surge");
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }

    /** Posts one and records what happened. */
    void post(SurgeGenerator.Post post) {
        String error = send(post);
        if (error == null) {
            long now = System.nanoTime();
            accepted.incrementAndGet();
            firstAccepted.accumulateAndGet(now, Math::min);
            lastAccepted.accumulateAndGet(now, Math::max);
        } else {
            errors.merge(error, 1L, Long::sum);
        }
    }

    /** Null when accepted, else what happened instead. */
    private @Nullable String send(SurgeGenerator.Post post) {
        HttpRequest.Builder request = HttpRequest.newBuilder(post.email() ? emails : responses)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(post.body()));
        if (post.email()) {
            request.header("Content-Type", "message/rfc822").header("Authorization", transcriber);
        } else {
            request.header("Content-Type", "application/json")
                    .header("Idempotency-Key", keyPrefix + sequence.getAndIncrement());
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 202 ? null : post.channel() + ": HTTP " + status;
        } catch (IOException e) {
            return post.channel() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    long accepted() {
        return accepted.get();
    }

    /** Nanos (as System.nanoTime) of the first 202. */
    long firstAccepted() {
        return firstAccepted.get();
    }

    long lastAccepted() {
        return lastAccepted.get();
    }

    /** Responses not accepted, by what happened: the status answered, or the exception when there was none. */
    Map<String, Long> errors() {
        return new TreeMap<>(errors);
    }

    /** The CPU time the posting threads have taken so far (the HTTP client's own threads apart). */
    Duration workersCpu() {
        return Duration.ofNanos(workersCpuNanos.get());
    }
}
