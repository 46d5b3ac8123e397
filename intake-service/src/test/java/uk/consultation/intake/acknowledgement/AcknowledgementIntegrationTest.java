package uk.consultation.intake.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import uk.consultation.localstack.FreePorts;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.testsupport.KafkaRecords;
import uk.consultation.testsupport.TestInfrastructure;

/** A response given with an email address is acknowledged through a real SMTP server (GreenMail), with its reference. */
@SpringBootTest(properties = "intake.acknowledgements.from=consultation@example.gov.uk")
@AutoConfigureMockMvc
@DirtiesContext
class AcknowledgementIntegrationTest {

    private static final String CONSULTATION = "integrated-communities-2018";

    static final ServerSetup smtp = new ServerSetup(FreePorts.find(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    // Up for the whole context: its listener keeps sending for as long as it runs
    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(smtp).withPerMethodLifecycle(false);

    @Autowired
    MockMvc mvc;

    @Autowired
    ConsultationCatalog catalog;

    @DynamicPropertySource
    static void kafkaAndMail(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mail.host", smtp::getBindAddress);
        registry.add("spring.mail.port", smtp::getPort);
    }

    @Test
    void aRespondentWhoGaveAnEmailAddressIsSentTheirReferenceAndNothingTheyTyped() throws Exception {
        String address = "ann+" + UUID.randomUUID() + "@example.org";
        String receipt = mvc.perform(post("/api/v1/consultations/" + CONSULTATION + "/responses")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"respondent": {"type": "individual", "name": "Visit http://evil.example to claim", "email": "%s"},
                                 "answers": {"q1": {"position": "agree"}}}
                                """.formatted(address)))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        String reference = JsonPath.read(receipt, "$.reference");

        MimeMessage acknowledgement = awaitEmailTo(address, Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("no acknowledgement reached " + address));

        String title = catalog.find(CONSULTATION).orElseThrow().title();
        assertThat(acknowledgement.getSubject()).contains(title).contains(reference);
        String body = GreenMailUtil.getBody(acknowledgement);
        assertThat(body).contains(title).contains("Your reference is " + reference)
                .contains(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK).format(LocalDate.now(ZoneId.of("Europe/London"))));
        // anyone may give anyone's address: words of theirs would go out in the department's name
        assertThat(body + acknowledgement.getSubject()).doesNotContain("evil.example").doesNotContain("claim");
        assertThat(acknowledgement.getFrom()).containsExactly(new InternetAddress("consultation@example.gov.uk"));
        assertThat(KafkaRecords.forKey(Topics.RESPONSES_RECEIVED, (String) JsonPath.read(receipt, "$.responseId")))
                .hasSize(1);
    }

    /**
     * Waits for the email to one address: the listener reads the contacts topic from its beginning, so it may
     * acknowledge other tests' responses on the shared broker first.
     */
    private static Optional<MimeMessage> awaitEmailTo(String address, Duration timeout) throws MessagingException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                if (Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address))) {
                    return Optional.of(message);
                }
            }
            greenMail.waitForIncomingEmail(1_000, greenMail.getReceivedMessages().length + 1);
        }
        return Optional.empty();
    }
}
