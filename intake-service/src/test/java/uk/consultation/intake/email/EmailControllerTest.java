package uk.consultation.intake.email;

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

import jakarta.mail.internet.MimeMultipart;
import uk.consultation.intake.document.DocumentText;
import uk.consultation.intake.document.OcrSettings;
import uk.consultation.intake.document.TestDocuments;
import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.intake.receive.ResponseIdentity;
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
        ResponseIdentity identity = ResponseIdentity.of(CONSULTATION, "message-id:<one@example.org>");

        mvc.perform(post(URL).contentType(RFC822).content(TestEmails.plain("<one@example.org>", "More ESOL classes.")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.responseId").value(identity.responseId()))
                .andExpect(jsonPath("$.reference").value(identity.reference()))
                .andExpect(jsonPath("$.receivedAt").value("2018-05-01T10:15:30Z"));

        verify(publisher).publish(eq(Channel.EMAIL), eq(Topics.RESPONSE_CONTACTS), eq(identity.responseId()),
                argThat((ResponseContact contact) -> TestEmails.SENDER_NAME.equals(contact.name())
                        && TestEmails.SENDER_EMAIL.equals(contact.email())));
        verify(publisher).publish(eq(Channel.EMAIL), eq(Topics.RESPONSES_RECEIVED), eq(identity.responseId()),
                argThat(received -> received.channel() == Channel.EMAIL && !received.late()
                        && "More ESOL classes.".equals(received.documentText())
                        && "<one@example.org>".equals(received.source().messageId())
                        && "Response to the consultation".equals(received.source().subject())));
    }

    @Test
    void theSameMessageSentTwiceIsTheSameResponse() throws Exception {
        consultationIsKnown();
        String expected = ResponseIdentity.of(CONSULTATION, "message-id:<twice@example.org>").responseId();

        for (int i = 0; i < 2; i++) {
            mvc.perform(post(URL).contentType(RFC822).content(TestEmails.plain("<twice@example.org>", "Again.")))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.responseId").value(expected));
        }
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
                .andExpect(jsonPath("$.received[0].responseId")
                        .value(ResponseIdentity.of(CONSULTATION, "message-id:<m1@example.org>").responseId()))
                .andExpect(jsonPath("$.failed[0].index").value(1))
                .andExpect(jsonPath("$.failed[0].messageId").value("<m2@example.org>"))
                .andExpect(jsonPath("$.failed[0].reason").isString());
    }
}
