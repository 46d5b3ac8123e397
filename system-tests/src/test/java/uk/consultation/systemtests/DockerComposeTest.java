package uk.consultation.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import uk.consultation.access.StaffRole;

/**
 * Checks docker-compose.yml and the services' Dockerfiles against the code they deploy: pinned images, health checks
 * everywhere, start order on health, environment variables the services actually read, the brokers' listeners and
 * replication, and the replica set. Reads files only, so it runs (and fails) without a Docker engine.
 */
class DockerComposeTest {

    /** Three brokers, so that a response acknowledged with {@code acks=all} is on two of them (issue 16, point 8). */
    private static final List<String> BROKERS = List.of("kafka-1", "kafka-2", "kafka-3");
    private static final String MONGO = "mongo";
    private static final List<String> APPLICATION_SERVICES =
            List.of("intake-service", "coding-service", "reporting-service");

    /** Placeholders whose default (localhost) is wrong inside a container, so compose must set them where read. */
    private static final Set<String> NO_DEFAULT_IN_A_CONTAINER = Set.of("KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URI");

    /** {@code ${NAME}} or {@code ${NAME:default}} in a Spring configuration file. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)[:}]");

    @Test
    void everyImageIsPinnedToATag() {
        Map<String, Map<String, Object>> services = services();
        SoftAssertions softly = new SoftAssertions();
        services.forEach((name, service) -> assertPinned(softly, "service " + name, string(service.get("image"))));
        for (String service : APPLICATION_SERVICES) {
            Path dockerfile = projectRoot().resolve(service).resolve("Dockerfile");
            if (Files.isRegularFile(dockerfile)) {
                for (String from : instructions(dockerfile, "FROM")) {
                    assertPinned(softly, service + "/Dockerfile FROM", from.split("\\s+")[0]);
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void everyServiceHasAHealthcheck() {
        SoftAssertions softly = new SoftAssertions();
        services().forEach((name, service) -> {
            Object healthcheck = service.get("healthcheck");
            softly.assertThat(healthcheck).as("healthcheck of %s", name).isInstanceOf(Map.class);
            if (healthcheck instanceof Map<?, ?> check) {
                softly.assertThat(check.get("disable")).as("%s healthcheck disable", name).isNotEqualTo(Boolean.TRUE);
                List<String> test = command(check.get("test"));
                softly.assertThat(test).as("%s healthcheck test", name).isNotEmpty().doesNotContain("NONE");
            }
        });
        softly.assertAll();
    }

    @Test
    void servicesStartOnlyOnceTheirDependenciesAreHealthy() {
        Map<String, Map<String, Object>> services = services();
        SoftAssertions softly = new SoftAssertions();
        services.forEach((name, service) -> {
            Object dependsOn = service.get("depends_on");
            if (dependsOn == null) {
                return;
            }
            // the short list form means service_started
            softly.assertThat(dependsOn).as("%s depends_on must name a condition per dependency", name)
                    .isInstanceOf(Map.class);
            if (dependsOn instanceof Map<?, ?> dependencies) {
                dependencies.forEach((dependency, spec) -> {
                    softly.assertThat(services).as("%s depends on an undefined service", name)
                            .containsKey(String.valueOf(dependency));
                    Object condition = spec instanceof Map<?, ?> m ? m.get("condition") : null;
                    softly.assertThat(condition).as("condition of %s -> %s", name, dependency)
                            .isEqualTo("service_healthy");
                });
            }
        });
        assertThat(dependencies("reporting-service")).as("reporting-service needs the brokers and the store")
                .containsAll(BROKERS).contains(MONGO);
        assertThat(dependencies("intake-service")).containsAll(BROKERS);
        assertThat(dependencies("coding-service")).containsAll(BROKERS);
        softly.assertAll();
    }

    @Test
    void namedVolumesAreDeclaredAndTheBrokerAndStoreKeepTheirData() {
        Map<String, Object> compose = compose();
        Set<String> declared = compose.get("volumes") instanceof Map<?, ?> volumes
                ? volumes.keySet().stream().map(String::valueOf).collect(Collectors.toSet())
                : Set.of();
        SoftAssertions softly = new SoftAssertions();
        services().forEach((name, service) -> {
            for (String volume : strings(service.get("volumes"))) {
                String source = volume.contains(":") ? volume.substring(0, volume.indexOf(':')) : volume;
                boolean bindMount = source.startsWith(".") || source.startsWith("/") || source.startsWith("~");
                if (!bindMount && volume.contains(":")) {
                    softly.assertThat(declared).as("volume %s of %s is declared at the top level", source, name)
                            .contains(source);
                }
            }
        });
        Set<String> brokerVolumes = new TreeSet<>();
        for (String broker : BROKERS) {
            softly.assertThat(strings(service(broker).get("volumes"))).as("%s volumes", broker).isNotEmpty();
            brokerVolumes.addAll(strings(service(broker).get("volumes")));
        }
        softly.assertThat(brokerVolumes).as("each broker keeps its own data").hasSize(BROKERS.size());
        softly.assertThat(strings(service(MONGO).get("volumes"))).as("mongo volumes").isNotEmpty();
        softly.assertAll();
    }

    @Test
    void everyPasswordComesFromTheEnvironmentWithoutADefault() {
        SoftAssertions softly = new SoftAssertions();
        Pattern fromTheEnvironment = Pattern.compile("\\$\\{[A-Z_]+(:\\?[^}]*|:-)}");
        services().forEach((name, service) -> environment(service).forEach((variable, value) -> {
            if (variable.contains("PASSWORD")) {
                softly.assertThat(value).as("%s of %s", variable, name).matches(fromTheEnvironment);
            }
        }));
        String mailbox = environment(service("greenmail")).get("GREENMAIL_OPTS");
        softly.assertThat(mailbox).as("the mailbox's users").contains("responses:${MAILBOX_PASSWORD:?");
        softly.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake-service", "coding-service", "reporting-service"})
    void theServicesHaveNoPasswordOfTheirOwn(String name) {
        Path yml = projectRoot().resolve(name).resolve("src/main/resources/application.yml");
        Pattern password = Pattern.compile("(?im)^\\s*[a-z-]*password:\\s*(.*)$");
        Matcher matcher = password.matcher(read(yml));
        while (matcher.find()) {
            assertThat(matcher.group(1).trim()).as("%s in %s", matcher.group(), yml).matches("\\$\\{[A-Z_]+:}");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake-service", "coding-service", "reporting-service"})
    void composeSetsOnlyVariablesTheServiceReads(String name) {
        Set<String> read = placeholders(name);
        assertThat(read).as("placeholders in %s/src/main/resources/application.yml", name).isNotEmpty();
        assertThat(environment(service(name)).keySet())
                .as("environment compose sets for %s, each of which its application.yml must read", name)
                .isSubsetOf(read);
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake-service", "coding-service", "reporting-service"})
    void composeSetsEveryVariableWhoseDefaultIsWrongInAContainer(String name) {
        Set<String> required = new TreeSet<>(placeholders(name));
        required.retainAll(NO_DEFAULT_IN_A_CONTAINER);
        assertThat(required).as("%s reads the broker address", name).contains("KAFKA_BOOTSTRAP_SERVERS");
        assertThat(environment(service(name)).keySet()).as("environment of %s", name).containsAll(required);
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake-service", "coding-service", "reporting-service"})
    void servicesReachTheBrokerAndStoreByTheirContainerAddresses(String name) {
        Map<String, String> env = environment(service(name));
        List<String> internal = BROKERS.stream().map(DockerComposeTest::internalAddress).toList();
        assertThat(list(env.get("KAFKA_BOOTSTRAP_SERVERS"))).as("KAFKA_BOOTSTRAP_SERVERS of %s lists every broker", name)
                .containsExactlyInAnyOrderElementsOf(internal);
        String mongoUri = env.get("MONGODB_URI");
        if (mongoUri != null) {
            assertThat(mongoUri).as("MONGODB_URI of %s", name)
                    .startsWith("mongodb://" + MONGO + ":27017/").contains("replicaSet=rs0");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake-service", "coding-service", "reporting-service"})
    void serverPortIsPublishedProbedAndExposed(String name) {
        Map<String, Object> service = service(name);
        String port = environment(service).get("SERVER_PORT");
        assertThat(port).as("SERVER_PORT of %s", name).isNotNull().matches("\\d+");
        assertThat(strings(service.get("ports"))).as("ports of %s", name).contains(port + ":" + port);
        assertThat(String.join(" ", command(((Map<?, ?>) service.get("healthcheck")).get("test"))))
                .as("healthcheck of %s", name).contains("localhost:" + port + "/actuator/health/readiness");
        assertThat(instructions(dockerfile(name), "EXPOSE")).as("EXPOSE in %s/Dockerfile", name)
                .anySatisfy(expose -> assertThat(expose.split("\\s+")).containsAnyOf(port, port + "/tcp"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kafka-1", "kafka-2", "kafka-3"})
    void eachBrokerIsACombinedKraftNodeWithAnInternalAndAHostListener(String broker) {
        Map<String, Object> kafka = service(broker);
        Map<String, String> env = environment(kafka);
        assertThat(list(env.get("KAFKA_PROCESS_ROLES"))).as("KAFKA_PROCESS_ROLES").contains("broker", "controller");
        String nodeId = env.get("KAFKA_NODE_ID");
        assertThat(nodeId).as("KAFKA_NODE_ID").isEqualTo(String.valueOf(BROKERS.indexOf(broker) + 1));
        assertThat(list(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS"))).as("KAFKA_CONTROLLER_QUORUM_VOTERS")
                .hasSize(BROKERS.size())
                .anySatisfy(voter -> assertThat(voter).startsWith(nodeId + "@" + hostnameOf(broker) + ":"));
        assertThat(env.get("CLUSTER_ID")).as("one cluster").isEqualTo(environment(service(BROKERS.get(0))).get("CLUSTER_ID"));

        Map<String, String> listeners = listeners(env.get("KAFKA_LISTENERS"));
        Map<String, String> advertised = advertisedListeners(broker);
        List<String> controllers = list(env.get("KAFKA_CONTROLLER_LISTENER_NAMES"));
        assertThat(controllers).as("KAFKA_CONTROLLER_LISTENER_NAMES").isNotEmpty();
        assertThat(listeners.keySet()).as("KAFKA_LISTENERS").containsAll(controllers)
                .containsAll(advertised.keySet());
        assertThat(advertised.keySet()).as("the controller listener is not advertised to clients")
                .doesNotContainAnyElementsOf(controllers);
        assertThat(listeners(env.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")).keySet())
                .as("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").containsAll(listeners.keySet());

        String internal = advertised.entrySet().stream()
                .filter(listener -> hostOf(listener.getValue()).equals(hostnameOf(broker)))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("no advertised listener on " + hostnameOf(broker) + ": " + advertised));
        String host = advertised.entrySet().stream()
                .filter(listener -> hostOf(listener.getValue()).equals("localhost"))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("no advertised listener on localhost: " + advertised));
        assertThat(host).as("host and internal listeners").isNotEqualTo(internal);
        assertThat(env.get("KAFKA_INTER_BROKER_LISTENER_NAME")).as("KAFKA_INTER_BROKER_LISTENER_NAME")
                .isEqualTo(internal);
        String hostPort = portOf(advertised.get(host));
        assertThat(strings(kafka.get("ports"))).as("the host listener is published on the same port, on loopback")
                .contains("127.0.0.1:" + hostPort + ":" + portOf(listeners.get(host)));

        assertThat(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")).as("auto topic creation").isEqualTo("false");
        assertThat(String.join(" ", command(((Map<?, ?>) kafka.get("healthcheck")).get("test"))))
                .as("kafka healthcheck").containsAnyOf("kafka-broker-api-versions.sh", "kafka-topics.sh")
                .contains("localhost:" + hostPort);
    }

    /** Issue 16, point 8: {@code acks=all} means two brokers have the record, not the leader alone. */
    @Test
    void everyTopicHasThreeReplicasAndTakesAWriteOnlyOnceTwoHaveIt() {
        SoftAssertions softly = new SoftAssertions();
        for (String broker : BROKERS) {
            Map<String, String> env = environment(service(broker));
            for (String replicationFactor : List.of("KAFKA_DEFAULT_REPLICATION_FACTOR",
                    "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
                    "KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR")) {
                softly.assertThat(env.get(replicationFactor)).as("%s of %s", replicationFactor, broker).isEqualTo("3");
            }
            for (String minInsync : List.of("KAFKA_MIN_INSYNC_REPLICAS", "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR",
                    "KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR")) {
                softly.assertThat(env.get(minInsync)).as("%s of %s", minInsync, broker).isEqualTo("2");
            }
        }
        for (String name : APPLICATION_SERVICES) {
            // the services create every topic with these replicas, and min.insync.replicas 2 on each (Topics)
            softly.assertThat(environment(service(name)).get("KAFKA_TOPIC_REPLICAS")).as("KAFKA_TOPIC_REPLICAS of %s", name)
                    .isEqualTo(String.valueOf(BROKERS.size()));
        }
        softly.assertAll();
    }

    @Test
    void mongoRunsAsReplicaSetRs0AndItsHealthcheckInitiatesIt() {
        Map<String, Object> mongo = service(MONGO);
        List<String> command = command(mongo.get("command"));
        int replSet = command.indexOf("--replSet");
        assertThat(replSet >= 0 && replSet + 1 < command.size() && command.get(replSet + 1).equals("rs0")
                || command.contains("--replSet=rs0")).as("mongo command %s runs --replSet rs0", command).isTrue();
        assertThat(command).as("mongo command").contains("--bind_ip_all");
        assertThat(String.join(" ", command(((Map<?, ?>) mongo.get("healthcheck")).get("test"))))
                .as("mongo healthcheck").contains("rs.initiate", "_id:'rs0'", "host:'" + MONGO + ":27017'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake-service", "coding-service", "reporting-service"})
    void eachServiceIsBuiltFromItsDockerfileWithItsExecutableJar(String name) {
        Object build = service(name).get("build");
        String context = build instanceof Map<?, ?> spec ? string(spec.get("context")) : string(build);
        assertThat(context).as("build context of %s", name).isNotNull();
        assertThat(projectRoot().resolve(context).normalize()).as("build context of %s", name)
                .isEqualTo(projectRoot().resolve(name));

        Path dockerfile = dockerfile(name);
        assertThat(dockerfile).as("Dockerfile of %s", name).isRegularFile();
        String jar = "target/" + name + "-" + projectVersion() + "-exec.jar";
        assertThat(instructions(dockerfile, "COPY")).as("COPY in %s", dockerfile)
                .anySatisfy(copy -> assertThat(copy).matches("(--\\S+\\s+)*" + Pattern.quote(jar) + "\\s+/app/app\\.jar"));
        assertThat(rootPom()).as("the services are repackaged with the exec classifier the Dockerfiles copy")
                .contains("<classifier>exec</classifier>");
        assertThat(instructions(dockerfile, "ENTRYPOINT")).as("ENTRYPOINT in %s", dockerfile)
                .singleElement().satisfies(entrypoint -> assertThat(entrypoint.replaceAll("\\s+", ""))
                        .isEqualTo("[\"java\",\"-jar\",\"/app/app.jar\"]"));
        List<String> users = instructions(dockerfile, "USER");
        assertThat(users).as("USER in %s", dockerfile).isNotEmpty();
        assertThat(users.get(users.size() - 1).split(":")[0]).as("the user the service runs as")
                .isNotIn("root", "0");
    }

    private static void assertPinned(SoftAssertions softly, String where, @Nullable String image) {
        softly.assertThat(image).as("image of %s", where).isNotBlank();
        if (image == null || image.contains("@sha256:")) {
            return;
        }
        String name = image.substring(image.lastIndexOf('/') + 1);
        int colon = name.indexOf(':');
        String tag = colon < 0 ? "" : name.substring(colon + 1);
        softly.assertThat(tag).as("tag of %s image %s", where, image).isNotBlank().isNotEqualToIgnoringCase("latest")
                .doesNotContain("$");
    }

    // --- docker-compose.yml

    private static Map<String, Object> compose() {
        Path file = projectRoot().resolve("docker-compose.yml");
        assertThat(file).as("docker-compose.yml at the project root").isRegularFile();
        try (Reader reader = Files.newBufferedReader(file)) {
            Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            assertThat(yaml).as("docker-compose.yml").isInstanceOf(Map.class);
            return stringKeys((Map<?, ?>) yaml);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Map<String, Object>> services() {
        Object services = compose().get("services");
        assertThat(services).as("services in docker-compose.yml").isInstanceOf(Map.class);
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        ((Map<?, ?>) services).forEach((name, service) -> {
            assertThat(service).as("service %s", name).isInstanceOf(Map.class);
            result.put(String.valueOf(name), stringKeys((Map<?, ?>) service));
        });
        assertThat(result).as("services").containsKeys(BROKERS.toArray(String[]::new)).containsKey(MONGO)
                .containsKeys(APPLICATION_SERVICES.toArray(String[]::new));
        return result;
    }

    private static Map<String, Object> service(String name) {
        return services().get(name);
    }

    private static Set<String> dependencies(String name) {
        return service(name).get("depends_on") instanceof Map<?, ?> m
                ? m.keySet().stream().map(String::valueOf).collect(Collectors.toSet())
                : Set.copyOf(strings(service(name).get("depends_on")));
    }

    /** A service's environment, map or {@code KEY=value} list form, with values as strings. */
    private static Map<String, String> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((key, value) -> result.put(String.valueOf(key), value == null ? "" : String.valueOf(value)));
        } else {
            for (String entry : strings(environment)) {
                int equals = entry.indexOf('=');
                result.put(equals < 0 ? entry : entry.substring(0, equals), equals < 0 ? "" : entry.substring(equals + 1));
            }
        }
        return result;
    }

    /** A broker's advertised listener name to {@code host:port}. */
    private static Map<String, String> advertisedListeners(String broker) {
        return listeners(environment(service(broker)).get("KAFKA_ADVERTISED_LISTENERS"));
    }

    /** The address other containers reach a broker on: its advertised listener on its own hostname. */
    private static String internalAddress(String broker) {
        return advertisedListeners(broker).values().stream()
                .filter(address -> hostOf(address).equals(hostnameOf(broker))).findFirst()
                .orElseThrow(() -> new AssertionError("no advertised listener on " + hostnameOf(broker)));
    }

    private static String hostnameOf(String service) {
        String hostname = string(service(service).get("hostname"));
        return hostname != null ? hostname : service;
    }

    /** {@code A://h:1,B://h:2} to {A=h:1, B=h:2}; also reads {@code A:PLAINTEXT,B:PLAINTEXT}. */
    private static Map<String, String> listeners(@Nullable String value) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String listener : list(value)) {
            int separator = listener.indexOf(':');
            assertThat(separator).as("listener %s", listener).isPositive();
            String address = listener.substring(separator + 1);
            result.put(listener.substring(0, separator), address.startsWith("//") ? address.substring(2) : address);
        }
        return result;
    }

    private static String hostOf(String address) {
        return address.substring(0, address.lastIndexOf(':'));
    }

    private static String portOf(@Nullable String address) {
        assertThat(address).isNotNull();
        return address.substring(address.lastIndexOf(':') + 1);
    }

    private static List<String> list(@Nullable String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** A compose command or healthcheck test, list or string form. */
    private static List<String> command(@Nullable Object value) {
        if (value instanceof String text) {
            return Arrays.stream(text.trim().split("\\s+")).toList();
        }
        return strings(value);
    }

    private static List<String> strings(@Nullable Object value) {
        if (value == null) {
            return List.of();
        }
        assertThat(value).as("a list in docker-compose.yml").isInstanceOf(List.class);
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }

    private static @Nullable String string(@Nullable Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, value) -> result.put(String.valueOf(key), value));
        return result;
    }

    // --- the services' own files

    /** The environment variables a service reads: the {@code ${NAME}} and {@code ${NAME:default}} in its application.yml. */
    /**
     * The variables a service's application.yml reads, and the sign-in settings every service binds by their property
     * names (staff-access's {@code consultation.access.users.<name>.password} and Spring Boot's identity-provider
     * setting).
     */
    private static Set<String> placeholders(String service) {
        Path yml = projectRoot().resolve(service).resolve("src/main/resources/application.yml");
        assertThat(yml).as("application.yml of %s", service).isRegularFile();
        Matcher matcher = PLACEHOLDER.matcher(read(yml));
        Set<String> names = new LinkedHashSet<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        for (StaffRole role : StaffRole.values()) {
            names.add(role.passwordVariable());
        }
        names.add("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
        names.add("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES");
        return names;
    }

    private static Path dockerfile(String service) {
        return projectRoot().resolve(service).resolve("Dockerfile");
    }

    /** The arguments of each instruction of one kind, comments dropped and continued lines joined. */
    private static List<String> instructions(Path dockerfile, String keyword) {
        assertThat(dockerfile).isRegularFile();
        List<String> logical = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : read(dockerfile).split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            logical.add(current.toString().trim());
            current.setLength(0);
        }
        List<String> result = new ArrayList<>();
        for (String instruction : logical) {
            String[] parts = instruction.split("\\s+", 2);
            if (parts[0].equalsIgnoreCase(keyword)) {
                result.add(parts.length > 1 ? parts[1].trim() : "");
            }
        }
        return result;
    }

    private static String rootPom() {
        return read(projectRoot().resolve("pom.xml"));
    }

    private static String projectVersion() {
        try (InputStream pom = Files.newInputStream(projectRoot().resolve("pom.xml"))) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element project = factory.newDocumentBuilder().parse(pom).getDocumentElement();
            for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && element.getTagName().equals("version")) {
                    return element.getTextContent().trim();
                }
            }
            return fail("no <version> in the root pom.xml");
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the root pom.xml", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reactor root: surefire runs in system-tests/, so normally the parent directory. */
    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("system-tests/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no project root above " + Path.of("").toAbsolutePath());
    }
}
