package uk.consultation.intake;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.jayway.jsonpath.JsonPath;

import io.micrometer.core.instrument.MeterRegistry;
import uk.consultation.localstack.EmbeddedKafka;
import uk.consultation.localstack.FreePorts;
import uk.consultation.schemas.Topics;
import uk.consultation.testsupport.KafkaRecords;

/**
 * Intake through a broker outage: a real KRaft broker of its own is stopped in the middle of a load of responses and
 * restarted on the same port with the same log. Whatever intake answered 202 must be in Kafka exactly once; every
 * other request must have been told 503 with Retry-After (or lost its connection), never accepted silently.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "intake.publishing.max-in-flight=" + BrokerOutageTest.MAX_IN_FLIGHT,
        "intake.publishing.reserved-per-channel=1",
        // all its senders are this one address, far beyond the per-client limit on submissions
        "intake.rate-limit.enabled=false"})
@DirtiesContext // its broker goes with the class
class BrokerOutageTest {

    /** Of which the online channel may use 3: its own 1 and the 2 no channel has reserved. */
    static final int MAX_IN_FLIGHT = 6;

    /** More senders than publishes allowed in flight, so that the outage also reaches the limit. */
    private static final int SENDERS = 8;

    /** Responses accepted before the outage, and after it, before moving on: enough to show a steady flow. */
    private static final int ACCEPTED_PER_PHASE = 20;

    /** Generous: only keeps a broken build from hanging, it measures nothing. */
    private static final Duration GIVE_UP = Duration.ofMinutes(2);

    private static final String BODY = """
            {"respondent": {"type": "individual", "name": "Ann Example", "email": "ann@example.org"},
             "answers": {"q1": {"position": "agree", "comment": "Shared activities matter."}}}
            """;

    @TempDir
    static Path logs;

    private static final int KAFKA_PORT = FreePorts.find();
    private static final int CONTROLLER_PORT = FreePorts.find();
    private static EmbeddedKafka broker;

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @BeforeAll
    static void startBroker() throws IOException {
        broker = EmbeddedKafka.start(logs, KAFKA_PORT, CONTROLLER_PORT);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> broker.bootstrapServers());
    }

    @Test
    void acceptsOnlyWhatKafkaHasThroughAnOutage() throws Exception {
        Load load = new Load(URI.create("http://127.0.0.1:" + port
                + "/api/v1/consultations/integrated-communities-2018/responses"));
        load.start();
        awaitUntil("responses accepted before the outage", () -> load.count(Phase.BEFORE, 202) >= ACCEPTED_PER_PHASE);

        load.phase = Phase.OUTAGE;
        broker.close();
        // Both ways of saying 503: the limit reached at once, and the broker's acknowledgement given up on
        awaitUntil("publishes refused at the limit and unacknowledged",
                () -> refused("limit") > 0 && refused("unacknowledged") > 0);

        broker = EmbeddedKafka.start(logs, KAFKA_PORT, CONTROLLER_PORT);
        load.phase = Phase.AFTER;
        awaitUntil("responses accepted after the restart", () -> load.count(Phase.AFTER, 202) >= ACCEPTED_PER_PHASE);
        List<Outcome> outcomes = load.stop();

        Map<String, Long> published = KafkaRecords.all(broker.bootstrapServers(), Topics.RESPONSES_RECEIVED).stream()
                .collect(groupingBy(ConsumerRecord::key, counting()));
        List<String> accepted = outcomes.stream().filter(outcome -> outcome.status() == 202)
                .map(outcome -> JsonPath.<String>read(outcome.body(), "$.responseId")).toList();
        assertThat(accepted).doesNotHaveDuplicates()
                .filteredOn(responseId -> published.getOrDefault(responseId, 0L) != 1)
                .as("accepted responses not in Kafka exactly once").isEmpty();

        assertThat(outcomes).filteredOn(outcome -> outcome.status() != 202).allSatisfy(outcome -> {
            if (outcome.error() == null) {
                assertThat(outcome.status()).isEqualTo(503);
                assertThat(outcome.retryAfter()).isNotBlank();
                assertThat(outcome.contentType()).isEqualTo("application/problem+json");
                assertThat((Integer) JsonPath.read(outcome.body(), "$.status")).isEqualTo(503);
            }
        });
        assertThat(load.count(Phase.OUTAGE, 503)).isPositive();
        assertThat(meters.get("intake.publishing.in.flight").gauge().value()).as("publishes left in flight").isZero();
    }

    private double refused(String reason) {
        return meters.get("intake.publishing.refused").tag("reason", reason).counter().count();
    }

    private static void awaitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long giveUp = System.nanoTime() + GIVE_UP.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > giveUp) {
                fail("Never happened: " + what);
            }
            Thread.sleep(50);
        }
    }

    /** When a request was sent, relative to the outage. */
    private enum Phase {
        BEFORE, OUTAGE, AFTER
    }

    /** What one request got: an HTTP answer, or an error in place of one. */
    private record Outcome(Phase phase, int status, @Nullable String retryAfter, @Nullable String contentType,
            String body, @Nullable Exception error) {
    }

    /** Senders posting responses, each under a new Idempotency-Key, until stopped. */
    private static final class Load {

        private final URI uri;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        private volatile Phase phase = Phase.BEFORE;
        private volatile boolean running = true;

        Load(URI uri) {
            this.uri = uri;
        }

        void start() {
            for (int i = 0; i < SENDERS; i++) {
                senders.execute(this::send);
            }
        }

        long count(Phase inPhase, int status) {
            return outcomes.stream().filter(outcome -> outcome.phase() == inPhase && outcome.status() == status).count();
        }

        List<Outcome> stop() throws InterruptedException {
            running = false;
            senders.shutdown();
            if (!senders.awaitTermination(GIVE_UP.toMillis(), TimeUnit.MILLISECONDS)) {
                fail("The senders did not finish");
            }
            return List.copyOf(outcomes);
        }

        private void send() {
            while (running) {
                Phase sentIn = phase;
                HttpRequest request = HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(BODY))
                        .build();
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    outcomes.add(new Outcome(sentIn, response.statusCode(),
                            response.headers().firstValue("Retry-After").orElse(null),
                            response.headers().firstValue("Content-Type").orElse(null), response.body(), null));
                    if (response.statusCode() == 503) {
                        // Backs off a little, as a client would, rather than spin on refusals
                        Thread.sleep(100);
                    }
                } catch (IOException e) {
                    outcomes.add(new Outcome(sentIn, 0, null, null, "", e));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
