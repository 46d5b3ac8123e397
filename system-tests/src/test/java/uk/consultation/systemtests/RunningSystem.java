package uk.consultation.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import uk.consultation.localstack.FreePorts;
import uk.consultation.localstack.ServiceProcess;
import uk.consultation.testsupport.TestInfrastructure;

/**
 * The three services as production runs them: each from its executable jar in a JVM of its own, on the test broker
 * and a database of their own, on free ports, their logs under {@code target/service-logs/<name>/}.
 */
final class RunningSystem implements AutoCloseable {

    static final Path PROJECT_ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Duration START_UP = Duration.ofMinutes(3);

    private final Map<String, String> environment;
    private final Path logs;
    private final int reportingPort = FreePorts.find();
    private @Nullable ServiceProcess intake;
    private @Nullable ServiceProcess coding;
    private @Nullable ServiceProcess reporting;

    private RunningSystem(Map<String, String> environment, Path logs) {
        this.environment = environment;
        this.logs = logs;
    }

    /** Starts all three and returns once each is ready; a test's name keeps its logs and database apart. */
    static RunningSystem start(String name) throws Exception {
        return start(name, Map.of());
    }

    /** @param settings more environment for the services, e.g. the consultation mailbox */
    static RunningSystem start(String name, Map<String, String> settings) throws Exception {
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", TestInfrastructure.kafkaBootstrapServers());
        environment.put("MONGODB_URI",
                TestInfrastructure.mongoUri(name + "-" + UUID.randomUUID().toString().substring(0, 8)));
        RunningSystem system = new RunningSystem(Map.copyOf(environment),
                Files.createDirectories(PROJECT_ROOT.resolve("system-tests/target/service-logs").resolve(name)));
        try {
            system.intake = system.start("intake-service", FreePorts.find());
            system.coding = system.start("coding-service", FreePorts.find());
            system.reporting = system.start("reporting-service", system.reportingPort);
            for (ServiceProcess service : List.of(system.intake, system.coding, system.reporting)) {
                service.awaitReady(START_UP);
            }
            return system;
        } catch (Exception e) {
            system.close();
            throw e;
        }
    }

    ServiceProcess intake() {
        return running(intake);
    }

    ServiceProcess reporting() {
        return running(reporting);
    }

    /** A new reporting-service on the same port and database, as after a crash and restart. */
    void restartReporting() throws IOException, InterruptedException {
        reporting = start("reporting-service", reportingPort);
        reporting.awaitReady(START_UP);
    }

    private ServiceProcess start(String name, int port) throws IOException {
        return ServiceProcess.start(name, ServiceProcess.jar(PROJECT_ROOT, name), port, environment, logs);
    }

    private static ServiceProcess running(@Nullable ServiceProcess service) {
        if (service == null) {
            throw new IllegalStateException("The system is not running");
        }
        return service;
    }

    /** Stops the services in reverse order of starting. */
    @Override
    public void close() throws InterruptedException {
        for (ServiceProcess service : new @Nullable ServiceProcess[] {reporting, coding, intake}) {
            if (service != null) {
                service.close();
            }
        }
    }
}
