package uk.consultation.intake.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import jakarta.mail.internet.MimeMultipart;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.SchemaContract;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.response.ResponseReceived;
import uk.consultation.testsupport.KafkaRecords;
import uk.consultation.testsupport.TestInfrastructure;

/** Importing a mailbox against a real Kafka broker: what is published, and that it keeps to the event contract. */
@WithMockUser(roles = "TRANSCRIBER")
@SpringBootTest
@AutoConfigureMockMvc
class EmailIntegrationTest {

    private static final String CONSULTATION = "integrated-communities-2018";

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    }

    @Test
    void publishesEachReadableMessageOfAMailboxWithoutTheSendersDetails() throws Exception {
        // Fresh Message-IDs, so that records from earlier runs on the same broker are not read back
        String run = UUID.randomUUID().toString();
        MimeMultipart withAttachment = new MimeMultipart();
        withAttachment.addBodyPart(TestEmails.text("Our response is attached.\nFrom our trustees.", "plain"));
        withAttachment.addBodyPart(TestEmails.attachment("response.txt", "text/plain",
                "Libraries need funding.".getBytes(StandardCharsets.UTF_8)));
        byte[] mbox = mbox(
                TestEmails.plain("<first-" + run + "@example.org>", "I agree with the strategy."),
                TestEmails.plain("<empty-" + run + "@example.org>", ""),
                TestEmails.withContent("<third-" + run + "@example.org>", withAttachment));

        String report = mvc.perform(post("/api/v1/consultations/" + CONSULTATION + "/emails")
                        .contentType(MediaType.parseMediaType("application/mbox")).content(mbox))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        List<String> responseIds = JsonPath.read(report, "$.received[*].responseId");
        assertThat(responseIds).hasSize(2);
        List<Integer> failed = JsonPath.read(report, "$.failed[*].index");
        assertThat(failed).containsExactly(1);

        List<ResponseReceived> published = new ArrayList<>();
        for (String responseId : responseIds) {
            List<ConsumerRecord<String, byte[]>> records = KafkaRecords.forKey(Topics.RESPONSES_RECEIVED, responseId);
            assertThat(records).hasSize(1);
            byte[] bytes = records.get(0).value();
            SchemaContract.assertConforms(SchemaContract.RESPONSE_RECEIVED, bytes);
            assertThat(new String(bytes, StandardCharsets.UTF_8))
                    .doesNotContain(TestEmails.SENDER_EMAIL).doesNotContain(TestEmails.SENDER_NAME);
            published.add(EventJson.fromBytes(bytes, ResponseReceived.class));
            assertThat(KafkaRecords.forKey(Topics.RESPONSE_CONTACTS, responseId)).hasSize(1);
        }
        assertThat(published).allSatisfy(response -> assertThat(response.channel()).isEqualTo(Channel.EMAIL));
        assertThat(published.get(0).documentText()).isEqualTo("I agree with the strategy.");
        // The '>From' the mailbox had to quote is the sender's 'From' again
        assertThat(published.get(1).documentText()).isEqualTo("Our response is attached.\nFrom our trustees.");
        assertThat(published.get(1).attachments()).singleElement()
                .satisfies(attachment -> assertThat(attachment.text()).isEqualTo("Libraries need funding."));
    }

    /** Issue 16, point 5: an uploaded email reusing a Message-ID with other content is refused, alone or in an mbox. */
    @Test
    void anEmailReusingAMessageIdWithOtherContentIsRefused() throws Exception {
        String messageId = "<reused-" + UUID.randomUUID() + "@example.org>";
        String receipt = mvc.perform(post("/api/v1/consultations/" + CONSULTATION + "/emails")
                        .contentType(MediaType.parseMediaType("message/rfc822"))
                        .content(TestEmails.plain(messageId, "I agree with the strategy.")))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();

        mvc.perform(post("/api/v1/consultations/" + CONSULTATION + "/emails")
                        .contentType(MediaType.parseMediaType("message/rfc822"))
                        .content(TestEmails.plain(messageId, "I disagree with the strategy.")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString(
                        "Message-ID but different content was already received")));
        String report = mvc.perform(post("/api/v1/consultations/" + CONSULTATION + "/emails")
                        .contentType(MediaType.parseMediaType("application/mbox"))
                        .content(mbox(TestEmails.plain(messageId, "Neither."))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat((List<String>) JsonPath.read(report, "$.failed[*].reason")).singleElement().asString()
                .contains("Message-ID but different content was already received");
        assertThat(KafkaRecords.forKey(Topics.RESPONSES_RECEIVED, JsonPath.read(receipt, "$.responseId")))
                .singleElement().satisfies(record -> assertThat(
                        EventJson.fromBytes(record.value(), ResponseReceived.class).documentText())
                        .isEqualTo("I agree with the strategy."));
    }

    /** An mbox as mail clients export it: a 'From ' line before each message, and body lines so starting quoted. */
    private static byte[] mbox(byte[]... messages) {
        ByteArrayOutputStream mbox = new ByteArrayOutputStream();
        for (byte[] message : messages) {
            String text = new String(message, StandardCharsets.ISO_8859_1).replace("\r\n", "\n")
                    .replaceAll("(?m)^(>*From )", ">$1");
            mbox.writeBytes(("From MAILER-DAEMON Tue May  1 10:15:30 2018\n" + text + "\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        return mbox.toByteArray();
    }
}
