package uk.consultation.intake.receive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import com.jayway.jsonpath.JsonPath;

import uk.consultation.intake.IntakeApplication;
import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.response.ResponseReceived;
import uk.consultation.testsupport.KafkaRecords;
import uk.consultation.testsupport.ServiceInstances;
import uk.consultation.testsupport.TestInfrastructure;

/**
 * Two intake instances against the one broker, as two run behind a load balancer, each with its own copy of
 * {@code response-keys}: a key used on one with a body is refused on the other with another body once the first's claim
 * has reached it, and the response it was first used for is unchanged.
 */
class KeyReuseAcrossInstancesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String CONSULTATION = "integrated-communities-2018";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private static final List<String> addresses = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        for (int i = 0; i < 2; i++) {
            int port = ServiceInstances.freePort();
            instances.add(ServiceInstances.start(IntakeApplication.class, "--server.port=" + port,
                    "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers(),
                    "--spring.kafka.streams.state-dir=" + Files.createTempDirectory("intake-state")));
            addresses.add("http://127.0.0.1:" + port);
        }
    }

    @AfterAll
    static void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    /**
     * Found on CI: a form sent just after an instance started got 503 because its store of claims was still reading.
     * Readiness now waits for the store: each running instance is ready, and one whose store has not started is not.
     */
    @Test
    void anInstanceIsReadyOnlyOnceItsStoreOfClaimsCanBeRead() throws Exception {
        for (int i = 0; i < instances.size(); i++) {
            HttpResponse<String> readiness = HTTP.send(HttpRequest.newBuilder(
                    URI.create(addresses.get(i) + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
            assertThat(instances.get(i).getBean(HealthEndpointGroups.class).get("readiness").isMember("responseKeys"))
                    .isTrue();
        }
        KeyClaims notStarted = new KeyClaims(new StreamsBuilderFactoryBean(),
                instances.get(0).getBean(EventPublisher.class));
        assertThat(new ResponseKeysHealthIndicator(notStarted).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    }

    @Test
    void aKeyUsedOnOneInstanceIsRefusedWithAnotherBodyOnTheOther() throws Exception {
        String key = UUID.randomUUID().toString();
        String theirs = """
                {"respondent": {"type": "individual", "name": "Ann Example", "email": "ann@example.org"},
                 "answers": {"q1": {"position": "agree", "comment": "Yes, classes matter."}}}
                """;
        HttpResponse<String> first = submit(0, key, theirs);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        String responseId = JsonPath.read(first.body(), "$.responseId");

        // The claim made on the first instance has reached the second's store
        await().atMost(PATIENCE).until(() -> claimedOnSecondInstance(responseId));
        HttpResponse<String> other = submit(1, key, """
                {"respondent": {"type": "individual", "name": "Mal Icious"},
                 "answers": {"q1": {"position": "disagree", "comment": "Replaced."}}}
                """);
        HttpResponse<String> retry = submit(1, key, theirs);

        assertThat(other.statusCode()).as(other.body()).isEqualTo(422);
        assertThat(other.body()).doesNotContain(responseId).doesNotContain("classes");
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(202);
        assertThat((String) JsonPath.read(retry.body(), "$.responseId")).isEqualTo(responseId);
        List<ResponseReceived> underTheKey = KafkaRecords.all(TestInfrastructure.kafkaBootstrapServers(),
                        Topics.RESPONSES_RECEIVED).stream()
                .filter(record -> record.value() != null)
                .map(record -> EventJson.fromBytes(record.value(), ResponseReceived.class))
                .filter(response -> key.equals(response.source().idempotencyKey()))
                .toList();
        assertThat(underTheKey).hasSize(2).allSatisfy(response -> {
            assertThat(response.responseId()).isEqualTo(responseId);
            assertThat(response.answers().get("q1").comment()).isEqualTo("Yes, classes matter.");
        });
    }

    private static boolean claimedOnSecondInstance(String responseId) {
        KafkaStreams streams = instances.get(1).getBean(StreamsBuilderFactoryBean.class).getKafkaStreams();
        try (KeyValueIterator<String, String> claims = streams.store(StoreQueryParameters.fromNameAndType(
                KeyClaims.STORE, QueryableStoreTypes.<String, String>keyValueStore())).all()) {
            while (claims.hasNext()) {
                if (claims.next().value.equals(responseId)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static HttpResponse<String> submit(int instance, String key, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder()
                        .uri(URI.create(addresses.get(instance) + "/api/v1/consultations/" + CONSULTATION + "/responses"))
                        .header("Content-Type", "application/json").header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
