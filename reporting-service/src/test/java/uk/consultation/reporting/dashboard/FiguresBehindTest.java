package uk.consultation.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.response.ResponseReceived;
import uk.consultation.testsupport.TestInfrastructure;

/**
 * How far behind the figures are, against a real broker: with coding stopped (its groups read nothing), responses
 * wait on {@code responses-received} or, coded, on {@code responses-coded-ungrouped}, and the operations figures say
 * when the oldest was accepted; once the group has read them all, nothing is behind.
 */
@SpringBootTest(properties = {"topics.partitions=3", "reporting.operations.sample-every=1s"})
@AutoConfigureMockMvc
@WithMockUser(roles = "OPERATOR")
class FiguresBehindTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    private MockMvcTester mvc;
    @Autowired
    private JsonMapper json;
    @Autowired
    private ConsultationCatalog catalog;
    @Autowired
    private MongoDatabase database;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongoUri("reporting-behind-" + UUID.randomUUID()));
    }

    @Test
    void aConsultationIsBehindByItsOldestResponseNotYetCodedAndNotBehindOnceCodingHasCaughtUp() throws Exception {
        String consultation = "behind-" + UUID.randomUUID().toString().substring(0, 8);
        Instant oldest = Instant.now().minus(4, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new EventJson.Serializer())) {
            register(producer, consultation);
            // Accepted by intake four minutes ago and a minute and a half later; no coding instance reads them.
            for (Instant acceptedAt : List.of(oldest, oldest.plusSeconds(90))) {
                producer.send(new ProducerRecord<>(Topics.RESPONSES_RECEIVED.name(), null, acceptedAt.toEpochMilli(),
                        "r-" + acceptedAt.toEpochMilli(), received(consultation, acceptedAt))).get();
            }
        }

        JsonNode behind = behind(consultation);
        assertThat(Instant.parse(behind.get("oldestUncountedAcceptedAt").asString())).isEqualTo(oldest);
        assertThat(behind.get("seconds").asLong()).isGreaterThanOrEqualTo(240);
        assertThat(behind.get("atLeast").asBoolean()).isFalse();

        readsToTheEnd("coding", Topics.RESPONSES_RECEIVED.name());

        JsonNode caughtUp = behind(consultation);
        assertThat(caughtUp.get("oldestUncountedAcceptedAt").isNull()).isTrue();
        assertThat(caughtUp.get("seconds").asLong()).isZero();
    }

    @Test
    void aResponseCodedButWaitingInTheCampaignStepIsBehindUntilThatStepHasReadIt() throws Exception {
        String consultation = "behind-campaigns-" + UUID.randomUUID().toString().substring(0, 8);
        Instant acceptedAt = Instant.now().minus(3, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new EventJson.Serializer())) {
            register(producer, consultation);
            // A first coding on its way to the campaign step, keyed by consultation as coding-service sends it; its
            // value is coding-service's own, which reporting does not read. No campaign step runs here.
            ProducerRecord<String, Object> ungrouped = new ProducerRecord<>(Topics.RESPONSES_CODED_UNGROUPED.name(),
                    consultation, Map.of("coded", Map.of("consultationId", consultation)));
            ungrouped.headers().add(Topics.ACCEPTED_AT_HEADER, acceptedAt.toString().getBytes(StandardCharsets.UTF_8));
            producer.send(ungrouped).get();
        }

        JsonNode behind = behind(consultation);
        assertThat(Instant.parse(behind.get("oldestUncountedAcceptedAt").asString())).isEqualTo(acceptedAt);
        assertThat(behind.get("seconds").asLong()).isGreaterThanOrEqualTo(180);

        readsToTheEnd("coding-campaigns", Topics.RESPONSES_CODED_UNGROUPED.name());

        assertThat(behind(consultation).get("oldestUncountedAcceptedAt").isNull()).isTrue();
    }

    @Test
    void everyInstanceSamplesTheBacklogWithoutAnyoneLooking() {
        Instant since = Instant.now();

        // Nothing reads the operations figures meanwhile: the samples are the sampler's.
        await().atMost(PATIENCE).until(() -> database.getCollection(BacklogSamples.COLLECTION)
                .countDocuments(Filters.gte("_id", since)) >= 2);
    }

    /** A copy of the example consultation under the test's own id, as intake would publish it. */
    private void register(KafkaProducer<String, Object> producer, String consultation) throws Exception {
        ConsultationDefinition example = ConsultationDefinitions.bundled("integrated-communities-2018");
        producer.send(new ProducerRecord<>(Topics.CONSULTATIONS.name(), consultation, new ConsultationDefinition(
                consultation, example.title(), example.department(), example.timeZone(), example.opens(),
                example.closes(), example.codeframeVersion(), example.questions(), example.retainTextFor()))).get();
        await().atMost(PATIENCE).until(() -> catalog.find(consultation).isPresent());
    }

    private JsonNode behind(String consultation) {
        JsonNode operations = json.readTree(mvc.get().uri("/api/v1/operations").exchange().assertThat()
                .hasStatusOk().actual().getResponse().getContentAsByteArray());
        for (JsonNode counted : operations.get("consultations")) {
            if (counted.get("id").asString().equals(consultation)) {
                return counted.get("behind");
            }
        }
        throw new AssertionError("No " + consultation + " in " + operations);
    }

    /** As coding-service would once it had read everything: the group commits the end of every partition. */
    private static void readsToTheEnd(String group, String topicName) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(topicName)).allTopicNames().get().values()
                    .forEach(topic -> topic.partitions().forEach(partition -> latest.put(
                            new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
            Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
            admin.listOffsets(latest).all().get()
                    .forEach((partition, info) -> ends.put(partition, new OffsetAndMetadata(info.offset())));
            admin.alterConsumerGroupOffsets(group, ends).all().get();
        }
    }

    private static ResponseReceived received(String consultation, Instant acceptedAt) {
        return new ResponseReceived("r-" + acceptedAt.toEpochMilli(), consultation, "ABCD-EFGH", Channel.LETTER,
                acceptedAt, false, new ResponseReceived.Respondent(null, null), Map.of(),
                "We support the proposals.", List.of(), ResponseReceived.Source.none());
    }
}
