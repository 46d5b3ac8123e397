package uk.consultation.intake.consultation;

import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import uk.consultation.intake.FuzzedRequests;
import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.schemas.consultation.ConsultationCatalog;

class ConsultationIdTest {

    private final ConsultationCatalog catalog = new ConsultationCatalog(Map.of(), "test");
    private final MockMvc mvc = FuzzedRequests.mvc(new ConsultationController(catalog,
            new ConsultationRegistry(catalog, mock(EventPublisher.class), Clock.systemUTC())));

    /** Found by fuzzing: the Location was built from the id before the id was checked, and threw (a 500). */
    @Test
    void anIdThatCannotBeInAUriIsAProblemNamingIt() throws Exception {
        mvc.perform(post("/api/v1/consultations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"id": "not a uri }", "title": "Small", "timeZone": "UTC", "opens": "2024-01-01T00:00",
                         "closes": "2024-02-01T00:00", "codeframeVersion": 1,
                         "questions": [{"id": "q1", "number": "1", "chapter": "One", "text": "Why?", "kind": "open"}]}
                        """).with(FuzzedRequests.asAdministrator()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }
}
