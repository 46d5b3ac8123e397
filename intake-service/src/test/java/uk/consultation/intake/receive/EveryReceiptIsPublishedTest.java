package uk.consultation.intake.receive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import uk.consultation.schemas.Topics;
import uk.consultation.testsupport.KafkaRecords;
import uk.consultation.testsupport.TestInfrastructure;

/**
 * Issue 16, point 8: no setting of the production jar makes intake answer {@code 202} for a response it has not
 * published. The benchmark's bare endpoint brings its own recorder (bench's {@code BareResponseRecorder}); the switch
 * intake used to have for it, set here, changes nothing.
 */
@SpringBootTest(properties = "intake.publishing.discard=true")
@AutoConfigureMockMvc
class EveryReceiptIsPublishedTest {

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    }

    @Test
    void aResponseAcceptedIsInKafkaWhateverTheOldDiscardSwitchSays() throws Exception {
        String receipt = mvc.perform(post("/api/v1/consultations/integrated-communities-2018/responses")
                        .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                        .content("{\"respondent\": {\"type\": \"individual\"}, \"answers\": {\"q1\": {\"position\": \"agree\"}}}"))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();

        assertThat(KafkaRecords.forKey(Topics.RESPONSES_RECEIVED, JsonPath.read(receipt, "$.responseId"))).hasSize(1);
    }
}
