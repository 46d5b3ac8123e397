package uk.consultation.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.consultation.access.StaffRole;
import uk.consultation.localstack.FreePorts;
import uk.consultation.localstack.ServiceProcess;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.testsupport.TestInfrastructure;

/**
 * The three services as production runs them: each from its executable jar in a JVM of its own, on the test broker
 * and a database of their own, on free ports, their logs under {@code target/service-logs/<name>/}. Each role's local
 * user has a password the tests know ({@link #password}), and coding signs in to intake with its own.
 */
final class RunningSystem implements AutoCloseable {

    static final Path PROJECT_ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Duration START_UP = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CODING_PASSWORD = "system-tests-coding";

    private final Map<String, String> environment;
    private final Path logs;
    private final int reportingPort = FreePorts.find();
    private int intakePort;
    /** Instances started after the first three, in their groups, stopped first. */
    private final List<ServiceProcess> more = new ArrayList<>();
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
        for (StaffRole role : StaffRole.values()) {
            environment.put(role.passwordVariable(), password(role));
        }
        environment.put("INTAKE_CODING_PASSWORD", CODING_PASSWORD);
        // every response a test sends comes from this one address, thousands of them for the published figures
        environment.put("INTAKE_RATE_LIMIT_ENABLED", "false");
        environment.put("CODING_INTAKE_PASSWORD", CODING_PASSWORD);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", TestInfrastructure.kafkaBootstrapServers());
        environment.put("MONGODB_URI",
                TestInfrastructure.mongoUri(name + "-" + UUID.randomUUID().toString().substring(0, 8)));
        RunningSystem system = new RunningSystem(Map.copyOf(environment),
                Files.createDirectories(PROJECT_ROOT.resolve("system-tests/target/service-logs").resolve(name)));
        try {
            system.intakePort = FreePorts.find();
            system.intake = system.start("intake-service", system.intakePort, Map.of());
            int codingPort = FreePorts.find();
            system.coding = system.start("coding-service", codingPort, system.codingSettings(codingPort));
            system.reporting = system.start("reporting-service", system.reportingPort, Map.of());
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

    ServiceProcess coding() {
        return running(coding);
    }

    ServiceProcess reporting() {
        return running(reporting);
    }

    /** The role's local user's password in these tests; {@code ./run.sh} generates one each. */
    static String password(StaffRole role) {
        return "system-tests-" + role.localUser();
    }

    /** A request as a member of staff with the role, signed in with HTTP Basic as a script would; or as the public. */
    static HttpRequest.Builder request(String url, @Nullable StaffRole as) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (as != null) {
            String credentials = as.localUser() + ":" + password(as);
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url, @Nullable StaffRole as) throws IOException, InterruptedException {
        return send(request(url, as));
    }

    static HttpResponse<String> postJson(String url, @Nullable StaffRole as, String json)
            throws IOException, InterruptedException {
        return send(request(url, as)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Registers a copy of the example consultation under an id of the test's own, as an administrator would over the
     * API, so that its figures count only what that test sends, whatever else the shared broker has carried.
     */
    void registerExampleAs(String consultationId) throws IOException, InterruptedException {
        ConsultationDefinition example = ConsultationDefinitions.bundled("integrated-communities-2018");
        ConsultationDefinition copy = new ConsultationDefinition(consultationId, example.title(), example.department(),
                example.timeZone(), example.opens(), example.closes(), example.codeframeVersion(), example.questions(),
                example.retainTextFor());
        HttpResponse<String> response = send(request(intake().baseUrl() + "/api/v1/consultations", StaffRole.ADMIN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(EventJson.toBytes(copy))));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Could not register " + consultationId + ": " + response.body());
        }
    }

    /**
     * A figures resource of reporting-service for the consultation, e.g. {@code /figures}, as a report author; it must
     * answer 200.
     */
    JsonNode figures(String consultationId, String path, Duration timeout) throws IOException, InterruptedException {
        return JSON.readTree(reportingText(consultationId, path, timeout));
    }

    /** Any resource of reporting-service for the consultation, e.g. {@code /summary.md}, as a report author; it must answer 200. */
    String reportingText(String consultationId, String path, Duration timeout) throws IOException, InterruptedException {
        String url = reporting().baseUrl() + "/api/v1/consultations/" + consultationId + path;
        HttpResponse<String> response = send(request(url, StaffRole.REPORT_AUTHOR).timeout(timeout));
        if (response.statusCode() != 200) {
            throw new AssertionError(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /**
     * Another coding-service in the same consumer groups, as a second instance runs in production, on a port and a
     * Streams state directory of its own; it is ready when this returns.
     */
    ServiceProcess startAnotherCoding() throws IOException, InterruptedException {
        int port = FreePorts.find();
        return another(start("coding-service", port, codingSettings(port), logs.resolve(Integer.toString(port))));
    }

    /**
     * Another reporting-service in the same consumer group and on the same database, its log under its port; it is
     * ready when this returns.
     */
    ServiceProcess startAnotherReporting() throws IOException, InterruptedException {
        int port = FreePorts.find();
        return another(start("reporting-service", port, Map.of(), logs.resolve(Integer.toString(port))));
    }

    /** An instance started by {@link #startAnotherCoding} or the like, started again after it stopped. */
    ServiceProcess restart(ServiceProcess stopped) throws IOException, InterruptedException {
        ServiceProcess restarted = stopped.startAgain();
        more.set(more.indexOf(stopped), restarted);
        restarted.awaitReady(START_UP);
        return restarted;
    }

    private ServiceProcess another(ServiceProcess service) throws IOException, InterruptedException {
        more.add(service);
        service.awaitReady(START_UP);
        return service;
    }

    private Map<String, String> codingSettings(int port) {
        // Coding registers an accepted emerging theme through intake, the one writer of consultation definitions;
        // its campaign stores are its own, on disk, never shared with another instance
        return Map.of("CODING_INTAKE_URL", "http://127.0.0.1:" + intakePort,
                "CODING_STATE_DIR", logs.resolve("coding-state-" + port).toString());
    }

    /** A new reporting-service on the same port and database, as after a crash and restart. */
    void restartReporting() throws IOException, InterruptedException {
        reporting = start("reporting-service", reportingPort, Map.of());
        reporting.awaitReady(START_UP);
    }

    private ServiceProcess start(String name, int port, Map<String, String> more) throws IOException {
        return start(name, port, more, logs);
    }

    private ServiceProcess start(String name, int port, Map<String, String> more, Path logDir) throws IOException {
        Map<String, String> env = new HashMap<>(environment);
        env.putAll(more);
        return ServiceProcess.start(name, ServiceProcess.jar(PROJECT_ROOT, name), port, env, logDir);
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
        for (int i = more.size() - 1; i >= 0; i--) {
            more.get(i).close();
        }
        for (ServiceProcess service : new @Nullable ServiceProcess[] {reporting, coding, intake}) {
            if (service != null) {
                service.close();
            }
        }
    }
}
