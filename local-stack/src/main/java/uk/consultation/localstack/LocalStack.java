package uk.consultation.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.consultation.access.StaffRole;

/**
 * Starts the whole system on this machine: a real Kafka broker and the Mongo-compatible store (unless
 * {@code KAFKA_BOOTSTRAP_SERVERS} / {@code MONGODB_URI} name running ones), the example consultation's mailbox, then
 * intake, coding and reporting, and prints where everything is. Data is kept under {@code data/} so a restart carries on where it stopped. Ctrl-C stops
 * the services first and the broker and store last.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    /** Said at every start on the local broker: a 202 here is not the three-broker promise of docker-compose.yml. */
    static final String ONE_COPY = """

            ************************************************************************************************
            The local stack runs ONE Kafka broker: every topic has one replica, so a response intake has
            answered 202 for is on one disk only, and is lost with it. docker-compose.yml runs three brokers,
            where each write is on two before it is acknowledged. Set KAFKA_BOOTSTRAP_SERVERS to use a cluster.
            ************************************************************************************************""";

    private static final String CONSULTATION = "integrated-communities-2018";

    /** The example consultation's mailbox; local only, so its password is no secret. */
    private static final String MAILBOX = "responses@integrated-communities.localhost";
    private static final String MAILBOX_PASSWORD = "responses";

    private final List<AutoCloseable> started = new ArrayList<>();
    private final StaffSignIns signIns = new StaffSignIns();
    private final List<String> serviceJvm;
    private final Map<String, String> serviceSettings;
    private String kafka = "";
    private List<ServiceProcess> services = List.of();

    private LocalStack(List<String> serviceJvm, Map<String, String> serviceSettings) {
        this.serviceJvm = List.copyOf(serviceJvm);
        this.serviceSettings = Map.copyOf(serviceSettings);
    }

    public static void main(String[] args) throws Exception {
        LocalStack stack = new LocalStack(ServiceProcess.QUICK_START, Map.of());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            stopped.countDown();
        }, "local-stack-shutdown"));
        try {
            stack.start(Path.of("").toAbsolutePath(), System.getenv(), true);
        } catch (Exception e) {
            log.error("Could not start the local stack: {}", e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    /**
     * Starts the whole system as {@code ./run.sh} does, for a benchmark that drives it; {@link #close()} stops it.
     *
     * @param env             as {@code ./run.sh}'s environment: data directory, ports, running broker or store
     * @param serviceJvm      the services' JVM options, in place of the quick-start ones
     * @param serviceSettings more environment for all three services, e.g. switching off intake's rate limit
     */
    public static LocalStack start(Path projectRoot, Map<String, String> env, List<String> serviceJvm,
            Map<String, String> serviceSettings) throws Exception {
        LocalStack stack = new LocalStack(serviceJvm, serviceSettings);
        try {
            stack.start(projectRoot, env, false);
        } catch (Exception e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    private void start(Path projectRoot, Map<String, String> env, boolean printUrls) throws Exception {
        Path data = Path.of(env.getOrDefault("LOCAL_STACK_DATA", projectRoot.resolve("data").toString()));
        @Nullable String running = env.get("KAFKA_BOOTSTRAP_SERVERS");
        if (running == null || running.isBlank()) {
            EmbeddedKafka broker = remember(EmbeddedKafka.start(data.resolve("kafka"),
                    port(env, "KAFKA_PORT", 9092), port(env, "KAFKA_CONTROLLER_PORT", 9093)));
            kafka = broker.bootstrapServers();
            log.warn(ONE_COPY);
        } else {
            kafka = running;
        }
        String mongo = env.get("MONGODB_URI");
        if (mongo == null || mongo.isBlank()) {
            mongo = remember(EmbeddedMongo.start(data.resolve("mongo").resolve("consultation.mv"),
                    port(env, "MONGODB_PORT", 27017), "consultation")).uri();
        }
        EmbeddedMail mail = remember(EmbeddedMail.start(port(env, "SMTP_PORT", 3025), port(env, "IMAP_PORT", 3143),
                MAILBOX, MAILBOX_PASSWORD));
        Map<String, String> serviceEnv = new HashMap<>(signIns.environment());
        serviceEnv.putAll(serviceSettings);
        serviceEnv.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        serviceEnv.put("MONGODB_URI", mongo);
        Map<String, String> intakeEnv = new HashMap<>(serviceEnv);
        intakeEnv.putAll(mailEnvironment(mail));
        intakeEnv.putAll(signIns.intakeEnvironment());

        int intakePort = port(env, "INTAKE_PORT", 8081);
        // Coding registers accepted emerging themes through intake, the one writer of consultation definitions
        Map<String, String> codingEnv = new HashMap<>(serviceEnv);
        codingEnv.put("CODING_INTAKE_URL", "http://127.0.0.1:" + intakePort);
        codingEnv.putAll(signIns.codingEnvironment());
        // Its campaign stores, kept with the rest of the data so that a restart restores only what changed
        codingEnv.put("CODING_STATE_DIR", data.resolve("coding-state").toString());

        Path logs = data.resolve("logs");
        services = List.of(
                service(projectRoot, "intake-service", intakePort, intakeEnv, logs),
                service(projectRoot, "coding-service", port(env, "CODING_PORT", 8082), codingEnv, logs),
                service(projectRoot, "reporting-service", port(env, "REPORTING_PORT", 8083), serviceEnv, logs));
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofMinutes(3));
        }
        if (printUrls) {
            printUrls(kafka, mongo, mail, intake(), coding(), reporting(), logs, signIns);
        }
    }

    public ServiceProcess intake() {
        return services.get(0);
    }

    public ServiceProcess coding() {
        return services.get(1);
    }

    public ServiceProcess reporting() {
        return services.get(2);
    }

    public String kafkaBootstrapServers() {
        return kafka;
    }

    /** The password of a role's local user, the same on all three services. */
    public String password(StaffRole role) {
        return signIns.password(role);
    }

    /**
     * Starts coding-service again after it stopped, with the same settings, and waits until it is ready.
     *
     * @return the new process, which the stack now stops with the rest
     */
    public ServiceProcess restartCoding() throws IOException, InterruptedException {
        ServiceProcess stopped = coding();
        ServiceProcess restarted = stopped.startAgain();
        started.set(started.indexOf(stopped), restarted);
        services = List.of(intake(), restarted, reporting());
        restarted.awaitReady(Duration.ofMinutes(3));
        return restarted;
    }

    /** What intake needs to poll the example consultation's mailbox and to send acknowledgements through it. */
    static Map<String, String> mailEnvironment(EmbeddedMail mail) {
        return Map.of(
                "MAILBOX_CONSULTATION_ID", CONSULTATION,
                "MAILBOX_HOST", mail.host(),
                "MAILBOX_PORT", Integer.toString(mail.imapPort()),
                "MAILBOX_PROTOCOL", "imap",
                "MAILBOX_USER", mail.address(),
                "MAILBOX_PASSWORD", mail.password(),
                "MAIL_HOST", mail.host(),
                "MAIL_PORT", Integer.toString(mail.smtpPort()),
                "MAIL_FROM", mail.address());
    }

    private ServiceProcess service(Path root, String name, int port, Map<String, String> env, Path logs) throws IOException {
        return remember(ServiceProcess.start(name, ServiceProcess.jar(root, name), port, env, logs, serviceJvm));
    }

    private static void printUrls(String kafka, String mongo, EmbeddedMail mail, ServiceProcess intake,
            ServiceProcess coding, ServiceProcess reporting, Path logs, StaffSignIns signIns) {
        System.out.println("""

                Consultation responses is running (Ctrl-C stops it).

                  Respond online      %1$s/consultations/%4$s/respond
                  Consultations       %1$s/api/v1/consultations
                  Submit a response   POST %1$s/api/v1/consultations/%4$s/responses
                  Letters, emails     POST %1$s/api/v1/consultations/%4$s/letters  (or /emails)    [transcriber]
                  Figures             %3$s/api/v1/consultations/%4$s/figures                    [author]
                  Question figures    %3$s/api/v1/consultations/%4$s/questions/q1/figures       [author]
                  Authors' dashboard  %3$s/dashboards/consultations/%4$s                         [author]
                  Drafted summary     %3$s/api/v1/consultations/%4$s/summary.md  (or .docx)     [author]
                  Figures as files    %3$s/api/v1/consultations/%4$s/figures.csv  (or .xlsx)    [author]
                  Operations          %3$s/dashboards/operations                                  [operator]
                  Analysts' review    %2$s/consultations/%4$s/review                             [analyst]
                  Emerging themes     %2$s/api/v1/consultations/%4$s/emerging-themes            [analyst]
                  Health              %1$s/actuator/health  %2$s/actuator/health  %3$s/actuator/health
                  Metrics             %1$s/actuator/prometheus  (and on %2$s, %3$s)               [operator]
                  Kafka               %5$s
                  MongoDB             %6$s
                  Mailbox             %8$s (password %9$s): SMTP %10$s:%11$d, IMAP %10$s:%12$d
                  Service logs        %7$s

                Email a response (intake takes it from the mailbox within seconds and acknowledges it there):
                  curl smtp://%10$s:%11$d --mail-from you@example.org --mail-rcpt %8$s --upload-file response.eml

                Sign in as the consultation team (the same on all three services, new passwords at every start;
                the form and the submission API need no sign-in). A browser gets a sign-in page, a script uses Basic:
                %13$s
                  curl -u author:%14$s %3$s/api/v1/consultations/%4$s/figures
                """.formatted(intake.baseUrl(), coding.baseUrl(), reporting.baseUrl(), CONSULTATION, kafka, mongo, logs,
                mail.address(), mail.password(), mail.host(), mail.smtpPort(), mail.imapPort(), signIns.table(),
                signIns.password(StaffRole.REPORT_AUTHOR)));
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private <T extends AutoCloseable> T remember(T resource) {
        started.add(resource);
        return resource;
    }

    /** Stops in reverse order of starting: services before the broker and store they use. */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            @Nullable AutoCloseable resource = started.get(i);
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("Stopping {} failed: {}", resource, e.getMessage());
            }
        }
        started.clear();
    }
}
