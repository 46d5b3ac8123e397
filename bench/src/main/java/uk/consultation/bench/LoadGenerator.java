package uk.consultation.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

import com.sun.management.OperatingSystemMXBean;

import uk.consultation.localstack.ServiceProcess;

/**
 * Posts responses to intake over a fixed number of connections, each sending its next request as soon as the last is
 * answered (a closed loop, as a crowd of form submissions behind a proxy would look). Requests that complete during the
 * warm-up are not counted, so the JIT and the producer's connections are settled before measuring. Only 202 counts as
 * accepted; each accepted request's latency is recorded, and the CPU time spent while measuring (see {@link CpuUse}).
 */
final class LoadGenerator {

    private static final long MAX_TRACKED_MICROS = Duration.ofMinutes(1).toNanos() / 1000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean THIS_JVM =
            ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ServiceProcess service;
    private final URI uri;
    private final List<byte[]> bodies;
    // Each run has keys of its own, so a second run against the same broker is new responses, not resubmissions.
    private final String keyPrefix = "bench-" + UUID.randomUUID() + "-";
    private final AtomicLong sequence = new AtomicLong();

    LoadGenerator(ServiceProcess service, URI uri, List<byte[]> bodies) {
        this.service = service;
        this.uri = uri;
        this.bodies = List.copyOf(bodies);
    }

    /** Loads the endpoint without measuring, so that the JIT and the producer's connections are settled. */
    void warmUp(int connections, Duration warmUp) throws InterruptedException {
        run(connections, warmUp, Duration.ZERO);
    }

    Measurement measure(int connections, Duration measured) throws InterruptedException {
        Duration serviceBefore = service.cpuTime();
        long thisJvmBefore = THIS_JVM.getProcessCpuTime();
        Map<Long, Long> httpClientBefore = httpClientCpuNanos();
        CpuUse.Machine machineBefore = CpuUse.Machine.soFar();
        Turn turn = run(connections, Duration.ZERO, measured);
        CpuUse.Machine machineAfter = CpuUse.Machine.soFar();
        Duration thisJvm = Duration.ofNanos(THIS_JVM.getProcessCpuTime() - thisJvmBefore);
        long httpClient = 0;
        for (Map.Entry<Long, Long> thread : httpClientCpuNanos().entrySet()) {
            httpClient += thread.getValue() - httpClientBefore.getOrDefault(thread.getKey(), 0L);
        }
        Duration generator = turn.workersCpu().plusNanos(httpClient);
        CpuUse cpu = new CpuUse(service.cpuTime().minus(serviceBefore), thisJvm.minus(generator), generator,
                machineAfter.busy().minus(machineBefore.busy()), machineAfter.all().minus(machineBefore.all()));
        return new Measurement(turn.latencies(), turn.errors(), measured, cpu);
    }

    /**
     * The CPU time of each of the HTTP clients' own threads, which do the network I/O (every HttpClient names its
     * threads so; the workers only wait for them), by thread: a client's idle threads end after a minute.
     */
    static Map<Long, Long> httpClientCpuNanos() {
        Map<Long, Long> nanos = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("HttpClient-")) {
                nanos.put(thread.getId(), Math.max(0, THREADS.getThreadCpuTime(thread.getId())));
            }
        }
        return nanos;
    }

    /** What the workers of one run recorded, and the CPU time they took. */
    private record Turn(Histogram latencies, Map<String, Long> errors, Duration workersCpu) {
    }

    private Turn run(int connections, Duration warmUp, Duration measured) throws InterruptedException {
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Worker worker = new Worker(measureFrom, measureUntil);
            worker.thread.start();
            workers.add(worker);
        }
        Histogram latencies = new Histogram(MAX_TRACKED_MICROS, 3);
        Map<String, Long> errors = new TreeMap<>();
        Duration workersCpu = Duration.ZERO;
        for (Worker worker : workers) {
            worker.thread.join();
            latencies.add(worker.latencies);
            worker.errors.forEach((reason, count) -> errors.merge(reason, count, Long::sum));
            workersCpu = workersCpu.plusNanos(worker.cpuNanos);
        }
        return new Turn(latencies, errors, workersCpu);
    }

    /**
     * What one or more measured periods of an endpoint recorded; periods add up.
     *
     * @param errors requests not accepted, by what happened: the status answered, or the exception when there was none
     */
    record Measurement(Histogram latencies, Map<String, Long> errors, Duration measured, CpuUse cpu) {

        static Measurement none() {
            return new Measurement(new Histogram(MAX_TRACKED_MICROS, 3), Map.of(), Duration.ZERO, CpuUse.NONE);
        }

        Measurement plus(Measurement other) {
            Histogram both = latencies.copy();
            both.add(other.latencies);
            Map<String, Long> allErrors = new TreeMap<>(errors);
            other.errors.forEach((reason, count) -> allErrors.merge(reason, count, Long::sum));
            return new Measurement(both, allErrors, measured.plus(other.measured), cpu.plus(other.cpu));
        }

        Figures figures() {
            return new Figures(latencies.getTotalCount() / (measured.toNanos() / 1e9),
                    latencies.getValueAtPercentile(50) / 1000.0, latencies.getValueAtPercentile(99) / 1000.0,
                    errors.values().stream().mapToLong(Long::longValue).sum());
        }

        CpuUse.PerResponse cpuPerResponse() {
            return cpu.perResponse(latencies.getTotalCount());
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
        private final Map<String, Long> errors = new TreeMap<>();
        private long cpuNanos;

        Worker(long measureFrom, long measureUntil) {
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
        }

        private void loop() {
            long cpuAtStart = THREADS.getCurrentThreadCpuTime();
            long now = System.nanoTime();
            while (now < measureUntil) {
                long start = now;
                String error = send();
                now = System.nanoTime();
                if (now >= measureFrom && now < measureUntil) {
                    if (error == null) {
                        latencies.recordValue(Math.min((now - start) / 1000, MAX_TRACKED_MICROS));
                    } else {
                        errors.merge(error, 1L, Long::sum);
                    }
                }
            }
            cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuAtStart;
        }

        /** Null when accepted, else what happened instead. */
        private @Nullable String send() {
            try {
                int status = http.send(nextRequest(), HttpResponse.BodyHandlers.discarding()).statusCode();
                return status == 202 ? null : "HTTP " + status;
            } catch (IOException e) {
                return e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
