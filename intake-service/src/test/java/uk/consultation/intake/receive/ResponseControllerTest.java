package uk.consultation.intake.receive;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.intake.kafka.KafkaUnavailableException;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinitions;

/** The HTTP contract of submitting a response; Kafka is replaced by a mock so that its failure can be provoked. */
@WebMvcTest(ResponseController.class)
@Import({ResponseIntake.class, ResponseRecorder.class, ResponseControllerTest.FixedClock.class})
class ResponseControllerTest {

    private static final String URL = "/api/v1/consultations/integrated-communities-2018/responses";

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
            // After the consultation closed on 5 June 2018
            return Clock.fixed(Instant.parse("2018-06-06T09:00:00Z"), ZoneOffset.UTC);
        }
    }

    private void consultationIsKnown() {
        given(catalog.find("integrated-communities-2018"))
                .willReturn(Optional.of(ConsultationDefinitions.bundled("integrated-communities-2018")));
    }

    @Test
    void acceptsAResponseOnceKafkaHasIt() throws Exception {
        consultationIsKnown();

        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "abc")
                        .content("""
                                {"respondent": {"type": "individual", "name": "Ann", "email": "ann@example.org"},
                                 "answers": {"q1": {"position": "agree", "comment": "Yes"}, "q3": {"comment": "Sport"}}}
                                """))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.responseId").isNotEmpty())
                .andExpect(jsonPath("$.reference").value(matchesPattern("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}")))
                .andExpect(jsonPath("$.receivedAt").value("2018-06-06T09:00:00Z"));

        verify(publisher).publish(eq(Channel.ONLINE), eq(Topics.RESPONSE_CONTACTS), anyString(), any());
        verify(publisher).publish(eq(Channel.ONLINE), eq(Topics.RESPONSES_RECEIVED), anyString(),
                argThat(received -> received.late()
                        && received.answers().get("q1").position() == Position.AGREE));
    }

    @Test
    void rejectsAnInvalidResponseNamingTheFields() throws Exception {
        consultationIsKnown();

        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"respondent": {"type": "individual"}, "answers": {"q1": {"position": "yes"}}}
                                """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("answers.q1.position"))
                .andExpect(jsonPath("$.errors[0].message").value("Must be one of agree, disagree, not_sure"));
        verifyNoInteractions(publisher);
    }

    @Test
    void rejectsUnreadableJson() throws Exception {
        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content("{\"respondent\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void unknownConsultationIsNotFound() throws Exception {
        given(catalog.find("nope")).willReturn(Optional.empty());

        mvc.perform(post("/api/v1/consultations/nope/responses").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"respondent\": {\"type\": \"individual\"}, \"answers\": {\"q1\": {\"position\": \"agree\"}}}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("There is no consultation 'nope'"));
    }

    @Test
    void saysTryLaterWhenKafkaDoesNotAcknowledge() throws Exception {
        consultationIsKnown();
        willThrow(new KafkaUnavailableException(Topics.RESPONSES_RECEIVED, new TimeoutException("broker away")))
                .given(publisher).publish(eq(Channel.ONLINE), eq(Topics.RESPONSES_RECEIVED), anyString(), any());

        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"respondent\": {\"type\": \"individual\"}, \"answers\": {\"q1\": {\"position\": \"agree\"}}}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /**
     * One address gets its capacity, then 429 until its allowance comes back, with nothing read or received; another
     * address is unaffected, and a forwarded-for header a client sets itself changes nothing.
     */
    @Test
    void aBurstFromOneAddressIsRefusedAfterItsCapacity(@Value("${intake.rate-limit.capacity}") int capacity)
            throws Exception {
        consultationIsKnown();
        for (int i = 0; i < capacity; i++) {
            mvc.perform(valid("burst-" + i).remoteAddress("198.51.100.7")).andExpect(status().isAccepted());
        }

        mvc.perform(valid("burst-over").remoteAddress("198.51.100.7"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Too many responses"));
        mvc.perform(valid("forwarded").remoteAddress("198.51.100.7").header("X-Forwarded-For", "203.0.113.50"))
                .andExpect(status().isTooManyRequests());
        verify(publisher, times(capacity)).publish(eq(Channel.ONLINE), eq(Topics.RESPONSES_RECEIVED), anyString(), any());

        mvc.perform(valid("elsewhere").remoteAddress("198.51.100.8")).andExpect(status().isAccepted());
    }

    @Test
    void aFailureOfIntakeItselfIsAProblemThatTellsNothingOfIt() throws Exception {
        given(catalog.find("integrated-communities-2018")).willThrow(new IllegalStateException("secret internals"));

        mvc.perform(valid("internal"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(not(containsString("secret internals"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("trace"))));
    }

    private static MockHttpServletRequestBuilder valid(String idempotencyKey) {
        return post(URL).contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", idempotencyKey)
                .content("{\"respondent\": {\"type\": \"individual\"}, \"answers\": {\"q1\": {\"position\": \"agree\"}}}");
    }
}
