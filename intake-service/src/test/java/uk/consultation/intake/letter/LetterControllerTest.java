package uk.consultation.intake.letter;

import static org.hamcrest.Matchers.contains;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.intake.receive.KeyClaims;
import uk.consultation.intake.receive.ResponseRecorder;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.response.ResponseReceived;

/** Staff transcriptions of posted letters; the Kafka publisher is a mock standing in for the broker. */
@WithMockUser(roles = "TRANSCRIBER")
@WebMvcTest(LetterController.class)
@Import({LetterIntake.class, ResponseRecorder.class, LetterControllerTest.FixedClock.class})
class LetterControllerTest {

    private static final String CONSULTATION = "integrated-communities-2018";
    private static final String URL = "/api/v1/consultations/" + CONSULTATION + "/letters";

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
            return Clock.fixed(Instant.parse("2018-06-20T09:00:00Z"), ZoneOffset.UTC);
        }
    }

    private void consultationIsKnown() {
        given(catalog.find(CONSULTATION)).willReturn(Optional.of(ConsultationDefinitions.bundled(CONSULTATION)));
    }

    @Test
    void aLetterReceivedOnTheClosingDayIsOnTimeAndItsScanReferenceIdentifiesIt() throws Exception {
        consultationIsKnown();

        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content("""
                        {"text": "Dear Sir, I agree that English classes matter.", "receivedOn": "2018-06-05",
                         "scanReference": "SCAN-2018-0042", "transcribedBy": "clerk-7",
                         "sender": {"name": "A. Writer"}}
                        """))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.responseId").isNotEmpty())
                .andExpect(jsonPath("$.receivedAt").value("2018-06-04T23:00:00Z"));

        verify(publisher).publish(eq(Channel.LETTER), eq(Topics.RESPONSE_CONTACTS), anyString(), any());
        verify(publisher).publish(eq(Channel.LETTER), eq(Topics.RESPONSES_RECEIVED), anyString(), argThat((ResponseReceived letter) ->
                letter.channel() == Channel.LETTER && !letter.late() && letter.respondent().type() == null
                        && "SCAN-2018-0042".equals(letter.source().scanReference())
                        && "clerk-7".equals(letter.source().transcribedBy())
                        && letter.documentText().startsWith("Dear Sir")));
    }

    @Test
    void aLetterAfterTheClosingDayIsLate() throws Exception {
        consultationIsKnown();

        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content("""
                        {"text": "Sorry this is late.", "receivedOn": "2018-06-06", "transcribedBy": "clerk-7"}
                        """))
                .andExpect(status().isAccepted());

        verify(publisher, never()).publish(eq(Channel.LETTER), eq(Topics.RESPONSE_CONTACTS), anyString(), any());
        verify(publisher).publish(eq(Channel.LETTER), eq(Topics.RESPONSES_RECEIVED), anyString(),
                argThat((ResponseReceived letter) -> letter.late()));
    }

    @Test
    void anIncompleteTranscriptionNamesWhatIsMissing() throws Exception {
        consultationIsKnown();

        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content("""
                        {"text": " ", "receivedOn": "2018-07-01", "sender": {"type": "charity"}}
                        """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(contains(
                        "text", "receivedOn", "transcribedBy", "sender.type")));
        verifyNoInteractions(publisher);
    }
}
