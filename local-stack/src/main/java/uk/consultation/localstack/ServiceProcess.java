package uk.consultation.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One service running from its executable jar in a JVM of its own, as it runs in production, its output in a log
 * file. Ready means its readiness probe answers UP.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A small heap and a quick start rather than peak speed: what tests and {@code ./run.sh} want. */
    public static final List<String> QUICK_START = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final String name;
    private final int port;
    private final Path log;
    private final ProcessBuilder builder;
    private final Process process;

    private ServiceProcess(String name, int port, Path log, ProcessBuilder builder) throws IOException {
        this.name = name;
        this.port = port;
        this.log = log;
        this.builder = builder;
        this.process = builder.start();
    }

    /**
     * @param environment the service's configuration, as a container would pass it
     */
    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment, Path logDir)
            throws IOException {
        return start(name, jar, port, environment, logDir, QUICK_START);
    }

    /**
     * @param jvmOptions in place of the quick-start ones, e.g. for a benchmark, which must measure the service with
     *                   the JIT compiler and garbage collector it runs with in production
     */
    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment, Path logDir,
            List<String> jvmOptions) throws IOException {
        return start(name, List.of("-jar", jar.toString()), port, environment, logDir, jvmOptions);
    }

    /**
     * The service's executable jar with more classes on its class path, which its component scan finds as it finds its
     * own, e.g. a benchmark's stand-in for one of its beans; {@code mainClass} is the service's application class.
     */
    public static ServiceProcess startWith(String name, Path jar, Path moreClasses, String mainClass, int port,
            Map<String, String> environment, Path logDir, List<String> jvmOptions) throws IOException {
        return start(name, List.of("-Dloader.path=" + moreClasses, "-Dloader.main=" + mainClass, "-cp", jar.toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher"), port, environment, logDir, jvmOptions);
    }

    private static ServiceProcess start(String name, List<String> launch, int port, Map<String, String> environment,
            Path logDir, List<String> jvmOptions) throws IOException {
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(launch);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        return new ServiceProcess(name, port, log, builder);
    }

    /** The same service started again, with the same settings and port, its output added to the same log. */
    public ServiceProcess startAgain() throws IOException {
        return new ServiceProcess(name, port, log, builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())));
    }

    /** The executable jar Maven built for a service, e.g. {@code intake-service/target/intake-service-*-exec.jar}. */
    public static Path jar(Path projectRoot, String service) throws IOException {
        Path target = projectRoot.resolve(service).resolve("target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(file -> file.getFileName().toString().matches(service + "-.*-exec\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IOException("No executable jar in " + target + ": build it first (./mvnw package -DskipTests)"));
        }
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with " + process.exitValue() + "; see " + log + ":\n" + tail());
            }
            try {
                if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        throw new IOException(name + " not ready after " + timeout + "; see " + log + ":\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Its JVM's process id, e.g. for a benchmark to read its threads' CPU time. */
    public long pid() {
        return process.pid();
    }

    /** The CPU time its JVM has used so far, all threads together; for a benchmark's accounting. */
    public Duration cpuTime() {
        return process.info().totalCpuDuration().orElseThrow(
                () -> new IllegalStateException("This system does not report a process's CPU time"));
    }

    /** Stops it the hard way, as a crash or {@code kill -9} would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * Asks it to shut down gracefully (SIGTERM), as a container's stop does, and waits for it to exit, at most for
     * {@code patience}, then insists.
     *
     * @return how long it took to exit, or empty if it had to be killed
     */
    public Optional<Duration> terminate(Duration patience) throws InterruptedException {
        long start = System.nanoTime();
        process.destroy();
        if (process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            return Optional.of(Duration.ofNanos(System.nanoTime() - start));
        }
        kill();
        return Optional.empty();
    }

    /** Asks it to shut down gracefully (SIGTERM), then insists. */
    @Override
    public void close() throws InterruptedException {
        terminate(Duration.ofSeconds(30));
    }
}
