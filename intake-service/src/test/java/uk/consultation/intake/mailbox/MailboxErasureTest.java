package uk.consultation.intake.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import uk.consultation.schemas.Topics;
import uk.consultation.testsupport.KafkaRecords;
import uk.consultation.testsupport.TestInfrastructure;

/**
 * Erasing an emailed response deletes its message from the mailbox's Processed folder, the one copy of its words
 * outside Kafka; with the mailbox out of reach nothing is erased, to be asked again. Real IMAP (GreenMail) and Kafka.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "ADMIN")
class MailboxErasureTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    static final TestMailbox mailbox = new TestMailbox();

    @RegisterExtension
    static final GreenMailExtension greenMail = mailbox.server();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void kafkaAndMailbox(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        MailboxProperties.ConsultationMailbox settings = mailbox.settings();
        registry.add("intake.mailboxes[0].consultation-id", settings::consultationId);
        registry.add("intake.mailboxes[0].host", settings::host);
        registry.add("intake.mailboxes[0].port", settings::port);
        registry.add("intake.mailboxes[0].user", settings::user);
        registry.add("intake.mailboxes[0].password", settings::password);
        registry.add("intake.mailboxes[0].poll-interval", () -> "200ms");
    }

    @Test
    void erasingAnEmailedResponseDeletesItsMessageFromProcessedAndNoOther() throws Exception {
        String erased = TestMailbox.newMessageId();
        String kept = TestMailbox.newMessageId();
        mailbox.send(TestMailbox.email(erased, "I agree with the strategy."));
        mailbox.send(TestMailbox.email(kept, "Twinning schools."));
        await().atMost(PATIENCE).until(() -> mailbox.messageIds("Processed").containsAll(List.of(erased, kept)));
        String responseId = TestMailbox.received(erased).get(0).key();

        mvc.perform(post("/api/v1/responses/" + responseId + "/erasure").with(csrf()))
                .andExpect(status().isAccepted());

        assertThat(mailbox.messageIds("Processed")).containsExactly(kept);
        assertThat(KafkaRecords.forKey(Topics.RESPONSES_RECEIVED, responseId)).last()
                .satisfies(record -> assertThat(record.value()).isNull());
    }

    @Test
    void withTheMailboxOutOfReachNothingIsErasedAndAskingAgainIsSafe() throws Exception {
        String messageId = TestMailbox.newMessageId();
        mailbox.send(TestMailbox.email(messageId, "Twinning schools in the town."));
        await().atMost(PATIENCE).until(() -> mailbox.messageIds("Processed").contains(messageId));
        String responseId = TestMailbox.received(messageId).get(0).key();
        greenMail.stop();

        mvc.perform(post("/api/v1/responses/" + responseId + "/erasure").with(csrf()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"));

        assertThat(KafkaRecords.forKey(Topics.RESPONSES_RECEIVED, responseId)).last()
                .satisfies(record -> assertThat(record.value()).isNotNull());
    }
}
