package uk.consultation.intake.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topic;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.testsupport.KafkaRecords;
import uk.consultation.testsupport.TestInfrastructure;

/** Erasure on request and by retention, against a real Kafka broker: what the log holds afterwards. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "ADMIN") // erasure and registering consultations are for administrators
class ErasureIntegrationTest {

    private static final String CONSULTATION = "integrated-communities-2018";
    private static final String RESPONSE = """
            {"respondent": {"type": "individual", "name": "Jane Smith", "email": "jane@example.org"},
             "answers": {"q1": {"position": "agree", "comment": "I am Jane Smith, jane@example.org."}}}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    TextRetention retention;

    @Autowired
    KafkaAdmin kafkaAdmin;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    }

    @Test
    void erasingByTheRespondentsReferenceLeavesATombstoneAfterTheContactDetailsAndTheText() throws Exception {
        String receipt = submit(CONSULTATION, RESPONSE);
        String responseId = JsonPath.read(receipt, "$.responseId");
        String reference = JsonPath.read(receipt, "$.reference");

        mvc.perform(post("/api/v1/consultations/" + CONSULTATION + "/references/" + reference + "/erasure").with(csrf()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.responseId").value(responseId));

        assertThat(latest(Topics.RESPONSE_CONTACTS, responseId)).isNull();
        assertThat(latest(Topics.RESPONSES_RECEIVED, responseId)).isNull();
        // Once erased, the reference no longer finds it; by id, asking again is accepted and changes nothing
        mvc.perform(post("/api/v1/consultations/" + CONSULTATION + "/references/" + reference + "/erasure").with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/responses/" + responseId + "/erasure").with(csrf())).andExpect(status().isAccepted());
        assertThat(latest(Topics.RESPONSES_RECEIVED, responseId)).isNull();
    }

    @Test
    void erasingByResponseIdLeavesOtherResponsesAsTheyWere() throws Exception {
        String erased = JsonPath.read(submit(CONSULTATION, RESPONSE), "$.responseId");
        String kept = JsonPath.read(submit(CONSULTATION, RESPONSE), "$.responseId");

        mvc.perform(post("/api/v1/responses/" + erased + "/erasure").with(csrf())).andExpect(status().isAccepted());

        assertThat(latest(Topics.RESPONSES_RECEIVED, erased)).isNull();
        assertThat(latest(Topics.RESPONSES_RECEIVED, kept)).isNotNull();
        assertThat(latest(Topics.RESPONSE_CONTACTS, kept)).isNotNull();
    }

    @Test
    void anUnusableIdentifierIsAProblem() throws Exception {
        mvc.perform(post("/api/v1/responses/not-a-response/erasure").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/consultations/" + CONSULTATION + "/references/nonsense/erasure").with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/consultations/no-such-consultation/references/ABCD-EFGH/erasure").with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Unknown consultation"));
        mvc.perform(post("/api/v1/consultations/" + CONSULTATION + "/references/0000-0000/erasure").with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Unknown reference"));
    }

    @Test
    void retentionErasesEveryResponseOfAConsultationPastItsRetentionAndNoOther() throws Exception {
        ConsultationDefinition bundled = ConsultationDefinitions.bundled(CONSULTATION);
        String retainedId = "retained-" + UUID.randomUUID().toString().substring(0, 8);
        ConsultationDefinition retained = new ConsultationDefinition(retainedId, bundled.title(),
                bundled.department(), bundled.timeZone(), bundled.opens(), bundled.closes(),
                bundled.codeframeVersion(), bundled.questions(), Period.ofYears(1));
        mvc.perform(post("/api/v1/consultations").contentType(MediaType.APPLICATION_JSON)
                        .content(EventJson.toBytes(retained)))
                .andExpect(status().isCreated());
        List<String> due = List.of(JsonPath.read(submit(retainedId, RESPONSE), "$.responseId"),
                JsonPath.read(submit(retainedId, RESPONSE), "$.responseId"));
        String notDue = JsonPath.read(submit(CONSULTATION, RESPONSE), "$.responseId");

        assertThat(retention.eraseDue()).isGreaterThanOrEqualTo(2);

        for (String responseId : due) {
            assertThat(latest(Topics.RESPONSES_RECEIVED, responseId)).isNull();
            assertThat(latest(Topics.RESPONSE_CONTACTS, responseId)).isNull();
        }
        assertThat(latest(Topics.RESPONSES_RECEIVED, notDue)).isNotNull();
        // Those already erased are no longer held, so a second run erases none of them again
        assertThat(retention.eraseDue()).isZero();
    }

    @Test
    void aResponsesTopicCreatedToBeDeletedAfterAWhileIsMadeCompactedAtStart() throws Exception {
        ConfigResource received = new ConfigResource(ConfigResource.Type.TOPIC, Topics.RESPONSES_RECEIVED.name());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()))) {
            admin.incrementalAlterConfigs(Map.of(received, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE),
                    AlterConfigOp.OpType.SET)))).all().get();
            // A broker applies a config change from the metadata log a moment after the controller accepts it
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> cleanupPolicy(admin, received).equals(TopicConfig.CLEANUP_POLICY_DELETE));

            // What every service does at start
            kafkaAdmin.initialize();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(cleanupPolicy(admin, received)).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT));
        }
    }

    private static String cleanupPolicy(Admin admin, ConfigResource topic) throws Exception {
        return admin.describeConfigs(List.of(topic)).all().get().get(topic).get(TopicConfig.CLEANUP_POLICY_CONFIG)
                .value();
    }

    /** As another respondent each time: the same answers without a key of their own would be one response. */
    private String submit(String consultationId, String body) throws Exception {
        return mvc.perform(post("/api/v1/consultations/" + consultationId + "/responses")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
    }

    private static byte[] latest(Topic<String, ?> topic, String responseId) {
        List<ConsumerRecord<String, byte[]>> records = KafkaRecords.forKey(topic, responseId);
        assertThat(records).as("records of %s on %s", responseId, topic.name()).isNotEmpty();
        return records.get(records.size() - 1).value();
    }
}
