package uk.consultation.reporting.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.CodingFlags;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.testsupport.TestInfrastructure;

/**
 * The whole service on a real broker and store, over real HTTP: a first coding sends a figures event down the stream,
 * is measured for freshness on {@code /actuator/prometheus}, counts in its minute on the operations figures and joins
 * the review queue; a client that goes away is dropped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"reporting.live.coalesce=100ms", "reporting.live.heartbeat=200ms"})
class LiveFiguresTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ConsultationCatalog catalog;
    @Autowired
    FiguresStream stream;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongoUri("reporting-live-" + UUID.randomUUID()));
    }

    @Test
    void aFirstCodingIsStreamedMeasuredAndCountedAndAGoneClientIsDropped() throws Exception {
        ConsultationDefinition example = ConsultationDefinitions.bundled("integrated-communities-2018");
        String consultation = "live-" + UUID.randomUUID().toString().substring(0, 8);
        ConsultationDefinition definition = new ConsultationDefinition(consultation, example.title(),
                example.department(), example.timeZone(), example.opens(), example.closes(),
                example.codeframeVersion(), example.questions(), example.retainTextFor());
        Instant acceptedAt = Instant.now().minusMillis(1500);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new EventJson.Serializer())) {
            producer.send(new ProducerRecord<>(Topics.CONSULTATIONS.name(), consultation, definition)).get();
            await().atMost(PATIENCE).until(() -> catalog.find(consultation).isPresent());

            HttpResponse<InputStream> subscription = HTTP.send(HttpRequest.newBuilder(
                            url("/api/v1/consultations/" + consultation + "/figures/stream"))
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(subscription.statusCode()).isEqualTo(200);
            assertThat(subscription.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            BlockingQueue<String> lines = readLines(subscription.body());

            ProducerRecord<String, Object> first = new ProducerRecord<>(Topics.RESPONSES_CODED.name(), "r-live",
                    coding("r-live", consultation));
            first.headers().add(Topics.ACCEPTED_AT_HEADER, acceptedAt.toString().getBytes(StandardCharsets.UTF_8));
            producer.send(first).get();

            assertThat(nextEvent(lines)).isEqualTo(List.of("event:figures",
                    "data:{\"consultationId\":\"" + consultation + "\"}"));
            subscription.body().close();
        }
        await().atMost(PATIENCE).until(() -> stream.subscriberCount() == 0);

        String metrics = get("/actuator/prometheus");
        assertThat(metrics).containsPattern("reporting_freshness_seconds_count(\\{[^}]*})? [1-9]")
                .contains("reporting_freshness_seconds_bucket")
                .contains("kafka_consumer_fetch_manager_records_lag_max");
        JsonNode figures = JSON.readTree(get("/api/v1/consultations/" + consultation + "/figures"));
        assertThat(figures.get("responses").asLong()).isEqualTo(1);
        assertThat(figures.get("needsReview").asLong()).isEqualTo(1);
        JsonNode operations = JSON.readTree(get("/api/v1/operations"));
        Instant minute = acceptedAt.truncatedTo(ChronoUnit.MINUTES);
        List<Long> online = new ArrayList<>();
        for (JsonNode counted : operations.get("responsesPerMinute")) {
            if (Instant.parse(counted.get("minute").asString()).equals(minute)) {
                online.add(counted.get("online").asLong());
            }
        }
        assertThat(online).containsExactly(1L);
        assertThat(operations.get("consumerLag").has("reporting-service")).isTrue();
        assertThat(operations.get("deadLetters").has(Topics.RESPONSES_CODED.deadLetterTopic())).isTrue();
    }

    private static ResponseCoded coding(String responseId, String consultation) {
        return new ResponseCoded(responseId, consultation, 1, Instant.now(), Channel.ONLINE, Instant.now(), false,
                new ResponseCoded.CodedRespondent(RespondentType.INDIVIDUAL, CodingSource.EXPLICIT, 1.0, null),
                Map.of("q1", new ResponseCoded.CodedAnswer(Position.AGREE, CodingSource.EXPLICIT, 1.0, null,
                        List.of())),
                List.of(CodingFlags.NEEDS_REVIEW), "test-coder-1", 1, null, null);
    }

    /** The lines of the next event, skipping comments (heartbeats). */
    private static List<String> nextEvent(BlockingQueue<String> lines) throws InterruptedException {
        List<String> event = new ArrayList<>();
        while (true) {
            String line = lines.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(line).as("a line of the stream").isNotNull();
            if (line.isEmpty() && !event.isEmpty()) {
                return event;
            }
            if (!line.isEmpty() && !line.startsWith(":")) {
                event.add(line);
            }
        }
    }

    private static BlockingQueue<String> readLines(InputStream body) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException closed) {
                // the test closed the stream
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
