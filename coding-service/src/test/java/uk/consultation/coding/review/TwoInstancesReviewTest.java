package uk.consultation.coding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import tools.jackson.databind.JsonNode;

import uk.consultation.access.StaffRole;
import uk.consultation.coding.CodingApplication;
import uk.consultation.coding.TestEvents;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.response.ResponseReceived;
import uk.consultation.testsupport.KafkaRecords;
import uk.consultation.testsupport.ServiceInstances;
import uk.consultation.testsupport.TestInfrastructure;

/**
 * Two instances of the service against the one broker, as two would run in one consumer group: each holds the
 * partitions of the review view it is given. A review submitted on either instance is applied, whichever holds its
 * response; both answer the same queue and the same trail; and recoding asked of one reaches every partition.
 */
class TwoInstancesReviewTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String PASSWORD = "two-instances-" + UUID.randomUUID();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private static final List<String> addresses = new ArrayList<>();

    @BeforeAll
    static void start() {
        for (int i = 0; i < 2; i++) {
            int port = ServiceInstances.freePort();
            instances.add(ServiceInstances.start(CodingApplication.class,
                    "--server.port=" + port,
                    "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers(),
                    "--spring.kafka.streams.state-dir=" + stateDirectory(),
                    "--consultation.access.users." + StaffRole.ANALYST.localUser() + ".password=" + PASSWORD));
            addresses.add("http://localhost:" + port);
        }
    }

    @AfterAll
    static void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void aReviewSubmittedOnEitherInstanceIsAppliedAndBothAnswerTheSame() throws Exception {
        // Both instances in the group, agreeing who holds which partition of the view
        await().atMost(PATIENCE).until(() -> !holders(0).isEmpty() && holders(0).equals(holders(1)));
        String consultation = "two-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> responseIds = new ArrayList<>();
        try (KafkaProducer<String, Object> producer = TestEvents.producer()) {
            producer.send(new ProducerRecord<>(Topics.CONSULTATIONS.name(), consultation,
                    TestEvents.consultation(consultation, 1, TestEvents.BUNDLED.questions()))).get();
            // Enough responses that each partition very likely has one; each flagged for review, for want of a
            // respondent type
            for (int i = 0; i < 6; i++) {
                String responseId = UUID.randomUUID().toString();
                responseIds.add(responseId);
                producer.send(new ProducerRecord<>(Topics.RESPONSES_RECEIVED.name(), responseId,
                        new ResponseReceived(responseId, consultation, "ABCD-000" + i, Channel.ONLINE, Instant.now(),
                                false, new ResponseReceived.Respondent(null, null),
                                Map.of("q1", new ResponseReceived.Answer(Position.AGREE, "Shared activities matter.")),
                                null, List.of(), ResponseReceived.Source.none()))).get();
            }
        }
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(queue(0, consultation)).containsExactlyInAnyOrderElementsOf(responseIds);
            assertThat(queue(1, consultation)).isEqualTo(queue(0, consultation));
        });

        // Half the reviews submitted on the instance that holds the response, half on the one that does not
        for (int i = 0; i < responseIds.size(); i++) {
            String responseId = responseIds.get(i);
            int on = i % 2 == 0 ? owner(responseId) : 1 - owner(responseId);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(request(on, HttpRequest.newBuilder()
                    .uri(URI.create(addresses.get(on) + "/api/v1/responses/" + responseId + "/reviews"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            { "version": 1, "respondentType": "organisation",
                              "answers": { "q1": { "position": "disagree" } } }
                            """))).statusCode()).isEqualTo(202));
        }

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(queue(0, consultation)).isEmpty();
            assertThat(queue(1, consultation)).isEmpty();
        });
        for (String responseId : responseIds) {
            await().atMost(PATIENCE).untilAsserted(() -> {
                JsonNode trail = json(get(0, "/api/v1/responses/" + responseId + "/coding"));
                assertThat(trail.at("/coding/version").asInt()).isEqualTo(2);
                assertThat(trail.at("/reviews/0/applied").asBoolean()).isTrue();
                assertThat(json(get(1, "/api/v1/responses/" + responseId + "/coding"))).isEqualTo(trail);
            });
            assertThat(KafkaRecords.forKey(Topics.RESPONSES_CODED, responseId).stream()
                    .map(record -> EventJson.fromBytes(record.value(), ResponseCoded.class).version()))
                    .containsExactly(1, 2);
        }

        // Recoding asked of one instance rewinds the other's partitions too: every response is coded again (and
        // each recoding dropped by the campaign step, as an analyst reviewed it). Each instance holds some of the
        // three partitions, as each has two consumers.
        int asked = listenerPartitions(0) <= listenerPartitions(1) ? 0 : 1;
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(request(asked, HttpRequest.newBuilder()
                .uri(URI.create(addresses.get(asked) + "/api/v1/recoding"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(202));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(automaticCodings(consultation))
                .containsOnlyKeys(responseIds)
                .allSatisfy((responseId, codings) -> assertThat(codings).isGreaterThanOrEqualTo(2)));
    }

    /** How many times each response of the consultation was coded automatically, as the campaign step received it. */
    private static Map<String, Integer> automaticCodings(String consultation) {
        Map<String, Integer> codings = new java.util.HashMap<>();
        KafkaRecords.forKey(Topics.RESPONSES_CODED_UNGROUPED, consultation).forEach(record -> {
            JsonNode coded = EventJson.MAPPER.readTree(record.value()).get("coded");
            if (coded.get("version").asInt() == 1) {
                codings.merge(coded.get("responseId").asString(), 1, Integer::sum);
            }
        });
        return codings;
    }

    private static int listenerPartitions(int instance) {
        Collection<?> assigned = instances.get(instance).getBean(KafkaListenerEndpointRegistry.class)
                .getListenerContainer("coding").getAssignedPartitions();
        return assigned == null ? 0 : assigned.size();
    }

    private static Collection<StreamsMetadata> holders(int instance) {
        KafkaStreams streams = instances.get(instance).getBean(StreamsBuilderFactoryBean.class).getKafkaStreams();
        return streams == null || streams.state() != KafkaStreams.State.RUNNING ? List.of()
                : streams.streamsMetadataForStore(ReviewView.STORE);
    }

    /** Which instance holds the response's entry in the review view. */
    private static int owner(String responseId) {
        KafkaStreams streams = Objects.requireNonNull(
                instances.get(0).getBean(StreamsBuilderFactoryBean.class).getKafkaStreams());
        String host = streams.queryMetadataForKey(ReviewView.STORE, responseId, Serdes.String().serializer())
                .activeHost().port() + "";
        return addresses.get(0).endsWith(":" + host) ? 0 : 1;
    }

    private static List<String> queue(int instance, String consultation) throws Exception {
        List<String> ids = new ArrayList<>();
        json(get(instance, "/api/v1/consultations/" + consultation + "/review-queue"))
                .forEach(coding -> ids.add(coding.get("responseId").asString()));
        return ids;
    }

    private static HttpResponse<String> get(int instance, String path) throws Exception {
        return request(instance, HttpRequest.newBuilder().uri(URI.create(addresses.get(instance) + path)).GET());
    }

    private static HttpResponse<String> request(int instance, HttpRequest.Builder request) throws Exception {
        String credentials = StaffRole.ANALYST.localUser() + ":" + PASSWORD;
        return HTTP.send(request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return EventJson.MAPPER.readTree(answer.body());
    }

    private static String stateDirectory() {
        try {
            return Files.createTempDirectory("coding-state").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
