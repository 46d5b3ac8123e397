package uk.consultation.intake.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import jakarta.mail.internet.MimeMultipart;
import uk.consultation.intake.document.DocumentText;
import uk.consultation.intake.document.OcrSettings;
import uk.consultation.intake.document.TestDocuments;
import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.intake.receive.KeyClaims;
import uk.consultation.intake.receive.ResponseRecorder;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.response.ResponseContact;

/** The HTTP contract of importing emails. The publisher is a mock standing in for Kafka (see EmailIntegrationTest). */
@WithMockUser(roles = "TRANSCRIBER")
@WebMvcTest(EmailController.class)
@Import({EmailIntake.class, EmailParser.class, DocumentText.class, ResponseRecorder.class,
        EmailControllerTest.FixedClock.class})
@EnableConfigurationProperties(OcrSettings.class)
class EmailControllerTest {

    private static final String CONSULTATION = "integrated-communities-2018";
    private static final String URL = "/api/v1/consultations/" + CONSULTATION + "/emails";
    private static final MediaType RFC822 = MediaType.parseMediaType("message/rfc822");
    private static final MediaType MBOX = MediaType.parseMediaType("application/mbox");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ConsultationCatalog catalog;

    @MockitoBean
    EventPublisher publisher;

    @MockitoBean
    KeyClaims keys;

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2018-06-06T09:00:00Z"), ZoneOffset.UTC);
        }
    }

    private void consultationIsKnown() {
        given(catalog.find(CONSULTATION))
                .willReturn(Optional.of(ConsultationDefinitions.bundled(CONSULTATION)));
    }

    @Test
    void acceptsAnEmailOnceKafkaHasIt() throws Exception {
        consultationIsKnown();
        String receipt = mvc.perform(post(URL).contentType(RFC822)
                        .content(TestEmails.plain("<one@example.org>", "More ESOL classes.")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.receivedAt").value("2018-05-01T10:15:30Z"))
                .andReturn().getResponse().getContentAsString();
        String responseId = JsonPath.read(receipt, "$.responseId");
        String reference = JsonPath.read(receipt, "$.reference");

        verify(publisher).publish(eq(Channel.EMAIL), eq(Topics.RESPONSE_CONTACTS), eq(responseId),
                argThat((ResponseContact contact) -> TestEmails.SENDER_NAME.equals(contact.name())
                        && TestEmails.SENDER_EMAIL.equals(contact.email()) && reference.equals(contact.reference())));
        verify(publisher).publish(eq(Channel.EMAIL), eq(Topics.RESPONSES_RECEIVED), eq(responseId),
                argThat(received -> received.channel() == Channel.EMAIL && !received.late()
                        && "More ESOL classes.".equals(received.documentText())
                        && "<one@example.org>".equals(received.source().messageId())
                        && "Response to the consultation".equals(received.source().subject())
                        // intake did not see it arrive: the time is the sender's, and the response says so
                        && Instant.parse("2018-05-01T10:15:30Z").equals(received.receivedAt())
                        && Instant.parse("2018-05-01T10:15:30Z").equals(received.source().sentAt())
                        && Boolean.TRUE.equals(received.source().receivedAtFromSender())));
    }

    @Test
    void refusesAnEmailNestedDeeperThanAnyMailClientWrites() throws Exception {
        consultationIsKnown();

        mvc.perform(post(URL).contentType(RFC822).content(TestEmails.nested("<deep@example.org>", 10_000)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(
                        "The email's parts are nested more than 10 deep: it is not taken as a response"));
        verifyNoInteractions(publisher);
    }

    @Test
    void theSameMessageSentTwiceIsTheSameResponseAndAnotherUnderItsMessageIdIsNot() throws Exception {
        consultationIsKnown();
        List<String> responseIds = new ArrayList<>();
        for (String text : List.of("Again.", "Again.", "Something else.")) {
            responseIds.add(JsonPath.read(mvc.perform(post(URL).contentType(RFC822)
                            .content(TestEmails.plain("<twice@example.org>", text)))
                    .andExpect(status().isAccepted())
                    .andReturn().getResponse().getContentAsString(), "$.responseId"));
        }

        assertThat(responseIds.get(1)).as("the same message again").isEqualTo(responseIds.get(0));
        assertThat(responseIds.get(2)).as("another message under its Message-ID").isNotEqualTo(responseIds.get(0));
    }

    @Test
    void rejectsAnEmailWithNothingToRead() throws Exception {
        consultationIsKnown();

        mvc.perform(post(URL).contentType(RFC822).content(TestEmails.plain("<empty@example.org>", "  \n")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(
                        "The email has no readable text: its body is empty and no attachment could be read"));
        verifyNoInteractions(publisher);
    }

    @Test
    void refusesAnEmailWhoseOnlyAttachmentIsAZipBomb() throws Exception {
        consultationIsKnown();
        MimeMultipart mixed = new MimeMultipart();
        mixed.addBodyPart(TestEmails.attachment("response.zip", "application/zip", TestDocuments.zipBomb(20)));

        mvc.perform(post(URL).contentType(RFC822).content(TestEmails.withContent("<bomb@example.org>", mixed)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(
                        "The email has no readable text: its body is empty and no attachment could be read"));
        verifyNoInteractions(publisher);
    }

    @Test
    void unknownConsultationIsNotFound() throws Exception {
        given(catalog.find("nope")).willReturn(Optional.empty());

        mvc.perform(post("/api/v1/consultations/nope/emails").contentType(RFC822)
                        .content(TestEmails.plain("<x@example.org>", "Hello")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesAnEmailOverTheSizeLimit() throws Exception {
        mvc.perform(post(URL).contentType(RFC822).content(new byte[EmailLimits.MESSAGE_BYTES + 1]))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(publisher);
    }

    @Test
    void importsAMailboxMessageByMessage() throws Exception {
        consultationIsKnown();
        String mbox = "From a@example.org Tue May  1 10:15:30 2018\n"
                + new String(TestEmails.plain("<m1@example.org>", "First."), StandardCharsets.UTF_8)
                + "\nFrom b@example.org Tue May  1 10:15:30 2018\n"
                + new String(TestEmails.plain("<m2@example.org>", ""), StandardCharsets.UTF_8);

        mvc.perform(post(URL).contentType(MBOX).content(mbox))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received.length()").value(1))
                .andExpect(jsonPath("$.received[0].responseId").isString())
                .andExpect(jsonPath("$.failed[0].index").value(1))
                .andExpect(jsonPath("$.failed[0].messageId").value("<m2@example.org>"))
                .andExpect(jsonPath("$.failed[0].reason").isString());
    }
}
