package uk.consultation.intake.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.SchemaContract;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.response.ResponseReceived;
import uk.consultation.testsupport.KafkaRecords;
import uk.consultation.testsupport.ScannedPages;
import uk.consultation.testsupport.TestInfrastructure;

/**
 * A scanned letter from upload to response against a real Kafka broker and the real Tesseract: the draft publishes
 * nothing, and the corrected transcription, entered twice under the scan's reference, is one response.
 */
@WithMockUser(roles = "TRANSCRIBER")
@SpringBootTest
@AutoConfigureMockMvc
class ScanIntegrationTest {

    private static final String CONSULTATION = "integrated-communities-2018";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    }

    @Test
    void aCorrectedDraftOfAScanIsOneResponseHoweverOftenItIsSubmitted() throws Exception {
        BufferedImage page = ScannedPages.page(TestScans.LETTER);
        // One speck in the margin makes this run's scan new to the broker, whose records outlive the run
        page.setRGB(5, 5, ThreadLocalRandom.current().nextInt(0xFFFFFF));
        String draft = mvc.perform(multipart("/api/v1/consultations/" + CONSULTATION + "/letters/scans").with(csrf())
                        .file(new MockMultipartFile("file", "letter.png", "image/png", ScannedPages.png(page))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String scanReference = JsonPath.read(draft, "$.scanReference");
        String draftText = JsonPath.read(draft, "$.draftText");
        assertThat(draftText).contains("Question 1").containsIgnoringCase("integrated communities");

        // As staff would: the draft corrected against the scan, then submitted with the scan's reference
        String letter = json.writeValueAsString(new LetterTranscription(draftText.replace("Writer", "Writer (signed)"),
                LocalDate.parse("2018-05-02"), scanReference, "clerk-7", null));
        List<String> responseIds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String receipt = mvc.perform(post("/api/v1/consultations/" + CONSULTATION + "/letters")
                            .contentType(MediaType.APPLICATION_JSON).content(letter))
                    .andExpect(status().isAccepted())
                    .andReturn().getResponse().getContentAsString();
            responseIds.add(JsonPath.read(receipt, "$.responseId"));
        }
        String responseId = responseIds.get(0);
        assertThat(responseIds.get(1)).isEqualTo(responseId);

        List<ConsumerRecord<String, byte[]>> received = KafkaRecords.forKey(Topics.RESPONSES_RECEIVED, responseId);
        assertThat(received).hasSize(2);
        SchemaContract.assertConforms(SchemaContract.RESPONSE_RECEIVED, received.get(0).value());
        ResponseReceived response = EventJson.fromBytes(received.get(0).value(), ResponseReceived.class);
        assertThat(response.channel()).isEqualTo(Channel.LETTER);
        assertThat(response.source().scanReference()).isEqualTo(scanReference);
        assertThat(response.documentText()).contains("English classes").contains("Writer (signed)");
    }
}
