package uk.consultation.coding.emerging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.consultation.coding.CodingApplication;
import uk.consultation.coding.TestEvents;
import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.testsupport.KafkaRecords;
import uk.consultation.testsupport.ServiceInstances;
import uk.consultation.testsupport.TestInfrastructure;

/**
 * Two coding instances in one consumer group on the test broker, each with its own port and state directory: both
 * answer with the same candidate themes, whichever holds the consultation's unmatched sentences; a candidate listed
 * by one is accepted through the other; and an instance that takes the consultation over, or starts again, proposes
 * the same candidates without running a single sentence through the model.
 */
class EmergingThemesAcrossInstancesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String ANALYST_PASSWORD = "analyst-test-secret";

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();
    private final FakeIntake intake = FakeIntake.start();

    /** An instance: its port, and the directory of its stores, which a restart keeps. */
    private record Instance(int port, Path state) {
    }

    @AfterEach
    void stopAll() {
        running.forEach(ConfigurableApplicationContext::close);
        intake.close();
    }

    @Test
    void everyInstanceListsTheSameCandidatesAndAcceptsThoseAnotherListed() throws Exception {
        Instance first = new Instance(ServiceInstances.freePort(), Files.createTempDirectory("coding-state-a"));
        Instance second = new Instance(ServiceInstances.freePort(), Files.createTempDirectory("coding-state-b"));
        ConfigurableApplicationContext a = start(first);
        ConfigurableApplicationContext b = start(second);

        String consultation = "across-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = EmergingThemeIntegrationTest.BUSES.stream().map(text -> UUID.randomUUID().toString())
                .toList();
        try (KafkaProducer<String, Object> producer = TestEvents.producer()) {
            producer.send(new ProducerRecord<>(Topics.CONSULTATIONS.name(), consultation,
                    TestEvents.consultation(consultation, 1, TestEvents.BUNDLED.questions()))).get();
            for (int i = 0; i < ids.size(); i++) {
                producer.send(new ProducerRecord<>(Topics.RESPONSES_RECEIVED.name(), ids.get(i),
                        EmergingThemeIntegrationTest.commented(ids.get(i), consultation,
                                EmergingThemeIntegrationTest.BUSES.get(i)))).get();
            }
        }
        await().atMost(PATIENCE).until(() -> ids.stream().allMatch(id -> !KafkaRecords.forKey(
                Topics.RESPONSES_CODED, id).isEmpty()));

        // Asked of either instance, the proposal is made where the sentences are, and both list it
        List<ThemeCandidate> proposed = await().atMost(PATIENCE).ignoreExceptions()
                .until(() -> candidates(post(first, consultation, "/refresh")), list -> !list.isEmpty());
        assertThat(proposed).singleElement().satisfies(candidate -> {
            assertThat(candidate.questionId()).isEqualTo("q10");
            assertThat(candidate.responses()).isBetween(3, ids.size());
        });
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
            assertThat(candidates(get(first, consultation))).isEqualTo(proposed);
            assertThat(candidates(get(second, consultation))).isEqualTo(proposed);
        });
        assertThat(candidates(post(second, consultation, "/refresh"))).isEqualTo(proposed);

        // The first stops: the second takes its partitions over and proposes the same from the stores alone
        long embeddedBySecond = b.getBean(SentenceEmbeddings.class).sentencesEmbedded();
        stop(a);
        assertThat(await().atMost(PATIENCE).ignoreExceptions()
                .until(() -> candidates(post(second, consultation, "/refresh")), list -> !list.isEmpty()))
                .isEqualTo(proposed);
        assertThat(b.getBean(SentenceEmbeddings.class).sentencesEmbedded()).isEqualTo(embeddedBySecond);

        // The first starts again on its old stores: nothing is read back or embedded again
        ConfigurableApplicationContext again = start(first);
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() ->
                assertThat(candidates(post(first, consultation, "/refresh"))).isEqualTo(proposed));
        assertThat(again.getBean(SentenceEmbeddings.class).sentencesEmbedded()).isZero();
        assertThat(b.getBean(SentenceEmbeddings.class).sentencesEmbedded()).isEqualTo(embeddedBySecond);

        // Listed by the restarted first, accepted through the second
        String candidateId = candidates(get(first, consultation)).get(0).id();
        HttpResponse<String> accepted = http.send(analyst(second, consultation, "/" + candidateId + "/accept")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"code": "q10-rural-buses", "label": "Rural bus services cut",
                         "description": "Cuts to bus services leave rural residents unable to meet others.",
                         "examples": ["The village bus has gone, so I cannot get to town."]}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() ->
                assertThat(candidates(get(first, consultation))).extracting(ThemeCandidate::id)
                        .doesNotContain(candidateId));
    }

    private ConfigurableApplicationContext start(Instance instance) {
        // As arguments, which come before application.yml
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CodingApplication.class).run(
                "--server.port=" + instance.port(),
                "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers(),
                "--spring.kafka.streams.state-dir=" + instance.state(),
                "--spring.kafka.streams.properties.application.server=127.0.0.1:" + instance.port(),
                "--consultation.access.users.analyst.password=" + ANALYST_PASSWORD,
                "--coding.intake.url=" + intake.url(),
                "--coding.intake.password=" + FakeIntake.PASSWORD);
        running.add(context);
        return context;
    }

    private void stop(ConfigurableApplicationContext context) {
        context.close();
        running.remove(context);
    }

    private HttpResponse<String> get(Instance instance, String consultation) throws Exception {
        return http.send(analyst(instance, consultation, "").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(Instance instance, String consultation, String path) throws Exception {
        return http.send(analyst(instance, consultation, path).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder analyst(Instance instance, String consultation, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + "/api/v1/consultations/"
                        + consultation + "/emerging-themes" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("analyst:" + ANALYST_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static List<ThemeCandidate> candidates(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return List.of(EventJson.fromBytes(response.body().getBytes(StandardCharsets.UTF_8), ThemeCandidate[].class));
    }
}
